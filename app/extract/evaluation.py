"""Scores extracted figures against hand-made gold: precision, recall and F1 per figure, field and measure.

Pure: takes texts, gold dictionaries and predicted figures; reading files is the caller's job.
A predicted figure matches a gold one when its [start, end) span overlaps the gold evidence span.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from app.domain import Figure, Measure
from app.extract.gazetteer import normalise_name

FIELDS = ("value", "low", "high", "qualifier", "measure", "who", "side", "claimant", "hedged",
          "disputed_by", "place", "country", "as_of", "since", "parts_of")


def locate_evidence(text: str, evidence: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Span of the `occurrence`-th (1-based) appearance of `evidence` in `text`, or None."""
    pos = -1
    for _ in range(max(1, occurrence)):
        pos = text.find(evidence, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(evidence)


def _norm_text(value) -> str | None:
    if value is None:
        return None
    # Typographic apostrophes first: "Ukraine’s" and "Ukraine's" are one name.
    s = re.sub(r"[^\w\s']", " ", str(value).lower().replace("’", "'").replace("‘", "'"))
    s = re.sub(r"^\s*the\s+", "", s)
    return " ".join(s.split()) or None


# Annotators differ on whether a source keeps where it is ("officials in Kyiv", "doctors at the
# district hospital" or just "officials", "doctors"): claimant and disputed_by score the source
# without a trailing "in/at …"; `claimant_exact` keeps it.
_WHERE = re.compile(r"\s+(?:in|at|near)\s+.*$")
# … and on whether a body's figures are the body ("police data" or "police", "state government
# figures" or "state government"; dev holds both): scored without the data noun, kept by `claimant_exact`
_DATA_NOUN = re.compile(r"(?<=\w)\s+(?:figures|data|records|statistics|numbers|estimates|tallies)$")


def _norm_source(value, keep_where: bool = False) -> str | None:
    s = _norm_text(value)
    if s is None or keep_where:
        return s
    return _DATA_NOUN.sub("", _WHERE.sub("", s) or s)


# Annotators differ on whether they write the unit ("Sagaing region", "Kherson oblast" or just
# "Sagaing"): the place field scores the name without it; `place_exact` keeps it (and the compass word
# below).
_UNIT_WORDS = frozenset("region district province state division oblast governorate county "
                        "department prefecture municipality tehsil raion township territory commune "
                        "ward lga camp camps parish subcounty upazila taluka taluk regency subdistrict subdivision village town "
                        "locality zone woreda kebele".split())


# Annotators differ too on a lower-case compass word before a country or region ("eastern Chad" or
# "Chad", "northern Gaza" or "Gaza"): scored without it; a capitalised one is part of a name
# ("North Kivu", "West Bank") and stays.
_COMPASS = re.compile(r"^(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|central)(?:ern)?\s+(?=\S)")


def norm_place(value, keep_unit: bool = False) -> str | None:
    if value is None:
        return None
    raw = re.sub(r"^\s*the\s+", "", str(value), flags=re.I)
    if not keep_unit and raw[:1].islower():
        raw = _COMPASS.sub("", raw, count=1)
    name = normalise_name(raw)
    words = name.split()
    if not keep_unit and len(words) > 2 and words[-2:] in (["sub", "county"], ["sub", "district"]):
        name = " ".join(words[:-2])  # "Bukalasi sub-county", "Cikidang sub-district"
    elif not keep_unit and len(words) > 1 and words[-1] in _UNIT_WORDS:
        name = " ".join(words[:-1])
    return name or None


def _num_equal(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def _enum(value) -> str | None:
    return None if value is None else getattr(value, "value", value)


def field_equal(name: str, predicted, gold) -> bool:
    if name in ("value", "low", "high"):
        return _num_equal(predicted, gold)
    if name in ("claimant", "disputed_by"):
        return _norm_source(predicted) == _norm_source(gold)
    if name == "side":
        return _norm_text(predicted) == _norm_text(gold)
    if name == "place":
        return norm_place(predicted) == norm_place(gold)
    if name in ("as_of", "since"):
        p = predicted.isoformat() if hasattr(predicted, "isoformat") else predicted
        return p == gold
    if name == "hedged":
        return bool(predicted) == bool(gold)
    return _enum(predicted) == _enum(gold)


@dataclass
class Counts:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "predicted": self.predicted, "gold": self.gold,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class EvalReport:
    documents: int = 0
    figures: Counts = field(default_factory=Counts)
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    matched_accuracy: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    measures: dict[str, Counts] = field(default_factory=lambda: {m.value: Counts() for m in Measure})
    errors: list[dict] = field(default_factory=list)
    place_exact: list[int] = field(default_factory=lambda: [0, 0])  # unit word kept: right, matched
    claimant_exact: list[int] = field(default_factory=lambda: [0, 0])  # "in/at …" kept: right, matched

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "figures": self.figures.as_dict(),
            "place_exact_accuracy_on_matched": round(self.place_exact[0] / self.place_exact[1], 4)
            if self.place_exact[1] else None,
            "claimant_exact_accuracy_on_matched": round(self.claimant_exact[0] / self.claimant_exact[1], 4)
            if self.claimant_exact[1] else None,
            "fields": {k: {**v.as_dict(), "accuracy_on_matched": round(
                self.matched_accuracy[k][0] / self.matched_accuracy[k][1], 4)
                if self.matched_accuracy[k][1] else None} for k, v in self.fields.items()},
            "measures": {k: v.as_dict() for k, v in self.measures.items() if v.gold or v.predicted},
            "errors": self.errors,
        }


def match_figures(predicted: list[Figure], spans: list[tuple[int, int] | None]) -> dict[int, int]:
    """Gold index → predicted index, one to one, largest overlap first."""
    pairs = []
    for gi, span in enumerate(spans):
        if span is None:
            continue
        for pi, fig in enumerate(predicted):
            overlap = min(span[1], fig.end) - max(span[0], fig.start)
            if overlap > 0:
                pairs.append((-overlap, gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _neg, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            out[gi] = pi
            used_g.add(gi)
            used_p.add(pi)
    return out


def score_document(report: EvalReport, name: str, text: str, gold: dict,
                   predicted: list[Figure]) -> None:
    """Add one article's comparison to `report`."""
    report.documents += 1
    gold_figs = gold.get("figures", [])
    spans = [locate_evidence(text, g["evidence"], g.get("occurrence", 1)) for g in gold_figs]
    matches = match_figures(predicted, spans)
    report.figures.tp += len(matches)
    report.figures.predicted += len(predicted)
    report.figures.gold += len(gold_figs)
    for counts in report.fields.values():
        counts.predicted += len(predicted)
        counts.gold += len(gold_figs)
    id_of = {gi: predicted[pi].id for gi, pi in matches.items()}
    for g in gold_figs:
        report.measures[g["measure"]].gold += 1
    for p in predicted:
        report.measures[_enum(p.measure)].predicted += 1
    for gi, g in enumerate(gold_figs):
        if spans[gi] is None:
            report.errors.append({"document": name, "kind": "evidence not in text",
                                  "evidence": g["evidence"]})
        if gi not in matches:
            report.errors.append({"document": name, "kind": "missed", "evidence": g["evidence"],
                                  "measure": g["measure"]})
            continue
        p = predicted[matches[gi]]
        if _enum(p.measure) == g["measure"]:
            report.measures[g["measure"]].tp += 1
        report.place_exact[0] += norm_place(p.place, keep_unit=True) == norm_place(g["place"], True)
        report.place_exact[1] += 1
        report.claimant_exact[0] += _norm_source(p.claimant, True) == _norm_source(g["claimant"], True)
        report.claimant_exact[1] += 1
        for f in FIELDS:
            if f == "parts_of":
                want = None if g["parts_of"] is None else id_of.get(g["parts_of"], -1)
                ok = p.parts_of == want
                shown = (p.parts_of, want)
            else:
                ok = field_equal(f, getattr(p, f), g[f])
                shown = (_enum(getattr(p, f)), g[f])
            report.matched_accuracy[f][1] += 1
            if ok:
                report.fields[f].tp += 1
                report.matched_accuracy[f][0] += 1
            else:
                report.errors.append({"document": name, "kind": "field", "field": f,
                                      "evidence": g["evidence"], "predicted": str(shown[0]),
                                      "gold": str(shown[1])})
    matched_p = set(matches.values())
    for pi, p in enumerate(predicted):
        if pi not in matched_p:
            report.errors.append({"document": name, "kind": "spurious",
                                  "evidence": text[p.start : p.end], "measure": _enum(p.measure),
                                  "sentence": p.sentence[:160]})


def measure_counts(report: EvalReport) -> Counter:
    return Counter({k: v.gold for k, v in report.measures.items()})
