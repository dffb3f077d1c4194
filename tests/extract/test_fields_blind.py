"""disputed_by, hedged, side, who and measure in phrasings like those of the blind-written dev
articles 81–102, reworded with other names and places."""

import datetime as dt

PUB = dt.date(2024, 9, 3)
HEADLINE = "Fighting goes on in the north\n\n"


def figures(extract, text):
    return {f.low if f.low is not None else f.high: f for f in extract(HEADLINE + text, PUB)}


def test_new_parties_have_sides(extract):
    text = ("The rebels said they had killed 45 Burkinabe soldiers near the border. "
            "Police said 12 Ecuadorian sailors were detained in the port.")
    got = figures(extract, text)
    assert got[45].side == "burkina-faso"
    assert got[12].side == "ecuador"


def test_south_sudanese_is_not_sudanese(extract):
    text = "About 2,700 South Sudanese refugees crossed into Uganda last week, UNHCR said."
    assert figures(extract, text)[2700].side == "south-sudan"


def test_a_dispute_reaches_the_parts_and_repeats_of_the_toll(extract):
    text = ("Gunmen killed at least 64 people, including 21 women, in an attack on a market, the local "
            "council said.\n\nThe council listed the 64 dead and 30 wounded by district:\n\n"
            "Nord | 40 dead | 20 wounded\nSud | 24 dead | 10 wounded\n\n"
            "Colonel Amadou Sissoko, a regional army spokesman, said 20 people had died and rejected the "
            "local council figure as \"invented\".")
    got = figures(extract, text)
    for low in (64, 21, 40, 24):
        assert got[low].disputed_by == "Amadou Sissoko", low
    assert got[30].disputed_by is None and got[10].disputed_by is None


def test_accused_of_undercounting_disputes_the_toll_that_party_gave(extract):
    text = ("Floods have killed 140 people, the interior ministry said. A ministry spokesman, Omar "
            "Haddad, said 35 of them died in one village. The Red Crescent said 2,000 people were "
            "evacuated.\n\nLawmakers accused the ministry of underreporting the dead.")
    got = figures(extract, text)
    assert got[140].disputed_by == "Lawmakers"
    assert got[35].disputed_by == "Lawmakers"
    assert got[2000].disputed_by is None


def test_rejected_the_figure_of_n(extract):
    text = ("A rights group said at least 7,500 people had fled the district since March. Some 900 "
            "people were evacuated by boat, a relief agency said.\n\n"
            "The provincial government rejected the figure of 7,500 as \"alarmist\".")
    got = figures(extract, text)
    assert got[7500].disputed_by == "The provincial government"
    assert got[900].disputed_by is None


def test_put_the_number_lower_disputes_it(extract):
    text = ("Officials say the region hosts about 3 million displaced people, though relief groups put "
            "the number far lower.")
    assert figures(extract, text)[3_000_000].disputed_by == "relief groups"


def test_the_claim_denied_later_is_the_one_in_its_own_paragraph(extract):
    text = ("The agency warned that up to 80,000 people could be displaced by June.\n\n"
            "Critics accused the mayor of hiding the toll. \"At least 90 people have died,\" said one "
            "councillor. The mayor rejected the claim.")
    assert figures(extract, text)[80000].disputed_by is None


def test_the_month_may_is_no_hedge(extract):
    text = ("LUSAKA, May 4 - Floods have killed 29 people, officials said. Rains between February and "
            "May displaced 12,000 people last year.")
    got = figures(extract, text)
    assert not got[29].hedged and not got[12000].hedged


def test_a_quoted_group_after_suspected_is_no_hedge(extract):
    text = "Police said they had arrested four suspected \"logistics men\" for the rebels."
    assert not figures(extract, text)[4].hedged


def test_the_claim_could_not_be_verified_hedges_the_sentence_before(extract):
    text = ("The rebels said on their website that they had killed 85 soldiers and captured 9 others. "
            "The claim could not be independently verified.\n\nHospital staff said 30 people were wounded.")
    got = figures(extract, text)
    assert got[85].hedged and got[9].hedged and not got[30].hedged


def test_either_sides_claims_could_not_be_verified(extract):
    text = ("The militia said it had captured 60 policemen.\n\n"
            "The army said 200 militia fighters had been killed, and a medic said 14 soldiers were "
            "wounded. Reuters could not independently verify either side's claims.")
    got = figures(extract, text)
    assert got[60].hedged and got[200].hedged and got[14].hedged


def test_a_named_sources_figures_could_not_be_verified(extract):
    text = ("The navy said 3 sailors were killed. Iran's state broadcaster, IRIB, said 40 civilians "
            "had died.\n\nThe agency could not independently verify the broadcaster's figures.")
    got = figures(extract, text)
    assert got[40].hedged and not got[3].hedged


def test_according_to_estimates_hedges(extract):
    text = "The siege left thousands of residents dead, according to estimates by local doctors."
    assert figures(extract, text)[2000].hedged


def test_prison_guards_and_inmates_are_people(extract):
    text = ("At least 18 inmates died in the fire, and 6 guards were taken hostage by prisoners, the "
            "corrections service said.")
    got = figures(extract, text)
    assert got[6].who.value == "people"


def test_the_group_of_another_verb_is_not_the_counted_one(extract):
    got = extract("Bandits kill scores, kidnap women in raid on Zamfara villages\n\nThe attack was at night.", PUB)
    assert got[0].who.value == "people"


def test_a_camp_for_displaced_people_is_a_place_not_a_measure(extract):
    text = ("Militiamen killed at least 38 people, including 11 children, in an attack on a camp for "
            "displaced people near the lake, a local official said.")
    got = figures(extract, text)
    assert got[11].measure.value == "killed"
