"""Places from the errors of blind batch 103–118, each a short report of its own in other words and
places than the gold article (tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2025, 4, 9)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_a_lead_site_named_only_by_kind_takes_the_village_named_as_struck_later(extract):
    text = ("Militants kill 12 in raid on Somali village\n\n"
            "MOGADISHU, April 9 (Wire) - Militants killed 12 people in an attack on a farming village in southern "
            "Somalia near the Kenyan border, the army said on Wednesday.\n\n"
            "The fighters struck Buulo Xaaji village in Lower Juba region before dawn, burning homes. "
            "Five children were among the dead, it said.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Buulo Xaaji", "SO")] * len(figures)


def test_a_raid_on_a_named_site_the_gazetteer_lacks_is_the_event_place(extract):
    text = ("Gunmen kill 15 in Mali mining area, officials say\n\n"
            "BAMAKO, April 9 (Wire) - Gunmen attacked a gold-mining camp in the south-west of Mali on "
            "Sunday, killing at least 15 people, local officials said on Tuesday.\n\n"
            "The assault on Tabakoto-Sud, about 40 km from the border with Senegal, was the worst in the "
            "area this year. Eight people were wounded, an official said.\n\n"
            "Soldiers were sent to Tabakoto-Sud on Monday.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Tabakoto-Sud", "ML")] * len(figures)


def test_a_town_across_the_border_named_next_to_a_taught_name_does_not_move_it_abroad(extract):
    text = ("Attack on army base in Niger\n\n"
            "NIAMEY, April 9 (Wire) - Jihadists overran an army base in Niger's west on Monday, the army said.\n\n"
            "Nine soldiers were killed in the attack on the Kouré-Banda base, near the border with Mali.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Kouré-Banda", "NE")


def _covers(pattern, words):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from app.extract import place_event as ev

    @settings(max_examples=300, deadline=None)
    @given(st.from_regex(pattern, alphabet=st.characters(codec="ascii")))
    def check(text):
        if pattern.search(text) is not None:
            assert ev.may_hold(text, words), text

    check()


def test_the_word_tests_before_the_event_site_regexes_cover_them():
    from app.extract import place_event as ev

    _covers(ev.TARGET, ev.TARGET_WORDS)
    _covers(ev.UNNAMED_SITE, ev._SITE_WORDS)


def test_in_a_shipwreck_story_the_dead_of_a_sentence_without_a_land_place_have_no_place(extract):
    text = ("Dozens feared dead after migrant boat sinks off Yemen\n\n"
            "MOKHA, Yemen, 9 April 2025 – At least 40 migrants drowned after their boat capsized off the coast "
            "of Yemen on Sunday, the UN migration agency said.\n\n"
            "Survivors were taken to a clinic in Mokha. Officials said at least eight children were among the "
            "dead.\n\n"
            "Earlier sinkings recorded by the agency:\n\n"
            "2 February, off Dhubab: 13 dead, 5 missing\n")
    figures = extract(text, PUB)
    by_value = {f.value: f for f in figures}
    assert (by_value[8].place, by_value[8].country) == (None, "YE")
    assert (by_value[13].place, by_value[13].country) == (None, "YE")
    assert (by_value[5].place, by_value[5].country) == (None, "YE")
