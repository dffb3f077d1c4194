"""Plain-text and Markdown articles: headline, dateline date, publisher and body."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest import read_article
from app.ingest.textmeta import parse_date, text_metadata

BODY = "At least 34 civilians were killed in the shelling of Kharkiv, officials said."


def test_title_is_the_first_non_empty_line(write_file):
    article = read_article(write_file("a.txt", f"\n\n  Shelling hits Kharkiv  \n\n{BODY}\n"))
    assert article.title == "Shelling hits Kharkiv"
    assert article.text.startswith("Shelling hits Kharkiv\n\n")


def test_byline_with_dash_dateline_gives_publisher_and_date(write_file):
    byline = "By Olena Kravets, Northline Press — KYIV, March 9, 2022"
    text = f"Shelling hits Kharkiv\n{byline}\n\n{BODY}"
    article = read_article(write_file("a.txt", text))
    assert article.publisher == "Northline Press"
    assert article.published == dt.date(2022, 3, 9)
    assert article.published_inferred is False


def test_wire_dateline_in_parentheses_gives_publisher_and_weekday_date(write_file):
    dateline = "KYIV, Ukraine (Meridian Wire) — Thursday, May 12, 2022"
    text = f"Shelling hits Kharkiv\n\n{dateline}\n\n{BODY}"
    article = read_article(write_file("a.txt", text))
    assert article.publisher == "Meridian Wire"
    assert article.published == dt.date(2022, 5, 12)


def test_dateline_at_the_start_of_the_first_paragraph_is_read(write_file):
    lead = "KYIV, Ukraine, March 9, 2022 (AP) — Russian forces shelled the city, " + BODY * 3
    article = read_article(write_file("a.txt", f"Shelling hits Kharkiv\n\n{lead}"))
    assert article.published == dt.date(2022, 3, 9)
    assert article.publisher == "AP"


def test_a_date_inside_a_sentence_is_not_taken_as_the_publication_date(write_file):
    text = "Toll rises\n\nAt least 34 civilians have been killed since February 24, 2022, aid "
    text += "workers said."
    article = read_article(write_file("a.txt", text))
    assert article.published is None


def test_article_without_a_date_leaves_published_empty(fixture_path):
    demo = fixture_path("no_title.html")
    assert read_article(demo).published is None


def test_byline_without_publisher_city_is_not_a_publisher():
    meta = text_metadata("Headline\nBy Olena Kravets, KYIV\n\nBody text.")
    assert meta.publisher is None


def test_last_parenthesis_names_the_source_when_a_country_comes_first(fixture_path):
    article = read_article(fixture_path("latin1.txt"))
    assert article.publisher == "Courrier du Danube"
    assert article.published == dt.date(2023, 2, 7)


def test_russian_dateline_is_parsed_with_russian_month_names(fixture_path):
    article = read_article(fixture_path("cp1251.txt"))
    assert article.published == dt.date(2022, 3, 7)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("March 9, 2022", dt.date(2022, 3, 9)),
        ("9 March 2022", dt.date(2022, 3, 9)),
        ("2022-03-09", dt.date(2022, 3, 9)),
        ("09.03.2022", dt.date(2022, 3, 9)),
        ("Sept. 3, 2022", dt.date(2022, 9, 3)),
        ("yesterday", None),
        ("3 days ago", None),
        ("March 2022", None),
        ("2022-02-30", None),
    ],
)
def test_parse_date_takes_only_full_absolute_dates(phrase, expected):
    assert parse_date(phrase) == expected


def test_duplicate_fixtures_read_the_same_metadata(fixture_path):
    first = read_article(fixture_path("duplicate_a.txt"))
    second = read_article(fixture_path("duplicate_b.txt"))
    assert first.text == second.text
    assert first.title == "Strike on Odesa apartment block kills 19, officials say"
    assert first.publisher == second.publisher == "The Danube Courier"
    assert first.published == dt.date(2022, 7, 1)


def test_markdown_heading_becomes_a_plain_title(fixture_path):
    article = read_article(fixture_path("article.md"))
    assert article.title == "Floodwaters force 12,000 from their homes along the lower Dnipro"
    assert "#" not in article.text and "**" not in article.text
    assert "More than 12,000 people have been evacuated" in article.text
    assert "Evacuated: more than 12,000" in article.text
    assert "](" not in article.text


def test_markdown_front_matter_supplies_metadata(write_file):
    text = (
        "---\ntitle: \"Strikes on Odesa\"\ndate: 2022-04-23\nsource: Meridian Wire\n"
        "url: https://meridian.example/odesa\nlang: en-GB\n---\n\n# Strikes on Odesa\n\n"
        "**At least 8 people** were killed, including a *3-month-old* baby, "
        "[officials said](https://x.example).\n\n![A damaged block](img.png)\n"
    )
    article = read_article(write_file("odesa.markdown", text))
    assert article.title == "Strikes on Odesa"
    assert article.published == dt.date(2022, 4, 23)
    assert article.publisher == "Meridian Wire"
    assert article.url == "https://meridian.example/odesa"
    assert article.language == "en"
    expected = "At least 8 people were killed, including a 3-month-old baby, officials said."
    assert expected in article.text


def test_markdown_table_rows_stay_together(write_file):
    text = "# Toll\n\n| Killed | Injured |\n|---|---|\n| 8 | 18 |\n"
    article = read_article(write_file("t.md", text))
    assert "Killed | Injured\n8 | 18" in article.text  # a page table's rows: outer pipes and divider gone


def test_original_bytes_are_kept(write_file):
    data = f"Headline\r\n\r\n{BODY}\r\n".encode()
    assert read_article(write_file("a.txt", data)).original == data


def test_text_of_only_junk_is_refused(write_file):
    from app.ingest import IngestError

    with pytest.raises(IngestError, match="'junk.txt' has no article text left once page junk"):
        read_article(write_file("junk.txt", "Advertisement\n\nSkip to main content\n"))
