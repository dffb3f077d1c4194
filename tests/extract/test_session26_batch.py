"""Rules read from the 926–933 batch (session 26), in texts written for these tests: a key-figures
table whose rows name the measure over columns of places, refugees who died or lost their shelters,
a host country, an opening "Of them," after a toll, "As of" opening a sentence after its source,
a since in a part's own clause, and a transcript turn's figures that no claim reaches."""

import datetime as dt

PUB = dt.date(2025, 3, 12)

SITREP = ("KEY FIGURES (as of 11 March)\n\n"
          "                     North camp     South camp      Total\n"
          "  People affected         6,140         15,400     21,540\n"
          "  People displaced        3,905         10,307     14,212\n"
          "  Deaths                      0              2          2\n"
          "  Shelters destroyed        402          1,498      1,900\n")


def test_rows_naming_the_measure_over_columns_of_places_count_every_cell(extract):
    figures = extract(SITREP, PUB)
    got = sorted((f.measure.value, f.value) for f in figures)
    assert got == sorted([("affected", 6140), ("affected", 15400), ("affected", 21540),
                          ("displaced", 3905), ("displaced", 10307), ("displaced", 14212),
                          ("killed", 0), ("killed", 2), ("killed", 2)])
    assert all(f.as_of == dt.date(2025, 3, 11) for f in figures)


def test_refugees_who_died_or_lost_their_shelters(extract):
    figures = extract("Two refugees, an elderly woman and a child, died in the blaze. Officials said 14,212 "
                      "refugees have lost their shelters and are staying in mosques.", PUB)
    assert [f.measure.value for f in figures] == ["killed", "displaced"]


def test_a_country_hosting_refugees_is_their_place_and_a_parts_start_is_its_own(extract):
    figures = extract("Bangladesh hosts about 1.1 million Rohingya refugees, more than 150,000 of whom have "
                      "arrived since January 2024 after renewed fighting in Rakhine State.", PUB)
    whole, part = figures
    assert whole.place == "Bangladesh" and whole.since is None
    assert part.since == dt.date(2024, 1, 1) and part.parts_of == whole.id


def test_as_of_after_the_source_dates_the_figures_that_follow(extract):
    figures = extract("According to verification by camp partners as of 9 March, 21,540 people have been "
                      "affected.", PUB)
    assert figures[0].as_of == dt.date(2025, 3, 9)


def test_an_opening_of_them_breaks_down_the_toll_before_it(extract):
    figures = extract("The number of people killed has reached 1,124. Of them, 312 were children and four "
                      "were rescuers.", PUB)
    toll, children, rescuers = figures
    assert children.parts_of == toll.id and rescuers.parts_of == toll.id
    assert children.measure.value == rescuers.measure.value == "killed"


TRANSCRIPT = ("TRANSCRIPT: Press briefing on the earthquake\n\n"
              "Speakers: Ahmad Karimi, spokesman for the disaster ministry. Moderator: Lina Saleh.\n\n"
              "SALEH: Good afternoon. Mr Karimi, the latest figures?\n\n"
              "KARIMI: Seventy-eight people are still missing, and we believe some of them are under "
              "collapsed houses. Elders say 1,500 died in the district.\n\n"
              "SALEH: Is that figure right?\n\n"
              "KARIMI: That figure is not correct. I can tell you that in the district 871 people are "
              "confirmed dead. Our teams helped to relocate close to 2,400 people.\n")


def test_a_turns_figures_are_its_speakers_unless_another_source_is_named(extract):
    figures = extract(TRANSCRIPT, PUB)
    by_value = {f.value or f.low or f.high: f for f in figures}
    assert by_value[78].claimant == "Ahmad Karimi"
    assert by_value[871].claimant == "Ahmad Karimi"
    assert by_value[1500].claimant != "Ahmad Karimi"
    assert by_value[2400].measure.value == "evacuated"
