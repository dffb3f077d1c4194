"""The country a headline sends people into is not the story's country (session 12): "… as families
cross into Venezuela" over a story about Colombia keeps a "nationwide" figure in Colombia."""

import datetime as dt

PUB = dt.date(2024, 1, 20)


def test_a_headlines_destination_country_does_not_set_the_storys_country(extract):
    text = ("Vichada clashes displace hundreds as families cross into Venezuela\n"
            "PUERTO CARREÑO, Colombia - Fighting between armed groups in Colombia's eastern department of "
            "Vichada has forced more than 600 people from their homes since Sunday, officials said.\n\n"
            "Nationwide, armed violence displaced over 70,000 people last year, according to OCHA.")
    nationwide = [f for f in extract(text, PUB) if f.value == 70000][0]
    assert nationwide.country == "CO"
