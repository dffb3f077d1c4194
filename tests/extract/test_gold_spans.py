"""Every gold figure of a saved page points at the same words in the text the scorer reads (the page
after boilerplate removal) as in the page's visible text the annotator counted in.

The guidelines promise that an evidence's occurrence is the same with or without the page's
furniture; a date in a byline ("Published at: July 9, 2025 14:20") broke that promise three times
(its digits counted as earlier matches of a table's "5" or "14"), so the scorer looked for those
figures in the wrong place. This check reads each page as `sitrep eval` does."""

import importlib.util
import json
import re
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "gold"
_WORD = re.compile(r"\w+")


def _validate():
    spec = importlib.util.spec_from_file_location("gold_validate", GOLD / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _nth(text: str, evidence: str, k: int) -> int:
    at = -1
    for _ in range(k):
        at = text.find(evidence, at + 1)
        if at < 0:
            return -1
    return at


def _same_place(visible: str, here: int, cleaned: str, there: int, length: int) -> bool:
    """The three words before the match or the three after it are the same in both texts (the
    other side may be furniture the cleaning drops: a caption, an "ALSO READ" line, the title)."""
    def before(text, at):
        return _WORD.findall(text[max(0, at - 60) : at])[-3:]

    def after(text, at):
        return _WORD.findall(text[at + length : at + length + 60])[:3]

    return before(visible, here) == before(cleaned, there) or after(visible, here) == after(cleaned, there)


# Figures the reader cannot give, for a known reason: the page is right, the reader falls short. Each
# entry must keep failing exactly so; when the reader learns to read them, the entry goes.
READER_LIMITS: dict[str, list[tuple[str, int]]] = {
}

PAGES = sorted(p for split in ("dev", "heldout") for p in (GOLD / split).glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name[:48])
def test_each_gold_span_of_a_page_lands_on_the_same_words_after_cleaning(page):
    from app.commands.extract import read_for_extraction

    visible = _validate().article_text(page)
    cleaned = read_for_extraction(str(page)).text
    gold = json.loads(page.with_name(page.name[: -len(".html")] + ".gold.json").read_text(encoding="utf-8"))
    wrong = []
    for figure in gold["figures"]:
        evidence, k = figure["evidence"], figure["occurrence"]
        here, there = _nth(visible, evidence, k), _nth(cleaned, evidence, k)
        if there < 0 or not _same_place(visible, here, cleaned, there, len(evidence)):
            wrong.append((evidence, k))
    assert wrong == READER_LIMITS.get(page.name, [])
