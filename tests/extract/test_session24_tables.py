"""Tables as the import reads them (extractor 1.27.0), in texts written for these tests: a plain-text
table keeps its columns two spaces apart after cleaning, so each column keeps its header; a column of
dates or of households counts nobody; a header of weeks dates each column's cells; a row's label may
hold a comma ("Ardamata, Geneina") and, between a web table's pipes, any punctuation; a table of weeks
labelled by the day each ends dates its rows, and a column of a group ("Of the killed, under 18") is a
part of the column it names."""

import datetime as dt

import pytest

from app.ingest.cleaning import clean_text

PUB = dt.date(2025, 6, 10)

DATED_ARRIVALS = ("Fighting around Kalemie has emptied several neighbourhoods, aid groups said.\n\n"
                  "Table 2. Newly displaced people by site since 3 June, as of 9 June 2025 (source: DTM)\n\n"
                  "Site                          Individuals    Arrived since\n"
                  "Kalemie town, Kituku quarter  2,450          3 June\n"
                  "Nyemba                        1,300          4 June\n"
                  "Moba port, transit area       980            6 June\n"
                  "Total                         4,730\n\n"
                  "Partners are distributing water and plastic sheeting at all four sites.\n")

WEEKLY_COLUMNS = ("Congolese refugees keep crossing into south-western Uganda, the refugee agency said on Friday.\n\n"
                  "New arrivals at border points, by district and week:\n\n"
                  "Location (district)      2–8 Mar    9–15 Mar\n"
                  "Bunagana (Kisoro)        1,210      1,640\n"
                  "Ishasha (Kanungu)          460        530\n"
                  "Total                    1,670      2,170\n\n"
                  "Most of those arriving are women and children, the agency said.\n")

WEB_TABLE = ("Flooding in the Rufiji delta forced families into schools and churches, district officials said on "
             "Tuesday.\n\n"
             "Displaced people sheltering in evacuation sites in Rufiji district as of Monday evening:\n"
             "Site | Ward | Households | People\n"
             "Ikwiriri Primary School | Umwe | 118 | 604\n"
             "Church of St. Mary, Mohoro | Mohoro | 75 | 391\n"
             "Utete dispensary grounds | Utete | 52 | 260\n"
             "Total | | 245 | 1,255\n\n"
             "More rain is forecast for the coming week, the meteorological agency said.\n")

GROUP_COLUMN = ("Search teams are still looking for people swept away by the floods, the civil defence said on Monday.\n\n"
                "Missing persons by municipality, according to the civil defence:\n\n"
                "Municipality    Missing    Of whom children\n"
                "Koumra          27         8\n"
                "Moissala        15         4\n"
                "Total           42         12\n\n"
                "Relatives have gathered at the riverbanks since the weekend.\n")

WEEKS_ENDING = ("Gun violence in Port Harcourt's waterfront settlements eased slightly last week, according to the "
                "state police command.\n\n"
                "Weekly tolls in the waterfront settlements, from Rivers State Police Command incident logs:\n"
                "Week ending | Killed | Wounded | Of the killed, under 18\n"
                "18 May | 12 | 20 | 3\n"
                "25 May | 9 | 14 | 1\n"
                "1 June | 7 | 11 | 0\n\n"
                "Community leaders have asked for more patrols after dark.\n")


@pytest.fixture(scope="module")
def cleaned_extract(extract):
    def run(raw: str):
        text, _removed = clean_text(raw)
        return extract(text, PUB)

    return run


def test_cleaning_keeps_a_plain_text_tables_columns_apart():
    text, _removed = clean_text(DATED_ARRIVALS)
    assert "Nyemba  1,300  4 June" in text
    assert "Site  Individuals  Arrived since" in text
    assert "Partners are distributing water" in text


def test_a_column_of_dates_counts_nobody_and_the_caption_names_the_counts(cleaned_extract):
    figures = cleaned_extract(DATED_ARRIVALS)
    assert [f.value for f in figures] == [2450, 1300, 980, 4730]
    assert {f.measure.value for f in figures} == {"displaced"}
    assert {f.as_of for f in figures} == {dt.date(2025, 6, 9)}


def test_a_header_of_weeks_counts_each_column_and_dates_its_cells(cleaned_extract):
    figures = cleaned_extract(WEEKLY_COLUMNS)
    assert [f.value for f in figures] == [1210, 1640, 460, 530, 1670, 2170]
    assert {f.measure.value for f in figures} == {"refugees"}
    by_value = {f.value: f for f in figures}
    assert (by_value[460].since, by_value[460].as_of) == (dt.date(2025, 3, 2), dt.date(2025, 3, 8))
    assert (by_value[2170].since, by_value[2170].as_of) == (dt.date(2025, 3, 9), dt.date(2025, 3, 15))


def test_a_web_tables_households_column_is_no_figure_and_its_labels_may_hold_punctuation(cleaned_extract):
    figures = cleaned_extract(WEB_TABLE)
    assert [f.value for f in figures] == [604, 391, 260, 1255]
    assert {f.measure.value for f in figures} == {"displaced"}


def test_a_column_of_a_group_counts_what_the_column_before_it_counts(cleaned_extract):
    figures = cleaned_extract(GROUP_COLUMN)
    assert [f.value for f in figures] == [27, 8, 15, 4, 42, 12]
    assert {f.measure.value for f in figures} == {"missing"}
    by_value = {f.value: f for f in figures}
    assert by_value[8].who.value == "children"
    assert by_value[27].who.value == "people"


def test_a_table_of_weeks_ending_dates_each_row_and_its_group_column_is_a_part(cleaned_extract):
    figures = cleaned_extract(WEEKS_ENDING)
    assert [f.value for f in figures] == [12, 20, 3, 9, 14, 1, 7, 11, 0]  # "under 18" in the header is an age
    assert [f.measure.value for f in figures[:3]] == ["killed", "injured", "killed"]
    assert [f.who.value for f in figures[:3]] == ["people", "people", "children"]
    by_id = {f.id: f for f in figures}
    assert by_id[figures[2].parts_of].value == 12 and by_id[figures[5].parts_of].value == 9
    assert figures[1].parts_of is None
    assert (figures[0].since, figures[0].as_of) == (dt.date(2025, 5, 12), dt.date(2025, 5, 18))
    assert (figures[8].since, figures[8].as_of) == (dt.date(2025, 5, 26), dt.date(2025, 6, 1))
    assert {f.claimant for f in figures} == {"Rivers State Police Command"}


MONTH_ROWS = ("Sudanese refugees keep crossing into eastern Chad, the refugee agency said on Friday.\n\n"
              "Arrivals registered by month:\n"
              "November 2024: 4,100\n"
              "December 2024: 6,250\n"
              "1–9 January 2025: 1,830\n"
              "Total: 12,180\n\n"
              "Most of those arriving are women and children.\n")


def test_a_row_labelled_by_a_month_or_a_span_of_days_is_dated_by_it(extract):
    figures = extract(MONTH_ROWS, dt.date(2025, 1, 10))
    by_value = {f.value: f for f in figures}
    assert (by_value[4100].since, by_value[4100].as_of) == (dt.date(2024, 11, 1), dt.date(2024, 11, 30))
    assert (by_value[6250].since, by_value[6250].as_of) == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    assert (by_value[1830].since, by_value[1830].as_of) == (dt.date(2025, 1, 1), dt.date(2025, 1, 9))
    assert all(f.claimant != "Arrivals" for f in figures)  # "Arrivals registered by month:" names the counted


SITREP_BOX = ("CHAD: Lac province floods - Weekly Situation Report No. 4\n"
              "OCHA Chad | Reporting period: 8 - 14 October 2025\n\n"
              "KEY FIGURES (cumulative since 1 August 2025, as of 14 October)\n"
              "- 64 people killed (Lac province)\n"
              "- 23,500 people displaced (Lac province)\n\n"
              "SITUATION OVERVIEW\n"
              "Floods killed 7 people during the reporting period, the provincial authorities said.\n")


def test_a_key_figures_box_dated_in_brackets_dates_its_items_and_the_reporting_period_the_prose(extract):
    figures = extract(SITREP_BOX, dt.date(2025, 10, 15))
    by_value = {f.value: f for f in figures}
    assert (by_value[64].since, by_value[64].as_of) == (dt.date(2025, 8, 1), dt.date(2025, 10, 14))
    assert by_value[23500].since == dt.date(2025, 8, 1)
    assert (by_value[7].since, by_value[7].as_of) == (dt.date(2025, 10, 8), dt.date(2025, 10, 14))


def test_a_table_breaking_down_refugees_of_one_nation_keeps_their_side(extract):
    text = ("Some 21,000 Sudanese refugees have arrived in eastern Chad since October, UNHCR said on Friday.\n\n"
            "Arrivals registered by month:\n"
            "October 2024: 6,200\n"
            "November 2024: 8,100\n"
            "December 2024: 6,700\n\n"
            "Most are women and children.\n")
    figures = extract(text, dt.date(2025, 1, 10))
    assert [f.value for f in figures] == [21000, 6200, 8100, 6700]
    assert {f.side for f in figures} == {"sudan"}
