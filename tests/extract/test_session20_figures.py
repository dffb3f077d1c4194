"""Which numbers are figures, session 20 (extractor 1.23.0): people "in accommodation centres" are
displaced (in prose and as a table's column), but a column counting the centres is not; a boat's load
("carrying up to 100 people each") counts no one; a yes/no question ("Did the clash kill more than a
hundred?") reports nothing; a correction's withdrawn toll stays out even with an aside ("An earlier
version of this story, citing police, said seven …"), while a superseded toll an earlier version
"published on Monday" gave stays in. Each is worded unlike the article it was read from."""

import datetime as dt

PUB = dt.date(2025, 8, 14)


def _figures(text):
    from app.extract import extract_figures

    return extract_figures(text, PUB)


def _measures(text):
    return {f.value: f.measure.value for f in _figures(text)}


def test_people_in_accommodation_centres_are_displaced():
    text = ("The number of people in accommodation centres could rise to 9,000 if the dam keeps spilling.\n\n"
            "District | People affected | People in accommodation centres | Deaths\n"
            "Chibabava | 11,300 | 2,460 | 3\n"
            "Machanga | 6,150 | 1,380 | 1\n")
    measures = _measures(text)
    assert measures[9000] == "displaced" and measures[2460] == "displaced"
    assert measures[11300] == "affected" and measures[3] == "killed"


def test_a_column_of_accommodation_centres_counts_no_people():
    text = ("District | People displaced | Accommodation centres | Houses destroyed\n"
            "Chibabava | 8,300 | 17 | 1,200\n"
            "Machanga | 5,900 | 9 | 640\n")
    assert set(_measures(text)) == {8300, 5900}


def test_a_boat_s_load_is_no_figure():
    text = "Yachts carrying up to 90 people each make the crossing from Libya in three or four days.\n"
    assert _figures(text) == []


def test_a_yes_no_question_reports_no_figure():
    text = ("Fact check: Did the border clash kill more than two hundred?\n\n"
            "Local media said at least 41 soldiers were killed.\n")
    assert [f.value for f in _figures(text)] == [41]


def test_a_withdrawn_toll_with_an_aside_is_no_figure():
    text = ("Gunmen killed at least 12 people at a road camp, officials said.\n\n"
            "(Correction: An earlier version of this story, citing police, said eight people had been killed.)\n")
    assert [f.value for f in _figures(text)] == [12]


def test_a_toll_an_earlier_version_gave_before_it_rose_stays_a_figure():
    text = ("The toll from the landslide rose to 31 on Tuesday, the agency said.\n\n"
            "Editor's note: An earlier version of this article, published Monday morning, gave a death toll of "
            "22, citing the agency.\n")
    assert sorted(f.value for f in _figures(text)) == [22, 31]


def test_each_column_of_a_table_takes_the_who_its_header_names():
    text = ("Area | Civilians killed | Armed men killed\n"
            "Jaramana | 41 | 22\n"
            "Sahnaya | 38 | 29\n")
    who = {f.value: f.who.value for f in _figures(text)}
    assert (who[41], who[38]) == ("civilians", "civilians")
    assert (who[22], who[29]) == ("soldiers", "soldiers")


def test_a_table_takes_the_period_of_the_sentence_before_its_qualifying_line():
    text = ("The monitor recorded the following casualties between January 27 and February 2. Figures for "
            "combatants are based on funeral announcements and are likely to be incomplete.\n\n"
            "Area | Civilians killed | Combatants killed\n"
            "Deir Hafer | 9 | 31\n"
            "Maskanah | 13 | 8\n")
    dates = {(f.since, f.as_of) for f in _figures(text)}
    assert dates == {(dt.date(2025, 1, 27), dt.date(2025, 2, 2))}
