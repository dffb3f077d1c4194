"""Local units the gazetteer lacks, named the way local outlets write them: "Sajek union",
"Endo ward", "Sabon Birni LGA", "Barangay Tapel", "homesteads in X, Y ward" (X is a settlement of
the ward), "an attack on X and two neighbouring villages"."""

from __future__ import annotations

import re
from functools import lru_cache

from app.extract.place_openers import matches_in_stretches

_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:al-|el-)?[A-ZÀ-Þ][\w'’-]*){0,2}"
# Units of local government (lower-case, as the outlets write them after the name)
_LOCAL_UNITS = r"(?:union|upazila|ward|LGA|Local\s+Government\s+Area|sub-county|subcounty|trading\s+centre|barangay|" \
    r"health\s+zone|health\s+district|sub-division|subdivision|sub-district|subdistrict|commune|Sector|" \
    r"[Cc]anton|locality)"
_UNIT_KEYS = ("union", "upazila", "ward", "LGA", "Local Government", "sub-county", "subcounty", "trading centre",
              "barangay", "health zone", "health district", "sub-division", "subdivision", "sub-district",
              "subdistrict", "commune", "Sector", "anton", "locality")
# "in Sajek union", "Endo ward": a name before a local unit word
LOCAL_UNIT = re.compile(r"(?<![\w'’-])(" + _NAME + r")\s+" + _LOCAL_UNITS + r"\b")
# "in X, Y ward": a settlement of the ward named before it
IN_SETTLEMENT_OF_UNIT = re.compile(r"\b(?:in|at|of|from)\s+(" + _NAME + r"),\s+" + _NAME + r"\s+" + _LOCAL_UNITS +
                                   r"\b")
# "Barangay Tapel", "Brgy. San Isidro": a Philippine village named with its kind before it (not "Punong
# Barangay X" nor "Barangay Captain X": the village chief)
BARANGAY = re.compile(r"\b(?<!Punong\s)(?<!Punong\s\s)(?:Barangay|Brgy\.?|Kampung|Kampong)\s+(?!Captain\b|Chairman\b|"
                      r"Chairperson\b|Kagawad\b|Official\b|Council\b|Hall\b)(" + _NAME + r")(?![\w'’-])")
# "an attack on X and two neighbouring villages", "X and other nearby communities"
AND_NEIGHBOURS = re.compile(r"(?<![\w'’-])(" + _NAME + r")\s+and\s+(?:\w+\s+)?(?:other\s+)?(?:neighbouring|"
                            r"neighboring|nearby|surrounding|adjoining|adjacent)\s+(?:villages|communities|"
                            r"settlements|hamlets|towns)\b")
_NEIGHBOUR_KEYS = ("neighbouring", "neighboring", "nearby", "surrounding", "adjoining", "adjacent")
# "the Swat and Shangla districts", "Tanna and Aniwa islands", "X, Y and Z upazilas": names joined
# before a plural unit word are each such a unit (not "states": "Gulf and Western states" are none)
_PLURALS = ("districts", "counties", "provinces", "regions", "governorates", "oblasts", "prefectures", "upazilas",
            "tehsils", "talukas", "taluks", "wards", "unions", "LGAs", "sub-counties", "municipalities", "islands", "villages",
            "health zones", "health districts")
NAMED_PLURAL = re.compile(r"(?<![\w'’-])(" + _NAME + r"(?:,\s+" + _NAME + r")*,?\s+and\s+" + _NAME + r")\s+(" +
                          "|".join(p.replace(" ", r"\s+") for p in _PLURALS) + r")\b")
_PLURAL_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# Plural words that name settlements, not administrative units
_SETTLEMENT_PLURALS = ("islands", "villages")
# What no match above holds: everything but names, words, whitespace, hyphens, apostrophes, commas
# and the full stop of "Brgy."
_STRETCH_END = re.compile(r"[^\w\s'’,.-]|\.(?=\s)(?<!Brgy\.)")


@lru_cache(maxsize=4)
def admin_names(text: str) -> tuple[list[str], list[str]]:
    """Names the text presents as local places (settlements, wards, unions…) and, of them, the
    names it presents as administrative units (read as regions)."""
    places: list[str] = []
    units: list[str] = []
    for m in matches_in_stretches(LOCAL_UNIT, text, _UNIT_KEYS, _STRETCH_END):
        if m.group(1).split()[-1] not in ("Barangay",) and not m.group(1).endswith(("'", "’")):  # "Workers' union"
            units.append(m.group(1))
    if "," in text:
        for m in matches_in_stretches(IN_SETTLEMENT_OF_UNIT, text, _UNIT_KEYS, _STRETCH_END):
            places.append(m.group(1))
    if "Barangay" in text or "Brgy" in text or "Kamp" in text:
        places.extend(m.group(1) for m in BARANGAY.finditer(text))
    for m in matches_in_stretches(AND_NEIGHBOURS, text, _NEIGHBOUR_KEYS, _STRETCH_END):
        places.append(m.group(1))
    for m in matches_in_stretches(NAMED_PLURAL, text, _PLURALS, _STRETCH_END):
        names = [re.split(r"['’]s\s+", n)[-1].removeprefix("The ") for n in _PLURAL_JOIN.split(m.group(1))]
        (places if m.group(2) in _SETTLEMENT_PLURALS else units).extend(names)
    return places + units, units
