"""A place named in an article, and the article's places with a look-up by position."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from app.extract.gazetteer import Place

KIND_RANK = {"city": 3, "region": 2, "country": 1}


def direction_prefix(surface: str) -> str:
    """ "central Gaza" → "central ": the direction word a region's name starts with, if any."""
    first, _, rest = surface.partition(" ")
    return first + " " if rest and first[:1].islower() else ""


class PlaceMention(NamedTuple):
    start: int
    end: int
    surface: str
    place: Place
    reference: bool
    after_in: bool
    after_from: bool = False
    possessive: bool = False
    source: bool = False
    landmark: bool = False  # locates another place: "30 km north of Hama"
    container: bool = False  # contains the place named just before it: "Nuseirat camp in central Gaza"
    dateline: bool = False  # "ISTANBUL (Reuters) —": where the reporter is, the place only by default
    country_wide: bool = False  # implied, not named: "nationwide", "in the north", "across the region"
    destination: bool = False  # "fled into Chad", "arrived in Poland": where refugees went
    listed: int = 0  # one of a list of this many places of one country: "across Shan, Kachin and Chin states"
    group_part: bool = False  # where part of the counted group is: "75 died, most of them in Sindh"
    held: bool = False  # where prisoners are held ("in Israeli prisons"): only for the number it follows
    body: bool = False  # names the body that gives the figure: "the Gaza health ministry", "Turkey's disaster agency"
    seat: bool = False  # the office of the source: "the governor of the Donetsk region said" (a place only if no other)

    @property
    def rank(self) -> float:
        """City 3, region 2, country 1; a country's part named by a direction ("northwest Syria",
        "eastern Sudan") ranks between: it is broader than a state or province named in it."""
        if self.place.kind == "region" and not self.place.geonameid and direction_prefix(self.surface):
            return 1.5
        return KIND_RANK.get(self.place.kind, 1)

    def made_part_of(self, whole: Place) -> PlaceMention:
        """This name as a place of `whole`'s country at `whole`'s coordinates, not the namesake abroad
        the gazetteer offered ("the Brooklyn neighbourhood" in Haiti, "Kani township" in Sagaing)."""
        return self._replace(place=self.place._replace(geonameid=0, country=whole.country, lat=whole.lat,
                                                       lon=whole.lon, population=0))


@dataclass(slots=True)
class ArticlePlaces:
    mentions: list[PlaceMention]
    main: PlaceMention | None
    countries: Counter
    starts: list[int] = field(default_factory=list)
    text: str = ""
    wholes: dict = field(default_factory=dict)  # the countries of listed places, by code, for a figure over a list

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[PlaceMention]:
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, i)
        return [m for m in self.mentions[i:j] if m.end <= end]
