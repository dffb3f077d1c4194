"""Two-country stories: which side of the border a figure is on. A figure "on both sides" covers
both countries (no place, no country); one "on the Israeli side", or in a paragraph that opens
"Inside Congo," / "On the Cambodian side," / "In Russia,", is in that country, whatever country
the article's main place is in."""

from __future__ import annotations

import re

from app.extract.place_mention import ArticlePlaces, PlaceMention

# "on both sides (of the border)", "on either side of the frontier", "across the two countries"
BOTH = re.compile(r"\b(?:on|from|along)\s+(?:both|either)\s+sides?\b|\bacross\s+(?:both|the\s+two)\s+"
                  r"(?:countries|nations|sides)\b|\bon\s+each\s+side\b", re.IGNORECASE)
# "on the Israeli side (of the border)"
SIDE = re.compile(r"\bon\s+the\s+([A-Z][a-z]+)\s+side\b")
# A paragraph that opens by naming its side: "Inside Congo,", "In Russia,", "On the Afghan side,"
OPENER = re.compile(r"(?:Inside|In|Across\s+the\s+border\s+in)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*,|"
                    r"On\s+the\s+([A-Z][a-z]+)\s+side\b")


def both_sides(text: str, anchor: int, end: int) -> bool:
    """The figure's own stretch, after it, says it covers both sides ("killing 11 on both sides")."""
    stretch = text[anchor:end]
    return ("side" in stretch or "two" in stretch) and BOTH.search(stretch) is not None


# Adjectives no stem rule reaches
_IRREGULAR = {"French": "France", "British": "Britain", "Dutch": "Netherlands", "Greek": "Greece", "Spanish": "Spain",
              "Turkish": "Turkey", "Cypriot": "Cyprus", "Maltese": "Malta", "Welsh": "Wales", "Irish": "Ireland"}


def country_of(article: ArticlePlaces, word: str) -> PlaceMention | None:
    """The article's mention of the country `word` names, as a name ("Congo") or an adjective
    of nationality ("Ugandan", "Afghan", "Lebanese", "Thai", "Polish")."""
    stems = {word, word[:-1], word[:-2], word[:-3], word[:-4], word[:-3] + "on", word[:-3] + "a",
             word[:-2] + "a", word + "istan", word + "land", word[:-1] + "e",
             word[:-3] + "and", word[:-4] + "land", word[:-3] + "en", _IRREGULAR.get(word, word)}  # "Polish", "Swedish"
    for m in article.mentions:
        if m.place.kind == "country" and not m.possessive and (m.surface in stems or m.place.name in stems):
            return m._replace(start=m.start, after_in=True, reference=False, source=False, destination=False,
                              after_from=False, dateline=False)
    return None


def side_country(text: str, article: ArticlePlaces, start: int, end: int,
                 paragraph: int) -> PlaceMention | None:
    """The country the figure's sentence [start, end) puts it on ("on the Israeli side"), else the
    one its paragraph (opening at `paragraph`) opens with."""
    if "side" in text[start:end]:
        m = SIDE.search(text, start, end)
        if m is not None:
            return country_of(article, m.group(1))
    m = OPENER.match(text, paragraph)
    if m is not None:
        return country_of(article, m.group(1) or m.group(2))
    return None


def on_side(text: str, article: ArticlePlaces, place: PlaceMention | None, start: int, end: int,
            paragraph: int, refugees: bool, after: tuple[int, int] | None = None) -> PlaceMention | None:
    """The figure's place in the country its side marker names: a whole country or no place
    becomes that country; a place the gazetteer did not know, or a town of the same name on the
    other side ("Inside Congo, … a shell hit the market in Bunagana"), is that country's. A place
    the figure is said to be in right after it (`after`: its stretch from the number on) stays."""
    if refugees or article.main is None:
        return place
    if place is not None and place.after_in and after is not None and after[0] <= place.start < after[1]:
        return place  # "4,000 killed in Lebanon, while … 80 on the Israeli side": its own place stays
    side = side_country(text, article, start, end, paragraph)
    if side is None or (place is not None and place.place.country == side.place.country and
                        (start <= place.start < end or place.after_in and not place.source)):
        return place
    if place is None or place.place.kind == "country" or place.place.country == side.place.country and \
            SIDE.search(text, start, end) is not None:
        return side  # ("… deaths on the Polish side": not the Podlaskie of the masthead)
    if place.start >= paragraph and (not place.place.name or place.place.kind == "city"):
        return place._replace(place=place.place._replace(country=side.place.country))
    return place
