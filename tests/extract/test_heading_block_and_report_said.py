"""Sources a fresh week of official documents showed (session 12): a body and its acronym alone on a
line of the heading, or between bars, over a named kind of document; a tally's subject when the
sentence closes on its real source ("…, the report said"); and a body described in lower case
after the name of its region."""

import datetime as dt

PUB = dt.date(2025, 3, 7)


def test_a_body_alone_on_a_heading_line_over_a_bulletin_is_the_documents_source(extract):
    text = ("NATIONAL INSTITUTE FOR DISEASE CONTROL (NIDC) | Ministry of Health\n"
            "WEEKLY CHOLERA BULLETIN No. 9/2025\n"
            "Issued: 7 March 2025\n\n"
            "HIGHLIGHTS\n"
            "- Three deaths were reported in week 9, bringing the total since 1 January to 41.\n"
            "- Kasama district accounts for 12 of the deaths this year.\n")
    figures = extract(text, PUB)
    assert [f.value for f in figures][:3] == [3, 41, 12]
    assert {f.claimant for f in figures} == {"NIDC"}


def test_a_body_between_bars_on_a_labelled_heading_line_speaks_for_our_teams(extract):
    text = ("Snapshot: new arrivals in the border camps\n\n"
            "SITUATION SNAPSHOT | Sahel Relief Partnership (SRP) | Niamey, 6 March 2025\n\n"
            "Our mobile teams registered 420 people who had fled attacks across the border in the past week. "
            "At least 35 of them needed treatment for gunshot wounds.")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(420, "SRP"), (35, "SRP")]


def test_a_tally_verbs_subject_gives_way_to_the_source_the_sentence_closes_on(extract):
    text = ("The Ministry of Health (MoH) said in a weekly bulletin on Thursday that the outbreak was "
            "slowing.\n\n"
            "By Tuesday, the provincial health office had recorded 87 deaths, the bulletin said.")
    (figure,) = [f for f in extract(text, PUB) if f.value == 87]
    assert figure.claimant == "MoH"


def test_a_body_described_in_lower_case_takes_the_name_with_its_region(extract):
    text = ("Shelling killed three people in the city overnight, the head of the Zaporizhzhia regional "
            "military administration said on Friday.\n\n"
            "Since the start of March, 640 people have been evacuated from frontline villages, the "
            "regional military administration said.")
    evacuated = [f for f in extract(text, PUB) if f.value == 640][0]
    assert evacuated.claimant == "the Zaporizhzhia regional military administration"


def test_a_weeks_number_is_no_figure_and_a_total_since_a_day_is_one(extract):
    text = ("Health officials reported two new deaths in epidemiological week 14, bringing the total "
            "since 3 February to 27. Last week four miners were killed in a collapse.")
    assert [(f.value, f.since) for f in extract(text, PUB)] == [(2, None), (27, dt.date(2025, 2, 3)), (4, None)]
