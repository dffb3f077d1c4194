"""Where a figure sits in the place hierarchy town → admin-1 region → country, from the gazetteer.

A figure's own level is its most specific place. Towns get their admin-1 code from GeoNames;
"Donetsk region" gets the admin-1 code of the town it is named after. Named regions that GeoNames
lacks (Donbas, Gaza Strip) have no admin-1 code: they roll up to their country only.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from app.extract.gazetteer import Gazetteer, Place, normalise_name

TOWN, REGION, COUNTRY, UNPLACED = "town", "region", "country", "unplaced"
LEVELS = (TOWN, REGION, COUNTRY, UNPLACED)
_REGION_SUFFIX = re.compile(
    r"\s+(region|oblast|province|district|governorate|state|county|area|krai|raion)$", re.I
)


@dataclass(frozen=True, slots=True)
class Location:
    """A place at one level; `place_id` is the same for every spelling ("UA", "UA.05",
    "UA.05:701822")."""

    level: str
    place_id: str
    name: str
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None

    @property
    def region_id(self) -> str | None:
        return f"{self.country}.{self.admin1}" if self.country and self.admin1 else None


UNPLACED_LOCATION = Location(UNPLACED, "", "(no place)", None)


def _distance(place: Place, lat: float | None, lon: float | None) -> float:
    if lat is None or lon is None:
        return 0.0
    return math.hypot(place.lat - lat, (place.lon - lon) * math.cos(math.radians(lat)))


class PlaceResolver:
    """Resolves (place, country, lat, lon) to a Location, caching answers per instance."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer
        self._cache: dict[tuple, Location] = {}

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer()
        return self._gazetteer

    def country(self, code: str | None) -> Location | None:
        if not code:
            return None
        code = code.upper()
        place = self.gazetteer.country(code)
        name = place.name if place else code
        return Location(COUNTRY, code, name, code, None,
                        place.lat if place else None, place.lon if place else None)

    def region(self, country: str, admin1: str, name: str | None = None) -> Location:
        place_id = f"{country}.{admin1}"
        return Location(REGION, place_id, name or place_id, country, admin1)

    def resolve(self, place: str | None, country: str | None,
                lat: float | None = None, lon: float | None = None) -> Location:
        key = (place, country, lat, lon)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._resolve(place, (country or "").upper() or None, lat, lon)
            self._cache[key] = hit
        return hit

    def _resolve(self, place: str | None, country: str | None,
                 lat: float | None, lon: float | None) -> Location:
        name = (place or "").strip()
        if not name:
            return self.country(country) or UNPLACED_LOCATION
        candidates = self.gazetteer.lookup(name)
        for cand in candidates:
            if cand.kind == "country" and (country is None or cand.country == country):
                return self.country(cand.country)
        country = country or (candidates[0].country if candidates else None)
        suffix = _REGION_SUFFIX.search(name)
        if suffix:
            base = self._nearest(self.gazetteer.lookup(name[: suffix.start()]), country, lat, lon,
                                 kinds=("city",))
            if base is not None and base.admin1:
                return Location(REGION, f"{base.country}.{base.admin1}", name, base.country,
                                base.admin1, lat, lon)
        named_region = self._nearest(candidates, country, lat, lon, kinds=("region",))
        if named_region is not None:
            return Location(REGION, f"{named_region.country}:{normalise_name(named_region.name)}",
                            name, named_region.country, None,
                            lat if lat is not None else named_region.lat,
                            lon if lon is not None else named_region.lon)
        if suffix:
            return Location(REGION, f"{country or ''}:{normalise_name(name)}", name, country,
                            None, lat, lon)
        town = self._nearest(candidates, country, lat, lon, kinds=("city",))
        if town is not None:
            admin1 = town.admin1 or None
            prefix = f"{town.country}.{admin1}" if admin1 else town.country
            return Location(TOWN, f"{prefix}:{town.geonameid}", name, town.country, admin1,
                            lat if lat is not None else town.lat,
                            lon if lon is not None else town.lon)
        return Location(TOWN, f"{country or ''}:{normalise_name(name)}", name, country, None,
                        lat, lon)

    @staticmethod
    def _nearest(candidates, country: str | None, lat: float | None, lon: float | None,
                 kinds: tuple[str, ...]) -> Place | None:
        """The candidate of the right kind in the figure's country nearest its coordinates, or
        the most populous one when it has none."""
        pool = [c for c in candidates
                if c.kind in kinds and (country is None or c.country == country)]
        if not pool:
            return None
        if lat is not None and lon is not None:
            return min(pool, key=lambda c: (_distance(c, lat, lon), -c.population))
        return max(pool, key=lambda c: c.population)

    def hierarchy(self, location: Location) -> list[Location]:
        """The location and every level above it it rolls up into, most specific first."""
        chain = [location]
        if location.level == TOWN and location.admin1 and location.country:
            chain.append(self.region(location.country, location.admin1))
        if location.level in (TOWN, REGION):
            country = self.country(location.country)
            if country is not None:
                chain.append(country)
        return chain
