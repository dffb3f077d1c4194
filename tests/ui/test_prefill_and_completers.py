"""Guesses for a hand-added figure, and the bounded place and claimant suggestions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLineEdit

from app.domain import Figure, Measure, Qualifier, Who
from app.ui.completers import (
    MAX_SUGGESTIONS,
    PlaceLookup,
    claimant_completer,
    gazetteer_index_path,
    place_completer,
)
from app.ui.figure_prefill import number_span, parse_value, prefill, sentence_span

TEXT = ("Officials said at least 4.3 million people had fled. About 30,000 people were "
        "displaced in Kharkiv, the mayor said. Dozens were missing.")


@pytest.mark.parametrize("evidence, value", [
    ("4.3 million", 4_300_000.0), ("30,000", 30_000.0), ("twelve", 12.0), ("a dozen", 12.0),
    ("hundreds", 200.0), ("no number", None),
])
def test_parse_value(evidence, value):
    assert parse_value(evidence) == value


def test_number_span_finds_the_number_and_its_scale_under_the_pointer():
    at = TEXT.index("4.3")
    assert TEXT[slice(*number_span(TEXT, at + 1))] == "4.3 million"
    assert TEXT[slice(*number_span(TEXT, TEXT.index("30,000") + 3))] == "30,000"
    assert number_span(TEXT, TEXT.index("Officials")) is None


def test_prefill_takes_the_qualifier_sentence_and_neighbours():
    neighbour = Figure(4.3e6, 4.3e6, None, Qualifier.AT_LEAST, Measure.REFUGEES, Who.PEOPLE,
                       claimant="the mayor", place="Kharkiv", country="UA",
                       as_of=dt.date(2024, 3, 1), start=TEXT.index("at least"),
                       end=TEXT.index(" people had"))
    start, end = number_span(TEXT, TEXT.index("30,000"))
    values = prefill(TEXT, start, end, [neighbour])
    assert values["value"] == 30000.0 and values["qualifier"] == "approximately"
    assert TEXT[values["start"]:values["end"]] == "About 30,000"
    assert values["sentence"] == "About 30,000 people were displaced in Kharkiv, the mayor said."
    assert (values["place"], values["as_of"], values["measure"]) == (
        "Kharkiv", dt.date(2024, 3, 1), "refugees")


def test_sentence_span_stops_at_sentence_ends():
    begin, end = sentence_span(TEXT, TEXT.index("Dozens"))
    assert TEXT[begin:end] == "Dozens were missing."


def test_place_suggestions_are_bounded_and_start_with_the_project_places():
    lookup = PlaceLookup(project_places=lambda: ["Bucha", "Bakhmut", "Kyiv"])
    found = lookup.suggest("b")
    assert len(found) <= MAX_SUGGESTIONS
    assert [s.name for s in found[:2]] == ["Bucha", "Bakhmut"]
    assert lookup.suggest("") == []


@pytest.mark.skipif(gazetteer_index_path() is None, reason="gazetteer index not built")
def test_a_typed_place_resolves_in_the_gazetteer_preferring_the_figure_country():
    lookup = PlaceLookup()
    bucha = lookup.resolve("Bucha", prefer_country="UA")
    assert bucha.country == "UA" and 50 < bucha.lat < 51
    assert any(s.name == "Kharkiv" for s in lookup.suggest("Kharki"))


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen popup
def test_completer_models_pass_the_model_tester(qtbot, qtmodeltester):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    places = place_completer(edit, PlaceLookup(project_places=lambda: ["Derna", "Dnipro"]))
    places.update_for("D")
    assert places.model().rowCount() >= 2
    qtmodeltester.check(places.model())
    other = QLineEdit()
    qtbot.addWidget(other)
    claimants = claimant_completer(other, lambda: ["the UN", "UNHCR", "the mayor"])
    claimants.update_for("un")
    assert [claimants.model().index(r, 0).data() for r in range(2)] == ["UNHCR", "the UN"]
    qtmodeltester.check(claimants.model())


@pytest.mark.parametrize("text, number", [
    ("Antakya, February 21, 2023", "21"), ("Antakya, February 21, 2023", "2023"),
    ("on 24 February the army", "24"), ("a 34-year-old man", "34"), ("rose 12% on", "12"),
])
def test_dates_years_ages_and_percentages_are_not_offered(text, number):
    assert number_span(text, text.index(number) + 1) is None


def test_a_selected_number_is_offered_even_when_it_looks_like_a_date():
    text = "Antakya, February 21, 2023"
    at = text.index("21")
    assert number_span(text, at, at + 2) == (at, at + 2)
