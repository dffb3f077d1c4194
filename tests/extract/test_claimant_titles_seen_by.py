"""A regent's or tehsildar's title is no part of the name, and "data seen by this reporter" are the
data's, not the reporter's."""

import datetime as dt

PUB = dt.date(2024, 7, 1)


def test_regent_and_tehsildar_titles_are_dropped(extract):
    text = ("Deputy Regent Ayu Lestari said 85 people had been evacuated from two hamlets in Garut. "
            "In Odisha, Basudevpur tehsildar Manas Ranjan Sahu said three people were killed by lightning.")
    assert [f.claimant for f in extract(text, PUB)] == ["Ayu Lestari", "Manas Ranjan Sahu"]


def test_data_seen_by_the_reporter_are_the_datas(extract):
    text = ("At least 19 people have been abducted in the district this year, according to hospital "
            "records seen by this newspaper.")
    assert [f.claimant for f in extract(text, PUB)] == ["hospital records"]
