"""Place choice from the errors of blind batches 175–190, each a short report of its own in other
words and places than the gold article (tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

from app.extract import place_event, place_targets
from app.extract.place_lead import lead_target

PUB = dt.date(2025, 5, 14)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_a_town_outranks_the_province_it_is_in_though_the_province_shares_a_citys_name(extract):
    text = ("Shelling hits market in Syrian town\n\n"
            "A rocket hit a busy market in the town of Jisr al-Shughur in Syria's north-western Idlib "
            "province on Tuesday, killing at least 12 people and wounding 30 others, rescuers said.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Jisr al-Shughur", "SY")] * 2


def test_a_bodys_official_in_a_town_is_the_source_not_the_figures_place(extract):
    text = ("Blast at bus station in Iraqi town\n\n"
            "A bomb exploded at the bus station in the town of Tuz Khurmatu on Monday evening, killing "
            "at least nine people, police said.\n\n"
            "On Tuesday, the health department's director in Kirkuk said the toll had risen to 14.")
    figures = extract(text, PUB)
    assert [f.place for f in figures] == ["Tuz Khurmatu", "Tuz Khurmatu"]


def test_a_state_news_agency_is_no_regional_source():
    from app.extract.place_region import REGIONAL_SOURCE
    assert REGIONAL_SOURCE.search("told the state news agency on Friday") is None
    assert REGIONAL_SOURCE.search("told state media the toll rose") is None
    assert REGIONAL_SOURCE.search("the state government said 40 had died") is not None
    assert REGIONAL_SOURCE.search("the provincial health department said") is not None


def test_place_event_keeps_no_copy_of_target_names():
    assert not hasattr(place_event, "target_names")
    text = "Gunmen stormed Kuka village at dawn. Troops were sent to Kuka on Monday."
    assert place_targets.target_names(text) == ["Kuka"]


def test_lead_target_still_finds_the_struck_site(extract):
    text = ("Drones hit camp in Sudan\n\n"
            "Drones struck the Abu Shouk camp on the outskirts of El Fasher in North Darfur on Sunday, "
            "killing at least 20 people, the camp's coordinators said.")
    figures = extract(text, PUB)
    assert figures and figures[0].place in ("Abu Shouk", "Abu Shouk camp")
    assert callable(lead_target)


def test_a_town_kind_name_called_a_province_ranks_below_a_town_and_above_a_region():
    from app.extract.gazetteer import Place
    from app.extract.place_level import rank
    from app.extract.place_mention import PlaceMention

    def mention(surface, kind):
        return PlaceMention(0, len(surface), surface, Place(1, surface, "IQ", "", 0, 0, 1000, kind), False, True)

    assert rank(mention("Anbar province", "city")) == 2.5
    assert rank(mention("Ramadi", "city")) == 3
    assert rank(mention("Anbar", "region")) == 2
