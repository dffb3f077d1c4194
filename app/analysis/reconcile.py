"""Reconciliation: group figures describing the same quantity at the same date and estimate it.

Groups are measure + who + side + place, at the figure's own (most specific) level. Places roll
up town → admin-1 region → country. A region or country uses its own claims at a date when it has
any; only when it has none at that date (and `sum_places` is on) is it estimated as the sum of the
latest estimates of the places directly below it, marked "sum of places". Named regions without an
admin-1 code (Donbas, Gaza Strip) and towns GeoNames cannot place in a region are never added into a
sum, because they may overlap the regions that are. Every tally is read as a running total: dated
estimates form a series and are never added across dates.
"""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from app.analysis.claims import Claim, load_claims
from app.analysis.estimates import Estimate, GroupKey, estimate_from_claims, sum_estimates
from app.analysis.places import COUNTRY, LEVELS, REGION, TOWN, Location, PlaceResolver
from app.domain import ProgressToken
from app.store.figure_query import FigureFilter

_LEVEL_ORDER = {level: i for i, level in enumerate(LEVELS)}


def side_key(side: str | None) -> str | None:
    return " ".join(side.casefold().split()) or None if side else None


@dataclass(slots=True)
class Reconciliation:
    """Every estimate, own claims and roll-ups alike, and the places they are about."""

    estimates: list[Estimate]
    locations: dict[str, Location] = field(default_factory=dict)
    _by_key: dict[GroupKey, list[Estimate]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_key = defaultdict(list)
        for estimate in self.estimates:
            self._by_key[estimate.key].append(estimate)

    def groups(self) -> list[GroupKey]:
        return sorted(self._by_key, key=_sort_key)

    def series(self, key: GroupKey) -> list[Estimate]:
        """The dated estimates of one group in date order (undated ones left out)."""
        return sorted((e for e in self._by_key.get(key, ()) if e.date is not None),
                      key=lambda e: e.date)

    def latest(self, key: GroupKey) -> Estimate | None:
        dated = self.series(key)
        return dated[-1] if dated else None

    def at_level(self, level: str) -> list[Estimate]:
        return [e for e in self.estimates if e.key.level == level]

    def by_id(self) -> dict[int, list[Estimate]]:
        """Which estimates each figure fed, for "why this number?" look-ups."""
        out: dict[int, list[Estimate]] = defaultdict(list)
        for estimate in self.estimates:
            for figure_id in estimate.figure_ids:
                out[figure_id].append(estimate)
        return dict(out)


def _sort_key(key: GroupKey) -> tuple:
    return (key.measure, key.who, key.side or "", _LEVEL_ORDER.get(key.level, 9), key.place_id)


def reconcile(project, spec: FigureFilter = FigureFilter(), *, sum_places: bool = True,
              resolver: PlaceResolver | None = None,
              token: ProgressToken | None = None) -> Reconciliation:
    """Reconcile the non-rejected figures of a project (or engine) that match the table's filter."""
    engine = getattr(project, "engine", project)
    claims = load_claims(engine, spec, token)
    return reconcile_claims(claims, resolver or PlaceResolver(), sum_places=sum_places, token=token)


def reconcile_claims(claims: Iterable[Claim], resolver: PlaceResolver, *,
                     sum_places: bool = True,
                     token: ProgressToken | None = None) -> Reconciliation:
    """Reconcile claims already loaded (the rule is in app.analysis.estimates)."""
    groups: dict[GroupKey, list[Claim]] = defaultdict(list)
    spellings: dict[str, Counter] = defaultdict(Counter)
    resolved: dict[str, Location] = {}
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for n, claim in enumerate(claims):
        if token is not None and n % 10_000 == 0:
            token.check()
        location = resolver.resolve(claim.place, claim.country, claim.lat, claim.lon)
        resolved.setdefault(location.place_id, location)
        if claim.place and location.level != COUNTRY:
            spellings[location.place_id][claim.place.strip()] += 1
        if claim.lat is not None and claim.lon is not None:
            points[location.place_id].append((claim.lat, claim.lon))
        groups[GroupKey(claim.measure, claim.who, side_key(claim.side), location.level,
                        location.place_id)].append(claim)
    locations = {pid: _canonical(loc, spellings.get(pid), points.get(pid))
                 for pid, loc in resolved.items()}

    effective: dict[GroupKey, dict[dt.date | None, Estimate]] = {}
    for key, members in groups.items():
        ids = {c.id for c in members}
        by_date: dict[dt.date | None, list[Claim]] = defaultdict(list)
        for claim in members:
            if claim.parts_of not in ids:
                by_date[claim.date].append(claim)
        effective[key] = {}
        for date, dated in by_date.items():
            estimate = estimate_from_claims(key, locations[key.place_id], date, dated)
            if estimate is not None:
                effective[key][date] = estimate
    if sum_places:
        _roll_up(effective, locations, resolver)

    estimates = [e for per_date in effective.values() for e in per_date.values()]
    estimates.sort(key=lambda e: (_sort_key(e.key), e.date is None, e.date or dt.date.min))
    return Reconciliation(estimates, locations)


def _canonical(location: Location, spelling: Counter | None,
               points: list[tuple[float, float]] | None) -> Location:
    """One name and one point per place: its most used spelling, its figures' median position."""
    name = location.name
    if spelling:
        name = min(spelling.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    lat, lon = location.lat, location.lon
    if points and location.level != COUNTRY:
        lat = statistics.median(p[0] for p in points)
        lon = statistics.median(p[1] for p in points)
    return replace(location, name=name, lat=lat, lon=lon)


def _parent_key(key: GroupKey, level: str, place_id: str) -> GroupKey:
    return GroupKey(key.measure, key.who, key.side, level, place_id)


def _roll_up(effective: dict[GroupKey, dict[dt.date | None, Estimate]],
             locations: dict[str, Location], resolver: PlaceResolver) -> None:
    region_children: dict[GroupKey, set[GroupKey]] = defaultdict(set)
    country_children: dict[GroupKey, set[GroupKey]] = defaultdict(set)
    for key in list(effective):
        loc = locations[key.place_id]
        if not (loc.country and loc.admin1):
            continue
        if key.level == TOWN:
            region = _parent_key(key, REGION, loc.region_id)
            region_children[region].add(key)
            country_children[_parent_key(key, COUNTRY, loc.country)].add(region)
        elif key.level == REGION:
            country_children[_parent_key(key, COUNTRY, loc.country)].add(key)

    towns: dict[str, set[str]] = defaultdict(set)
    for parent, kids in region_children.items():
        towns[parent.place_id].update(k.place_id for k in kids)
    for region_id, town_ids in towns.items():
        if region_id not in locations:
            below = [locations[t] for t in sorted(town_ids)]
            names = ", ".join(sorted({b.name for b in below}))
            region = resolver.region(below[0].country, below[0].admin1, f"{region_id} ({names})")
            locations[region_id] = _centre(region, below)
    for parent, kids in sorted(region_children.items(), key=lambda kv: _sort_key(kv[0])):
        _fill(parent, kids, effective, locations[parent.place_id])
    for parent, kids in sorted(country_children.items(), key=lambda kv: _sort_key(kv[0])):
        if parent.place_id not in locations:
            locations[parent.place_id] = resolver.country(parent.place_id)
        _fill(parent, kids, effective, locations[parent.place_id])


def _centre(location: Location, below: Sequence[Location]) -> Location:
    points = [(b.lat, b.lon) for b in below if b.lat is not None and b.lon is not None]
    if not points or location.lat is not None:
        return location
    return replace(location, lat=statistics.fmean(p[0] for p in points),
                   lon=statistics.fmean(p[1] for p in points))


def _fill(parent: GroupKey, kids: set[GroupKey],
          effective: dict[GroupKey, dict[dt.date | None, Estimate]], location: Location) -> None:
    """Add a "sum of places" estimate to `parent` at each date a place below reports and the
    parent itself has no claim."""
    own = effective.setdefault(parent, {})
    claimed = set(own)
    series: list[tuple[list[dt.date], list[Estimate]]] = []
    for kid in sorted(kids, key=_sort_key):
        dated = sorted((d, e) for d, e in effective.get(kid, {}).items() if d is not None)
        if dated:
            series.append(([d for d, _ in dated], [e for _, e in dated]))
    dates = sorted({d for days, _ in series for d in days})
    for date in dates:
        if date in claimed:
            continue
        parts = []
        for days, estimates in series:
            i = bisect.bisect_right(days, date)
            if i:
                parts.append(estimates[i - 1])
        total = sum_estimates(parent, location, date, parts)
        if total is not None:
            own[date] = total
