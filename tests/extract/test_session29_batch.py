"""Rules read from the 1014–1037 batch (session 29), in texts written for these tests: wire
correction notes that name the paragraph they mend, a wire slug with a correction tag, and the
other cases listed test by test."""

import datetime as dt

PUB = dt.date(2025, 4, 18)


def _values(figures):
    return sorted(f.value for f in figures)


def test_a_correction_note_keeps_the_corrected_figure_and_drops_the_withdrawn_one(extract):
    text = ("(Corrects number of injured in paragraph 2 to 1,540 from 1,450)\n\n"
            "PUL-E-KHUMRI, Afghanistan, April 18 - An earthquake killed 212 people in Baghlan province.\n\n"
            "At least 1,540 people were injured, a provincial spokesman said.\n")
    figures = extract(text, PUB)
    assert _values(figures) == [212, 1540, 1540]
    assert all(f.measure.value == "injured" for f in figures if f.value == 1540)


def test_a_correction_note_with_a_comma_before_the_old_figure(extract):
    text = ("(Corrects number of wounded in paragraph 1 to nine, from 11, after police revised their count)\n\n"
            "A bomb at a market wounded nine people on Friday, police said.\n")
    assert _values(extract(text, PUB)) == [9, 9]


def test_a_story_corrected_to_say_one_figure_not_another(extract):
    text = ("Drones hit an apartment block in Kharkiv overnight, wounding 41 people, officials said.\n\n"
            "(This story has been corrected to say 41 people were wounded, not 44, in paragraph one)\n")
    assert _values(extract(text, PUB)) == [41, 41]


def test_a_corrected_count_of_things_is_no_figure(extract):
    text = ("(Corrects number of buried houses in paragraph 4 to 11, not 12)\n\n"
            "Landslides killed six people in the district, officials said.\n")
    assert _values(extract(text, PUB)) == [6]


def test_a_corrected_wire_slug_is_no_figure(extract):
    figures = extract("CORRECTED-UPDATE 2-Bomb kills 3 rangers, wounds 9 in Thailand's south\n\n"
                      "A roadside bomb killed three rangers on Friday.\n", PUB)
    assert 2 not in [f.value for f in figures]
    assert {3, 9} <= {f.value for f in figures}


def test_people_a_country_hosts_who_fled_a_neighbouring_one_are_refugees_in_the_host(extract):
    text = ("COX'S BAZAR, Bangladesh - A fire swept through Camp 9 on Sunday.\n\n"
            "Bangladesh hosts about 1 million Rohingya who fled violence in neighbouring Myanmar.\n")
    big = next(f for f in extract(text, PUB) if f.value == 1_000_000)
    assert big.measure.value == "refugees"
    assert big.place == "Bangladesh"
