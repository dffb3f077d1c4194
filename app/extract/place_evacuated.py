"""People evacuated are counted where they left (GUIDELINES "Place"): the town of the hotels,
shelters or hospital they were moved to ("moved to hotels in X", "airlifted to the referral
hospital in X", "bussed to schools in X") is not their place, even when it is the only one named;
the event's place, from the paragraph or the lead, is."""

from __future__ import annotations

import re

from app.extract import place_hospital
from app.extract.place_mention import PlaceMention

# Words one of which stands in the stretch before a shelter's town
_WORDS = ("hotel", "shelter", "guest", "hostel", "school", "camp", "relative", "centre", "center", "hall",
          "accommodation", "housing")
_SHELTER = (r"(?:hotels?|shelters?|guest\s*houses?|hostels?|schools?|(?:relief\s+|evacuation\s+|transit\s+)?camps?|"
            r"relatives|(?:evacuation\s+|relief\s+|reception\s+)?cent(?:er|re)s?|(?:community\s+|town\s+)?halls?|"
            r"(?:temporary\s+)?(?:accommodation|housing))")
# "moved to hotels in X", "bussed to temporary shelters in the town of X", "housed at schools in X"
_AT_SHELTER = re.compile(
    r"\b(?:moved|taken|relocated|evacuated|transferred|bus(?:s)?ed|sent|airlifted|flown|driven|ferried|"
    r"housed|sheltered|put\s+up|placed|accommodated|lodged|brought)\b[^.;:]{0,60}?\b(?:to|into|at|in)\s+"
    r"(?:[^.;:]{0,40}?\s)?" + _SHELTER + r"\s+(?:in|at|near)\s+(?:the\s+(?:\w+\s+)?(?:city|town)\s+of\s+|the\s+)?$",
    re.IGNORECASE)


def shelter_town(text: str, m: PlaceMention) -> bool:
    """`m` names the town people were moved to for shelter, not the place they left."""
    before = place_hospital.stretch_before(text, m, _WORDS)
    return before is not None and _AT_SHELTER.search(before) is not None


def drop_refuges(text: str, inside: list[PlaceMention]) -> list[PlaceMention]:
    """`inside` without the towns of shelters and hospitals evacuated people were taken to (an
    empty list when nothing else is left: the event's place, found elsewhere, is theirs)."""
    if not text:
        return inside
    kept = place_hospital.drop_care_towns(text, inside)
    return [m for m in kept if m.place.kind == "country" or not shelter_town(text, m)]
