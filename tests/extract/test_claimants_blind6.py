"""Claimant rules from the blind batch 151–158 (US and European newspaper styles), tested in other wording."""

from app.extract.pipeline import default_extractor

_EX = default_extractor()


def _claimants(text: str) -> list[str | None]:
    return [f.claimant for f in _EX.extract(text, None)]


def test_a_list_intro_cut_by_an_abbreviation_keeps_its_owner():
    text = ("Heavy rain has killed 30 people, the National Emergency Office (NEO) said on Friday.\n\n"
            "The NEO's provincial breakdown, as of 9 a.m. Friday:\n\n"
            "Oruro: 11 dead, 4 missing\nPotosi: 9 dead, 3 missing\n")
    assert _claimants(text)[1:] == ["The NEO"] * 4


def test_a_body_known_by_its_acronym_is_named_by_it():
    text = ("The fire started in the east wing, according to a statement from the agency that manages the "
            "country's hospitals, known by its French acronym, DGSH, and spread quickly. The agency said 12 "
            "patients had died.\n")
    assert _claimants(text) == ["DGSH"]
    text = ("Floods have killed 25 people, the country's civil protection agency said. The agency, known by "
            "its Portuguese acronym Sedec, said 40 people were missing.\n")
    assert _claimants(text) == ["Sedec", "Sedec"]


def test_a_bullet_is_no_part_of_the_subject():
    text = ("Key facts\n\n• The coroner's office said that 14 bodies had been identified.\n\n"
            "• Nine firefighters were hurt, the ministry said.\n")
    assert _claimants(text)[0] == "The coroner's office"


def test_we_inside_a_quote_after_an_opening_phrase_is_the_speaker():
    text = ('"It was chaos," said a fire captain who led the first crew, who asked not to be named. '
            '"By noon we had carried out 18 bodies."\n')
    assert _claimants(text) == ["a fire captain"]


def test_an_earlier_version_of_the_article_cites_its_source():
    text = ("Correction: An earlier version of this story, published Tuesday, gave a toll of 41, citing the "
            "regional health directorate.\n")
    assert _claimants(text) == ["the regional health directorate"]


def test_the_named_part_of_a_two_part_source():
    text = "Social media accounts and the state broadcaster KBC claimed that 25 police officers were killed.\n"
    assert _claimants(text) == ["KBC"]
    text = ("Nine villagers were shot dead, according to witnesses and a regional human rights group, the "
            "Forum for Justice in Kivu, which gathered their names.\n")
    assert _claimants(text) == ["the Forum for Justice in Kivu"]
    text = "Villagers and community leaders in Bor said 30 people drowned.\n"
    assert _claimants(text) == ["Villagers and community leaders in Bor"]  # both generic
    text = "The navy and the coastal Marine Guard said 30 people drowned.\n"
    assert _claimants(text) == ["The navy and the coastal Marine Guard"]  # two bodies


def test_what_it_said_is_a_claim_about_what_follows():
    text = ("The militia said its fighters had killed 60 troops and taken nine prisoners, and released "
            "footage of what it said were captured rifles.\n")
    assert _claimants(text) == ["The militia", "The militia"]


def test_a_closing_according_to_reaches_across_a_semicolon():
    text = ("Gunmen seized 31 passengers from a bus near the border; all were freed two days later, "
            "according to the provincial transport office.\n")
    assert _claimants(text) == ["the provincial transport office"]


def test_a_tally_based_on_other_sources_is_its_authors():
    text = ("According to a count by Der Spiegel based on police and hospital sources, at least 44 people "
            "have died since March.\n")
    assert _claimants(text) == ["Der Spiegel"]


def test_an_unnamed_speaker_after_a_quote_is_whoever_the_text_says():
    text = '"They killed my uncle and his three sons by the well," said a 52-year-old herder who fled to Gao.\n'
    assert _claimants(text) == ["a 52-year-old herder"]


def test_a_passive_estimate_by_a_body_with_an_infinitive_after_it():
    text = ("In 2015, an earlier cyclone on the coast was estimated by the government to have killed more than "
            "1,500 people, though few were ever identified.\n")
    assert _claimants(text) == ["the government"]


def test_an_owned_toll_that_stood_at_a_number():
    text = ("Charities fear that more than 200 people may be trapped, while the ministry's official toll stood "
            "at 19 on Friday.\n")
    assert _claimants(text) == ["Charities", "the ministry"]


def test_a_role_with_an_owner_is_named_later():
    text = ("Kasai's provincial governor told reporters that 16 bodies had been recovered. \"We need boats,\" "
            "said the governor, Paul Mbuyi Kalala.\n")
    assert _claimants(text) == ["Paul Mbuyi Kalala"]


def test_a_quantity_is_no_source():
    text = "Mudslide in the Andes: Dozens feared dead in mountain village\n\nRescuers searched on Monday.\n"
    assert _claimants(text) == [None]


def test_an_institution_named_after_someone_is_no_person():
    text = ("Amadou Diallo, a spokesman for the regional police, told Reuters that the fire began at night. "
            "Staff at the Ahmed Sekou Toure hospital had received 14 bodies by noon, he said.\n")
    assert _claimants(text) == ["Amadou Diallo"]


def test_bare_plural_object_appositive_names_the_denier():
    text = ("Activists say 40 detainees have died in custody since January, allegations the interior "
            "ministry denies.\n")
    assert [f.disputed_by for f in _EX.extract(text, None)] == ["the interior ministry"]


def test_of_whom_x_believes_covers_only_the_part():
    text = "The militia is to release 40 captives this month, at least nine of whom officials believe are dead.\n"
    assert _claimants(text) == [None, "officials"]


def test_a_long_two_part_subject_still_gives_its_named_part():
    text = ("Nationalist bloggers on social media and the state news agency TASS claimed the raid had hit a "
            "\"staging area\" of the brigade, killing up to 60 soldiers.\n")
    assert _claimants(text) == ["TASS"]


def test_an_acronym_before_an_unnamed_speakers_role():
    text = "An IOM boat took 17 injured migrants to the port on Friday, said a UNHCR official who asked not to be named.\n"
    assert _claimants(text) == ["a UNHCR official"]


def test_a_distance_aside_between_speaker_and_verb():
    text = "A nurse in Gao, some 300 km (190 miles) north of the capital, said 22 wounded had arrived.\n"
    assert _claimants(text) == ["a nurse"]


def test_a_speaker_who_gave_a_name_only():
    text = ('A fisherman from Kome, who gave his name only as Okello, said he swam for hours. '
            '"We pulled out 14 bodies that night," he said.\n')
    assert _claimants(text) == ["Okello"]


def test_an_accuser_claims_the_figure_and_the_accused_does_not():
    text = "Amnesty International has accused the coast guard of forcibly returning more than 4,000 asylum seekers.\n"
    assert _claimants(text) == ["Amnesty International"]
    text = "The militia has been accused by the UN of killing 200 fishermen.\n"
    assert _claimants(text) == ["UN"]
    text = "The militia, accused of killing 200 fishermen, said it had not been in the area.\n"
    assert _claimants(text) == [None]
