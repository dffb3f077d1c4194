"""Which of the places named around a figure it is about: most specific, then nearest, with the
sentence's own stretch, sources, containers, reference points and refugee destinations weighed."""

from __future__ import annotations

import re

from app.extract import place_evacuated, place_fallback, place_hospital, place_parts, place_lead, place_level, place_scope
from app.extract import place_patterns as pat
from app.extract.place_listed import region_over_list, region_over_pair
from app.extract.place_mention import ArticlePlaces, PlaceMention


# … in the figure's own clause: not "killed in the county, including a couple … near Omega", "rose to nine
# after a body was found … near X"
_OTHER_CLAUSE = re.compile(r"[,;:]|\b(?:after|including|among|whose|before)\b")

# Authorities in the place where they count arrivals ("authorities in Sudan's White Nile state")
_COUNTING_AUTHORITY = re.compile(r"\b(?i:authorities|officials|government|administration)\s+in\s+(?:the\s+)?"
                                 r"(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)?$")

# The plural unit after a list of places and the place that holds them: " districts of ", " provinces in the "
_UNITS_OF_AFTER = re.compile(r"\s+(?:districts|provinces|states|regions|counties|municipalities|townships|upazilas|"
                             r"tehsils|woredas|zones|departments|governorates|localities|areas|villages|towns|communes|"
                             r"sub-?districts|cercles|prefectures|parishes|barangays|raions|communities)\s+(?:of|in)\s+(?:the\s+)?"
                             r"(?:[A-Z][\w-]*['’]s\s+)?(?:(?:north|south|east|west|central)[a-z-]*\s+)?")


def choose_place(article: ArticlePlaces, start: int, end: int, anchor: int, refugees: bool = False,
           window: tuple[int, int] | None = None,
           excluded: list[tuple[int, int]] = (), evacuated: bool = False,
           treated: bool = False) -> PlaceMention | None:
    """The place of a figure at `anchor` in the sentence [start, end): most specific, then nearest.

    Places inside `window` (between the neighbouring numbers) come first, unless they are only
    countries that act ("Saudi Arabia said a ship carried 356 … from Port Sudan"); places inside
    `excluded` spans (the parts of this figure) are left to those parts.
    """
    inside = [m for m in article.within(start, end)  # "Moldova's government … hosts 110,000 refugees"
              if not m.possessive or (refugees and m.place.kind == "country")]
    seats = [m for m in inside if m.seat]
    inside = [m for m in inside if not m.seat] or inside  # "the governor of X said": X only if nothing else
    if seats and inside is not seats and all(m.place.kind == "country" for m in inside) and any(
            m.place.kind != "country" and m.place.country == c.place.country for m in seats for c in inside):
        # "Across the border in Russia, the governor of the Kurgan region said 1,800 were evacuated": the
        # region the source governs, not only its country
        inside = [m for m in seats if m.place.kind != "country"]
    if window is not None:
        near = [m for m in inside if window[0] <= m.start and m.end <= window[1] and (  # not in a clause of its own
            m.start < anchor or not place_scope.CLAUSE_BREAK.search(article.text, anchor, m.start))]  # ("…, as X")
        actors = [m for m in near if not m.source]
        if near and all(m.reference for m in near) and any(
                not m.reference and not m.source and m.after_in and m.start < anchor for m in inside):
            near = []  # "In X, a city … 290 km from Y, five died": a reference point alone sets nothing
        if near and not (actors and all(m.place.kind == "country" and not m.after_in and not m.destination
                                        for m in actors)) and (actors or any(m.place.kind != "city" for m in near)):
            inside = near  # a window with only the city a source spoke in ("In X, the ministry said five …") has none
        else:
            inside = [m for m in inside if not any(a <= m.start < b for a, b in excluded) and not m.held]
    if not inside:
        return None

    home = article.main.place.country if article.main is not None else None
    # (refugees are counted where the authorities who report their arrival are: "authorities in
    # Sudan's White Nile state reported 9,400 arrivals")
    inside = [m for m in inside if (not m.source or refugees and _COUNTING_AUTHORITY.search(
        article.text, max(0, m.start - 60), m.start)) and not m.group_part and
              not (m.dateline and m.place.country != home)]
    if treated:  # "nine were taken to the hospital in X": not where they were hurt
        inside = place_hospital.drop_care_towns(article.text, inside)
    elif evacuated:  # "moved to hotels in X", "airlifted to the hospital in X": not where they left
        inside = place_evacuated.drop_refuges(article.text, inside)
    inside = place_scope.own_clause(article.text, inside, start, end, anchor, window)
    inside = place_parts.drop_share_places(article.text, inside)  # "…, most of them in X"
    if not inside:
        return None
    wide = [m for m in inside if m.country_wide]
    if wide:
        best = min(wide, key=lambda m: abs(m.start - anchor))
        rivals = [m for m in inside if not m.country_wide and not m.dateline and m.place.kind != "country"]
        own = [m for m in rivals if m.after_in and best.start < anchor < m.start and  # "displaced inside the
               not any(c in article.text[anchor : m.start] for c in (", ", ";"))]  # country, 1.2 million of them in X"
        if not own and (not rivals or abs(best.start - anchor) < min(abs(m.start - anchor) for m in rivals)):
            return best
        inside = [m for m in inside if not m.country_wide]
    held = {m.start for m in inside if m.reference and any(  # "near Bhalla Kund in Khuzdar district": the spot
        c.container and article.text[m.end : c.start] == " in " for c in inside) and
        pat.NEAR.search(article.text, max(0, m.start - 24), m.start)}
    edge = [m for m in inside if pat.on_edge(article.text, m)]
    apposed = {c.start for c in inside if pat.apposed_to(article.text, edge, c)} if edge else set()
    if apposed:  # "on the outskirts of X, a rural commune of the Y cercle": X, which Y only locates
        held |= {m.start for m in edge}
        inside = [m for m in inside if m.start not in apposed]
    inside = [m for m in inside if not m.container] or inside  # "outside El Geneina, the capital of …"
    usable = [m for m in inside if (not m.reference or m.start in held) and not (refugees and m.after_from)] or \
        [m for m in inside if not m.landmark] or inside
    usable = [m for m in usable if not m.dateline] or usable  # "JUBA, South Sudan — … in Unity state"
    if usable and all(m.place.kind == "country" or (m.after_from and not refugees and not evacuated)
                      for m in usable):  # "a sergeant from Kharkiv, taken prisoner near Bakhmut"
        near = [m for m in inside if m.reference and not m.landmark and m.place.kind != "country"
                and not m.dateline and pat.NEAR.search(article.text, max(0, m.start - 24), m.start)]
        if near:  # "crossed into Chad at the border post near Adre": the town, not only the country
            usable = near
    if usable and all(m.place.kind != "city" for m in usable):
        # "in the desert south of Rutba in Iraq's Anbar province": the town that locates an unnamed
        # spot, not only the province around it
        pointed = [m for m in inside if m.reference and not m.dateline and (m.place.kind == "city" or not (
                   m.place.geonameid or pat.SUFFIX.search(m.surface))) and
                   any(u.place.country == m.place.country for u in usable) and
                   pat.UNNAMED_SPOT.search(article.text, max(0, m.start - 70), m.start) and
                   m.start > anchor and not _OTHER_CLAUSE.search(article.text, anchor, m.start)]
        if pointed:
            usable = pointed
    if refugees:
        usable = [m for m in usable if m.destination] or usable
    listed = [m for m in usable if m.listed >= 2]
    if listed:  # "in Farkhar and Warsaj districts of Takhar province": the province that holds them all
        last = max(listed, key=lambda m: m.start)
        owner = next((m for m in usable if not m.listed and _UNITS_OF_AFTER.fullmatch(article.text, last.end, m.start)), None)
        if owner is not None:
            return owner
    if usable and all(m.listed >= 2 for m in usable) and len({m.place.country for m in usable}) == 1:
        code = usable[0].place.country
        if (region := region_over_list(article, usable)) is not None:  # "in Saharsa and Supaul districts": Bihar
            return usable[0]._replace(surface=region.surface, place=region.place, listed=0, after_in=True)
        wholes = [m for m in article.mentions if not m.listed and (  # a listed place is no whole
            m.place.kind == "country" or (m.place.kind == "region" and m.place.geonameid < 0))]
        name, place = place_fallback.whole_country_name(wholes, code, article.wholes.get(code))
        if place is not None:  # "displaced across Shan, Kachin and Chin states": the country
            first = usable[0]
            return first._replace(surface=name, place=place, listed=0, after_in=True)
    if evacuated:  # people evacuated "from Port Sudan to Jeddah" are counted where they left
        usable = [m for m in usable if m.after_from] or usable

    districts = place_lead.city_districts(usable)  # "in the city of X, … in the Y district": Y

    def key(m: PlaceMention) -> tuple:
        distance = abs(m.start - anchor)
        return (-(3.5 if m.start in districts else place_level.rank(m)), -int(m.after_in), distance)

    if (over := region_over_pair(article.text, article, usable)) is not None:
        return over  # "in Kalar and Chamchamal", two towns of Sulaymaniyah province: the province
    return min(usable, key=key)
