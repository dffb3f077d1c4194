"""Claimant rules from the errors of blind batches 127–142, each tested on wording, names and places
of its own."""

import datetime as dt

PUB = dt.date(2025, 6, 9)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_an_anonymity_clause_is_not_the_speaker(extract):
    text = ("A police officer, speaking on condition of anonymity because she was not permitted to talk "
            "to journalists, told us that the number of dead could reach 40.")
    assert claimants(extract, text) == ["a police officer"]


def test_an_adverb_after_the_auxiliary_is_no_part_of_the_subject(extract):
    text = "The interior ministry has already updated its figures: 28 people are now confirmed dead."
    assert claimants(extract, text) == ["The interior ministry"]


def test_a_possessive_pronoun_inside_a_quote_is_not_a_source(extract):
    text = ('Governor Amina Begum visited the shelters on Monday. "My estimate is that close to 50,000 '
            'people have been affected," she said.')
    assert claimants(extract, text) == ["Amina Begum"]


def test_rank_abbreviations_and_local_titles_are_not_part_of_the_name(extract):
    text = ('A spokesman for the navy in the south, Lt Col Samuel Okoro, said the situation was calm. '
            '"We lost 14 sailors this week," he said.\n\n'
            '"We buried nine people in Kibuye on Monday," said Father Jean Habimana, a priest.\n\n'
            '"We have lost 23 people in our ward alone," ward chair Gopal Prasad Rai told a radio station.')
    assert claimants(extract, text) == ["Samuel Okoro", "Jean Habimana", "Gopal Prasad Rai"]
