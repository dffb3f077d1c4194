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


def test_a_region_name_with_a_lower_case_particle_is_read_whole(extract):
    text = ("Landslides in Sao Paulo state leave 6 dead in Vale do Ribeira\n\n"
            "At least six people died after heavy rain in the Vale do Ribeira region of Sao Paulo state, "
            "the civil defence said.\n\n"
            "More than 700 people were forced from their homes, the agency said.")
    homes = [f for f in extract(text) if f.value == 700]
    assert homes and homes[0].place in ("Vale do Ribeira", "Vale do Ribeira region")


def test_a_distance_reference_in_the_window_does_not_beat_the_sentence_town(extract):
    text = ("Floods hit northern Italy\n\n"
            "Rivers burst their banks across the region on Friday.\n\n"
            "In Faenza, a town of about 58,000 people 50 km from Bologna, four people died, the mayor said.")
    four = [f for f in extract(text) if f.value == 4]
    assert four and four[0].place == "Faenza"


def test_a_town_the_wounded_were_flown_to_for_care_is_not_their_place(extract):
    text = ("Soldiers hurt in ambush\n\n"
            "Rebels ambushed an army patrol near Kilembe in Kasese district on Monday, killing one soldier. "
            "Three soldiers were wounded in the attack and were airlifted to Mbarara, where their condition "
            "was said to be stable, the army said.")
    three = [f for f in extract(text) if f.value == 3]
    assert three and three[0].place == "Kilembe"


def test_in_the_forests_of_x_puts_the_event_in_x(extract):
    text = ("Rebels killed in clash\n\n"
            "Troops killed five rebels in the forests of Mabanda in Burundi's Makamba province on Tuesday, "
            "the army said.")
    five = [f for f in extract(text) if f.value == 5]
    assert five and five[0].place == "Mabanda"


def test_the_area_an_office_holder_serves_is_no_place(extract):
    text = ("Police hurt in clash\n\n"
            "Gunmen attacked a police checkpoint in Kot Addu on Monday, killing one officer. Two policemen were "
            "wounded, said the inspector general of police for the Dera Ghazi Khan range.")
    two = [f for f in extract(text) if f.value == 2]
    assert two and two[0].place != "Dera Ghazi Khan"


def test_the_unnamed_village_placed_by_distance_in_a_unit_lies_in_that_unit(extract):
    text = ("Gunmen kill 9 in Niger village\n\n"
            "Gunmen killed nine people in an attack on a village in Niger's Tillaberi region, local sources "
            "said on Monday.\n\n"
            "The assailants surrounded the village, about 20 km from the town of Banibangou in Ouallam "
            "department, before dawn.\n\n"
            "Another four people were wounded, a local official said.")
    four = [f for f in extract(text) if f.value == 4]
    assert four and four[0].place in ("Ouallam", "Ouallam department")
