"""Marks a place mention gets from the words around it: a territory's short name, the owner of a
toll or the body of a source, a container of the place before it, one of a list of places."""

from __future__ import annotations

import re

from app.extract import place_patterns as pat
from app.extract.gazetteer import Place, normalise_name
from app.extract.place_mention import PlaceMention, direction_prefix


# The words of a country's official long form: "Republic of Mozambique", "Kyrgyz Republic", "Russian Federation"
_OFFICIAL_WORD = re.compile(r"\b(?:Republic|Kingdom|Federation|Sultanate|Principality|Commonwealth|Emirates|"
                            r"REPUBLIC|KINGDOM|FEDERATION)\b")


def territory_name(surface: str, place: Place) -> str:
    """ "the Gaza Strip", "the occupied West Bank" → "Gaza", "West Bank": a curated territory is
    named without the descriptive words of its long form; so is a country by its official form
    ("Republic of Mozambique", "Kyrgyz Republic" → "Mozambique", "Kyrgyzstan")."""
    if place.kind == "country" and surface != place.name and _OFFICIAL_WORD.search(surface) and \
            not _OFFICIAL_WORD.search(place.name):  # not "Democratic Republic of Congo", a name news uses
        return place.name
    if place.geonameid >= 0 or place.kind != "region" or surface == place.name:
        return surface
    words = [w for w in normalise_name(surface).split() if w not in pat.TERRITORY_WORDS]
    return place.name if " ".join(words) == normalise_name(place.name) else surface


# A title after a place: the office of the person who speaks ("Geita Regional Commissioner", "Kwara State Governor")
_TITLE_AFTER = re.compile(r"\s+(?:(?:Regional|District|County|Provincial|State|Deputy|Municipal|City)\s+)?"
                          r"(?:Commissioner|Governor|Administrator|Mayor|Police\s+Commander|Police\s+Chief)\b")


_PARTS_AFTER = re.compile(r"(?:\s*[\w-]+){0,2}?" + pat.PLURAL_UNIT.pattern)  # "Cameroon's English-speaking regions"
_STATION_AFTER = re.compile(r"\s+police\s+(?:station|post|checkpoint|headquarters|lines|barracks)\b")


def toll_owner(text: str, m: PlaceMention) -> PlaceMention:
    """ "Israel's death toll", "Israel revised the toll": a country that owns the toll is the
    figure's place; "the Palestine Red Crescent" names an organisation, not the place; "the Gaza
    border" names a border, a reference for a place beside it."""
    if m.possessive and m.place.kind == "country" and (pat.TOLL_AFTER.match(text, m.end + 2) or
                                                        pat.EVENT_AFTER.match(text, m.end + 2)):
        return m._replace(possessive=False, after_in=True)
    if m.possessive and m.place.kind != "country" and m.after_in and pat.FACILITY_AFTER.match(text, m.end + 2):
        return m._replace(possessive=False)  # "at Renk's hospital": a building of the town, in the town
    if m.possessive and m.place.kind == "country" and (m.after_in or text.endswith(("into ", "onto "), 0, m.start)) \
            and (pat.COMPASS_AFTER.match(text, m.end + 2) or _PARTS_AFTER.match(text, m.end + 2)):
        # "killed 45,000 in Turkey's south-east", "in Cameroon's English-speaking regions": a part of
        return m._replace(possessive=False, after_in=True)  # the country; "slammed into Jamaica's south coast"
    if not m.possessive and m.place.kind == "country" and pat.TOLL_VERB_AFTER.match(text, m.end):
        return m._replace(after_in=True)
    if m.place.kind == "country" and not m.after_in and pat.ORG_AFTER.match(text, m.end):
        return m._replace(source=True, body=True)
    if not m.after_in and not m.possessive and _STATION_AFTER.match(text, m.end) and \
            text.endswith(("the ", "on ", "at ", "near "), 0, m.start):
        return m._replace(after_in=True)  # "stormed the Pezu police station": the site's town, no police source
    if not m.after_in and not m.possessive and pat.SOURCE_AFTER.match(text, m.end):
        return m._replace(source=True, body=True)
    if m.possessive and m.place.kind == "country" and pat.AGENCY_AFTER.match(text, m.end + 2):
        return m._replace(source=True, possessive=False, body=True)
    if pat.INSTITUTION_AFTER.match(text, m.end):
        return m._replace(source=True)
    if _TITLE_AFTER.match(text, m.end):
        return m._replace(seat=True)  # "Geita Regional Commissioner Halima Kombo said": the speaker's office
    if not m.possessive and pat.BORDER_AFTER.match(text, m.end):
        return m._replace(reference=True)
    return m


def mark_source_lists(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A place listed right after a place of the source or of the treatment ("treated at hospitals
    in Parachinar and Peshawar", "officials in Kabul and Herat said") is one too."""
    out = list(mentions)
    for k in range(1, len(out)):
        prev, m = out[k - 1], out[k]
        if prev.source and prev.after_in and not prev.body and not m.source and \
                pat.LIST_AFTER.fullmatch(text, prev.end, m.start):
            out[k] = m._replace(source=True)
    return out


# ", in the western Tillabéri region": the direction word stands outside the region's name
_COMMA_IN = re.compile(r",\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+|[A-Z][a-z]+\s+(?=(?:province|"
                       r"region|state|district|department|county|governorate)\s+of\s))?"  # ", in the Andean department of"
                       r"((?:province|region|state|district|department|county|governorate)\s+of\s+)?")  # ", in the eastern province of"


_OWN = re.compile(r"['’]s\s+(?:(?:north|south|east|west)\w*\s+|central\s+)?")  # "Iraq's eastern Diyala province"
# "the Dansadau area of Maru", "Maru Local Government Area of Zamfara State": a unit word (unless the name holds it) and "of"
_UNIT_OF = re.compile(r"(\s+(?:area|Local\s+Government\s+Area|LGA|district|county|municipality|sub-county|province|"
                      r"region|state|department|territory|tehsil|upazila|commune))?\s+of\s+(?:the\s+)?")
# ", a village in", ", a farming town in": the place before is described as lying in the next one
_NAMED_IN = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|hamlet|settlement|suburb|"
                       r"neighbourhood|camp|commune|locality|community)(?:\s+(?:of|with)(?:\s+[\w-]+){1,3}?)?\s+in\s+(?:the\s+)?")  # "a village of mud-brick houses in"

# "near Saundatti town in Belagavi district": the place before, named with its kind, lies in the next
_KIND_IN = re.compile(r"\s+(?:town|village|city|hamlet|settlement)\s+in\s+(?:the\s+)?")


def _wider(m: PlaceMention) -> bool:
    """A country, a region or a named unit ("Satkhira district"): what can contain a town."""
    return m.place.kind != "city" or pat.SUFFIX.search(m.surface) is not None


def mark_containers(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A place named right after a smaller one and containing it ("Nuseirat camp in central Gaza",
    "Kramatorsk, Donetsk region") is marked: the smaller place is the more specific. Places joined
    by "and" ("three in Aitaroun and five in Kfar Kila") are a list, not one inside the other."""
    out = list(mentions)
    for k in range(1, len(out)):
        small, big = out[k - 1], out[k]
        if small.possessive and small.rank <= 2 and k >= 2 and _OWN.fullmatch(text, small.end, big.start):
            # "Domel, a town in northwestern Pakistan's Bannu district": the district holds Domel; so does
            # "the Muqdadiyah district of Iraq's eastern Diyala province" hold its district
            inner, at = out[k - 2], small.start + len(direction_prefix(small.surface))
            if small.place.country == big.place.country and (pat.CONTAINED_IN.fullmatch(text, inner.end, at) or (
                    _UNIT_OF.fullmatch(text, inner.end, small.start) and pat.SUFFIX.search(inner.surface))):
                out[k] = big._replace(container=True)
            continue
        if small.possessive or big.possessive or small.place.kind == "country" or big.start - small.end > 40:
            continue  # "In neighbouring India, the West Bengal government": no region holds a country
        if big.place.country != small.place.country and small.place.country:  # (a local name has none yet)
            if big.place.country and _wider(big) and small.place.geonameid and small.place.kind == "city" and \
                    (pat.CONTAINED_IN.fullmatch(text, small.end, big.start + len(direction_prefix(big.surface))) or
                     _COMMA_IN.fullmatch(text, small.end, big.start)) and \
                    not pat.FACILITY.search(text, small.end, big.start) and " and " not in text[small.end : big.start]:
                # "Shyamnagar, in Satkhira district": a namesake abroad was taken; the town is the container's
                home = small.place._replace(geonameid=0, country=big.place.country, lat=big.place.lat, lon=big.place.lon)
                out[k - 1] = small._replace(place=home)
                out[k] = big._replace(container=True)
            continue
        if (of := _UNIT_OF.fullmatch(text, small.end, big.start)) and _wider(big) and (
                pat.SUFFIX.search(small.surface) or of.group(1)):
            out[k] = big._replace(container=True)  # "in X taluka of Y district", "the Dansadau area of Maru": X
            continue
        unit_of = _COMMA_IN.fullmatch(text, small.end, big.start)  # ", in the eastern region of Gao": Gao, the region
        if unit_of is not None and unit_of.group(1):
            out[k] = big._replace(container=True)
            continue
        if big.place.kind == "city" and (small.place.kind != "city" or "," in text[small.end : big.start]) and \
                not (_wider(big) and (_NAMED_IN.match(text, small.end, big.start) or
                                      _KIND_IN.fullmatch(text, small.end, big.start) or
                                      # "near Mangochar in Kalat district": a local name the unit holds
                                      not small.place.geonameid and text[small.end : big.start] == " in " and
                                      not pat.SUFFIX.search(small.surface))):
            continue  # but "Domel, a village in Bannu district": a unit named with its unit word holds the village
        if pat.FACILITY.search(text, small.end, big.start) or " and " in text[small.end : big.start]:
            continue  # "the Azovstal steelworks in Mariupol": a building, the city is the place
        gap_end = big.start + len(direction_prefix(big.surface))
        if pat.CONTAINED_IN.fullmatch(text, small.end, gap_end) or \
                (_wider(big) and (_COMMA_IN.fullmatch(text, small.end, gap_end) or _NAMED_IN.fullmatch(text, small.end, gap_end))):
            out[k] = big._replace(container=True)
    return out


def mark_lists(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Three or more places of one country in a row joined by commas and "and" are a list: a
    figure over all of them is a figure for the country."""
    out = list(mentions)
    k = 0
    while k < len(out):
        j = k
        while j + 1 < len(out) and out[j + 1].place.country == out[k].place.country and \
                out[j + 1].place.kind != "country" and \
                pat.LIST_JOIN.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        if j - k >= 2 and out[k].place.kind != "country":
            for i in range(k, j + 1):
                out[i] = out[i]._replace(listed=j - k + 1)
        elif j - k == 1 and _pair(text, out[k], out[j]):
            out[k], out[j] = out[k]._replace(listed=2), out[j]._replace(listed=2)
        k = j + 1
    return out


_UNITS_OF = re.compile(r"\b(?:provinces|states|regions|districts|governorates|counties|departments|prefectures)"
                       r"\s+of\s+$", re.IGNORECASE)


def _pair(text: str, a: PlaceMention, b: PlaceMention) -> bool:
    """ "detained in Addis Ababa and Amhara", "in Kharkiv and Sumy regions": two places of one
    country after "in", joined by "and" / "or", one of them a region and neither a country nor a
    part of the other, so a figure over both is the country's ("in Susa and Marj", two towns, is
    left to the first)."""
    units_of = _UNITS_OF.search(text, max(0, a.start - 30), a.start) is not None  # "the provinces of X and Y"
    plural = pat.PLURAL_UNIT.match(text, b.end) is not None  # "crossed Penama and Malampa provinces"
    return (a.after_in or units_of or plural) and a.place.kind != "country" and a.surface != b.surface and \
        ("region" in (a.place.kind, b.place.kind) or units_of or plural) and \
        not direction_prefix(a.surface) and not direction_prefix(b.surface) and \
        (" and " in text[a.end : b.start] or " or " in text[a.end : b.start])


def _may_name_group(before: str) -> bool:
    """Whether `before` holds "them" or "whom", which GROUP_PART_BEFORE needs: checked on ASCII
    text only, as other letters may case-fold to ASCII ones."""
    if not before.isascii():
        return True
    low = before.lower()
    return "them" in low or "whom" in low


def mark_group_parts(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Places where part of a counted group is ("75 died, most of them in Sindh and in Khyber
    Pakhtunkhwa") locate the part, not the figure: the figure is for the whole."""
    out = list(mentions)
    for k, m in enumerate(out):
        gap = text[out[k - 1].end : m.start] if k else ""
        joined = k and out[k - 1].group_part and (pat.LIST_GOES_ON.fullmatch(gap) or (
            m.country_wide and not gap.strip()))  # "… and in Khyber Pakhtunkhwa in the north-west"
        if joined or (_may_name_group(text[max(0, m.start - 80) : m.start]) and
                      pat.GROUP_PART_BEFORE.search(text, max(0, m.start - 80), m.start)):
            out[k] = m._replace(group_part=True, reference=True)
    return out


def innermost(inner: list[PlaceMention], country: str) -> PlaceMention | None:
    """The first of a chain of places each held by the next ("Mutunji village in the Dansadau area of Maru
    Local Government Area of Zamfara State"), going back from the last of `inner`, in `country`."""
    k = len(inner) - 1
    while k > 0 and inner[k].container and inner[k - 1].place.country == country:
        k -= 1
    return inner[k] if inner and inner[k].place.country == country else None
