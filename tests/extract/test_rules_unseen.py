"""Rules for misses found on dev articles written without seeing the extractor (81–90)."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2024, 5, 1)


def _figs(extract, text, published=PUB):
    return extract("Field report\n" + text, published)


def test_families_and_households_are_no_count_of_people(extract):
    for text in ("About 300 families fled their homes in the hills, officials said.",
                 "Villagers say dozens of households have left for the river town since the raid.",
                 "More than 1,200 households were living in tents near the road."):
        assert _figs(extract, text) == []
    (fig,) = _figs(extract, "Some 40 staff and their families were evacuated by road on Friday.")
    assert fig.value == 40


def test_sources_of_a_report_are_no_count_of_people(extract):
    (fig,) = _figs(extract, "Three hospital sources said at least 14 people died in the blast.")
    assert fig.low == 14 and fig.measure.value == "killed"
