"""A headline that puts the event in a city of the country the article is about ("31 killed in
X crackdown", "protests in X turn deadly"): the city is the event's place, not the whole country,
when the lead names the country only."""

from __future__ import annotations

from app.extract.place_mention import PlaceMention


def headline_city(mentions: list[PlaceMention], headline_end: int, main: PlaceMention | None) -> PlaceMention | None:
    """The city the headline puts the event in ("killed in X"), for a `main` that is its country."""
    if main is None or main.place.kind != "country" or headline_end <= 0:
        return main
    cities = [m for m in mentions if m.end <= headline_end and m.after_in and m.place.kind == "city" and
              m.place.country == main.place.country and not m.source and not m.reference and not m.dateline]
    if len({m.surface for m in cities}) != 1:
        return main
    later = [m for m in mentions if m.start > headline_end and m.surface == cities[0].surface and m.after_in]
    return cities[0] if later else main  # the body puts the event there too
