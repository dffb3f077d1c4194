"""Wire-report phrasings the shipped word lists (`resources/vocab/`) cover: for refugees, captives,
the dead and the displaced, who they are and whose, qualifiers, hedges and numbers that are no
figures. Every sentence is invented for the test."""

import datetime as dt

import pytest

PUB = dt.date(2025, 3, 6)


def _figures(extract, text):
    return extract("Field report\n" + text, PUB)


def _one(extract, text):
    figures = _figures(extract, text)
    assert len(figures) == 1, (text, figures)
    return figures[0]


@pytest.mark.parametrize("sentence", [
    "Some 3,100 people streamed over the border into Chad on Tuesday.",
    "About 1,900 people poured over the border overnight, officials said.",
    "Around 6,000 people made the crossing to Lampedusa in January.",
    "Up to 2,000 people could arrive in the border town every day, aid groups warned.",
    "The authorities said 640 new arrivals were registered at the reception centre.",
    "Some 85 migrants disembarked in Crotone on Sunday.",
    "A boat carrying 140 people landed on the island of Gavdos.",
    "Uganda now hosts 1.6 million refugees and asylum seekers.",
    "Some 4,700 Ukrainians registered for temporary protection in Ireland last month.",
    "About 31,000 people applied for asylum in the Netherlands last year.",
    "Nearly 900 people were granted asylum in Italy in March.",
    "More than 1,000 people crossed the river into Thailand overnight.",
    "At least 700 residents left for Egypt through the crossing this week.",
    "Some 260 people swam across the river into Thailand.",
])
def test_arrivals_abroad_are_refugees(extract, sentence):
    assert _one(extract, sentence).measure == "refugees"


@pytest.mark.parametrize("sentence, measure", [
    ("Schools in the city are hosting 3,000 evacuees from the border villages.", "evacuated"),
    ("The camp is hosting 20,000 displaced people.", "displaced"),
    ("The shelter took in 450 evacuees on Sunday.", "evacuated"),
    ("The death toll crossed 10,000 on Monday, the ministry said.", "killed"),
    ("The camp is holding 20,000 displaced people.", "displaced"),
])
def test_verbs_before_the_number_that_are_no_refugee_words(extract, sentence, measure):
    # a verb just before the number outweighs the noun after it, so "hosting"/"took in" stay out
    assert _one(extract, sentence).measure == measure


@pytest.mark.parametrize("sentence", [
    "Police said 57 migrants had been taken into custody at the port.",
    "Police took 57 migrants into custody after the boat landed.",
    "Coast guards intercepted a dinghy and handed 33 people over to prosecutors.",
    "The patrol stopped a truck carrying 48 migrants and handed them over to the police.",
    "Border police detains 26 migrants near the frontier.",
    "Some 1,400 people were flown back on deportation flights in February.",
    "Thousands more remain in the hands of armed groups, the agency said.",
    "The group is still holding 59 people seized in the raid.",
    "Some 310 people have been held at the centre without trial.",
    "Officials said 76 soldiers had returned home from captivity.",
    "Israel set free 110 Palestinian prisoners on Thursday.",
    "The authorities have locked up 800 suspected gang members since March.",
    "Iran expelled 36,000 Afghans in January.",
    "Yerevan says 23 of its citizens remain in Azerbaijani custody.",
    "A total of 42 people were taken in for questioning.",
    "Some 9,000 migrants were forcibly returned across the border this week.",
])
def test_wire_phrasings_for_captives_are_captured(extract, sentence):
    assert _one(extract, sentence).measure == "captured"


@pytest.mark.parametrize("sentence, measure", [
    ("The army said it had neutralised 27 terrorists in an air raid.", "killed"),
    ("Officials believe 12 of the hostages are no longer alive.", "killed"),
    ("Jihadists slaughtered 38 villagers at a market.", "killed"),
    ("Militants beheaded 11 farmers in the district.", "killed"),
    ("The cyclone left 45,000 people without homes.", "displaced"),
    ("Health officials said 1,404 people were in critical condition.", "injured"),
    ("Some 3,500 people were driven from their villages by the fighting.", "displaced"),
    ("The raids forced some 7,000 people from their homes, the agency said.", "displaced"),
    ("Officials say about 40,000 residents have been living away from home since October.", "displaced"),
    ("Of the remains, 260 have so far been identified, the commission said.", "bodies"),
])
def test_other_wire_phrasings_take_their_measure(extract, sentence, measure):
    assert _one(extract, sentence).measure == measure


@pytest.mark.parametrize("sentence, who", [
    ("The army said it had neutralised 27 terrorists in an air raid.", "soldiers"),
    ("Troops killed 19 bandits in Zamfara state, the police said.", "soldiers"),
    ("Among the freed men were 23 Ukrainian defenders of Mariupol.", "soldiers"),
    ("At least 14 attackers were killed when troops returned fire.", "soldiers"),
    ("Three peacekeepers were wounded in the blast.", "soldiers"),
    ("Gunmen abducted 80 schoolgirls from a boarding school.", "children"),
    ("Some 300 orphans were evacuated from the city.", "children"),
    ("At least 12 relief workers were killed in the convoy attack.", "civilians"),
    ("Some nine UN personnel were detained by the rebels.", "civilians"),
])
def test_who_words_of_wire_reports(extract, sentence, who):
    assert _one(extract, sentence).who == who


@pytest.mark.parametrize("sentence, side", [
    ("About 60 Malian soldiers were killed in the ambush.", "mali"),
    ("Some 40 Congolese soldiers were captured near Sake.", "drc"),
    ("M23 said 20 of its fighters were killed.", "m23"),
    ("At least 30 Nigerian troops were killed in Borno.", "nigeria"),
    ("Some 12 Mozambican soldiers died in the attack.", "mozambique"),
    ("About 80 Somali soldiers were killed in the raid.", "somalia"),
    ("Some 25 al-Shabaab militants were killed, the army said.", "al-shabaab"),
    ("Some 14 Houthi fighters were killed in the strikes.", "houthis"),
    ("Some 20 Yemeni fishermen were killed.", "yemen"),
    ("Around 300 Afghan migrants were detained at the border.", "afghanistan"),
    ("Some 90 Azerbaijani soldiers were killed.", "azerbaijan"),
    ("About 200 Armenian soldiers were taken prisoner.", "armenia"),
    ("Some 45 Rwandan troops were wounded.", "rwanda"),
    ("The SAF said 12 of its soldiers were killed in El Fasher.", "sudan"),
    ("The Tatmadaw lost 200 soldiers in the offensive.", "myanmar"),
    ("The Qassam Brigades said 12 of its fighters were killed.", "hamas"),
    ("The LNA said 15 of its fighters were killed.", "libya"),
])
def test_parties_of_the_closed_list_are_sides(extract, sentence, side):
    assert _one(extract, sentence).side == side


@pytest.mark.parametrize("sentence, qualifier, low, high", [
    ("The number of refugees in Chad has passed 600,000, officials said.", "more_than", 600000, None),
    ("The death toll topped 1,200 on Sunday, the ministry said.", "more_than", 1200, None),
    ("Arrivals have exceeded 30,000 since January, the agency said.", "more_than", 30000, None),
    ("The toll could be as high as 150,000, the envoy said.", "at_most", None, 150000),
])
def test_toll_verbs_and_ceilings_are_qualifiers(extract, sentence, qualifier, low, high):
    figure = _one(extract, sentence)
    assert (figure.qualifier, figure.low, figure.high) == (qualifier, low, high)


@pytest.mark.parametrize("sentence", [
    "At least 30 people were apparently killed in the strike.",
    "Twelve soldiers were presumably captured by the rebels.",
    "Around 200 people are rumoured to have been abducted.",
    "Some 15 people appear to have been killed.",
    "A further 20 people are missing, a figure that could not be independently confirmed.",
])
def test_wire_hedges_mark_the_figure(extract, sentence):
    assert _one(extract, sentence).hedged is True


@pytest.mark.parametrize("sentence, value", [
    ("The centre was holding 2,100 detainees in space meant for 700.", 2100),
    ("About 35,000 refugees live in a transit camp built for 3,000.", 35000),
    ("Police detained 212 migrants after two sloops came ashore.", 212),
    ("Strikes destroyed 12 mosques and killed 30 people.", 30),
    ("The raiders stole 300 goats and killed four herders.", 4),
    ("The air force flew 40 sorties and killed 25 militants.", 25),
])
def test_capacities_and_boats_are_no_figures(extract, sentence, value):
    assert [f.value for f in _figures(extract, sentence)] == [value]


def test_stranded_people_are_no_figure(extract):
    assert _figures(extract, "Some 3,400 migrants were stranded in the port, unable to pay for boats.") == []


@pytest.mark.parametrize("line, junk", [
    ("Live updates: follow our coverage of the ceasefire", True),
    ("Photo gallery: inside the detention centre", True),
    ("In pictures: floods in eastern Chad", True),
    ("Live coverage of the talks resumed on Monday with 30 delegates.", False),
])
def test_link_lines_of_live_pages_and_galleries_are_junk(line, junk):
    from app.ingest.junk_rules import load_rules
    assert (load_rules().line_reason(line) is not None) is junk


def test_killings_count_the_killed(extract):
    (figure,) = _figures(extract, "Rights monitors have recorded more than 300 killings in the "
                                  "province since January, the group said.")
    assert (figure.measure.value, figure.low, figure.qualifier.value) == ("killed", 300, "more_than")
