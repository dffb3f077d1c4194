"""Hard-wrapped plain text (e-mail, wire feeds, a PDF's text layer): the line breaks inside a
wrapped paragraph become spaces, since the extractor reads a line break as the end of a sentence,
a name or a table row; headlines, tables and lists keep their lines."""

from __future__ import annotations

import textwrap

from app.ingest import clean_text

PARAGRAPH = (
    "Shelling of a crowded market in the eastern town killed at least 27 people and wounded "
    "more than 60 on Sunday, the regional governor, Oksana Marchenko, said in a statement, "
    "adding that rescue teams were still searching the rubble for survivors."
)


def _cleaned(text: str) -> str:
    return clean_text(text)[0]


def test_a_paragraph_wrapped_at_70_columns_is_one_line_again():
    text = "Market shelling kills 27\n\n" + textwrap.fill(PARAGRAPH, 70)
    assert _cleaned(text) == "Market shelling kills 27\n\n" + PARAGRAPH


def test_a_paragraph_wrapped_at_48_columns_is_one_line_again():
    text = "Market shelling kills 27\n\n" + textwrap.fill(PARAGRAPH, 48)
    assert _cleaned(text).split("\n\n")[1] == PARAGRAPH


def test_the_headline_stays_on_its_own_line_without_a_blank_line_after_it():
    text = "Shelling of eastern market kills at least 27, governor says\n" + textwrap.fill(PARAGRAPH, 66)
    lines = _cleaned(text).split("\n")
    assert lines == ["Shelling of eastern market kills at least 27, governor says", PARAGRAPH]


def test_a_word_broken_with_a_hyphen_at_the_line_end_is_joined_without_a_space():
    text = "Headline\n\n" + ("Gunmen attacked the village on Friday, killing nine people, in what the Kremlin-\n"
                           "backed authorities called a terrorist raid on the settlement near the\n"
                           "border crossing, officials said.")
    assert "Kremlin-backed authorities" in _cleaned(text)


def test_the_rows_of_a_table_keep_their_lines():
    table = ("Regional breakdown of the casualties reported\n"
             "Sunamganj district: 14 dead, 30 injured, 2 missing\n"
             "Moulvibazar district: 9 dead, 12 injured, 0 missing\n"
             "Habiganj district: 3 dead, 8 injured, 1 missing")
    assert _cleaned("Floods\n\n" + table) == "Floods\n\n" + table


def test_list_items_keep_their_lines():
    items = ("The agency's latest figures show the following totals for the week:\n"
             "- 412 people killed in the northern provinces since the rains began\n"
             "- 1,230 people injured, many of them children and elderly residents\n"
             "- 58,000 people displaced from their homes in the river valleys")
    assert _cleaned("Floods\n\n" + items).count("\n- ") == 3


def test_lines_that_are_sentences_of_their_own_keep_their_lines():
    lines = ("Three soldiers were killed in the attack.\n"
             "Two more were wounded and taken to hospital.\n"
             "The army did not comment on the report.")
    assert _cleaned("Attack\n\n" + lines) == "Attack\n\n" + lines


def test_labelled_rows_keep_their_lines():
    rows = ("Sunamganj Sadar: 74,300 people affected; 12,100 in shelter centres; 2 dead\n"
            "Derai: 51,800 people affected; 8,450 in shelter centres; 1 dead\n"
            "Chhatak: 39,600 people affected; 4,700 in shelter centres")
    text = "Flood update\n\nThe district control room gave these figures on Monday:\n\n" + rows
    assert _cleaned(text).endswith(rows)
