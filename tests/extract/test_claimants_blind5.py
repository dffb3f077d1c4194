"""Claimant rules from the blind batch 143–150, tested in other wording."""

from app.extract.claim_honorifics import bare_name
from app.extract.pipeline import default_extractor

_EX = default_extractor()


def _claimants(text: str) -> list[str | None]:
    return [f.claimant for f in _EX.extract(text, None)]


def test_ranks_and_honorifics_are_no_part_of_a_name():
    assert bare_name("Hon. Ngozi Ada Eze") == "Ngozi Ada Eze"
    assert bare_name("ASP Ibrahim Musa Garba") == "Ibrahim Musa Garba"
    assert bare_name("Alhaja Zainab Bello") == "Zainab Bello"
    assert bare_name("Kisumu Dr Peter Otieno Ouma") == "Peter Otieno Ouma"  # a place left from a title
    assert bare_name("the Ministry of Health") == "the Ministry of Health"
    assert bare_name("Dr Tedros") == "Dr Tedros"


def test_a_short_title_names_the_person_who_holds_it():
    text = ("Health Cabinet Secretary Dr. Grace Wanjiru Otieno said on Monday that 40 people had died.\n\n"
            "Speaking in Kisumu, the CS said more than 9,000 people had been affected.\n")
    assert _claimants(text) == ["Grace Wanjiru Otieno", "Grace Wanjiru Otieno"]


def test_a_custom_after_according_to_is_no_source():
    text = ('"So far 12 bodies have been buried according to Christian rites, while 5 are in hospital," '
            'the commissioner said.\n')
    assert "Christian rites" not in _claimants(text)
