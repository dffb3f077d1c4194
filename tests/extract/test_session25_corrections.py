"""Readings the 894–917 blind batch asked for (extractor 1.27.0), in texts written for these tests:
a correction notice's wrong figure is withdrawn and its right one kept; a place's population, and
"One, aged 52," (a person), are no figures; "neutralise" kills; helicopters that flew people out
evacuated them; a fact box's "In tents and shelters" counts people; a colon opens the parts of a count;
"a largely Bamar region" and "Islamic State Sahel Province" are no places; a bulletin's capitalised
sections ("BENUE", "BORNO", "KADUNA") place their figures though all lie in one country."""

import datetime as dt

PUB = dt.date(2025, 7, 20)


def _values(figures):
    return [f.value for f in figures]


def test_a_correction_notice_withdraws_the_wrong_figure_and_keeps_the_right_one(extract):
    figures = extract("CORRECTION: An item on Tuesday's shelling of Kherson was corrected to show that regional "
                      "officials said 14 people were injured, not 41.", PUB)
    assert _values(figures) == [14]
    figures = extract("Correction: Last week's bulletin said 52 people were displaced in Beni territory. "
                      "Aid workers in Beni said the camps were full.", PUB)
    assert figures == []


def test_a_correction_without_a_withdrawn_figure_keeps_its_figures(extract):
    figures = extract("Correction: the attack took place in Ituri province, not North Kivu. Twelve people were "
                      "killed, the army said.", PUB)
    assert _values(figures) == [12]


def test_a_places_population_is_no_figure(extract):
    figures = extract("Sinaloa, a northern state of about 3 million people, has for years recorded more killings "
                      "than any of its neighbours, prosecutors said.", PUB)
    assert figures == []


def test_one_aged_52_is_a_person_not_a_count(extract):
    figures = extract("Forty-one prisoners were freed in the exchange on Friday. One, aged 52, said he had been held "
                      "for two years.", PUB)
    assert _values(figures) == [41]


def test_neutralise_counts_the_killed(extract):
    figures = extract("The counter-attack made it possible to neutralise more than 30 assailants, the defence "
                      "ministry said in a statement.", PUB)
    assert [(f.low, f.measure.value) for f in figures] == [(30, "killed")]


def test_helicopters_that_flew_people_out_evacuated_them(extract):
    figures = extract("Army helicopters flew dozens of people from the cut-off villages to hospitals in the "
                      "capital on Thursday, officials said.", PUB)
    assert [(f.low, f.measure.value) for f in figures] == [(24, "evacuated")]


def test_a_fact_box_line_of_where_people_shelter_counts_them(extract):
    text = ("The earthquake destroyed hundreds of homes across the district, officials said on Saturday.\n\n"
            "KEY FIGURES\n"
            "Dead: 17\n"
            "Injured: more than 200\n"
            "In tents and shelters: some 3,100\n")
    figures = extract(text, PUB)
    by_value = {f.value: f for f in figures}
    assert by_value[3100].measure.value == "displaced"
    assert by_value[17].measure.value == "killed"


def test_a_colon_opens_the_parts_of_the_count_before_it(extract):
    figures = extract("Investigators said on Sunday that nine bodies had been identified so far: five men and four "
                      "women, all from the same village.", PUB)
    assert _values(figures) == [9, 5, 4]
    whole = figures[0]
    assert [f.parts_of for f in figures[1:]] == [whole.id, whole.id]
    assert {f.measure.value for f in figures} == {"bodies"}


def test_a_largely_bamar_region_is_a_peoples_adjective_not_a_place(extract):
    text = ("Airstrike kills 11 in Magway\n\nA military airstrike killed 11 people in Gangaw township on Monday, "
            "residents said. Magway, a largely Bamar region in Myanmar's dry zone, has seen heavy fighting. "
            "More than 90,000 people are displaced in the region, the UN says.")
    places = {f.place for f in extract(text, PUB)}
    assert not any(p and "Bamar" in p for p in places)


def test_an_islamic_state_province_is_an_armed_group_not_a_place(gazetteer_cache):
    from app.extract.pipeline import default_extractor

    text = ("Soldiers killed in western Niger\n\nGunmen attacked an army post near Banibangou on Saturday, the "
            "defence ministry said.\n\nIslamic State Sahel Province later claimed the attack in a statement, "
            "saying it had killed 28 soldiers and taken three prisoner.")
    scanned = default_extractor().places.scan(text)
    assert [m.surface for m in scanned.mentions] == ["western Niger", "Banibangou"]


def test_a_bulletins_capitalised_sections_place_their_figures_within_one_country(extract):
    text = ("EVENING BULLETIN: attacks in three states\n\n"
            "BENUE\n\n"
            "Gunmen killed at least 12 farmers in an attack on a village in Benue State overnight, local officials said.\n\n"
            "The state police command put the toll at eight.\n\n"
            "BORNO\n\n"
            "Insurgents abducted 9 women collecting firewood outside Damboa, a militia leader said.\n\n"
            "KADUNA\n\n"
            "Gunmen seized 20 travellers on a highway in southern Kaduna, police said.\n")
    figures = extract(text, dt.date(2025, 6, 17))
    by_value = {f.value: f for f in figures}
    assert by_value[8].place == "Benue"
    assert by_value[20].country == "NG"


def test_soldiers_who_fell_on_the_field_of_honour_were_killed_and_a_blockade_affects_people(extract):
    figures = extract("Sadly, 8 of our soldiers fell on the field of honour and 11 were wounded, the army said.", PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(8, "killed"), (11, "injured")]
    figures = extract("The blockade affects an estimated 250,000 people in the township, according to OCHA.", PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(250000, "affected")]


def test_a_lake_drowning_is_placed_on_its_shore_not_left_at_sea(extract):
    text = ("Boat capsizes on Lake Victoria\n\nAt least 11 people drowned after a passenger boat capsized in "
            "Lake Victoria off Rusinga Island in Homa Bay County on Sunday, police said.")
    (figure,) = extract(text, PUB)
    assert figure.country == "KE"
    assert figure.place == "Rusinga Island"  # ("Island" closes a name the gazetteer lacks)
    sea = extract("At least 11 people drowned when their boat capsized off the coast of Libya, the IOM said.", PUB)
    assert sea[0].place is None
