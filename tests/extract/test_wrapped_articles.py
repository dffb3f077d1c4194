"""An article read from hard-wrapped plain text gives the figures the same article gives with
one line per paragraph: who said them, where, and which toll a denial disputes."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from app.ingest import read_article

ARTICLE = [
    "Drone strike on bus station kills 19, officials say",
    ("ODESA, Ukraine, Oct 3 (Meridian Wire) - A drone strike on a bus station in the southern "
    "Ukrainian city of Mykolaiv killed at least 19 people and wounded 46 on Thursday morning, "
    "the regional governor, Taras Hnatenko, said."),
    ("Hnatenko said four children were among the dead and that about 30 people had been taken "
    "to hospital, eight of them in a serious condition."),
    ("Russia's defence ministry denied targeting civilians and said its forces had struck a "
    "military depot near the station, killing up to 40 Ukrainian soldiers, a claim Kyiv rejected."),
    ("The United Nations human rights monitoring mission said in a report last month that more "
    "than 12,000 civilians had been killed in Ukraine since February 2022."),
]


def _figures(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    from app.extract import extract_figures

    found = extract_figures(article.text, dt.date(2024, 10, 3), article.title)
    return [(f.value, f.measure, f.claimant, f.place, f.disputed_by, f.parts_of is not None) for f in found]


@pytest.mark.parametrize("width", [52, 64, 72, 78])
def test_a_hard_wrapped_article_gives_the_same_figures(tmp_path, gazetteer_cache, width):
    plain = "\n\n".join(ARTICLE)
    wrapped = "\n\n".join([ARTICLE[0]] + [textwrap.fill(p, width) for p in ARTICLE[1:]])
    expected = _figures(tmp_path, "plain.txt", plain)
    assert len(expected) >= 6
    assert _figures(tmp_path, "wrapped.txt", wrapped) == expected
