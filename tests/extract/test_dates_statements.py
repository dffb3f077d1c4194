"""Statement dates, yearless dates and "since" starts, read against the publication date."""

import datetime as dt

PUB = dt.date(2024, 11, 20)  # a Wednesday


def test_said_on_a_weekday_is_the_latest_such_day(extract):
    (f,) = extract("The ministry said on Monday that 40 people had been killed.", PUB)
    assert f.as_of == dt.date(2024, 11, 18)


def test_said_late_on_a_weekday(extract):
    (f,) = extract("Officials said late on Sunday that 40 people had been killed.", PUB)
    assert f.as_of == dt.date(2024, 11, 17)


def test_said_on_the_weekday_of_publication_is_publication_day(extract):
    (f,) = extract("The ministry said on Wednesday that 40 people had been killed.", PUB)
    assert f.as_of == PUB


def test_the_day_of_the_event_does_not_date_the_figure(extract):
    (f,) = extract("A strike on Tuesday killed 12 people.", PUB)
    assert f.as_of == PUB


def test_as_of_a_weekday_evening(extract):
    (f,) = extract("As of Saturday evening, 40 people had been killed.", PUB)
    assert f.as_of == dt.date(2024, 11, 16)


def test_a_toll_that_rose_to_a_number_on_a_day(extract):
    (f,) = extract("The death toll rose to 40 on Monday.", PUB)
    assert f.as_of == dt.date(2024, 11, 18)


def test_since_a_yearless_date_after_publication_is_last_year(extract):
    (f,) = extract("More than 300 people have died since October 8, officials said.", dt.date(2024, 10, 5))
    assert f.since == dt.date(2023, 10, 8)


def test_since_a_date_last_year(extract):
    (f,) = extract("More than 300 people have died since October 8 last year.", PUB)
    assert (f.since, f.as_of) == (dt.date(2023, 10, 8), PUB)


def test_since_a_month_and_year(extract):
    (f,) = extract("More than 300 people have died since October 2023.", PUB)
    assert (f.since, f.as_of) == (dt.date(2023, 10, 1), PUB)


def test_since_in_a_phrase_after_the_figure_is_not_its_start(extract):
    text = ("Officials said 76 wounded Palestinians had been evacuated to Egypt, the first evacuations "
            "since October 7.")
    (f,) = extract(text, PUB)
    assert f.since is None


def test_since_covers_the_parts_of_a_figure(extract):
    (total, part) = extract("At least 700 people have been killed since Saturday, including 140 children.", PUB)
    assert total.since == part.since == dt.date(2024, 11, 16)


def test_a_bulletin_dated_where_it_is_named_dates_what_is_cited_from_it_later(extract):
    text = ("Cyclone toll rises\n\n"
            "ANTANANARIVO, Feb 26, 2024 (AFP) - The toll rose to 19 on Monday, the disaster office said.\n\n"
            "In its bulletin No. 7, issued at 6:00 pm on Sunday, the disaster office had counted 17 dead "
            "and 41 injured.\n\n"
            "It said 61,200 people had been affected in six regions.\n\n"
            "A BNGRC official told AFP on Monday that 2 more bodies had been recovered.\n\n"
            "According to the bulletin, 8 people were killed in Mananjary district alone.")
    found = {f.value: f.as_of for f in extract(text, dt.date(2024, 2, 26))}
    sunday = dt.date(2024, 2, 25)
    assert (found[17], found[41], found[61200], found[8]) == (sunday, sunday, sunday, sunday)
    assert found[2] == dt.date(2024, 2, 26)


def test_a_numbered_report_issued_at_an_hour_yesterday(extract):
    text = ("HONIARA, Thursday 13 February 2025 – The toll from the cyclone has risen to 9, the disaster "
            "office said in its Situation Report No. 6, issued at 2pm yesterday.")
    assert [f.as_of for f in extract(text, dt.date(2025, 2, 13))] == [dt.date(2025, 2, 12)]


def test_a_part_named_with_its_whole_before_an_as_of_date_shares_it(extract):
    text = ("According to the prosecutor's office, forensic teams had identified 14 of the 17 bodies by "
            "Monday night and had begun returning them to families.")
    found = {f.value: f.as_of for f in extract(text, dt.date(2025, 10, 14))}
    assert found == {14: dt.date(2025, 10, 13), 17: dt.date(2025, 10, 13)}
