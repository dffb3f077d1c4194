"""Places read from how an article is built: a storm's name is no village; "in the X area of" presents
a place even when the gazetteer knows X only abroad; a lead that names a place only as a government
leaves the event to the headline's place; a figure cannot be about a place the article names only
later."""

import datetime as dt

PUB = dt.date(2025, 6, 4)


def test_a_storms_name_is_not_a_place():
    from app.extract.pipeline import default_extractor

    text = ("Cyclone Malhar kills 4 in Andhra Pradesh\n\nVISAKHAPATNAM, June 3 - Severe cyclonic storm Malhar, "
            "which crossed the coast near Kakinada late on Sunday, left four people dead, officials said. Typhoon "
            "Haiyan survivors in Tacloban sent aid.")
    named = {m.surface for m in default_extractor().places.scan(text).mentions}
    assert "Malhar" not in named and "Haiyan" not in named
    assert {"Kakinada", "Tacloban"} <= named


def test_a_name_presented_as_an_area_is_a_place_of_the_articles_country():
    from app.extract import extract_figures

    text = ("Warehouse fire in Narayanganj\n\nNARAYANGANJ, Bangladesh, June 3 - Nine workers died when fire swept "
            "through a jute warehouse in the Safipur area of Rupganj upazila on Monday night, the fire service "
            "said. Another 14 were injured.")
    found = {f.value: (f.place, f.country) for f in extract_figures(text, PUB)}
    assert found[9] == ("Safipur", "BD")


def test_a_lead_naming_a_place_only_as_a_government_leaves_the_headlines_place():
    from app.extract import extract_figures

    text = ("Kalat blast: what the provincial spokesman said\nQUETTA, June 3 - Summary of the briefing by "
            "the Balochistan government spokesman, Shahid Rind, at the Civil Secretariat.\n\n"
            "The death toll has risen to 17, and 40 people are being treated, the spokesman said.")
    found = {f.value: f.place for f in extract_figures(text, PUB)}
    assert found[17] == "Kalat"
    assert found[40] == "Kalat"


def test_a_figure_before_the_article_first_names_its_place_is_the_countrys():
    from app.extract import extract_figures

    text = ("Explainer: what Peru's truth commission found\n\nThe commission delivered its report to the "
            "president on Monday. Here is what it says.\n\nHow many people disappeared?\n\nThe commission counted 4,400 people "
            "forcibly disappeared in Peru between 1980 and 2000.\n\nThe report says at least 690 people were "
            "killed by the army over the same period.\n\nWhy does Ayacucho stand out?\n\nAyacucho recorded more "
            "deaths than any other region: 2,100 people were killed there, and Ayacucho's villages lost a third "
            "of their men. In Ayacucho, 900 people were also displaced.")
    found = {f.value: f.place for f in extract_figures(text, PUB)}
    assert found[690] == "Peru"
    assert found[2100] == "Ayacucho"


def test_a_kenyan_location_presents_its_name_as_a_place():
    from app.extract import extract_figures

    text = ("Cattle raid in Baringo\n\nNAIROBI, June 3 - Police say eight people were killed when raiders attacked "
            "homesteads on the edge of Kolowa on Monday night. The chief of Kolowa location said the attackers "
            "came from the hills.")
    found = {f.value: f.place for f in extract_figures(text, PUB)}
    assert found[8] == "Kolowa"
