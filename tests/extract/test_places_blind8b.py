"""Places local outlets name without the gazetteer knowing them (unions, wards, LGAs, barangays,
"X and two neighbouring villages"), and words that are no place ("a village elder")."""

import random

import pytest

from app.extract import place_admin
from app.extract import place_local as pl
from app.extract.place_openers import matches_at_openers, matches_in_stretches


def _local(text):
    return set(pl.local_names(text, lambda name: (), set(), demonym=lambda w: ""))


@pytest.mark.parametrize("text, name", [
    ("Floodwater swept away two children in Kholapara union on Monday.", "Kholapara"),
    ("The victims lived in Mbaruk ward, the county commissioner said.", "Mbaruk"),
    ("Gunmen stormed a mosque in Dange-Shuni LGA late on Friday.", "Dange-Shuni"),
    ("A mudslide hit Barangay Malinao before dawn.", "Malinao"),
    ("Raiders torched homesteads in Kaptalamwa, Sambirir ward, overnight.", "Kaptalamwa"),
    ("Herders attacked Dorowa and three neighbouring villages on Sunday.", "Dorowa"),
    ("Some 900 people camped at Kimwarer trading centre.", "Kimwarer"),
])
def test_local_units_and_their_settlements_are_places(text, name):
    assert name in _local(text)


def test_settlement_of_a_ward_is_found_with_the_ward():
    places, units = place_admin.admin_names("Bandits raided homes in Kaptalamwa, Sambirir ward, police said.")
    assert "Kaptalamwa" in places and "Sambirir" in units and "Kaptalamwa" not in units


@pytest.mark.parametrize("text", [
    "\"We found six bodies,\" said Kiprotich Kemboi, a village elder.",
    "\"They came at night,\" said Aisha Lawan, a camp official.",
    "Joseph Tanui, a town councillor, said the road was closed.",
])
def test_a_person_described_as_a_village_elder_is_no_place(text):
    assert not _local(text)


def test_unions_of_states_and_agencies_are_no_local_unit():
    assert not _local("The African Union and the European Union called for calm.")


def test_article_reads_ward_village_as_its_place(extract):
    text = ("Four people were killed when armed raiders attacked homesteads in Kaptalamwa, Sambirir ward, "
            "in Kenya's Elgeyo-Marakwet County on Saturday night, police said.")
    figures = extract(text)
    assert figures and figures[0].place == "Kaptalamwa" and figures[0].country == "KE"


# The patterns a speed round took off place_local._LEADS: the app searches them with
# place_openers (from their opening words, or in the stretches holding their key words); those
# searches find exactly what a whole-text scan finds.
TRICKY = [
    "three were killed in Aitaroun; xkilled in Foo; _killed in Bar; died of wounds in Foo Bar attacks",
    "Near Jhal Magsi, a bus; nearby Foo. O'Upper Nile state, McDonald county, -Foo province, ’Bar region",
    "held in Israeli prisons, from its jails, inside their detention centres, xin Russian custody",
    "the monastery in Kyauk Pan village, at Foo hamlet, xin Bar village, near Baz\nvillage",
]


def _texts():
    rng = random.Random(11)
    words = ["in", "In", "of", "the", "killed", "wounded", "Foo", "al-Bar", "village", "hamlet", "state",
             "county", "province", "its", "prisons", "custody", "Indian", ",", "\n", "xin", "_in", "-Foo",
             "'Bar", "O'Baz", "detention", "centres", "near"]
    yield from TRICKY
    for _ in range(3000):
        yield "".join(rng.choice(words) + rng.choice([" ", "  ", "\n", "", "-"]) for _ in range(rng.randint(1, 20)))


@pytest.mark.parametrize("pattern, search", [
    (pl.HARMED_IN, lambda text: matches_at_openers(pl.HARMED_IN, text, pl._HARM_WORDS)),
    (pl.NAMED_VILLAGE, lambda text: matches_in_stretches(pl.NAMED_VILLAGE, text, ("village", "hamlet"))),
    (pl.NAMED_UNIT, lambda text: matches_in_stretches(pl.NAMED_UNIT, text, pl.NAMED_UNIT_WORDS)),
    (pl.CUSTODY, lambda text: matches_in_stretches(pl.CUSTODY, text, pl.CUSTODY_WORDS)),
])
def test_app_searches_find_what_the_whole_text_scan_finds(pattern, search):
    for text in _texts():
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in search(text)] == expected


def test_admin_searches_find_what_the_whole_text_scan_finds():
    texts = ["in Foo union, Bar ward; at Baz Qux LGA. Brgy. San Roque and Barangay Tapel, Foo and two nearby villages",
             "in Foo, Bar ward; of Foo Bar, Baz upazila (Qux sub-county) Foo\nward"]
    for text in texts:
        for pattern, keys in ((place_admin.LOCAL_UNIT, place_admin._UNIT_KEYS),
                              (place_admin.IN_SETTLEMENT_OF_UNIT, place_admin._UNIT_KEYS),
                              (place_admin.AND_NEIGHBOURS, place_admin._NEIGHBOUR_KEYS)):
            expected = [m.span() for m in pattern.finditer(text)]
            found = [m.span() for m in matches_in_stretches(pattern, text, keys, place_admin._STRETCH_END)]
            assert found == expected
