"""Places that are where a figure's source sits, or where victims were treated, rather than where
the event was: the speakers' town before a claim verb, and the places listed with such a place."""

import datetime as dt

PUB = dt.date(2024, 6, 3)


def test_the_town_of_the_witnesses_who_give_a_figure_is_not_its_place(extract):
    text = ("Militiamen raided the village of Umm Dukhun overnight. Witnesses in Nyala told reporters "
            "that 34 people were killed.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Umm Dukhun", "SD")


def test_residents_in_a_town_killed_there_stay_in_that_town(extract):
    text = "Residents in Nyala were among 34 people killed by shelling on Monday, officials in Sudan said."
    (f,) = extract(text, PUB)
    assert f.place == "Nyala"


def test_a_second_hospital_town_listed_after_the_first_is_no_place_either(extract):
    text = ("A bomb tore through a bus near the village of Shinkay in Zabul province on Monday. Some 17 "
            "of the wounded were taken to hospitals in Qalat and Kandahar, an official said.")
    figures = extract(text, PUB)
    assert [f.place for f in figures] == ["Shinkay"]


def test_a_figure_over_a_city_and_a_region_is_the_countrys(extract):
    text = ("Police in Kenya said 230 people had been arrested in Nairobi and Kisumu county during "
            "three days of protests.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Kenya", "KE")


def test_two_towns_joined_by_and_leave_the_first(extract):
    text = "Floods swept the valley on Sunday, and in Ghat and Ubari 12 people were killed, officials in Libya said."
    (f,) = extract(text, PUB)
    assert f.place == "Ghat"


def test_where_most_of_the_group_stays_after_a_longer_clause_is_still_a_part(extract):
    text = ("Some 45,000 people have been displaced inside Somalia, most of them living in makeshift "
            "shelters in Baidoa, the UN said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Somalia", "SO")


def test_the_crossing_most_of_the_group_went_through_is_only_their_part(extract):
    text = ("Air strikes hit southern Lebanon again on Sunday. Lebanese officials said some 80,000 people, "
            "Lebanese and Syrians alike, had sought refuge in neighbouring Jordan since May, most of them "
            "through the Jaber crossing.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Jordan", "JO")


def test_the_region_a_governor_heads_gives_way_to_the_town_of_the_event(extract):
    text = ("A missile strike on a market in Kostiantynivka killed 16 people on Wednesday, including two "
            "children, the governor of the Donetsk region said.")
    figures = extract(text, PUB)
    assert [f.place for f in figures] == ["Kostiantynivka", "Kostiantynivka"]


def test_the_region_a_governor_heads_is_the_place_when_no_other_is_named(extract):
    (f,) = extract("Shelling killed three people on Monday, the governor of the Bryansk region said.", PUB)
    assert (f.place, f.country) == ("Bryansk region", "RU")


def test_a_countrys_own_war_places_its_toll_in_the_country(extract):
    text = ("Fighting flared again in Jonglei state this week. Liberia's 1989-2003 civil war killed an "
            "estimated 250,000 people, historians say.")
    figures = extract(text, PUB)
    assert [(f.place, f.country) for f in figures] == [("Liberia", "LR")]


def test_a_war_a_country_fights_elsewhere_is_not_placed_in_it(extract):
    text = "Russia's war in Ukraine has killed more than 10,000 civilians, the UN said."
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Ukraine", "UA")


def test_refugees_crossing_into_a_countrys_county_are_placed_in_that_county(extract):
    text = ("Some 9,000 people crossed from Sudan into South Sudan's Maban county last week, "
            "aid agencies said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Maban county", "SS")


def test_people_flown_out_of_a_city_are_counted_where_they_left(extract):
    text = "Nearly 900 foreigners were flown out of Port Sudan to Nairobi on Monday, Kenya's government said."
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Port Sudan", "SD")


def test_a_figure_over_two_named_units_of_a_kind_is_the_countrys(extract):
    (f,) = extract("Drone strikes killed 7 people in the Poltava and Sumy regions overnight.", PUB)
    assert (f.place, f.country) == ("Ukraine", "UA")
    (f,) = extract("Clashes in the Afar and Oromia regions have displaced 80,000 people, the UN said.", PUB)
    assert (f.place, f.country) == ("Ethiopia", "ET")


def test_a_compass_part_owned_by_a_country_is_that_country(extract):
    text = "The quake killed 3,000 people in Iran's north-west and 40 in Armenia."
    figures = extract(text, PUB)
    assert [(f.place, f.country) for f in figures] == [("Iran", "IR"), ("Armenia", "AM")]
