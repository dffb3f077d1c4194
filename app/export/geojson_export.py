"""GeoJSON (RFC 7946) FeatureCollection of places with their reconciled estimates.

One Point feature per place ([longitude, latitude], WGS 84, six decimals), or a null geometry when
the place has no coordinates. UTF-8 without a byte-order mark, no "crs" member, no NaN.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select

from app.domain import ProgressToken
from app.export.common import (
    EstimateLike,
    StatusPolicy,
    atomic_output,
    plain_number,
    status_and_filter,
)
from app.store.figure_query import FigureFilter
from app.store.schema import figures

PRECISION = 6


def _number(value: float | None) -> int | float | None:
    return None if value is None else plain_number(value)


def _point(lat: float | None, lon: float | None) -> dict | None:
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return {"type": "Point", "coordinates": [round(lon, PRECISION), round(lat, PRECISION)]}


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _estimate_properties(e: EstimateLike) -> dict:
    return {
        "measure": e.key.measure, "who": e.key.who, "side": e.key.side, "date": _iso(e.date),
        "low": _number(e.low), "best": _number(e.best), "high": _number(e.high),
        "basis": e.basis, "rule": e.rule, "claimants": list(e.claimants), "since": _iso(e.since),
        "best_ids": list(e.best_ids), "low_ids": list(e.low_ids), "high_ids": list(e.high_ids),
        "figure_ids": list(e.figure_ids),
    }


def estimate_features(estimates: Iterable[EstimateLike],
                      token: ProgressToken | None = None) -> list[dict]:
    """A feature per place; `latest` holds the newest estimate per measure/who/side for styling."""
    by_place: dict[str, list[EstimateLike]] = defaultdict(list)
    for n, estimate in enumerate(estimates):
        if token is not None and n % 1000 == 0:
            token.check()
        by_place[estimate.key.place_id].append(estimate)
    features = []
    for place_id, group in by_place.items():
        loc = group[0].location
        ordered = sorted(group, key=lambda e: (e.key.measure, e.key.who, e.key.side or "",
                                               e.date or dt.date.min))
        latest: dict[str, dict] = {}
        for e in ordered:
            if e.date is not None:
                name = "/".join(p for p in (e.key.measure, e.key.who, e.key.side) if p)
                latest[name] = {"date": _iso(e.date), "low": _number(e.low),
                                "best": _number(e.best), "high": _number(e.high),
                                "basis": e.basis}
        features.append({
            "type": "Feature",
            "id": place_id or "unplaced",
            "geometry": _point(loc.lat, loc.lon),
            "properties": {
                "name": loc.name, "level": group[0].key.level, "place_id": place_id,
                "country": loc.country, "admin1": loc.admin1, "latest": latest,
                "estimates": [_estimate_properties(e) for e in ordered],
            },
        })
    return features


def figure_place_features(project, spec: FigureFilter, status: StatusPolicy) -> list[dict]:
    """Without estimates: one feature per place name the figures give, with how many there are."""
    engine = getattr(project, "engine", project)
    query = (
        select(figures.c.place, figures.c.country, func.avg(figures.c.lat),
               func.avg(figures.c.lon), func.count(), func.max(figures.c.as_of))
        .where(*status_and_filter(spec, status, engine.dialect.name))
        .group_by(figures.c.place, figures.c.country)
        .order_by(figures.c.country, figures.c.place)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [
        {"type": "Feature", "id": f"{country or ''}:{place or ''}",
         "geometry": _point(lat, lon),
         "properties": {"name": place, "country": country, "figure_count": count,
                        "latest_as_of": _iso(latest), "estimates": []}}
        for place, country, lat, lon, count, latest in rows
    ]


def export_geojson(project, path: str | os.PathLike[str], spec: FigureFilter = FigureFilter(),
                   token: ProgressToken | None = None, *,
                   status: StatusPolicy = StatusPolicy.NOT_REJECTED,
                   estimates: Iterable[EstimateLike] | None = None) -> int:
    """Write the FeatureCollection; returns the number of features. Pass the estimates of
    `app.analysis.reconcile.reconcile(project, spec)`; without them each feature lists only how
    many figures name the place."""
    if estimates is not None:
        features = estimate_features(estimates, token)
    else:
        features = figure_place_features(project, spec, status)
    collection = {"type": "FeatureCollection", "features": features}
    if token is not None:
        token.report(len(features), len(features), "Writing GeoJSON")
        token.check()
    with atomic_output(path) as temp, open(temp, "w", encoding="utf-8") as handle:
        json.dump(collection, handle, ensure_ascii=False, allow_nan=False, indent=1)
    return len(features)
