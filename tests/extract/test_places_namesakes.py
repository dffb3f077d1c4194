"""Same-named places: the article's own countries choose among them, and words of an organisation's
name are no place; each test is a short wire report of its own (tests/gold/GUIDELINES.md,
"Place, country, dates")."""

import datetime as dt

PUB = dt.date(2024, 3, 14)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_small_namesake_abroad_gives_way_to_the_articles_country(extract):
    text = ("Clashes in the town of Nzara killed 14 people on Monday, South Sudanese officials said. "
            "The army said it had restored order.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Nzara", "SS")


def test_a_nationality_establishes_the_country_of_a_small_town(extract):
    text = ("Gunmen killed nine villagers near Tambura on Sunday, a South Sudanese county official said. "
            "Some 3,000 people fled into the bush.")
    figures = extract(text, PUB)
    assert {f.country for f in figures} == {"SS"}


def test_a_word_of_a_rights_groups_name_is_no_place(extract):
    text = ("Human Rights Watch said security forces killed at least 31 protesters in Bujumbura "
            "last month. Human Rights Watch called for an inquiry.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Bujumbura", "BI")


def test_a_name_before_a_group_noun_is_an_armed_group_not_a_town(extract):
    text = ("Ethiopian officials said Fano fighters had killed 23 civilians in raids this week. "
            "Fano militia leaders denied the claim.")
    (f,) = extract(text, PUB)
    assert f.country != "IT" and f.place != "Fano"


def test_a_small_namesake_in_an_unnamed_country_is_no_place(extract):
    text = ("Israeli strikes killed 12 people in the Gaza Strip overnight, health officials said, "
            "as Carmel residents to the north held a vigil.")
    (f,) = extract(text, PUB)
    assert f.country == "PS"


def test_an_acronym_is_no_town(extract):
    text = ("The UN said 4,000 people had fled fighting in Myanmar's Rakhine state this week. "
            "Indian officials said the border stayed closed.")
    (f,) = extract(text, PUB)
    assert f.country == "MM"


def test_an_admin_unit_named_like_a_foreign_town_is_in_the_articles_country(extract):
    text = ("JUBA, South Sudan — Floods have displaced 35,000 people in Unity state since August, "
            "the South Sudanese government said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Unity state", "SS")


def test_a_foreign_namesake_next_to_a_new_name_does_not_lend_it_a_country(extract):
    text = ("Fighting in Myanmar's Shan state has intensified, residents said.\n\n"
            "Rebels said they found the bodies of 19 soldiers at a base near Hpawng Seng, close to "
            "the Alliance camp.")
    (f,) = extract(text, PUB)
    assert f.country == "MM"
