"""Places from blind batch 215–222, tested on other wording: a mixed-case dateline with its date
before the agency, "near the town of X in Y province", a body named after its region that speaks,
a government delegate's seat, and a possessive before "union"."""

from app.extract import place_dateline
from app.extract.place_admin import admin_names


def test_a_mixed_case_dateline_with_a_date_before_the_agency_is_a_dateline():
    text = "Niamey, Niger, March 3, 2024 (AFP) - Gunmen killed 9 people near Tera, officials said."
    assert (0, 6) in place_dateline.spans(text)


def test_the_dateline_city_does_not_place_an_attack_far_away(extract):
    text = ("Ouagadougou, Burkina Faso, Feb 2, 2024 (AFP) - Gunmen killed at least 15 people in an attack "
            "on a village in the Sahel region's Seno province, security sources told AFP on Friday.\n\n"
            "Another eight people were wounded, a local official said.")
    places = {f.place for f in extract(text)}
    assert "Ouagadougou" not in places


def test_near_the_town_of_x_in_the_main_province_is_the_event_place(extract):
    text = ("Three police killed in Iraq\n\n"
            "Militants attacked a police checkpoint near the town of Qaratepa in Iraq's Diyala province, "
            "killing three policemen, officials said.\n\n"
            "Police in Diyala province said later that two more officers were wounded. "
            "Diyala province has seen such attacks for years.")
    figures = extract(text)
    assert figures and all(f.place == "Qaratepa" for f in figures)


def test_a_service_named_after_its_region_that_speaks_is_no_place(extract):
    text = ("Hostel fire kills four\n\n"
            "A fire at a hostel in the town of Plasencia killed four residents, the regional rescue service, "
            "Emergencias Extremadura, said on Monday.\n\n"
            "Another nine people were injured, Emergencias Extremadura said.")
    figures = extract(text)
    assert figures and all(f.place == "Plasencia" for f in figures)


def test_a_government_delegate_sits_where_the_figure_is_not(extract):
    text = ("A bus crash near the town of Motilla killed five people on Saturday.\n\n"
            "The government's delegate in Castilla-La Mancha had earlier put the toll at six.")
    figures = extract(text)
    six = [f for f in figures if f.value == 6]
    assert six and six[0].place != "Castilla-La Mancha"


def test_a_possessive_before_union_is_no_local_unit():
    assert "Teachers'" not in admin_names("Teachers' union UGT said the school had no fire exits.")[0]
