"""ISO timestamps from page metadata: read without dateparser, the date as written."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest import textmeta
from app.ingest.textmeta import parse_iso_or_text_date, text_metadata


@pytest.fixture
def no_dateparser(monkeypatch):
    """Fail the test if a date goes to dateparser (~1 ms each) instead of the ISO fast path."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("dateparser was called for an ISO date")

    monkeypatch.setattr(textmeta.dateparser, "parse", refuse)


@pytest.mark.parametrize(
    "stamp, expected",
    [
        ("2024-03-14T10:00:00Z", dt.date(2024, 3, 14)),
        ("2024-03-14T10:00Z", dt.date(2024, 3, 14)),
        ("2024-03-14T10:00:00.123456Z", dt.date(2024, 3, 14)),
        ("2024-03-14T23:30:00-05:00", dt.date(2024, 3, 14)),  # 04:30 UTC the next day
        ("2024-03-14T01:30:00+05:30", dt.date(2024, 3, 14)),  # 20:00 UTC the day before
        ("2024-03-14T00:30:00+14:00", dt.date(2024, 3, 14)),
        ("2024-03-14T10:00:00+0200", dt.date(2024, 3, 14)),
        ("2024-03-14T10:00:00", dt.date(2024, 3, 14)),
        ("2024-03-14 10:00:00", dt.date(2024, 3, 14)),
        ("  2024-03-14  ", dt.date(2024, 3, 14)),
        ("2024-03-14", dt.date(2024, 3, 14)),
    ],
)
def test_iso_timestamps_give_the_date_as_written_without_dateparser(no_dateparser, stamp, expected):
    assert parse_iso_or_text_date(stamp) == expected


def test_impossible_iso_timestamp_gives_no_date(no_dateparser):
    assert parse_iso_or_text_date("2024-02-30T10:00:00Z") is None


def test_timestamp_dates_match_what_dateparser_read():
    """The fast path gives the date dateparser gave for the same timestamps before it."""
    for stamp in ("2024-03-14T23:30:00-05:00", "2024-03-14T01:30:00+05:30", "2024-12-31T23:59:59Z"):
        written = textmeta.parse_date(stamp)
        assert written is not None
        assert parse_iso_or_text_date(stamp) == written


def test_digits_glued_to_an_iso_date_are_not_a_date(no_dateparser):
    assert textmeta._DATE_PHRASES[0].search("ref 2024-03-145") is None
    assert textmeta._DATE_PHRASES[0].search("2024-03-14Tuesday") is None


def test_dateline_with_a_timestamp_is_read(no_dateparser):
    text = "Shelling hits Kharkiv\nPublished 2022-03-09T08:15:00+02:00\n\nAt least 34 were killed."
    assert text_metadata(text).published == dt.date(2022, 3, 9)


def test_a_timelines_date_headings_are_no_dateline():
    text = ("Timeline: the swaps so far\n\nBelow are the main exchanges.\n\n"
            "5 February 2025\nUkraine brings home 150 servicemen.\n\n"
            "14 February 2025\nUkraine receives 757 bodies.\n\n"
            "19 March 2025\n175 prisoners are freed.\n")
    assert text_metadata(text).published is None  # the entries' dates, not the article's
    dated = "Kyiv swap\n5 February 2025\n\nUkraine brings home 150 servicemen on Wednesday.\n"
    assert text_metadata(dated).published == dt.date(2025, 2, 5)  # one date under the headline: its dateline
