"""Low / best / high for one quantity at one date, in the manner of UCDP GED, with provenance.

The rule, applied to the claims of one group (measure, who, side, place) at one date:
1. Rejected figures never count. When reviewed (confirmed or edited) figures exist, only they count.
2. A subset (a figure whose `parts_of` parent is in the same group) is not a claim about the group.
3. Each claimant counts once: only its figures from its latest-published article at that date.
4. Credible claims are those neither hedged nor denied; if there are none, all claims are used.
5. best = the median (lower middle) of the claimants' numbers in the strongest tier present:
   exact, else approximately, else bounds (a range's midpoint, an "at least" value). An "at least"
   among the credible claims is a floor: best is raised to the highest credible floor.
6. low = the lowest credible lower bound (exact, approximate, range low, at least, vague), never
   above best; high = the highest upper bound of any claim, hedged or denied included (exact,
   approximate, range high, at most), never below best or low. Vague figures only feed low.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.analysis.claims import LOWER_BOUNDS, Claim
from app.analysis.places import Location
from app.domain import Qualifier

CLAIMS, SUM_OF_PLACES = "claims", "sum of places"
_TIERS = (
    ("exact", frozenset({str(Qualifier.EXACT)})),
    ("approximate", frozenset({str(Qualifier.APPROXIMATELY)})),
    ("bounds", frozenset({str(Qualifier.RANGE)}) | LOWER_BOUNDS),
)


@dataclass(frozen=True, slots=True, order=True)
class GroupKey:
    """The quantity a group of figures describes: measure and who, on which side, where."""

    measure: str
    who: str
    side: str | None
    level: str
    place_id: str


@dataclass(frozen=True, slots=True)
class Estimate:
    """One reconciled number for a group at a date, and the figures each part came from."""

    key: GroupKey
    location: Location
    date: dt.date | None
    low: float | None
    best: float | None
    high: float | None
    basis: str
    rule: str
    low_ids: tuple[int, ...]
    best_ids: tuple[int, ...]
    high_ids: tuple[int, ...]
    figure_ids: tuple[int, ...]
    claimants: tuple[str, ...]
    since: dt.date | None = None
    places: tuple[str, ...] = ()

    @property
    def cumulative(self) -> bool:
        return self.since is not None

    def with_location(self, location: Location) -> Estimate:
        return replace(self, location=location)


def _latest_per_claimant(claims: Sequence[Claim]) -> list[Claim]:
    newest: dict[str, dt.date] = {}
    for claim in claims:
        if claim.published is not None:
            seen = newest.get(claim.claimant_key)
            if seen is None or claim.published > seen:
                newest[claim.claimant_key] = claim.published
    return [c for c in claims
            if c.claimant_key not in newest or c.published == newest[c.claimant_key]]


def _best(credible: Sequence[Claim]) -> tuple[float | None, list[int], str]:
    for tier, qualifiers in _TIERS:
        members = [c for c in credible if c.qualifier in qualifiers and c.point() is not None]
        if not members:
            continue
        by_claimant: dict[str, list[float]] = defaultdict(list)
        for claim in members:
            by_claimant[claim.claimant_key].append(claim.point())
        points = [statistics.median_low(values) for values in by_claimant.values()]
        best = statistics.median_low(points)
        ids = [c.id for c in members if c.point() == best]
        n = len(points)
        what = f"{tier} claim" if n == 1 else f"{n} {tier} claims from distinct claimants"
        return best, ids, f"best = {'the' if n == 1 else 'median of'} {what}"
    return None, [], "no point estimate"


def estimate_from_claims(key: GroupKey, location: Location, date: dt.date | None,
                         claims: Sequence[Claim]) -> Estimate | None:
    """Apply the module's rule to the claims of one group at one date (rejected already gone)."""
    if not claims:
        return None
    notes: list[str] = []
    reviewed = [c for c in claims if c.reviewed]
    pool = reviewed or list(claims)
    if reviewed and len(reviewed) < len(claims):
        notes.append("reviewed figures preferred over unreviewed")
    pool = _latest_per_claimant(pool)
    credible = [c for c in pool if c.firm]
    if not credible:
        credible = pool
        notes.append("only hedged or denied claims")

    best, best_ids, best_note = _best(credible)
    floors = [(c.lower(), c.id) for c in credible
              if c.qualifier in LOWER_BOUNDS and c.lower() is not None]
    if floors:
        floor = max(v for v, _ in floors)
        if best is None or floor > best:
            best = floor
            best_ids = [i for v, i in floors if v == floor]
            best_note += f"; raised to the floor 'at least {floor:g}'"

    lows = [(c.lower(), c.id) for c in credible if c.lower() is not None]
    low, low_ids = _extreme(lows, min, best, best_ids)
    highs = [(c.upper(), c.id) for c in pool if c.upper() is not None]
    high, high_ids = _extreme(highs, max, best, best_ids)
    if high is not None and low is not None and high < low:
        high, high_ids = low, list(low_ids)  # a hedged claim below every credible one

    sinces = Counter(c.since for c in pool if c.since is not None)
    claimants = sorted({c.claimant or "(unattributed)" for c in pool})
    return Estimate(
        key=key, location=location, date=date, low=low, best=best, high=high, basis=CLAIMS,
        rule="; ".join([best_note, *notes]),
        low_ids=tuple(sorted(low_ids)), best_ids=tuple(sorted(set(best_ids))),
        high_ids=tuple(sorted(high_ids)), figure_ids=tuple(sorted(c.id for c in pool)),
        claimants=tuple(claimants),
        since=min(sinces.most_common(), key=lambda kv: (-kv[1], kv[0]))[0] if sinces else None,
    )


def _extreme(pairs: list[tuple[float, int]], pick, best: float | None,
             best_ids: list[int]) -> tuple[float | None, list[int]]:
    """The lowest (or highest) bound, clipped so low <= best <= high, with the ids behind it."""
    if not pairs:
        return best, list(best_ids) if best is not None else []
    value = pick(v for v, _ in pairs)
    if best is not None and pick(value, best) == best and value != best:
        return best, list(best_ids)
    return value, [i for v, i in pairs if v == value]


def sum_estimates(key: GroupKey, location: Location, date: dt.date,
                  parts: Sequence[Estimate]) -> Estimate | None:
    """A roll-up: the latest estimates of the places below, added up, marked "sum of places".

    Places whose estimate has no best (only "at most" or vague claims) are left out and named in
    the rule; None when no place has a best."""
    used = [p for p in parts if p.best is not None]
    if not used:
        return None

    def ids(name: str) -> tuple[int, ...]:
        return tuple(sorted({i for p in used for i in getattr(p, name)}))

    listed = ", ".join(f"{p.location.name} ({p.date.isoformat() if p.date else 'undated'})"
                       for p in used)
    rule = f"sum of the latest estimates of {len(used)} place(s) below: {listed}"
    skipped = [p.location.name for p in parts if p.best is None]
    if skipped:
        rule += f"; left out for want of a best estimate: {', '.join(skipped)}"
    return Estimate(
        key=key, location=location, date=date,
        low=sum(p.low if p.low is not None else p.best for p in used),
        best=sum(p.best for p in used),
        high=sum(p.high if p.high is not None else p.best for p in used),
        basis=SUM_OF_PLACES, rule=rule,
        low_ids=ids("low_ids"), best_ids=ids("best_ids"), high_ids=ids("high_ids"),
        figure_ids=ids("figure_ids"),
        claimants=tuple(sorted({c for p in used for c in p.claimants})),
        since=min((p.since for p in used if p.since), default=None),
        places=tuple(p.key.place_id for p in used),
    )
