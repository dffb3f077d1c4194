"""Places on the blind batch 239–246, in other words: a taluka is a local unit, a unit "of" a
wider unit is inside it, an Indian agency's dateline with the state in brackets, and a town the
lead sets the event in over the country the headline names."""

import datetime as dt


def test_a_taluka_of_a_district_is_the_place(extract):
    text = ("Flash flood kills six in Kolhapur hamlets\n\n"
            "Kolhapur (Maharashtra), Aug 3 (PTI) Six people drowned on Friday when a flash flood swept "
            "two hamlets in Radhanagari taluka of Kolhapur district, officials said.\n\n"
            "Rescuers later found four more bodies, the police said.")
    figures = extract(text, dt.date(2024, 8, 3))[1:]  # the headline's own figure is in Kolhapur
    assert len(figures) == 2 and all(f.place == "Radhanagari taluka" for f in figures)


def test_an_indian_agency_dateline_marks_the_city_and_its_state():
    from app.extract import place_dateline

    text = "Nashik (Gujarat), Aug 2 (PTI) Five people died when a wall fell in a village, police said."
    found = {text[a:b] for a, b in place_dateline.spans(text)}
    assert found == {"Nashik", "Gujarat"}


def test_the_lead_settlement_beats_the_country_of_the_headline(extract):
    text = ("Bolivia landslide buries 9, many missing\n\n"
            "LA PAZ, March 4, 2024 (AFP) - A landslide killed at least nine people on Monday and left "
            "dozens missing in Chima, a gold-mining camp high in Bolivia's Andes, officials said.\n\n"
            "Rescuers said 15 people had been pulled out alive.")
    figures = extract(text, dt.date(2024, 3, 4))
    assert figures and all(f.place == "Chima" for f in figures)


def test_an_update_note_under_the_headline_is_not_the_lead(extract):
    text = ("Gunmen attack lorry on highway in Garissa County\n\n"
            "UPDATE 3: Adds governor's comments and revised toll from county officials.\n\n"
            "Seven people were killed on Monday when gunmen opened fire on a lorry near Dadajabula village "
            "in Garissa County, police said.\n\n"
            "The lorry had left Modogashe at dawn. Officials later said three more had died.")
    figures = extract(text, dt.date(2024, 5, 6))
    assert len(figures) == 2 and all(f.place == "Dadajabula" for f in figures)
