"""The article's place as a fallback: a part of the country named by a direction ("western Nepal",
"northern Mali") that the article took as its place stands, for a figure that names no place of
its own, for the country: the figures of a broad story are the country's."""

from __future__ import annotations

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
    wholes = [m for m in article.mentions if m.place.country == main.place.country and m.place.kind == "country"
              and not m.country_wide]
    return wholes[0]._replace(source=False, body=False, possessive=False) if wholes else main


def country_before_main(article: ArticlePlaces, end: int) -> PlaceMention | None:
    """The country, as the article names it before its main place, for a figure whose sentence
    (ending at `end`) stands before the article first names its main place: the figure cannot be
    about a place the reader has not been told of yet."""
    main = article.main
    if main is None or main.dateline or main.start <= end:
        return None
    wholes = [m for m in article.mentions if m.place.country == main.place.country and m.place.kind == "country"
              and not m.country_wide and m.start < main.start]
    return wholes[0]._replace(source=False, body=False, possessive=False) if wholes else None
