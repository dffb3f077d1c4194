"""Place choice, round 11: people evacuated to shelters or a hospital elsewhere keep the place they
left; deaths at sea ("a boat carrying migrants sank off …") have no place."""


def test_people_moved_to_hotels_elsewhere_keep_the_town_they_left(extract):
    text = ("Rockets hit northern Israel\n\n"
            "Police said 40 residents of Ashkelon who had returned to the town were moved to hotels in Eilat "
            "overnight as a precaution.")
    forty = next(f for f in extract(text) if f.value == 40)
    assert forty.place == "Ashkelon"


def test_people_bussed_to_shelters_take_the_event_place_when_only_the_shelter_town_is_named(extract):
    text = ("Rockets hit Haifa\n\n"
            "Rockets struck homes and a school in Haifa on Monday night, police said on Tuesday.\n\n"
            "Some 60 people were later bussed to schools in Acre, a police spokesman said.")
    sixty = next(f for f in extract(text) if f.value == 60)
    assert sixty.place == "Haifa"


def test_wounded_airlifted_to_a_hospital_town_keep_the_raid_village(extract):
    text = ("Bandits kill five in Kenyan village raid\n\n"
            "Five people were killed on Sunday night when armed bandits raided homesteads in Kapsowar, "
            "police said on Monday.\n\n"
            "\"We have deployed officers,\" said the commander. Four of the injured were airlifted to the "
            "Moi Teaching and Referral Hospital in Eldoret on Monday morning, he said.")
    four = next(f for f in extract(text) if f.value == 4)
    assert four.place == "Kapsowar"


def test_a_boat_carrying_migrants_that_sank_off_an_island_gives_no_place(extract):
    text = ("Migrant boat sinks off Tunisia\n\n"
            "Eleven people died on Monday when an overcrowded wooden boat carrying migrants sank in heavy "
            "seas off the southern Tunisian city of Sfax, the coast guard said.")
    eleven = next(f for f in extract(text) if f.value == 11)
    assert eleven.place is None and eleven.country == "TN"


def test_a_later_toll_in_a_story_of_a_boat_that_sank_off_a_coast_gives_no_place(extract):
    text = ("Twelve dead as migrant boat sinks off Lampedusa\n\n"
            "A fishing boat with about 60 migrants on board sank off Lampedusa before dawn on Sunday, the "
            "Italian coast guard said.\n\n"
            "\"Three of the children were already dead when they were brought ashore,\" a doctor said.")
    three = next(f for f in extract(text) if f.value == 3)
    assert three.place is None


def test_two_countries_each_with_its_own_in_cover_the_figure(extract):
    text = ("Storms hit the Sahel\n\n"
            "Heavy rains have killed at least 56 people in Niger and in Mali and forced more "
            "than 90,000 from their homes, the UN said on Monday.")
    figures = extract(text)
    for value in (56, 90000):
        f = next(f for f in figures if f.value == value)
        assert f.place is None and f.country is None


def test_a_share_of_a_figure_put_in_regions_leaves_the_figure_in_the_country(extract):
    text = ("Floods across the Horn of Africa\n\n"
            "Floods have killed dozens of people across the region this month, aid agencies said on Friday.\n\n"
            "In Kenya, 40 people have died, most of them in the Garissa and Tana River counties, the Red "
            "Cross said.")
    forty = next(f for f in extract(text) if f.value == 40)
    assert forty.place == "Kenya"
