"""Claimant rules: long names, acronyms, appositives, pronouns and definite references."""


def claimant(extract, text):
    figures = extract(text)
    assert figures, text
    return figures[-1].claimant


def test_long_official_name_of_up_to_ten_words_is_kept(extract):
    text = ("At least 10,000 civilians have been killed in Ukraine, the UN Human Rights Monitoring "
            "Mission in Ukraine said on Tuesday.")
    assert claimant(extract, text) == "the UN Human Rights Monitoring Mission in Ukraine"


def test_acronym_given_in_parentheses_replaces_the_long_name(extract):
    text = ("Another 6.5 million people are displaced, according to the International Organization "
            "for Migration (IOM), which tracks movements.")
    assert claimant(extract, text) == "IOM"


def test_acronym_given_anywhere_is_used_for_the_initials(extract):
    text = ("WHO puts toll above 330\nThe World Health Organization said at least 330 people had been killed.")
    assert claimant(extract, text) == "WHO"


def test_descriptive_appositive_gives_way_to_the_name(extract):
    text = ("The Syrian Observatory for Human Rights, a Britain-based monitor, said 11 people were killed.")
    assert claimant(extract, text) == "The Syrian Observatory for Human Rights"


def test_relative_clause_between_name_and_verb_is_skipped(extract):
    text = ("The Sudan Doctors' Network, which tracks civilian casualties, said on Thursday that at least "
            "220 civilians had been killed.")
    assert claimant(extract, text) == "The Sudan Doctors' Network"


def test_definite_reference_resolves_to_the_body_named_earlier(extract):
    text = ("Crowds surged, in what the Gaza health ministry called a massacre.\n"
            "The ministry said 112 people had been killed.")
    assert claimant(extract, text) == "the Gaza health ministry"


def test_report_by_a_body_is_claimed_by_that_body(extract):
    text = ("A report published last month by the Conflict Observatory said at least 6,000 children "
            "had been held at camps.")
    assert claimant(extract, text) == "the Conflict Observatory"


def test_its_ministry_is_the_ministry_of_the_previous_claimant(extract):
    text = ("Russia says it does not target civilians.\n"
            "Its foreign ministry said 4,500 civilians had been killed in shelling.")
    assert claimant(extract, text) == "Russia's foreign ministry"


def test_descriptor_before_a_proper_name_is_dropped(extract):
    text = "The opposition National Unity Government said at least 133 people were killed."
    assert claimant(extract, text) == "The National Unity Government"


def test_questioning_the_ministry_figures_disputes_them(extract):
    text = ("Gaza toll\nThe ministry said 10,022 Palestinians had been killed.\n"
            "The Israeli military has questioned the ministry's figures.")
    assert extract(text)[0].disputed_by == "The Israeli military"


def test_and_disputed_takes_the_subject_of_the_sentence(extract):
    text = ("Crush at aid convoy\nThe ministry said 112 people had been killed. The Israeli military said troops had fired "
            "warning shots and disputed the ministry's toll.")
    assert extract(text)[0].disputed_by == "The Israeli military"


def test_saying_after_a_denial_is_claimed_by_the_denier(extract):
    text = ("Major General Zaw Min Tun confirmed the strike. He disputed the death toll, saying fewer "
            "than 50 people had died.")
    assert claimant(extract, text) == "Zaw Min Tun"


def test_byline_names_are_not_sources(extract):
    text = ("Strike kills 12\nBy Nilar Win, Mekong Dispatch — BANGKOK, Wednesday, April 12, 2023\n\n"
            "He said 12 people were killed.")
    assert claimant(extract, text) is None


def test_claim_across_a_semicolon_belongs_to_the_other_clause(extract):
    text = ("Rescue teams were still searching for dozens of people swept away; the district "
            "administration said 19 people were missing there.")
    first, second = extract(text)
    assert first.claimant is None and second.claimant == "the district administration"
