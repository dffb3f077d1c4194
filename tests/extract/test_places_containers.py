"""A town named with the unit that holds it ("X, in Y district"), a namesake abroad re-homed to that
unit's country, a country never held by a region, and "parts of the state" after a state named
in another country's sentence."""

import datetime as dt

PUB = dt.date(2024, 9, 9)


def test_a_town_written_with_its_district_is_the_districts_countrys(extract):
    text = ("Cyclone floods hit Bangladesh's south-west on Sunday. In Shyamnagar, in Satkhira district, "
            "some 3,000 people were made homeless, officials said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Shyamnagar", "BD")


def test_a_country_named_before_a_regions_government_is_not_inside_it(extract):
    text = ("Floods also struck Bangladesh. In neighbouring India, the Assam government said about 5,000 "
            "people had been evacuated from low-lying parts of the state.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Assam", "IN")


def test_a_possessive_country_after_a_comma_holds_nothing(extract):
    text = ("Rescuers reached Derna in Libya on Monday. Four volunteers died on the road to Derna, "
            "Greece's foreign ministry said.")
    (f,) = extract(text, PUB)
    assert f.country == "LY"


def test_the_rebel_held_north_is_a_part_of_the_country_named_before_it(extract):
    text = ("Storms battered Oman and Yemen on Monday, Omani officials said. Muscat reported no deaths.\n"
            "In Yemen, rains have been heavier. In the rebel-held north, at least 40 people were killed, "
            "rescuers said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("northern Yemen", "YE")


def test_a_part_of_the_country_where_rescuers_work_is_their_seat(extract):
    text = ("In Syria, where counts come from rescuers in the rebel-held northwest, at least 300 people "
            "have died since the storm.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Syria", "SY")


def test_losses_across_the_whole_front_are_the_countrys_at_war(extract):
    text = ("Russian drones struck the city of Zaporizhzhia overnight, Ukrainian officials said.\n"
            "Ukraine's General Staff said Russian forces had lost 980 soldiers killed and wounded along "
            "the entire front line over the past day.")
    figures = extract(text, PUB)
    assert [(f.place, f.country) for f in figures] == [("Ukraine", "UA")]


def test_a_township_the_gazetteer_lacks_is_a_place_of_the_country_named_by_it(extract):
    text = ("Fighting spread along the border of Bangladesh this week. Inside Myanmar, residents of "
            "Myothit Taw township said dozens of civilians had been killed by shelling.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Myothit Taw", "MM")


def test_a_neighbourhood_named_after_a_city_abroad_is_in_the_storys_country(extract):
    text = ("PORT-AU-PRINCE, Haiti — Gang attacks in Haiti's capital have driven 3,000 residents out of "
            "the Chicago neighbourhood since Friday, a local rights group said.")
    (f,) = extract(text, PUB)
    assert f.country == "HT"


def test_a_name_owned_by_a_country_after_in_is_a_place_of_that_country(extract):
    text = ("Floods hit northern Laos on Monday, officials said. Across the river in Thailand's Ban Khamtoey, "
            "at least 14 people drowned.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Ban Khamtoey", "TH")


def test_a_kibbutz_named_with_its_kind_word_is_a_place_not_a_person(extract):
    text = ("Militants crossed into southern Israel at dawn. Soldiers said they had found 20 bodies in "
            "Kibbutz Nirim, where gunmen went from house to house.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Nirim", "IL")


def test_a_road_named_after_a_person_is_a_place(extract):
    text = ("Troops fired on a crowd on the Omar Mukhtar road in Gaza on Sunday, killing four people, "
            "medics said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Omar Mukhtar road", "PS")


def test_a_where_clause_after_the_figure_describes_its_place(extract):
    text = ("At least 50 people were killed in Sudan's South Kordofan state, where the army besieged "
            "Kadugli, doctors said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("South Kordofan state", "SD")
