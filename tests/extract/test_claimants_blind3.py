"""Claimant rules from the errors of blind batch 119–126, each tested on wording, names and places
of its own."""

import datetime as dt

PUB = dt.date(2025, 6, 9)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_an_indefinite_body_known_by_a_short_name_takes_it(extract):
    text = ("Protests spread to the coast on Friday. An alliance of student unions, known as M12, said "
            "19 students had been detained since Thursday.")
    assert claimants(extract, text) == ["M12"]


def test_an_owned_description_takes_the_acronym_of_the_body_it_describes(extract):
    text = ("At least 14 people died in the floods, according to the nation's emergency relief agency.\n\n"
            "The Kenya Emergency Relief and Recovery Authority (KERRA) said on Sunday that the rains "
            "would continue.")
    assert claimants(extract, text) == ["KERRA"]


def test_its_branch_or_its_investigators_stand_for_the_body(extract):
    text = ("The International Federation of Red Cross Societies (IFRC) said relief had been slow. "
            "Its country office estimated that 2,300 people had been displaced.\n\n"
            "Amnesty International said on Friday that its researchers had documented 64 killings "
            "in the camps.")
    assert claimants(extract, text) == ["IFRC", "Amnesty International"]


def test_a_participle_speaker_is_the_subject_of_the_clause_before_it(extract):
    text = ("The main opposition Labour Party criticised the ministry's slow response, saying that 45 "
            "people had died in the district since March.")
    assert claimants(extract, text) == ["The Labour Party"]


def test_a_name_followed_by_a_kind_of_place_is_not_the_he_of_the_sentence(extract):
    text = ("The town's mayor, Paulo Ferreira, said at least 12 bodies had been found in the Vila Nova "
            "neighbourhood, where the river rose fastest, and that he feared dozens more had died.")
    assert set(claimants(extract, text)) == {"Paulo Ferreira"}


def test_a_claim_in_a_where_clause_does_not_cover_the_figure_before_it(extract):
    text = ("Divers recovered the bodies of at least nine more people from a single block in Puerto Nuevo, "
            "where villagers said the water rose two metres in less than 20 minutes.")
    assert claimants(extract, text)[:1] == [None]


def test_an_aside_on_the_place_ending_the_subject_gives_way_to_the_subject(extract):
    text = "Aid workers in Bunia, the capital of Ituri province, said 41 people had been killed."
    assert claimants(extract, text) == ["Aid workers in Bunia"]


def test_claims_by_a_source_that_and_an_insisting_participle(extract):
    text = ("The weather was calm.\n\nThe interior ministry has dismissed claims by student activists that "
            "at least 80 protesters were shot dead during the march in the capital, insisting that its own "
            "count of 14 deaths is correct.")
    assert claimants(extract, text) == ["student activists", "The interior ministry"]
