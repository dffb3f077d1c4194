"""Sources and figures as wire copy gives them: a denial coordinated after "In a statement, X
denied …", a section heading that is no source, "X's claim that …", a participle denial
("…, rejecting Y's figure"), a state's forces reporting their own losses, headline descriptors
("Rights group says", "UN rights office says" over "U.N."), particles in names, French police
ranks, and fact lines ("- Dead: 32, …")."""

import datetime as dt

PUB = dt.date(2025, 8, 14)


def _figures(text):
    from app.extract import extract_figures

    return extract_figures(text, PUB)


def test_a_denial_coordinated_after_an_opening_aside_is_the_subjects_not_the_asides():
    text = """Militia overruns Babanusa

The Kordofan Medics Union said at least 64 civilians had been killed in Babanusa.

In a video posted on Facebook, the Popular Defence Brigades denied shooting civilians and dismissed the casualty figures as inventions.
"""
    (dead,) = _figures(text)
    assert dead.disputed_by == "the Popular Defence Brigades"


def test_a_heading_ending_on_a_claim_word_is_no_source_for_the_next_it():
    text = """Militia overruns Babanusa

The Kordofan Medics Union said at least 64 civilians had been killed.

Competing claims

In a statement on X, the Popular Defence Brigades denied harming civilians. It said its fighters had killed more than 90 army soldiers and taken 40 prisoners.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[90].claimant == "the Popular Defence Brigades"
    assert found[40].claimant == "the Popular Defence Brigades"


def test_an_owners_claim_that_gives_the_figures_of_its_clause_to_the_owner_and_a_participle_denial_disputes_them():
    text = """Drone strike on Hulyaipole depot

A drone strike on a depot near Hulyaipole killed three soldiers, Ukraine's southern command said on Friday, rejecting the Kremlin's claim that the strike had killed as many as 80 Ukrainian troops.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[3].claimant == "Ukraine's southern command"
    assert found[80].claimant == "the Kremlin"
    assert found[80].disputed_by == "Ukraine's southern command"
    assert found[3].disputed_by is None


def test_a_states_forces_reporting_unnamed_servicemen_lost_give_them_their_side():
    text = """Shelling near Vuhledar

Russian shelling near Vuhledar hit a Ukrainian position, Ukraine's armed forces said on Friday.

Four servicemen were killed and 11 wounded, of whom two were in a serious condition, the armed forces said.

Mali's army said it had killed 30 soldiers of the enemy.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[4].side == "ukraine"
    assert found[11].side == "ukraine"
    assert found[2].side == "ukraine"
    assert found[30].side is None  # the army's own count of others killed, in the active voice


def test_a_bodys_command_said_back_is_the_body_quoted_before():
    text = """Strike on Kramatorsk

A strike on Kramatorsk killed two soldiers, Ukraine's air force said.

In a later update, the air force command said nine servicemen were wounded.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[9].claimant == "Ukraine's air force"


def test_a_headline_descriptor_names_the_body_the_lead_opens_on_with_the_kinds_own_word():
    text = """Rights group says 4,000 detained in crackdown

Amnesty Rights Collective (ARC) on Monday accused the authorities of mass arrests in Bujumbura.

ARC said 120 of those held had been injured in custody.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[4000].claimant == "ARC"


def test_a_headline_un_body_is_found_under_its_dotted_spelling_in_the_story():
    text = """Raid on Mirebalais kills at least 19, UN rights office says

MIREBALAIS, Haiti (AP) — Gunmen killed at least 19 people in Mirebalais, the U.N. human rights office said Friday.

The Office of the U.N. High Commissioner for Human Rights, known as OHCHR, said 8 others were wounded.
"""
    headline = [f for f in _figures(text) if f.start < text.index("\n")]
    assert headline and headline[0].claimant == "OHCHR"


def test_a_denial_of_the_dotted_un_toll_covers_the_toll_it_names():
    text = """Massacre in Cabaret

Gang members killed at least 21 people in Cabaret, the U.N. human rights office said on Tuesday.

Haiti's National Police disputed the U.N. death toll, saying officers had found nine bodies.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[21].disputed_by == "Haiti's National Police"


def test_a_singular_named_figure_is_the_count_just_given_not_the_headlines():
    text = """UN says 240 civilians killed or wounded in three months

KABUL (Reuters) - The U.N. mission said 240 civilians were killed or wounded between April and June.

The mission said a bombing in Baghlan killed 17 worshippers. The Taliban administration put the toll at six and rejected the U.N. figure as exaggerated.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[17].disputed_by == "The Taliban administration"
    assert all(f.disputed_by is None for f in _figures(text) if f.value == 240)


def test_a_doctors_group_in_the_lead_is_the_doctors_body_named_later_not_the_next_body():
    text = """Fighters storm Babanusa

Fighters overran Babanusa on Saturday, killing at least 58 civilians, according to a medics' group.

The Popular Defence Brigades (PDB), which have fought the army since 2023, entered the town at dawn, residents said.

The Kordofan Medics Alliance said the dead included 12 children.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[58].claimant == "the Kordofan Medics Alliance"


def test_a_name_with_a_particle_keeps_it():
    text = """Evictions in Narok

"They burned our manyattas," said Saitoti ole Kaelo, a community elder. Kaelo said 300 people had fled to Kajiado.
"""
    (fled,) = _figures(text)
    assert fled.claimant == "Saitoti ole Kaelo"


def test_a_french_police_rank_is_not_part_of_the_name():
    text = """Protests in Kara

Police spokesman Commissaire Yawo Dzidzienyo said 14 officers were injured in Kara on Sunday.
"""
    (hurt,) = _figures(text)
    assert hurt.claimant == "Yawo Dzidzienyo"


def test_an_inverted_speaker_owned_by_a_country_is_the_countrys_body():
    text = """Strikes on Nabatieh

Eleven people were killed in Nabatieh, said Lebanon's health ministry.
"""
    (dead,) = _figures(text)
    assert dead.claimant == "Lebanon's health ministry"


def test_a_fact_line_label_names_the_measure_of_its_number():
    text = """Crush at the Kumasi stadium

The figures, as given by officials on Sunday:

- Dead: 41, among them 9 children, the regional police said.
- Wounded: 73 were taken to the teaching hospital.
- Livestock lost: 1,200
"""
    found = {f.value: f for f in _figures(text)}
    assert found[41].measure.value == "killed"
    assert found[9].measure.value == "killed"
    assert found[73].measure.value == "injured"
    assert 1200 not in found


def test_the_army_said_back_is_the_military_named_before():
    text = """Raid on Nur Shams

The Israeli military said its forces killed five militants in Nur Shams.

The army said one soldier was wounded.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[1].claimant == "The Israeli military"


def test_a_states_army_is_written_by_the_acronym_the_story_defines():
    text = """Burkina Faso army says 9 soldiers killed near Djibo

OUAGADOUGOU, June 2 (AFP) - Burkina Faso's army said on Monday that nine soldiers were killed near Djibo.

"Our forces neutralised dozens of terrorists," the Burkinabe Armed Forces (FAB) said in a statement.
"""
    found = [f for f in _figures(text) if f.value == 9]
    assert found and all(f.claimant == "FAB" for f in found)


def test_a_body_written_short_after_its_full_name_keeps_the_full_name():
    text = """Deaths in custody

Detention Monitor Kenya, a Nairobi-based group, said at least 14 inmates had died in Shimo La Tewa.

Detention Monitor says 31 people died in custody across the country last year.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[31].claimant == "Detention Monitor Kenya"


def test_an_acronym_before_an_owned_aside_and_a_which_clause_is_the_source():
    text = """Attack on Djibo

The army dismissed the toll put out by the Movement for the Defence of the Sahel Peoples (MDSP), the armed wing's political front, which said it had killed 70 soldiers.
"""
    (dead,) = _figures(text)
    assert dead.claimant == "MDSP"


def test_a_hyphenated_inspector_general_is_a_rank_not_part_of_the_name():
    text = """Jailbreak in Kenema

Eleven inmates were killed, Deputy Inspector-General Mohamed Sankoh told reporters.
"""
    (dead,) = _figures(text)
    assert dead.claimant == "Mohamed Sankoh"


def test_recaptured_prisoners_are_captured_and_escaped_ones_are_no_figure():
    text = """Jailbreak in Kenema

About 150 prisoners escaped into the hills on Saturday. By Monday, 62 escapees had been recaptured, police said.
"""
    found = {f.value: f for f in _figures(text)}
    assert 150 not in found
    assert found[62].measure.value == "captured"


def test_a_headline_denier_is_named_as_the_story_introduces_it():
    text = """Air strike kills 14 in Myinmu township, rebels say; junta denies

Yangon (AFP) - A military jet bombed a village in Myinmu township, killing 14 people, a local defence force said on Friday.

The ruling junta rejected the account as "false" and said it had hit a rebel camp.
"""
    found = [f for f in _figures(text) if f.value == 14]
    assert found and all((f.disputed_by or "").lower() == "the ruling junta" for f in found)


def test_a_camp_at_a_place_near_a_border_is_that_place():
    text = """Attack in Mali

Bamako, Aug 3 (AFP) - Twelve soldiers were killed when jihadists stormed a military camp at Farabougou, near the border with Mauritania.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[12].place == "Farabougou"


def test_a_ministry_said_back_with_its_own_modifier_is_not_another_ministry():
    text = """Fighting in Kassala

Between 40 and 60 soldiers have been captured, the Sudanese defence ministry said.

About 12 civilians were killed in Kassala on Monday, the health ministry said.
"""
    found = {f.value: f for f in _figures(text)}
    assert found[12].claimant == "the health ministry"
    assert found[12].side is None
    assert all(f.side is None for f in _figures(text) if f.measure.value == "captured")  # whose captives is open


def test_an_elliptical_list_of_places_shares_gives_each_count_its_place_and_measure():
    text = """Cholera and floods in Sindh

Provincial officials said Larkana recorded nine deaths on Monday, Dadu six, Jacobabad five and Shikarpur three.
"""
    found = {f.value: f for f in _figures(text)}
    assert [found[v].measure.value for v in (6, 5, 3)] == ["killed"] * 3
    assert (found[6].place, found[5].place, found[3].place) == ("Dadu", "Jacobabad", "Shikarpur")
