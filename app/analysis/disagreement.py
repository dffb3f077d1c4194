"""Contested groups: claimants whose figures for the same quantity at about the same date differ by
more than a factor, or claims another party denies. Feeds the "Contested" view.

Two claims conflict when the values each allows cannot be brought within `factor` of each other:
exact 300 and exact 500 differ by 1.67; "at least 500" and exact 300 by 1.67 too; "at least 500"
and exact 1,000 do not conflict. Only claims by different claimants, dated within `window_days`
of each other and counting from the same start ("since") are compared.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from app.analysis.claims import Claim, load_claims
from app.analysis.estimates import GroupKey
from app.analysis.places import Location, PlaceResolver
from app.analysis.reconcile import side_key
from app.domain import ProgressToken
from app.store.figure_query import FigureFilter

DEFAULT_FACTOR = 1.5
DEFAULT_WINDOW_DAYS = 7
MAX_CONFLICTS = 500  # per group; the Contested view lists the worst


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One claim as the Contested view lists it."""

    figure_id: int
    claimant: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    date: dt.date | None
    since: dt.date | None
    hedged: bool
    disputed_by: str | None
    status: str
    sentence: str
    article: str
    place: str | None


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two claims too far apart: `ratio` is how far (infinite when one says zero)."""

    first_id: int
    second_id: int
    ratio: float
    days_apart: int


@dataclass(frozen=True, slots=True)
class ContestedGroup:
    key: GroupKey
    location: Location
    reasons: tuple[str, ...]
    claims: tuple[ClaimView, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def max_ratio(self) -> float:
        return max((c.ratio for c in self.conflicts), default=1.0)

    @property
    def denied(self) -> bool:
        return any(c.disputed_by for c in self.claims)


def _view(claim: Claim) -> ClaimView:
    return ClaimView(claim.id, claim.claimant or "(unattributed)", claim.value, claim.low,
                     claim.high, claim.qualifier, claim.date, claim.since, claim.hedged,
                     claim.disputed_by, claim.status, claim.sentence, claim.article, claim.place)


def _speaker(claim: Claim) -> str:
    """Unattributed figures speak for their article's outlet, so two of them can disagree."""
    return claim.claimant_key if claim.claimant else f"(article {claim.document_id})"


def gap_ratio(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How many times apart the closest values two intervals allow are (1.0 when they overlap)."""
    (a_lo, a_hi), (b_lo, b_hi) = a, b
    if a_hi < b_lo:
        small, big = a_hi, b_lo
    elif b_hi < a_lo:
        small, big = b_hi, a_lo
    else:
        return 1.0
    return math.inf if small <= 0 else big / small


def find_contested(project, spec: FigureFilter = FigureFilter(), *,
                   factor: float = DEFAULT_FACTOR, window_days: int = DEFAULT_WINDOW_DAYS,
                   resolver: PlaceResolver | None = None,
                   token: ProgressToken | None = None) -> list[ContestedGroup]:
    """Contested groups among the project's non-rejected figures matching the filter."""
    engine = getattr(project, "engine", project)
    return contested_from_claims(load_claims(engine, spec, token), resolver or PlaceResolver(),
                                 factor=factor, window_days=window_days)


def contested_from_claims(claims: Iterable[Claim], resolver: PlaceResolver, *,
                          factor: float = DEFAULT_FACTOR,
                          window_days: int = DEFAULT_WINDOW_DAYS) -> list[ContestedGroup]:
    if factor < 1:
        raise ValueError("the disagreement factor must be at least 1")
    groups: dict[GroupKey, list[Claim]] = defaultdict(list)
    locations: dict[str, Location] = {}
    for claim in claims:
        location = resolver.resolve(claim.place, claim.country, claim.lat, claim.lon)
        locations.setdefault(location.place_id, location)
        groups[GroupKey(claim.measure, claim.who, side_key(claim.side), location.level,
                        location.place_id)].append(claim)
    contested = []
    for key, members in groups.items():
        found = _contested_group(key, locations[key.place_id], members, factor, window_days)
        if found is not None:
            contested.append(found)
    contested.sort(key=lambda g: (-g.max_ratio, not g.denied, g.key))
    return contested


def _contested_group(key: GroupKey, location: Location, members: list[Claim], factor: float,
                     window_days: int) -> ContestedGroup | None:
    ids = {c.id for c in members}
    members = [c for c in members if c.parts_of not in ids]
    reasons: list[str] = []
    involved: set[int] = set()
    for claim in members:
        if claim.disputed_by:
            reasons.append(f"{claim.claimant or 'an unattributed claim'} is denied by "
                           f"{claim.disputed_by} (figure {claim.id})")
            involved.add(claim.id)
    conflicts, total = _conflicts(members, factor, window_days)
    for conflict in conflicts:
        involved.update((conflict.first_id, conflict.second_id))
    if conflicts:
        worst = conflicts[0].ratio
        shown = "infinity (one claim is zero)" if math.isinf(worst) else f"{worst:.3g}"
        more = f"; {total} conflicting pairs, the worst {len(conflicts)} listed" \
            if total > len(conflicts) else ""
        reasons.insert(0, f"claimants differ by a factor of {shown} (threshold {factor:g}) "
                          f"within {window_days} days{more}")
    if not reasons:
        return None
    views = tuple(_view(c) for c in sorted(members, key=lambda c: (c.date or dt.date.max, c.id))
                  if c.id in involved)
    return ContestedGroup(key, location, tuple(reasons), views, tuple(conflicts))


def _conflicts(members: list[Claim], factor: float,
               window_days: int) -> tuple[list[Conflict], int]:
    """Conflicting pairs, worst first (at most MAX_CONFLICTS), and how many there are in all.

    Claims sorted by date are compared with the claim k places later, for k = 1, 2, ... as long
    as some pair is still within the window: numpy does each k in one pass."""
    dated = sorted((c for c in members if c.date is not None and c.interval() is not None),
                   key=lambda c: (c.date, c.id))
    if len(dated) < 2:
        return [], 0
    speakers: dict[str, int] = {}
    speaker = np.array([speakers.setdefault(_speaker(c), len(speakers)) for c in dated])
    starts: dict[dt.date | None, int] = {None: -1}
    since = np.array([starts.setdefault(c.since, len(starts)) for c in dated])
    days = np.array([c.date.toordinal() for c in dated])
    lo = np.array([c.interval()[0] for c in dated], dtype=np.float64)
    hi = np.array([c.interval()[1] for c in dated], dtype=np.float64)
    firsts, seconds, ratios = [], [], []
    for k in range(1, len(dated)):
        near = days[k:] - days[:-k] <= window_days
        if not near.any():
            break
        comparable = near & (speaker[k:] != speaker[:-k]) & (
            (since[k:] == since[:-k]) | (since[k:] == -1) | (since[:-k] == -1))
        with np.errstate(invalid="ignore", divide="ignore"):
            later_above = lo[k:] > factor * hi[:-k]
            earlier_above = lo[:-k] > factor * hi[k:]
            ratio = np.where(later_above, lo[k:] / hi[:-k], lo[:-k] / hi[k:])
        pairs = np.flatnonzero(comparable & (later_above | earlier_above))
        firsts.append(pairs)
        seconds.append(pairs + k)
        ratios.append(ratio[pairs])
    if not firsts:
        return [], 0
    first, second, ratio = (np.concatenate(a) for a in (firsts, seconds, ratios))
    order = np.lexsort((first, -ratio))[:MAX_CONFLICTS]
    conflicts = [
        Conflict(dated[i].id, dated[j].id, float(r), int(days[j] - days[i]))
        for i, j, r in zip(first[order].tolist(), second[order].tolist(), ratio[order].tolist())
    ]
    return conflicts, len(first)
