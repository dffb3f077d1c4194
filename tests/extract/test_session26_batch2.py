"""Rules read from the 934–941 batch (session 26), in texts written for these tests: a page's table
with a column of sources and columns of words, a share column beside a count, figures among the
victims, "a further N", a correction's second withdrawn figure, and "said the head of X, Name"."""

import datetime as dt

PUB = dt.date(2025, 7, 16)

FACT_CHECK = ("Fact check: how many died in the market strike?\n\n"
              "How the figures compare\n\n"
              "Source | Killed | Wounded | Status\n"
              "Provincial health office (Monday) | 41 | 71 | Disputed by the army\n"
              "Al-Noor TV | more than 50 | not given | No breakdown offered\n"
              "MSF, the city hospital | 4 | 29 | Patients seen by MSF only\n"
              "The army | not given | not given | Rejects the figures\n\n"
              "The market had about 200 stalls.\n")


def test_a_table_with_a_column_of_sources_gives_each_row_its_source(extract):
    figures = extract(FACT_CHECK, PUB)
    got = {(f.value or f.low, f.measure.value): f.claimant for f in figures}
    assert got == {(41, "killed"): "the provincial health office", (71, "injured"): "the provincial health office",
                   (50, "killed"): "Al-Noor TV", (4, "killed"): "MSF", (29, "injured"): "MSF"}


def test_a_share_column_beside_the_counts_and_an_idp_column(extract):
    text = ("Between 10 and 17 June, monitors recorded the following arrivals in the localities:\n\n"
            "  Locality        New IDP arrivals    Share\n"
            "  Tawila                21,450         62%\n"
            "  Kabkabiya              6,300         18%\n"
            "  Total                 34,800        100%\n")
    figures = extract(text, PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(21450, "displaced"), (6300, "displaced"),
                                                             (34800, "displaced")]


def test_people_among_the_victims_are_part_of_the_toll(extract):
    figures = extract("Rebels attacked a funeral, killing at least 60 people, according to a local leader. He said "
                      "9 women were among the victims. Officers said 31 soldiers and a dozen members of the "
                      "Homeland Volunteers (HV), the army's auxiliaries, were among the dead.", PUB)
    toll = figures[0]
    assert [(f.value, f.measure.value, f.parts_of) for f in figures[1:]] == [
        (9, "killed", toll.id), (31, "killed", toll.id), (12, "killed", toll.id)]


def test_a_further_n_counts_what_the_figure_before_it_counts(extract):
    figures = extract("The agency said some 2,400 people had crossed into Burundi at Gatumba since Tuesday and "
                      "a further 600 had reached Cibitoke province over the same period.", PUB)
    assert [f.measure.value for f in figures] == ["refugees", "refugees"]
    figures = extract("Some 1,470 people were evacuated by boat since Sunday, and a further 2,300 people were "
                      "rescued from rooftops by volunteers.", PUB)
    assert [f.value for f in figures] == [1470]


def test_a_corrections_second_withdrawn_figure_and_the_correct_one(extract):
    text = ("The dead include 8 women and 3 children, prosecutors said.\n\n"
            "Correction: An earlier version of this story said 57 people had been rescued alive; the correct "
            "figure is 46. It also gave the number of children among the dead as 5. The correct number is 3.\n")
    figures = extract(text, PUB)
    assert [(f.value, f.measure.value, f.who.value) for f in figures] == [
        (8, "killed", "civilians"), (3, "killed", "children"), (3, "killed", "children")]


def test_said_the_head_of_a_body_then_the_name(extract):
    figures = extract("A missile hit the port, killing two dock workers and wounding nine, said the head of the "
                      "regional military administration, Serhiy Kovalenko.", PUB)
    assert [f.claimant for f in figures] == ["Serhiy Kovalenko", "Serhiy Kovalenko"]


def test_reports_after_an_aside_is_the_verb_of_the_body_before_it(extract):
    figures = extract("The Personería of Cáceres, which is registering displaced households in the town, reports "
                      "that 40 people were displaced.", PUB)
    assert figures[0].claimant == "The Personería of Cáceres"


def test_people_pulled_from_the_water_alive_are_no_figure(extract):
    figures = extract("Thirty-nine were pulled from the water alive and eight are still unaccounted for, the coast "
                      "guard said.", PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(8, "missing")]
