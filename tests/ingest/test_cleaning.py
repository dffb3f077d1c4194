"""clean_text: tidy spacing, drop junk, repeats and closing appeals, and never touch reporting."""

from __future__ import annotations

import unicodedata

from app.ingest import clean_text, read_article

REPORT = (
    "At least 34 civilians were killed in the shelling of Kharkiv on Tuesday, regional officials "
    "said. Another 285 people were wounded."
)
CAPTION = "A man crosses the destroyed bridge between Irpin and Kyiv. Photo: Meridian Wire"


def reasons(removed):
    return [span.reason for span in removed]


def test_line_endings_and_spaces_are_normalised_but_words_kept():
    text = "Title  \r\n\r\n\r\n\r\nAt\u00a0least 34\tkilled.   \r\nSecond  line\r\n\r\n"
    cleaned, removed = clean_text(text)
    assert cleaned == "Title\n\nAt least 34 killed.\nSecond line"
    assert removed == []


def test_text_is_nfc_normalised():
    cleaned, _ = clean_text("Kharkiv cafe\u0301 hit")
    assert cleaned == "Kharkiv café hit"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_invisible_characters_are_dropped():
    cleaned, _ = clean_text("\ufeffAt least\u200b 34 ki\u00adlled")
    assert cleaned == "At least 34 killed"


def test_duplicated_caption_is_kept_once():
    text = f"{REPORT}\n\n{CAPTION}\n\nMore reporting follows here.\n\n{CAPTION}"
    cleaned, removed = clean_text(text)
    assert cleaned.count(CAPTION) == 1
    assert [(span.text, span.reason) for span in removed] == [(CAPTION, "duplicate")]


def test_duplicated_caption_in_page_fixture_is_kept_once(fixture_path):
    article = read_article(fixture_path("captions.html"))
    caption = "A man crosses the destroyed bridge between Irpin and Kyiv, April 7, 2022."
    assert article.text.count(caption) == 1
    assert any(span.reason == "duplicate" and caption in span.text for span in article.removed)
    assert "at least 240 civilians" in article.text
    assert "between 150 and 300 residents" in article.text
    assert "Something went wrong" not in article.text and "Advertisement" not in article.text
    assert "Read more" not in article.text and "newsletter" not in article.text
    assert article.published.isoformat() == "2022-04-08"


def test_duplicate_lines_inside_a_copy_pasted_article_are_removed():
    text = f"Headline\n{REPORT}\n{CAPTION}\nThe mayor said more were missing.\n{CAPTION}"
    cleaned, removed = clean_text(text)
    assert cleaned.count(CAPTION) == 1
    assert reasons(removed) == ["duplicate"]


def test_short_repeated_lines_are_not_treated_as_duplicates():
    text = "Kharkiv\n\n* * *\n\nFirst part of the report.\n\n* * *\n\nKharkiv"
    cleaned, removed = clean_text(text)
    assert removed == []
    assert cleaned.count("* * *") == 2


def test_known_page_junk_lines_are_removed():
    junk = [
        "Something went wrong. Please try again later.",
        "Advertisement",
        "Skip to main content",
        "We use cookies to improve your experience. Accept all | Reject",
        "Share this article",
        "Read more: Bucha’s mayor says 260 buried in mass graves",
        "Sign up for our newsletter…",
        "Support independent journalism — donate today",
        "Follow us on Twitter",
        "Click here to see the full gallery",
    ]
    cleaned, removed = clean_text("\n\n".join([REPORT, *junk, "The toll may rise, he said."]))
    assert cleaned == REPORT + "\n\nThe toll may rise, he said."
    assert {span.reason for span in removed} == {"junk"}
    removed_text = "\n\n".join(span.text for span in removed)
    for line in junk:
        assert line in removed_text


def test_copyright_lines_are_boilerplate():
    cleaned, removed = clean_text(f"{REPORT}\n\n© 2022 Northline Press. All rights reserved.")
    assert cleaned == REPORT
    assert reasons(removed) == ["boilerplate"]


def test_junk_heavy_fixture_keeps_only_headline_byline_and_paragraph(fixture_path):
    article = read_article(fixture_path("junk_heavy.txt"))
    lines = article.text.split("\n")
    assert lines[0] == "Shelling kills 14 in Sloviansk as civilians urged to leave Donbas"
    assert lines[1].startswith("By Bohdan Lysenko, Northline Press")
    assert lines[2] == ""
    assert lines[3].startswith("At least 14 civilians, including two children")
    assert len(lines) == 4
    removed_lines = "\n".join(span.text for span in article.removed).split("\n")
    source = fixture_path("junk_heavy.txt").read_text(encoding="utf-8").split("\n")
    dropped = [
        " ".join(line.split())
        for line in source
        if line.strip() and line.strip() not in article.text
    ]
    assert sorted(dropped) == sorted(" ".join(line.split()) for line in removed_lines if line)


def test_real_paragraph_mentioning_newsletter_is_kept():
    paragraph = (
        "The regional administration published the figures in its weekly newsletter, which is "
        "sent to 20,000 subscribers every morning, and urged residents to sign up for air-raid "
        "alerts."
    )
    cleaned, removed = clean_text(f"{REPORT}\n\n{paragraph}")
    assert cleaned == f"{REPORT}\n\n{paragraph}"
    assert removed == []


def test_closing_reported_appeal_is_kept():
    paragraph = "Zelensky urged allies to donate now, saying Ukraine would need more air defence."
    said = "“Please donate today,” the city’s mayor told reporters, adding that 34 had died."
    for ending in (paragraph, said):
        cleaned, removed = clean_text(f"{REPORT}\n\n{ending}")
        assert ending in cleaned, ending


def test_junk_words_inside_a_long_paragraph_are_kept():
    paragraph = "Advertisement " + REPORT * 3
    cleaned, removed = clean_text(paragraph)
    assert cleaned == paragraph
    assert removed == []


def test_trailing_newsletter_and_donation_blurbs_are_removed():
    blurbs = [
        "Our free daily newsletter lands in your inbox every morning at seven.",
        "We rely on readers like you. Become a member today and support our journalism.",
    ]
    cleaned, removed = clean_text("\n\n".join([REPORT, *blurbs]))
    assert cleaned == REPORT
    assert reasons(removed) == ["blurb"]
    assert removed[0].text == "\n\n".join(blurbs)
    assert removed[0].position == len(REPORT)


def test_a_multi_paragraph_appeal_from_dear_reader_to_the_end_is_removed():
    appeal = [
        "Dear reader, we have been covering this war since 2014.",
        "Our correspondents work close to the front line, at great risk and cost.",
        "Please donate today to keep our reporting free for everyone.",
    ]
    cleaned, removed = clean_text("\n\n".join([REPORT, *appeal]))
    assert cleaned == REPORT
    assert [(span.reason, span.text) for span in removed] == [("blurb", "\n\n".join(appeal))]


def test_appeal_opener_without_a_call_to_action_is_kept():
    ending = "Help us, the old woman shouted from a basement window where 12 people had sheltered."
    cleaned, _ = clean_text(f"{REPORT}\n\n{ending}")
    assert cleaned.endswith(ending)


def test_removed_span_positions_point_at_the_following_kept_text():
    text = f"Headline\n\nAdvertisement\n\n{REPORT}\n\nShare this article\n\nLast paragraph here."
    cleaned, removed = clean_text(text)
    assert cleaned == f"Headline\n\n{REPORT}\n\nLast paragraph here."
    first, second = removed
    assert cleaned[first.position :].startswith(REPORT)
    assert cleaned[second.position :].startswith("Last paragraph")


def test_custom_junk_phrases_replace_the_default_list():
    text = f"{REPORT}\n\nPromo: buy our mugs\n\nAdvertisement"
    cleaned, removed = clean_text(text, junk_phrases=["# house rules", "re:^promo:"])
    assert cleaned == f"{REPORT}\n\nAdvertisement"
    assert [(span.text, span.reason) for span in removed] == [("Promo: buy our mugs", "junk")]


def test_junk_phrase_sections_choose_the_reason():
    rules = ["[boilerplate]", "Terms of use", "[blurb]", "re:\\bbuy our book\\b"]
    text = f"{REPORT}\n\nTerms of use\n\nYou can buy our book at the shop."
    cleaned, removed = clean_text(text, junk_phrases=rules)
    assert cleaned == REPORT
    assert reasons(removed) == ["boilerplate", "blurb"]


def test_bad_regular_expression_in_the_junk_file_is_ignored():
    rules = ["re:([", "Advertisement"]
    cleaned, removed = clean_text(f"{REPORT}\n\nAdvertisement", junk_phrases=rules)
    assert cleaned == REPORT
    assert reasons(removed) == ["junk"]


def test_a_row_of_footer_links_is_removed_when_every_part_is_junk():
    cleaned, removed = clean_text(f"{REPORT}\n\nTerms of use | Privacy policy | Contact us")
    assert cleaned == REPORT
    assert reasons(removed) == ["boilerplate"]


def test_a_row_with_real_words_is_not_treated_as_footer_links():
    row = "Killed | 34 | Kharkiv"
    cleaned, _ = clean_text(f"{REPORT}\n\n{row}")
    assert row in cleaned


def test_text_of_only_junk_cleans_to_nothing():
    cleaned, removed = clean_text("Advertisement\n\nSkip to main content")
    assert cleaned == ""
    assert [span.position for span in removed] == [0]


def test_empty_text_cleans_to_empty():
    assert clean_text("") == ("", [])
    assert clean_text(" \n\t\r\n") == ("", [])


def test_a_live_pages_headline_loses_its_label_but_stays():
    text = ("LIVE: Market bombings in Konduga, death toll rises\n\n16:45\n\nThe emergency agency raised the toll "
            "to 24.\n\nLive updates: follow our coverage\n")
    cleaned, _removed = clean_text(text)
    assert cleaned.startswith("Market bombings in Konduga, death toll rises\n")
    assert "Live updates:" not in cleaned  # a label line further down is still page furniture


def test_an_explainer_headline_loses_its_label_but_stays():
    cleaned, _removed = clean_text("Explainer: Three villages shelled on the border - what we know\n\nBody text here.\n")
    assert cleaned.startswith("Three villages shelled on the border - what we know\n")


def test_a_plain_text_tables_columns_stay_two_spaces_apart_and_prose_spacing_does_not():
    text = ("Arrivals by site:\n"
            "Site\t\tPeople\tSince\n"
            "Kalemie town      2,450     3 June\n"
            "Total    4,730\n\n"
            "Aid arrived.  The road  reopened on Friday.\n")
    cleaned, _removed = clean_text(text)
    assert cleaned.splitlines() == ["Arrivals by site:", "Site  People  Since", "Kalemie town  2,450  3 June",
                                    "Total  4,730", "", "Aid arrived. The road reopened on Friday."]


def test_rows_of_a_page_table_with_long_word_cells_stay_rows():
    # a table read from a web page: its rows run past 60 characters and end on words, as the lines of
    # a hard-wrapped paragraph do, but each is a row of its own
    rows = ["Source | Killed | Wounded | Status",
            "Ministry of Health of the province (Monday) | 41 | 71 | Disputed by the army",
            "Television channel run by the movement | more than 50 | not given | No breakdown",
            "Medical charity at the city hospital | 4 | 29 | Patients seen by the charity only"]
    cleaned, _ = clean_text("Headline\n\n" + "\n".join(rows) + "\n")
    assert all(row in cleaned.splitlines() for row in rows)


def test_a_markdown_table_reads_as_a_page_table_and_its_figures_are_found():
    text = ("Migration officers counted these arrivals at the two stations in May:\n\n"
            "| Nationality | Arrivals |\n|---------------|:--------:|\n| Venezuelan  | 18,734  |\n"
            "| Haitian | 1,406 |\n| Total | 20,140 |\n\nA fence | not a table, and --- | --- stays.")
    cleaned, _ = clean_text(text)
    assert "Nationality | Arrivals\nVenezuelan | 18,734\nHaitian | 1,406\nTotal | 20,140" in cleaned
    assert "---------------" not in cleaned and "A fence | not a table, and --- | --- stays." in cleaned
    from app.extract import extract_figures

    found = {(f.value, f.measure.value) for f in extract_figures(cleaned, None)}
    assert {(18734, "refugees"), (1406, "refugees"), (20140, "refugees")} <= found


def test_a_dash_alone_on_a_wrapped_line_is_not_glued_to_the_next_word():
    # found by the property test: "Wire\n-\nDear" read as a word broken at a hyphen gave "-Dear"
    text = ("Please donate today to keep our reporting free.\nA man crosses the destroyed bridge between Irpin "
            "and Kyiv. Photo: Wire\n-\nDear reader, we need your help.")
    cleaned, _removed = clean_text(text)
    assert "-Dear" not in cleaned
