"""Claimant rules from blind batches 223–238, each tested on invented wording."""

import datetime as dt

from app.extract.aliases import Aliases

PUB = dt.date(2025, 3, 4)


def test_a_named_body_with_where_it_sits_takes_its_acronym(extract):
    text = ("Storms batter the coast\n\n"
            "According to the Provincial Disaster Coordination Office (PDCO) in Tarvel, 87 people have died "
            "since the storms began.")
    assert [f.claimant for f in extract(text, PUB)] == ["PDCO"]


def test_a_body_s_staff_or_portal_is_the_body():
    text = "The Regional Flood Relief Agency (Refra) runs a portal. Monitors of the Harbour Watch Group (HWG) said."
    aliases = Aliases(text)
    assert aliases.canonical("the Regional Flood Relief Agency portal") == "Refra"
    assert aliases.canonical("HWG monitors in the port district between May and June") == "HWG"


def test_a_scope_word_before_a_named_body_does_not_hide_its_acronym():
    text = "The regional Office of Water Safety and Rural Roads (Owsarr) said 12 died. Owsarr later said 14."
    assert Aliases(text).canonical("The regional Office of Water Safety and Rural Roads") == "Owsarr"


def test_a_body_s_head_noun_alone_takes_the_acronym_of_the_one_body_with_that_head():
    text = ("According to the Directorate for Civil Protection Affairs (DCPA), 40 died. The directorate said "
            "900 were relocated. The United Nations Observer Mission in Tarvel, or UNOMT, said 30 were hurt.")
    aliases = Aliases(text)
    assert aliases.canonical("The directorate") == "DCPA"
    assert aliases.canonical("the U.N. mission in the country") == "UNOMT"
    assert aliases.canonical("the observer mission") == "UNOMT"


def test_a_head_noun_shared_by_another_body_or_described_otherwise_is_left_alone():
    text = ("The Federal Relief Agency (FRA) said 20 died. The Health Agency said 30 were hurt. "
            "The Coastal Disaster Agency (CDA) said 5 were missing.")
    aliases = Aliases(text)
    assert aliases.canonical("the agency") == "the agency"
    only = Aliases("The Somali Drought Agency (SDRA) said 20 died. The U.N. refugee agency said 9 fled.")
    assert only.canonical("the U.N. refugee agency") == "the U.N. refugee agency"


def test_a_headline_label_naming_an_event_in_a_place_is_a_topic(extract):
    text = ("Landslip in Dorvana: 8 dead, 5 missing\n\n"
            "A landslip buried houses in Dorvana on Monday night.")
    assert [f.claimant for f in extract(text, PUB)] == [None, None]


def test_a_headline_label_naming_a_lake_or_river_is_a_topic(extract):
    text = ("River Ostra: 6 dead as ferry overturns\n\n"
            "A ferry overturned on the River Ostra on Sunday.")
    assert [f.claimant for f in extract(text, PUB)] == [None]


def test_a_storm_s_toll_is_not_its_source(extract):
    text = ("Belka's toll: Five dead across the county\n\n"
            "Typhoon Belka made landfall on Friday morning.")
    assert [f.claimant for f in extract(text, PUB)] == [None]


def test_a_bulletin_under_a_body_s_masthead_speaking_as_we_is_the_body_s(extract):
    text = ("Harbour district safety digest: March\n"
            "Quarterly digest | Network for Safer Streets in Tarvel (NSST)\n\n"
            "This digest of our findings is written for reporters and partner groups.\n\n"
            "Of the 30 people wounded in shootings in March, 7 were teenagers, according to our figures. "
            "Nine of the killings we logged happened near the ferry terminal.")
    figures = extract(text, PUB)
    assert len(figures) >= 2 and {f.claimant for f in figures} == {"NSST"}


def test_the_report_is_the_body_that_issued_it():
    text = ("Ninety people died in police cells, the Instituto de Derechos Civiles (IDC), a Lima-based group, "
            "said in a report published on Monday. The 60-page report draws on 300 interviews.")
    aliases = Aliases(text)
    assert aliases.canonical("the 60-page report") == "IDC"
    assert aliases.canonical("the report") == "IDC"
    assert Aliases("The Health Office (THO) said 9 died. A report found more.").canonical("the report") == "the report"


def test_a_rank_of_a_force_before_a_name_gives_the_name(extract):
    text = ("Ferry sinks\n\n"
            "Rescuers recovered 9 bodies on Sunday, said Chief Inspector of Police Amos Kariuki.")
    assert [f.claimant for f in extract(text, PUB)] == ["Amos Kariuki"]


def test_malaysian_honorifics_and_a_councillor_s_role_are_no_part_of_the_name(extract):
    text = ("Floods\n\n"
            "Dato' Aminah Razak said 4 villagers drowned near the river. "
            "Seven homes were buried and 3 people died, local councillor Thandeka Mbeki told reporters.")
    assert [f.claimant for f in extract(text, PUB)] == ["Aminah Razak", "Thandeka Mbeki"]


def test_a_title_s_acronym_is_the_person_holding_the_title():
    text = ("Gunfire again, the Tarvel District Chief Executive, Hon. Kofi Mensah Boateng, told reporters. "
            "The DCE said two traders were shot.")
    assert Aliases(text).canonical("The DCE") == "Kofi Mensah Boateng"


def test_a_body_described_in_lower_case_is_its_capitalised_name():
    text = ("Five died, the Northern Coastal Fire Service said. The coastal fire service later said 7 were hurt.")
    assert Aliases(text).canonical("The coastal fire service") == "the Northern Coastal Fire Service"
    two = "The North Fire Service and the South Fire Service disagreed."
    assert Aliases(two).canonical("the regional fire service") == "the regional fire service"


def test_figures_released_at_the_time_by_a_body_are_its(extract):
    text = ("Siege remembered\n\n"
            "The siege killed at least 40 soldiers, according to figures released at the time by the defence ministry.")
    assert [f.claimant for f in extract(text, PUB)] == ["the defence ministry"]


def test_a_headline_body_counting_after_a_place_label_is_its_claim(extract):
    text = ("Peru: Amnesty documents 52 deaths in protests\n\n"
            "Amnesty International said 52 people were killed by security forces.")
    assert [f.claimant for f in extract(text, PUB)] == ["Amnesty International"] * 2
