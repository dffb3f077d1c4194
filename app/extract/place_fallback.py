"""The article's place as a fallback: a part of the country named by a direction ("western Nepal",
"northern Mali") that the article took as its place stands, for a figure that names no place of
its own, for the country: the figures of a broad story are the country's."""

from __future__ import annotations

from collections import Counter

from app.extract.gazetteer import Place
from app.extract.place_mention import ArticlePlaces, PlaceMention, direction_prefix


def main_for_figure(article: ArticlePlaces) -> PlaceMention | None:
    """`article.main`, or the country it is a direction-named part of, as the article names that country;
    also the country of a main that is only the dateline's city, where the reporter is ("ADEN (Saba) -
    The Ministry of Human Rights said …": Yemen's figures)."""
    main = article.main
    if main is None:
        return None
    dateline_city = main.dateline and main.place.kind != "country"
    if not dateline_city and (main.place.kind != "region" or main.place.geonameid or not direction_prefix(main.surface)):
        return main
    whole = _first_country_mention(article, main.place.country)
    return whole or main


def country_before_main(article: ArticlePlaces, end: int) -> PlaceMention | None:
    """The country, as the article names it before its main place, for a figure whose sentence
    (ending at `end`) stands before the article first names its main place: the figure cannot be
    about a place the reader has not been told of yet."""
    main = article.main
    if main is None or main.dateline or main.start <= end:
        return None
    return _first_country_mention(article, main.place.country, main.start)


def _first_country_mention(article: ArticlePlaces, code: str, before: int | None = None) -> PlaceMention | None:
    """The article's first mention of the country `code` as a whole (before `before`), as a plain place."""
    whole = next((m for m in article.mentions if m.place.country == code and m.place.kind == "country"
                  and not m.country_wide and (before is None or m.start < before)), None)
    return whole._replace(source=False, body=False, possessive=False) if whole is not None else None


def whole_country_name(wholes: list, code: str, fallback: Place | None) -> tuple[str, Place | None]:
    """The country or territory `code` as the article names it most often ("Turkey", "Gaza")."""
    mine = [m for m in wholes if m.place.country == code]
    named = Counter(m.surface for m in mine if m.place.kind == "country") or Counter(m.surface for m in mine)
    if named:
        name = named.most_common(1)[0][0]
        return name, next(m.place for m in mine if m.surface == name)
    return (fallback.name, fallback) if fallback else ("", None)
