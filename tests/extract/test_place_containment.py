"""A place presented as lying in another ("X, a village in Y district") is the figure's place,
however near the figure the container stands; each test is a short report of its own."""

import datetime as dt

PUB = dt.date(2025, 2, 11)


def test_village_beats_the_district_it_is_placed_in(extract):
    text = ("An explosion at a checkpoint in Kot Azam, a village in Tank district, killed six soldiers "
            "on Monday, the army said.\n\nTwo more died in hospital on Tuesday, officials said.")
    figures = extract(text, PUB)
    assert [(f.value, f.place, f.country) for f in figures] == [(6, "Kot Azam", "PK"), (2, "Kot Azam", "PK")]


def test_container_named_with_a_countrys_possessive(extract):
    text = ("The number of dead from a grenade attack on a market in Tor Ghundai, a small town in "
            "southwestern Pakistan's Pishin district, climbed to nine, police said.\n\n"
            "Another 14 people were wounded, police said.")
    figures = extract(text, PUB)
    assert [(f.value, f.place) for f in figures] == [(9, "Tor Ghundai"), (14, "Tor Ghundai")]


def test_district_alone_is_still_the_place(extract):
    text = ("Floods in Pishin district of southwestern Pakistan's Balochistan province killed 12 people, "
            "the provincial disaster authority said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Pishin district", "PK")


def test_a_name_put_twice_after_in_is_a_place(extract):
    text = ("Drought has driven thousands of families from rural areas of south-western Somalia in recent "
            "weeks.\n\nVolunteers in Garasweyne counted 23 deaths among new arrivals since 1 March, the agency "
            "said.\n\nWater trucking in Garasweyne covers less than half of daily needs, it said.")
    (f,) = extract(text, PUB)
    assert (f.value, f.place, f.country) == (23, "Garasweyne", "SO")


def test_a_name_after_in_once_is_not_enough(extract):
    text = ("Drought has driven thousands of families from rural areas of south-western Somalia in recent "
            "weeks.\n\nVolunteers in Garasweyne counted 23 deaths among new arrivals since 1 March, the agency "
            "said.")
    (f,) = extract(text, PUB)
    assert f.place == "south-western Somalia"


def test_town_named_in_a_hospitals_name_is_not_where_they_were_hurt(extract):
    text = ("Four killed in attack on Colombian village\n\n"
            "Gunmen attacked the village of Potrerito in Colombia, killing 4 people and wounding 20, the army "
            "said.\n\nNine of the wounded remained at the Jamundi municipal hospital on Tuesday.")
    figures = extract(text, PUB)
    assert [(f.value, f.place) for f in figures][-1] == (9, "Potrerito")


def test_a_burns_unit_is_a_place_of_care(extract):
    text = ("Four killed in attack on Pakistani village\n\n"
            "Gunmen attacked the village of Potrerito in Pakistan, killing 4 people and wounding 20, the army "
            "said.\n\nAnother six wounded were transferred on Monday to a burns unit in Peshawar.")
    figures = extract(text, PUB)
    assert [(f.value, f.place) for f in figures][-1] == (6, "Potrerito")


def test_a_monitors_sources_inside_the_country_are_no_place(extract):
    text = ("Car bomb kills 19 in Syrian town\n\nA car bomb exploded at a market in the town of Inkhil in Syria's "
            "Daraa province on Thursday, killing at least 19 people, the health ministry said.\n\n"
            "A war monitor that relies on a network of sources inside the country put the toll at 31.")
    figures = extract(text, PUB)
    assert [(f.value, f.place) for f in figures][-1] == (31, "Inkhil")


def test_the_first_of_a_chain_of_units_is_the_place(extract):
    text = ("Gunmen kill 12 in Katsina State village\n\nAt least 12 people were killed when gunmen stormed Yar "
            "Gamji village in the Dabai area of Danja Local Government Area of Katsina State on Sunday, police "
            "said.\n\nFour others were wounded, police said.")
    figures = extract(text, PUB)
    assert [(f.value, f.place) for f in figures][1:] == [(12, "Yar Gamji"), (4, "Yar Gamji")]


def test_a_village_described_before_its_district(extract):
    text = ("Insurgents raid Mozambique village\n\nInsurgents reached Ntchunga, a village of thatched houses in "
            "the Mecula district of Mozambique's northern Niassa province, on Saturday and killed 11 people, "
            "residents said.\n\nAbout 300 people fled, they said.")
    figures = extract(text, PUB)
    assert [(f.value, f.place) for f in figures] == [(11, "Ntchunga"), (300, "Ntchunga")]


def test_a_place_in_a_speakers_title_is_his_office_not_the_site(extract):
    text = ("Shinyanga pit collapse: nine bodies recovered\n\nRescuers at a collapsed gold pit in Mwakitolyo ward, "
            "Kishapu District, had recovered nine bodies by Tuesday, Shinyanga Regional Commissioner Anamringi "
            "Macha said.\n\nTwelve miners were still missing, he said.")
    figures = extract(text, PUB)
    assert [(f.value, f.place) for f in figures][1:] == [(9, "Mwakitolyo"), (12, "Mwakitolyo")]


def test_a_mayors_city_is_still_the_place_when_no_other_is_named(extract):
    text = ("Fires rage in central Chile\n\nForest fires have killed 46 people in the Valparaíso region, the "
            "Interior Ministry said.\n\nQuilpué Mayor Valentina Vera said 30 people had died in her city alone.")
    figures = extract(text, PUB)
    assert [(f.value, f.place) for f in figures][-1] == (30, "Quilpué")


def test_a_village_in_the_province_of_and_a_countrys_army_as_actor(extract):
    text = ("Mali: rebels claim 40 soldiers killed in Gao attack\n\nBAMAKO, May 5 (Sahel Wire) — Mali's army and the "
            "rebels gave different accounts on Monday of an assault on a base in Tassiga, in the eastern region of "
            "Gao.\n\nThe army said 12 soldiers had been killed.")
    figures = extract(text, PUB)
    assert [(f.value, f.place) for f in figures][-1] == (12, "Tassiga")


def test_a_commune_and_a_village_in_the_town_of(extract):
    text = ("Market attack in Burkina Faso\n\nGunmen attacked the market in Gassan, a rural commune in Kossi province, "
            "on Tuesday, killing at least 22 civilians, residents said.")
    (f,) = [f for f in extract(text, PUB) if f.value == 22]
    assert f.place == "Gassan"
    text = ("Clan feud in Basilan\n\nFighting between two clans in Barangay Lagayas in the town of Tipo-Tipo has "
            "left at least six civilians dead since Sunday, the army said.")
    (f,) = [f for f in extract(text, PUB) if f.value == 6]
    assert f.place == "Lagayas"
