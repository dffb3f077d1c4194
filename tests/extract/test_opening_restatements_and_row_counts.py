"""A sentence that opens on an earlier figure's number ("Of the 31 found so far, …") names that
figure again and breaks it down; a table row whose label counts what it groups ("Other districts
(9) | 12 | 40") is still a row."""

import datetime as dt

PUB = dt.date(2025, 5, 2)


def test_of_the_n_restates_the_earlier_figure_and_its_parts_take_its_measure():
    from app.extract import extract_figures

    text = ("Mass grave in Chihuahua\n\nInvestigators have exhumed the remains of 31 people from a pit outside "
            "Ciudad Juarez, prosecutors said on Thursday.\n\nOf the 31 found so far, nine were women and three "
            "were minors, a forensic official said.")
    found = extract_figures(text, PUB)
    by_value = {f.value: f for f in found}
    assert [f.value for f in found] == [31, 31, 9, 3]
    restated = found[1]
    assert restated.measure.value == "bodies"
    assert by_value[9].measure.value == "bodies" and by_value[9].parts_of == restated.id
    assert by_value[3].parts_of == restated.id


def test_a_sentence_opening_on_a_number_no_figure_had_is_not_read():
    from app.extract import extract_figures

    text = ("Mass grave in Chihuahua\n\nInvestigators have exhumed the remains of 31 people from a pit outside "
            "Ciudad Juarez, prosecutors said on Thursday.\n\nOf the 12 investigators on site, five were "
            "women.")
    assert [f.value for f in extract_figures(text, PUB)] == [31]


def test_a_row_label_with_a_count_in_brackets_is_still_a_row():
    from app.extract import extract_figures

    text = ("Disappearances by district, 2024\n\nThe monitor published its table on Friday.\n\n"
            "District | Disappeared | Detained\nKayanza | 12 | 40\nOther districts (9) | 21 | 77\nTotal | 33 | 117\n")
    found = {f.value: f.measure.value for f in extract_figures(text, PUB)}
    assert found.get(21) == "missing" and found.get(77) == "captured"
    assert found.get(33) == "missing" and found.get(117) == "captured"
    assert 9 not in found
