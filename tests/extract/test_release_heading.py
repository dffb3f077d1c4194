"""A text headed as a body's own release ("PRESS RELEASE |", "FIELD REPORT |") gives its
unattributed figures to that body, named as its lead writes it; quotes keep their speakers and a
figure another source is credited with keeps that source."""

import datetime as dt

PUB = dt.date(2025, 7, 1)

RELEASE = """Flood response widens in Sylhet as WaterAid Bangla reaches 9,000 families

PRESS RELEASE | DHAKA, 30 June 2025 – WaterAid Bangla Trust is expanding its emergency water and sanitation work in Sylhet division, where floods have driven more than 62,000 people from their homes since 17 June.

In the past week alone, 4,800 people were moved to flood shelters in Companiganj upazila. At least 19 people have drowned, according to the district administration.

"We met mothers who had walked for hours with nothing," said Farida Yasmin, the trust's field coordinator. "Some told us 12 children were still missing in their union."
"""


def test_unattributed_figures_in_a_headed_release_are_the_bodys(extract):
    found = {f.value: f.claimant for f in extract(RELEASE, PUB)}
    assert found[62000] == "WaterAid Bangla Trust"
    assert found[4800] == "WaterAid Bangla Trust"


def test_a_credited_figure_and_a_quote_keep_their_own_sources(extract):
    found = {f.value: f.claimant for f in extract(RELEASE, PUB)}
    assert found[19] == "the district administration"
    assert found[12] == "Farida Yasmin"


def test_the_same_text_without_the_heading_leaves_them_to_the_reporter(extract):
    plain = RELEASE.replace("PRESS RELEASE | ", "")
    found = {f.value: f.claimant for f in extract(plain, PUB)}
    assert found[4800] is None
