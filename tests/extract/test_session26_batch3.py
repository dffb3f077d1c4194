"""Rules read from the 918–925 batch (session 26), in texts written for these tests: a page's
table whose rows open on a month and name a prison before its city, a count "compared with" or
"from … to" another, a year after "in" that is no fraction's denominator, escapees recaptured, a
prison's capacity and population, a transcript label that gives a second surname, and sources
named by what they go by."""

import datetime as dt

PUB = dt.date(2025, 11, 11)

RIOTS = ("Ecuador's deadliest prison riots, according to prison service records:\n\n"
         "Date | Prison | City | Inmates killed\n"
         "February 2021 | Turi | Cuenca | 81\n"
         "September 2021 | Litoral | Guayaquil | 123\n")


def test_a_page_table_whose_rows_open_on_a_month_and_name_their_city(extract):
    figures = extract(RIOTS, PUB)
    assert [(f.value, f.place, f.as_of, f.since) for f in figures] == [
        (81, "Cuenca", dt.date(2021, 2, 28), dt.date(2021, 2, 1)),
        (123, "Guayaquil", dt.date(2021, 9, 30), dt.date(2021, 9, 1))]


def test_counts_set_beside_another_count_the_same(extract):
    figures = extract("The forensic service said it recovered 57 bodies from the jungle in 2024, compared with 92 "
                      "in 2023. Arrivals fell from about 328,000 in 2023 to roughly 266,000 last year.", PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(57, "bodies"), (92, "bodies"),
                                                             (328000, "refugees"), (266000, "refugees")]


def test_recaptured_escapees_are_captured_and_a_prisons_size_is_no_figure(extract):
    figures = extract("Police said 37 of the 529 inmates who broke out of the prison had been recaptured by "
                      "Wednesday. The prison, built in 2007 for 200 detainees, held more than 500 when it was "
                      "stormed.", PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(37, "captured")]


def test_a_turn_label_with_the_first_of_two_surnames(extract):
    text = ("Transcript: the governor briefs reporters\n\n"
            "Edited transcript of the briefing given by Governor Óscar Villatoro Nájera and Security Secretary "
            "Mariela Cancino Ruiz.\n\n"
            "GOVERNOR VILLATORO: Good morning. Unfortunately we have confirmed nine people killed.\n\n"
            "REPORTER (Diario del Sur): How many were arrested?\n\n"
            "SECRETARY CANCINO: We detained 27 people.\n\n"
            "REPORTER (Radio Sur): Thank you.\n")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(9, "Óscar Villatoro Nájera"), (27, "Mariela Cancino Ruiz")]


def test_a_source_named_by_what_he_goes_by(extract):
    figures = extract("The UN said at least 31 people were killed. In a video, a gang leader who goes by the name "
                      "Ti Sonson rejected the toll, saying no more than eight people had died. The departmental "
                      "health secretariat reports that 41 people have been treated for gunshot wounds.", PUB)
    assert [f.claimant for f in figures] == ["The UN", "Ti Sonson", "The departmental health secretariat"]


def test_a_rank_with_its_force_before_the_name_then_the_role(extract):
    figures = extract("Police Colonel Ramon Asuncion, the provincial police director, said 32 people were still being "
                      "treated for injuries.", PUB)
    assert figures[0].claimant == "Ramon Asuncion"


def test_a_not_places_word_with_its_unit_names_the_division(extract):
    figures = extract("In Bay region alone, 41 people have died of cholera since 1 February, the ministry said.", PUB)
    assert (figures[0].place, figures[0].country) == ("Bay region", "SO")
