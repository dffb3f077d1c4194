"""The whole-word mentions of an article's own small place names ("the village of X" presents
X; every later "X" is a mention), skipping a river of that name and a person's name."""

from __future__ import annotations

import re

from app.extract import place_contexts as ctx
from app.extract import place_patterns as pat


def find_local(text: str, names: dict[str, str], taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Every whole-word mention of the article's own place names outside the spans already taken."""
    out = []
    low = text.lower()
    plain = len(low) == len(text) and not any(c in text for c in pat.FOLDING)
    for name in names:
        if plain and name and name.isascii():
            spans = _name_spans(text, low, name.lower())
        else:
            pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)
            spans = (m.span() for m in pattern.finditer(text))
        for start, end in spans:
            found = text[start:end]
            if found[:1].isupper() and not any(a < end and start < b for a, b in taken) and \
                    not ctx.river_after(text, end) and \
                    not _after_name(text, start):  # "the X river": a river of that name
                out.append((start, end, found if not found.isupper() else name))
    return out


# A person's title, or a capitalised word after a lower-case one, right before a mention: "said
# Lieutenant Jules X", "according to Amina X" name a person, no place ("in Barangay X", "near Lake
# X", "Upper X" do not: words of places)
_TITLES = r"(?:Mr|Mrs|Ms|Dr|Lieutenant|Lt|Colonel|Col|Captain|Capt|Major|General|Gen|Sergeant|Sgt|Commander|" \
    r"Governor|Mayor|Chief|President|Minister|Senator|Sheikh|Father|Bishop|Pastor|Imam)"
_PLACE_WORDS = r"(?:Barangay|Brgy|Kibbutz|Moshav|Village|Camp|Mount|Lake|Fort|Port|Saint|San|Santa|Upper|Lower|" \
    r"North|South|East|West|Central|New|Old|Greater|Little|Al|El)"
_NAME_WORD_BEFORE = re.compile(r"(?:(?<=[a-z,]) +(?!" + _PLACE_WORDS + r" )[A-Z][a-z]+|\b" + _TITLES +
                               r"\.?(?: +[A-Z][a-z]+)?) +$")


def _after_name(text: str, start: int) -> bool:
    """A person's name ends at `start` (see `_NAME_WORD_BEFORE`)."""
    return start > 3 and text[start - 1] == " " and text[start - 2].isalpha() and \
        _NAME_WORD_BEFORE.search(text, max(0, start - 40), start) is not None


def _name_spans(text: str, low: str, name: str):
    """The spans of `name` as a whole word (no letter, digit, "_" or "-" either side), case-insensitive,
    in `text`, for an ASCII `name`
    (lower-cased), found in `low`, the lower-cased `text` (of the same length, with no character
    that case-folds to an ASCII letter otherwise): no pattern to compile for each article's names."""
    n = len(name)
    at = low.find(name)
    while at != -1:
        end = at + n
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            yield at, end
            at = low.find(name, end)
        else:
            at = low.find(name, at + 1)


def _word_char(ch: str) -> bool:
    """Whether the pattern class of word characters and "-" holds `ch`."""
    return ch.isalnum() or ch == "_" or ch == "-"
