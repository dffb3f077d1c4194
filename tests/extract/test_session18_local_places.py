"""Rules of session 18 (extractor 1.21.0): places the gazetteer lacks, named by the town or unit that
holds them ("at X, Kitui,", "in X, Y Local Government Area"), with a compass word as the last word of
their name; a reporter's name on the byline is no place; where a statement was issued is no place
of its figures; a church's parish is no unit; "X, a fishing community" presents X as a place. Each is
worded unlike the article it was read from, with names the gazetteer does not hold."""

import datetime as dt

PUB = dt.date(2025, 8, 14)


def _figures(text):
    from app.extract import extract_figures

    return extract_figures(text, PUB)


def _places(text):
    return {f.value: f.place for f in _figures(text)}


def test_a_suburb_named_with_its_town_is_the_place_even_when_its_name_ends_in_a_compass_word():
    text = ("Water tank collapse kills six\n\n"
            "Six people died when a water tank burst at Ruai North, Kitui, on Thursday night, and 14 "
            "others were injured, police said.\n\nThe county government said it would inspect other tanks "
            "in Kenya's eastern counties.\n")
    places = _places(text)
    assert places[6] == "Ruai North"
    assert places[14] == "Ruai North"


def test_a_village_named_with_its_local_government_area_is_the_place():
    text = ("Gunmen killed 17 worshippers in Kurmin Masara, Bokkos Local Government Area of Plateau State, "
            "late on Sunday, the state police command said on Monday. Another 8 people were abducted, "
            "residents said.\n")
    places = _places(text)
    assert places[17] == "Kurmin Masara"
    assert places[8] == "Kurmin Masara"


def test_a_name_before_a_town_is_no_place_when_it_names_a_facility():
    text = ("Mudslide buries homes\n\n"
            "Nine people were killed in Kwa Mwendwa, Kitui, on Friday. Eleven injured people were taken "
            "to Kitui General Hospital, Kitui, officials said.\n")
    places = _places(text)
    assert places[9] == "Kwa Mwendwa"
    assert places[11] != "Kitui General Hospital"


def test_a_reporters_name_on_the_byline_is_no_place_though_a_town_is_called_so():
    for byline in ("By PETER MOSHI | Tuesday, August 12, 2025", "By Peter Moshi | Tuesday"):
        text = (f"Landslide kills 12\n\n{byline}\n\nTwelve people were killed when a hillside collapsed "
                "onto homes in a village of Bundibugyo district on Monday, the Red Cross said.\n")
        places = {f.place for f in _figures(text)}
        assert not {"Moshi", "MOSHI"} & places, byline
        assert "Bundibugyo district" in places


def test_the_town_a_statement_was_issued_in_is_not_the_place_of_its_figures():
    text = ("Bandits attacked Dogon Karfe village in Kaura district on Saturday. In a statement issued in "
            "Kaduna on Sunday, the state government said 23 villagers were killed and 9 injured.\n")
    places = _places(text)
    assert places[23] != "Kaduna"
    assert places[9] != "Kaduna"


def test_a_churchs_parish_is_no_place():
    text = ("Floods hit Kisumu\n\nFloods killed 5 people in Kisumu, Kenya, on Monday. The county said 230 "
            "residents who lost their homes were sheltering at a Catholic parish nearby.\n")
    places = _places(text)
    assert places[230] != "Catholic parish"


def test_a_name_presented_as_a_fishing_community_is_a_place():
    text = ("Boat capsizes off coast\n\n"
            "Fourteen fishermen are missing after their boat capsized off Nkonkoma, a fishing community in "
            "Ghana's Central Region, on Wednesday, the Ghana Navy said. Three bodies have been recovered.\n")
    places = _places(text)
    assert places[14] == "Nkonkoma"


def test_a_town_named_with_its_kind_near_the_event_outranks_the_district_named_after_another_town():
    text = ("Stampede at hill shrine kills nine\n\n"
            "At least nine pilgrims were killed and 30 injured in a stampede at a hilltop temple near Gokak town "
            "in Belagavi district on Friday night, police said.\n")
    assert {f.place for f in _figures(text)} == {"Gokak"}


def test_a_name_a_headline_opens_on_before_its_event_is_a_place():
    text = ("Kalumpur exhumation: remains of 31 people recovered so far\n\n"
            "JAFFNA — The remains of at least 31 people have been recovered at a cemetery site in Kalumpur, "
            "Ariyalai, since excavations began in May, a forensic officer told the magistrate's court.\n")
    assert {f.place for f in _figures(text)} == {"Kalumpur"}


def test_bosnia_alone_names_its_country():
    text = ("Floods kill four in central Bosnia\n\n"
            "Four people were killed when the Fojnička river burst its banks in Fojnica on Monday, the civil "
            "protection service said. Rescue teams from Serbia joined the search on Tuesday.\n")
    assert {f.country for f in _figures(text)} == {"BA"}


def test_an_article_naming_no_country_takes_the_one_most_of_its_towns_lie_in():
    from app.extract.gazetteer import Place
    from app.extract.place_countries import sole_country

    def town(name, cc):
        return Place(1, name, cc, "", 0.0, 0.0, 5_000, "city")

    raw = [(0, 5, "Pampa", (town("Pampa", "US"), town("Pampa", "BR"))),  # namesakes in two countries: no vote
           (10, 24, "Pathanamthitta", (town("Pathanamthitta", "IN"),)),
           (30, 40, "Thiruvalla", (town("Tiruvalla", "IN"),)),
           (50, 58, "Kottayam", (town("Kottayam", "IN"), town("Kottayam", "IN"))),
           (60, 67, "College", (town("College", "US"),)),  # a stray capitalised word
           (70, 77, "Maramon", (None,))]  # a name the gazetteer lacks
    assert sole_country(raw) == {"IN": 1}
    assert sole_country(raw[:2] + raw[4:]) == {}  # one town of each country: no country
