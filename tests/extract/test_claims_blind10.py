"""Claimant rules from the blind batches 81–190 (round 10), each tested on invented wording."""

import datetime as dt

PUB = dt.date(2024, 5, 1)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_a_place_title_run_on_into_the_name_is_stripped_again(extract):
    text = ("Floods in the west\n\n"
            "But Kisumu Bay Governor Wanjiru Akinyi Odhiambo rejected the figure. "
            "\"We have buried 12 people in Nyando,\" the governor told a local radio station.")
    assert claimants(extract, text) == ["Wanjiru Akinyi Odhiambo"]


def test_a_military_role_is_named_by_the_officer_quoted_next(extract):
    text = ("Shelling hits camp\n\n"
            "Shells struck a camp outside Bunia on Monday, killing at least nine people, a military "
            "spokesman said. Most of the dead were children, Maj. Gen. Pierre Lusamba "
            "Ilunga told reporters.")
    assert claimants(extract, text) == ["Pierre Lusamba Ilunga"]


def test_which_describes_itself_as_is_no_subject(extract):
    text = ("Strike on village\n\n"
            "The exiled Council of Free Provinces, which describes itself as the nation's rightful government, "
            "said that seven villagers were killed in the strike on Tamalin.")
    assert claimants(extract, text) == ["The exiled Council of Free Provinces"]


def test_it_after_a_spokesman_is_the_body_he_speaks_for(extract):
    text = ("Clashes in the capital\n\n"
            "The interior ministry said 20 people were killed. Karim Belhaj, spokesman for the Ambulance "
            "and Rescue Authority, told reporters that crews had evacuated 300 residents. It added that "
            "eight people were still missing.")
    assert claimants(extract, text)[-1] == "the Ambulance and Rescue Authority"


def test_the_group_after_a_claim_it_denied_is_the_denier(extract):
    text = ("Fighting between militias\n\n"
            "The Interior Ministry said 30 people were killed. A police source said the Tenth Brigade had "
            "seized at least 15 fighters of the rival force, a claim the Northern Shield Force denied.\n\n"
            "\"Nobody is held. This is false,\" the group said, adding that 6 of its fighters had been killed.")
    assert claimants(extract, text)[-1] == "the Northern Shield Force"
