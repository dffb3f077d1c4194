"""Rules of session 22 (extractor 1.25.0), each worded unlike the article it was read from: a prison
named after its province but said to stand "in" a town is in that town; a person described and then
named ("according to a local activist, Shwan Karim") is the name; a headline's place label
("SOMALIA: …") or a town that "counts losses" is no speaker; an opening adverb ("Nationally, the …
Inspectorate for Emergency Situations said") is no name; a table's heading line "Arrests recorded
by X from 1 to 30 June" gives X."""

import datetime as dt

PUB = dt.date(2025, 8, 14)


def _by_value(text):
    from app.extract import extract_figures

    return {f.value: f for f in extract_figures(text, PUB)}


def test_a_facility_named_after_a_province_but_placed_in_a_town_is_in_the_town():
    text = ("Deadly riot at Latacunga prison\n\n"
            "At least seven inmates were killed during a riot that broke out on Tuesday night at the Cotopaxi "
            "Social Rehabilitation Centre in Latacunga, in central Ecuador, the prison agency said on Wednesday.\n\n"
            "The agency said two of the dead were found in their cells. Another 12 inmates were injured, it said.\n")
    figures = _by_value(text)
    assert figures[2].place == "Latacunga"
    assert figures[12].place == "Latacunga"
    # without "in Latacunga" the centre stands in the province it is named after
    bare = text.replace(" in Latacunga,", ",").replace("Latacunga prison", "prison")
    assert _by_value(bare)[12].place == "Cotopaxi"


def test_a_described_person_then_named_is_the_name():
    assert _by_value("Eleven farmers were detained at the checkpoint, according to a local lawyer, "
                     "Amina Yusuf, who represents some of them.\n")[11].claimant == "Amina Yusuf"
    assert _by_value("The shelter held 640 displaced people last week, according to its manager, "
                     "Peter Okello.\n")[640].claimant == "Peter Okello"
    assert _by_value("Four protesters were wounded, said a local activist, Dara Aziz.\n")[4].claimant == "Dara Aziz"
    assert _by_value("Hundreds of residents fled to the parish on Monday, according to a local clergyman, Rev. John Danjuma, "
                     "who said the hall was full.\n")[None].claimant == "John Danjuma"
    # a description with no name after it stays as written
    assert _by_value("Four protesters were wounded, according to a local activist.\n")[4].claimant == \
        "a local activist"


def test_a_headline_place_label_is_no_speaker():
    text = ("SOMALIA: Some 9,000 people displaced by clan fighting in Lower Shabelle\n\n"
            "The fighting began on Monday near Marka, in Somalia's Lower Shabelle region.\n")
    assert _by_value(text)[9000].claimant is None
    text = ("Kharkiv region update: 6 civilians killed as Kupiansk counts the damage\n\n"
            "Shelling hit Kupiansk on Tuesday, the regional governor said.\n")
    assert _by_value(text)[6].claimant != "Kupiansk"
    # a body's label and a country with a verb stay speakers
    assert _by_value("UNICEF: 40 children killed in Darfur this month\n\nThe fighting in Sudan "
                     "continued.\n")[40].claimant == "UNICEF"
    assert _by_value("Israel says 30 militants killed in Gaza raid\n\nThe raid in Gaza "
                     "continued.\n")[30].claimant == "Israel"


def test_an_opening_adverb_is_no_name():
    text = ("Nationally, the General Inspectorate for Emergency Situations said on Monday that more than 300 "
            "people had been evacuated across four counties.\n")
    assert _by_value(text)[300].claimant == "the General Inspectorate for Emergency Situations"


def test_a_table_heading_recorded_by_a_body_gives_its_rows_the_body():
    text = ("Monthly figures\n\n"
            "Arrests recorded by the Bluewater Rights Desk from 1 to 30 June, by district:\n\n"
            "District | Arrested | Injured\n"
            "Harbour | 14 | 3\n"
            "Old Town | 22 | 5\n")
    figures = _by_value(text)
    assert figures[14].claimant == "the Bluewater Rights Desk"
    assert figures[22].claimant == "the Bluewater Rights Desk"


def test_a_district_of_a_state_the_headline_names_is_the_lead_s_place():
    text = ("Gunmen kill 19 in raids on villages in Nigeria's Kaduna state\n\n"
            "KADUNA, Nigeria (Meridian Wire) - Gunmen killed 19 people in raids on two villages in Kauru local "
            "government area of northern Nigeria's Kaduna state, a local official said on Monday.\n\n"
            "Police said 7 people were wounded.\n")
    figures = _by_value(text)
    assert figures[19].place == "Kauru"
    assert figures[7].place == "Kauru"


def test_the_kurdistan_region_s_governorates_are_provinces():
    from app.extract.gazetteer import Gazetteer

    kinds = {p.kind for p in Gazetteer().lookup("Erbil governorate")}
    assert kinds == {"region"}
    assert "city" in {p.kind for p in Gazetteer().lookup("Erbil")}  # the bare name stays the city


def test_two_towns_of_the_province_the_article_names_are_the_province_s():
    text = ("Dozens hurt as protests turn violent in Soran and Shaqlawa\n\n"
            "At least 30 people were hurt on Tuesday as protests over unpaid salaries spread across towns of "
            "Erbil governorate, the health directorate said.\n")
    assert _by_value(text)[30].place == "Erbil governorate"
    headline = _by_value(text)
    assert [f.place for f in headline.values() if f.value is None] == ["Erbil governorate"]
    # with no province named, the figure keeps the first town
    bare = text.replace("towns of Erbil governorate", "several towns of northern Iraq")
    assert [f.place for f in _by_value(bare).values() if f.value is None] == ["Soran"]


def test_a_small_town_the_text_presents_as_a_town_is_a_place():
    text = ("Floodwater swept through farmland near the towns of Dubti and Asaita on Sunday, killing 12 people, "
            "Ethiopian officials said.\n")
    figures = _by_value(text)
    assert figures[12].country == "ET"
    text = ("In Ethiopia's Afar region, the Awash river burst its banks near the towns of Dubti and Asaita on "
            "Sunday, killing 12 people, the regional bureau said.\n")
    assert _by_value(text)[12].place == "Afar region"  # two towns of the region the sentence names


def test_a_titled_person_of_a_body_is_the_person():
    text = "Opposition senator Amina Baraka Hassan of the People's Front said at least 14 protesters were killed.\n"
    assert _by_value(text)[14].claimant == "Amina Baraka Hassan"
    assert _by_value("The Ministry of Health said 12 people died.\n")[12].claimant == "The Ministry of Health"


def test_a_source_wrapped_in_its_document_or_description_is_the_source():
    cases = {
        "Nine people drowned, according to the evening bulletin of the state Civil Protection.\n":
            "the state Civil Protection",
        "At least 14 villagers were killed, according to preliminary information gathered by the Mission's "
        "Human Rights Office.\n": "the Mission's Human Rights Office",
        "At least 22 civilians were killed, JRN research shows.\n": "JRN",
        "Seventeen men are still missing, the mothers' collective Nos Faltan Todos said.\n": "Nos Faltan Todos",
        "Eleven people disappeared in May, the search collective Madres que Buscan said.\n": "Madres que Buscan",
        "At least 12 people were killed, Tata Mbiydzenyuy of the Ambazonia Defence Council said.\n":
            "Tata Mbiydzenyuy",
    }
    for text, source in cases.items():
        figure = next(iter(_by_value(text).values()))
        assert figure.claimant == source, text
    # a possessive before the body stays: the army's own division
    assert _by_value("Four soldiers were wounded, the army's Fifth Division said.\n")[4].claimant == \
        "the army's Fifth Division"


def test_a_briefing_note_s_masthead_gives_its_unsourced_figures_to_the_agency():
    text = ("Niger: arrivals from Mali rise in Tillabéri region\n\n"
            "BRIEFING NOTE | IOM, the UN Migration Agency | Geneva, 4 June 2025\n\n"
            "Summary of remarks by a spokesperson at today's press briefing.\n\n"
            "Since 1 May, more than 6,000 people have crossed into Niger's Tillabéri region, including some 2,500 "
            "in the past week alone.\n")
    figures = _by_value(text)
    assert figures[6000].claimant == "IOM"
    assert figures[2500].claimant == "IOM"


def test_a_body_referred_to_by_a_describing_compound_or_as_the_un_agency_is_the_body():
    text = ("At least 19 migrants drowned off Tunisia, the International Organization for Migration (IOM) said. "
            "In a statement, the UN agency said 7 people were still missing.\n")
    assert _by_value(text)[7].claimant == "IOM"
    text = ("The Palestinian Health Ministry gave its first toll on Friday. "
            "The Ramallah-based ministry said on Sunday that 12 people had been killed.\n")
    assert _by_value(text)[12].claimant.lower() == "the palestinian health ministry"


def test_nineveh_is_the_iraqi_province():
    text = ("Nearly 300 bodies have been exhumed from a mass grave in Nineveh province since March, the Martyrs "
            "Foundation said on Sunday.\n")
    figure = _by_value(text)[300]
    assert figure.country == "IQ"
    assert figure.place == "Nineveh province"


def test_a_standfirst_naming_only_its_source_s_region_leaves_the_place_to_the_lead():
    text = ("Strike on Graivoron: governor raises toll\n\n"
            "Belgorod's governor reported the casualties on Telegram through the night. Ukraine says it hit "
            "soldiers, not civilians.\n\n"
            "A drone attack on the town of Graivoron in Russia's Belgorod region killed three people and wounded "
            "11, the regional governor said on Wednesday.\n\n"
            "By the afternoon the governor had raised the death toll to four, writing that a woman taken to "
            "hospital in Belgorod had died.\n")
    figures = _by_value(text)
    assert figures[3].place == "Graivoron"
    assert figures[4].place == "Graivoron"


def test_the_country_in_a_mission_s_name_is_no_event_place():
    text = ("UNMISS condemns clashes in Fangak\n\n"
            "JUBA, 3 March 2025 – The United Nations Mission in South Sudan (UNMISS) is concerned by fighting in "
            "Fangak County, Jonglei State, which has killed at least 16 people since 28 February.\n\n"
            "Those killed include 9 civilians, the Mission said.\n")
    figures = _by_value(text)
    assert figures[16].place == "Fangak County"
    assert figures[9].place == "Fangak County"


def test_a_village_in_the_mountainous_municipality_of_adjara_is_the_village():
    text = ("Landslide in Adjara's Shuakhevi kills three\n\n"
            "BATUMI, May 4 (SCP) - Three people were killed after a landslide buried part of the village of "
            "Chvani in the mountainous Shuakhevi municipality of Adjara early on Tuesday, the Interior Ministry "
            "said.\n\n"
            "Rescuers recovered the bodies of two people, the ministry said.\n")
    figures = _by_value(text)
    assert figures[3].country == "GE"
    assert figures[3].place == "Chvani"
    assert figures[2].place == "Chvani"


def test_a_bulletin_s_aside_and_time_do_not_hide_its_issuer():
    text = ("The cyclone killed 14 people, according to a bulletin released on Sunday evening by the National "
            "Disaster Agency (NDA), up from eight on Saturday. The NDA bulletin, covering the period up to 18:00 "
            "on Sunday, also recorded 59 injured.\n")
    figures = _by_value(text)
    assert figures[14].claimant == "NDA"
    assert figures[59].claimant == "NDA"
    text = ("The toll has risen to nine, the National Disaster Management Office (NDMO) said in its Situation "
            "Report No. 6, issued at 2pm yesterday. Situation Report No. 5, released on Tuesday morning, had put "
            "the toll at six.\n")
    assert _by_value(text)[6].claimant == "NDMO"


def test_a_release_headed_by_its_issuer_then_its_kind_and_a_list_as_per_a_body():
    text = ("Shelling on camp near Sarmada kills 5\n"
            "NORTH-WEST SYRIA CIVIL DEFENCE | PRESS STATEMENT | Idlib, 2 June 2024\n\n"
            "Our teams recovered the bodies of 5 civilians and gave first aid to 14 injured.\n\n"
            "---\n\nThe North-West Syria Civil Defence (NWSCD), a rescue group, said the toll was five.\n")
    figures = _by_value(text)
    assert figures[5].claimant == "NWSCD"
    assert figures[14].claimant == "NWSCD"
    text = ("According to the State Disaster Management Authority (SDMA), 90 people have died since June 20. "
            "Of the deaths, 52 were caused by landslides and 38 by road accidents.\n\n"
            "The district-wise break-up of the deaths, as per the SDMA:\n\n"
            "Mandi - 21\nKullu - 16\nOther districts - 53\n")
    figures = _by_value(text)
    assert figures[52].claimant == "SDMA"
    assert figures[21].claimant == "SDMA"
    assert figures[16].claimant == "SDMA"


def test_a_capitalised_valley_is_a_place_not_a_person():
    text = ("Clan fighting in the Lai Valley of Enga Province has killed at least 14 people, provincial police "
            "said on Friday in Papua New Guinea.\n")
    figure = _by_value(text)[14]
    assert figure.place == "Lai Valley"
    assert figure.country == "PG"


def test_a_standfirst_naming_only_where_the_authorities_sit_leaves_the_place_to_the_lead():
    text = ("Niger: soldiers killed in night attack near Bosso\n\n"
            "Security sources describe a heavier toll than the one announced by the authorities in Niamey.\n\n"
            "At least 12 Nigerien soldiers and four civilians were killed late on Tuesday when gunmen attacked an "
            "army post and the neighbouring village of Yébi, in the Bosso department of Niger's Diffa region, "
            "according to security sources contacted by our correspondent.\n\n"
            "In a first toll released on Wednesday morning, the army reported five soldiers dead.\n")
    figures = _by_value(text)
    assert figures[12].place == "Yébi"
    assert figures[5].place == "Yébi"


def test_one_as_a_pronoun_or_a_source_and_roads_and_militias_are_no_figures():
    text = ("Residents describe a heavier toll than the one announced by the authorities. At least 9 people were "
            "killed, one trader said. Fighting between two clan militias killed 14 people. Over 300 roads, including "
            "three national highways, remain closed.\n")
    values = sorted(f.value for f in _by_value(text).values())
    assert values == [9, 14]


def test_an_arab_town_written_without_its_article_is_found():
    from app.extract.gazetteer import Gazetteer

    gazetteer = Gazetteer()
    assert {(p.name, p.country) for p in gazetteer.lookup("Roseires")} == {("Er Roseires", "SD")}
    assert ("El Obeid", "SD") in {(p.name, p.country) for p in gazetteer.lookup("Obeid")}
    # a bare name another place already holds keeps that place ("Bab" is not Al Bab)
    assert "SY" not in {p.country for p in gazetteer.lookup("Bab")}
    text = "Shelling killed 11 people in Roseires on Wednesday, a hospital official in Sudan said.\n"
    assert _by_value(text)[11].place == "Roseires"


def test_a_user_s_person_noun_names_the_person_after_it(tmp_path, monkeypatch):
    from app.extract.pipeline import Extractor
    from app.extract.vocab import load_vocabulary

    text = "Nine people drowned when the ferry sank, according to a local boatman, Abu Karim.\n"
    assert _by_value(text)[9].claimant == "a local boatman"
    (tmp_path / "person_nouns.txt").write_text("boatman\n", encoding="utf-8")
    monkeypatch.setenv("SITREP_VOCAB_DIR", str(tmp_path))
    vocab = load_vocabulary()
    assert "boatman" in vocab.person_nouns and "manager" in vocab.person_nouns
    (figure,) = Extractor(vocab=vocab).extract(text, PUB)
    assert figure.claimant == "Abu Karim"
