"""Which figures a denial disputes, in short reports written for the test."""

import datetime as dt

PUB = dt.date(2024, 5, 14)
HEADLINE = "Fighting goes on in the north\n\n"


def disputed(extract, text):
    """Each figure's low bound → disputed_by, for a story under a headline without figures."""
    return {f.low: f.disputed_by for f in extract(HEADLINE + text, PUB)}


def test_a_figure_x_rejected_names_x_and_covers_only_that_figure(extract):
    text = ("The army said 189 of its soldiers had been killed. "
            "It says it has killed about 9,000 militants, a figure the government has rejected.")
    assert disputed(extract, text) == {189: None, 9000: "the government"}


def test_a_claim_x_denied(extract):
    text = "The militia said it had taken 150 soldiers prisoner, a claim the army denied."
    assert disputed(extract, text) == {150: "the army"}


def test_no_one_disputes_their_own_figure(extract):
    text = ("The rebels said they had captured 1,063 soldiers. A military spokesman acknowledged that "
            "\"dozens\" of soldiers had died, but disputed the rebels' figure for prisoners.")
    assert disputed(extract, text) == {1063: "A military spokesman", 24: None}


def test_owned_figures_are_only_those_given_before_the_denial(extract):
    text = ("The alliance said it had captured 1,063 soldiers.\n\n"
            "A military spokesman disputed the alliance's figure.\n\n"
            "The alliance said later it had found the bodies of 40 soldiers.")
    assert disputed(extract, text) == {1063: "a military spokesman", 40: None}


def test_denied_this_covers_only_its_own_sentence(extract):
    text = ("The governor said 7 people had died and fewer than 40 were missing. "
            "Officials said troops were shelling the roads; the army denied this.")
    assert set(disputed(extract, text).values()) == {None}


def test_denied_that_clause_disputes_earlier_figures_only_when_it_denies_the_same_thing(extract):
    text = ("The mayor said roughly 300 people had been killed in the town. "
            "The army has denied that its forces killed civilians in the town.")
    assert disputed(extract, text) == {300: "The army"}
    text = ("The strike killed dozens of fighters, the army said. "
            "The militia denied that any commander had been present.")
    assert disputed(extract, text) == {24: None}


def test_and_has_rejected_takes_the_subject_of_the_first_verb(extract):
    text = ("The Network for Human Rights said at least 112,713 people remained forcibly disappeared.\n\n"
            "The government denies that it holds political detainees and has rejected the group's figures.")
    assert disputed(extract, text) == {112713: "The government"}


def test_its_ministry_rejected_the_reports_figures(extract):
    text = ("At least 10,000 civilians have been killed, the UN monitoring mission said.\n\n"
            "Russia says it does not target civilians. Its foreign ministry rejected the report's figures.")
    assert disputed(extract, text) == {10000: "Russia's foreign ministry"}


def test_said_the_claim_was_not_credible_disputes_it(extract):
    text = ("The defence ministry said the army had lost in excess of 1,500 personnel. "
            "Kyiv said the claim was not credible.")
    assert disputed(extract, text) == {1500: "Kyiv"}


def test_the_ministrys_figures_with_no_ministry_named_are_the_figures_just_given(extract):
    text = ("Local health authorities said 274 people were killed in the raid. "
            "The army disputed the ministry's figures.")
    assert disputed(extract, text) == {274: "The army"}


def test_denying_targeting_civilians_is_not_a_dispute_of_the_toll(extract):
    text = "Kyiv said 23 people were killed when a missile hit a supermarket. Moscow denied targeting civilians."
    assert disputed(extract, text) == {23: None}


def test_rebels_can_dispute(extract):
    text = "The junta said 50 soldiers had been killed, a claim the rebels disputed."
    assert disputed(extract, text) == {50: "the rebels"}


def test_the_group_denying_is_not_the_army_quoted_before(extract):
    text = ("Raid on hideout\n\n"
            "The army said it had killed 45 militants in the raid. The group denied the figure.")
    (f,) = extract(text, dt.date(2024, 5, 1))
    assert (f.claimant, f.disputed_by) == ("The army", "The group")


def test_a_claim_the_group_denied(extract):
    (f,) = extract("Raid on hideout\n\nThe army said it had killed 45 militants, a claim the group denied.",
                   dt.date(2024, 5, 1))
    assert (f.claimant, f.disputed_by) == ("The army", "the group")


def test_disputed_that_number_is_no_denied_clause(extract):
    text = ("Rebels seize base\n\n"
            "Rebels said 45 soldiers were captured. A military spokesman disputed that number.")
    (f,) = extract(text, dt.date(2024, 5, 1))
    assert f.disputed_by == "a military spokesman"  # a generic source, in lower case


def test_said_the_figure_was_inflated(extract):
    text = ("Strikes on the city\n\n"
            "The ministry said 45 civilians were killed. The army said the figure was inflated.")
    (f,) = extract(text, dt.date(2024, 5, 1))
    assert f.disputed_by == "The army"


def test_saying_the_figures_are_false_is_a_denial(extract):
    text = ("Strike on camp\n\n"
            "The health ministry said 45 people were killed. Israel says the ministry's figures are unreliable. "
            "The civil defence said 12 people were missing. The army said the numbers could not be trusted.")
    assert [f.disputed_by for f in extract(text, dt.date(2024, 5, 1))] == ["Israel", "The army"]


def test_a_lower_count_of_its_own_is_no_denial(extract):
    text = ("Floods in the delta\n\n"
            "The UN said 45 people died in the floods. The ministry said the number of deaths was lower than in 2022.")
    (f,) = extract(text, dt.date(2024, 5, 1))
    assert f.disputed_by is None


def test_accusing_the_source_of_exaggerating(extract):
    text = ("Strike on camp\n\n"
            "The health ministry said 45 people were killed. The army accused the ministry of exaggerating the toll.")
    (f,) = extract(text, dt.date(2024, 5, 1))
    assert f.disputed_by == "The army"


def test_the_figure_disputed_in_the_next_paragraph(extract):
    text = ("Strike on camp\n\n"
            "The health ministry said 45 people were killed.\n\n"
            "The army, which disputed the figure, said it had targeted militants.")
    (f,) = extract(text, dt.date(2024, 5, 1))
    assert f.disputed_by == "The army"


def test_a_charge_it_denies_names_no_one_and_accusing_of_underreporting_disputes(extract):
    text = ("Riots in the hills\n\n"
            "Of the 95 dead, 70 were killed in the first week, according to officials. Rights groups have accused "
            "the state government of underreporting the toll, a charge it denies.")
    assert [f.disputed_by for f in extract(text, dt.date(2024, 5, 1))] == ["Rights groups", "Rights groups"]


def test_a_claim_an_official_rejected(extract):
    text = ("Children die in besieged town\n\n"
            "A clinic in the town said 11 children had died for lack of medicine, a claim the district health "
            "officer rejected.")
    (f,) = extract(text, dt.date(2024, 5, 1))
    assert f.disputed_by == "the district health officer"


def test_a_non_restrictive_which_clause_is_no_subject(extract):
    text = ("Boats intercepted at sea\n\n"
            "The navy said it had detained 3,800 people at sea this year. The navy, which receives funding "
            "and training from the European Union, rejects claims that detainees are abused.")
    (f,) = extract(text, dt.date(2024, 5, 1))
    assert f.disputed_by is None


def test_a_denial_names_what_it_disputes(extract):
    text = ("Clashes on the border\n\n"
            "The army said 27 of its soldiers were killed and that 11 more had been taken captive. "
            "A rebel spokesman denied holding any prisoners.")
    assert [f.disputed_by for f in extract(text, dt.date(2024, 5, 1))] == [None, "a rebel spokesman"]


def test_reports_of_deaths_said_to_be_fabricated(extract):
    text = ("Drone strike on market\n\n"
            "Thirty-one people were killed in the strike, a doctor said. Another 40 were wounded, residents said.\n\n"
            "The government said the strike had hit fighters and that reports of civilian deaths were "
            "\u201cfabricated\u201d.")
    assert [f.disputed_by for f in extract(text, dt.date(2024, 5, 1))] == ["The government", None]


def test_casualty_figures_that_do_not_match(extract):
    text = ("Strike on apartment block\n\n"
            "The strike killed 73 people, the civil defence agency said. The military said the casualty figures "
            "did not match its information.")
    (f,) = extract(text, dt.date(2024, 5, 1))
    assert f.disputed_by == "The military"


def test_the_name_used_as_an_adjective_owns_the_toll(extract):
    text = ("Raiders killed at least 25 villagers in Kombo, the WHO country office said.\n\n"
            "A spokesman for the militia, Paul Derin, rejected the WHO toll.")
    assert disputed(extract, text) == {25: "Paul Derin"}


def test_called_the_casualty_figures_fabrications_disputes_the_dead_and_the_wounded(extract):
    text = ("A shell hit the bus station, killing 14 people and wounding 30, the health office said.\n\n"
            "The Northern Front denied firing the shell and called the casualty figures \"lies\".")
    assert disputed(extract, text) == {14: "The Northern Front", 30: "The Northern Front"}


def test_the_subject_of_a_second_verb_after_a_clause_is_the_sentences(extract):
    text = ("A bomb killed 19 worshippers at the mosque, villagers said. "
            "Colonel Aung Myo told reporters the bomb had hit a \"rebel\" weapons depot and dismissed the toll as false.")
    assert disputed(extract, text) == {19: "Aung Myo"}


def test_the_toll_given_by_x_is_only_xs(extract):
    text = ("Fighting in Mora killed 12 people, farmers said.\n\n"
            "\"Three more died in the night,\" said Ali Moussa, a nurse.\n\n"
            "The army dismissed the toll given by farmers as inflated.")
    assert disputed(extract, text) == {12: "The army", 3: None}


def test_calling_the_deaths_invention_disputes_only_the_deaths(extract):
    text = ("Troops freed 9 hostages and 3 rebels were killed, the prefect of the region, Jean Bolo, said.\n\n"
            "Ali Mahamat, a rebel spokesman, rejected the prefect's account of the raid, "
            "calling the reported deaths of his men \"a lie\".")
    assert disputed(extract, text) == {9: None, 3: "Ali Mahamat"}
