"""The place ranker: a model trained offline on the gold set that weighs, for each figure, the
place the rules chose against the other places the article names near it (place_features).

Why: rules written from read errors fix the articles they were read on, but moved articles nobody
had read by 0–2 figures in 400 (docs/EXTRACTION.md, 1.25.0). A ranker trained on the features
of place_features, which include the rules' choice, learns how far to trust it and when a place
nearer the figure, finer or named in the lead is the one an annotator would write.

The model is a set of gradient-boosted decision trees trained by scripts/train_place_ranker.py
(scikit-learn, a `train` extra, never needed at run time) and shipped as plain JSON in
resources/models/place_ranker.json. Running it needs only numpy: every figure's candidates are
scored at once, all trees walked level by level. It is deterministic, and the features each
decision rests on are named, readable indicators.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from app.domain import Figure
from app.extract.evaluation import norm_place
from app.extract.place_features import Candidate, article_view, candidates
from app.resources import resource_path

log = logging.getLogger(__name__)
MODEL_FORMAT = 1
_AGAINST_THE_NUMBER = frozenset({"sb_adjacent", "labels_line"})


class PlaceRanker:
    """Scores candidate places by the trees of a trained model, in the form
    scripts/train_place_ranker.py writes (`export`): feature names, and per tree its nodes' feature,
    threshold, left and right child, leaf flag and value."""

    def __init__(self, model: dict) -> None:
        if model.get("format") != MODEL_FORMAT:
            raise ValueError(f"place ranker model format {model.get('format')!r}, expected {MODEL_FORMAT}")
        self.features: list[str] = list(model["features"])
        self.index = {name: j for j, name in enumerate(self.features)}
        trees = model["trees"]
        if any(not leaf and t != 0.5 for tree in trees for t, leaf in zip(tree["threshold"], tree["leaf"])):
            raise ValueError("place ranker model splits a feature at other than 0.5: features are indicators")
        # All trees in one flat table of nodes: node k tests feature[k] and goes on to child[2k]
        # when it is absent, child[2k + 1] when present; a leaf leads to itself.
        feature, child, value, roots = [], [], [], []
        for tree in trees:
            base = len(feature)
            roots.append(base)
            for k, leaf in enumerate(tree["leaf"]):
                feature.append(0 if leaf else tree["feature"][k])
                child += [base + k, base + k] if leaf else [base + tree["left"][k], base + tree["right"][k]]
                value.append(tree["value"][k] if leaf else 0.0)
        self.feature = np.asarray(feature, np.intp)
        self.child = np.asarray(child, np.intp)
        self.value = np.asarray(value, np.float64)
        self.roots = np.asarray(roots, np.intp)
        self.depth = int(model["depth"])

    @classmethod
    def load(cls, path: Path) -> PlaceRanker:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def scores(self, rows: list[dict[str, float]]) -> np.ndarray:
        """One score per row of features; higher is likelier the annotator's place."""
        width, index = len(self.features), self.index
        present = [i * width + j for i, row in enumerate(rows) for name, v in row.items()
                   if v > 0.5 and (j := index.get(name)) is not None]
        flat = np.zeros(len(rows) * width, np.uint8)
        flat[present] = 1
        offset = (np.arange(len(rows), dtype=np.intp) * width)[:, None]
        node = np.broadcast_to(self.roots, (len(rows), len(self.roots))).copy()
        for level in range(self.depth):
            on = flat.take(offset + self.feature.take(node)).astype(np.intp)
            after = self.child.take(2 * node + on)
            if level % 4 == 3 and np.array_equal(after, node):
                break  # every row has reached a leaf of every tree
            node = after
        return self.value.take(node).sum(axis=1)

    def rerank(self, art, figures: list[Figure]) -> None:
        """Move each figure to the place the model scores above the rules' choice. A figure the
        rules left without a place (two countries, at sea, both sides of a border) keeps none, and
        so does one whose place the rules built from no mention (a division named by the text)."""
        if len({m.surface for m in art.places.mentions}) < 2:
            return  # one place named, or none: nothing to weigh
        view = article_view(art)
        jobs = []
        for fig in figures:
            rule_key = norm_place(fig.place)
            if rule_key is None or rule_key not in view.groups:
                continue
            measure = getattr(fig.measure, "value", fig.measure)
            jobs.append((fig, rule_key, candidates(art, view, fig.start, fig.end, measure, rule_key)))
        if not jobs:
            return
        scores = self.scores([c.features for _fig, _key, cands in jobs for c in cands])
        k = 0
        for fig, rule_key, cands in jobs:
            part = scores[k : k + len(cands)]
            k += len(cands)
            best = choose(cands, part, rule_key)
            if cands[best].key != rule_key:
                _move(fig, cands[best].mention)


def choose(cands: list[Candidate], scores, rule_key: str) -> int:
    """Which candidate the figure takes: the best scored, unless the rules' choice scores as well,
    is written against the number ("Shikarpur three") or labels its line ("Bohol: 5 dead;
    2 missing"): shapes too rare in the gold set for a model to learn, that the rules read well."""
    rule = next(i for i, c in enumerate(cands) if c.key == rule_key)
    best = int(np.argmax(scores))
    written_against = cands[rule].features.keys() & _AGAINST_THE_NUMBER
    if scores[best] <= scores[rule] or written_against:
        return rule
    return best


def _move(fig: Figure, mention) -> None:
    """Give the figure the place of `mention`."""
    surface = mention.surface
    fig.place = surface.title() if surface.isupper() else surface
    located = bool(mention.place.country)
    fig.lat = mention.place.lat if located else None
    fig.lon = mention.place.lon if located else None
    fig.country = mention.place.country if located else None


def model_path() -> Path:
    return resource_path("models", "place_ranker.json")


def load_place_ranker() -> PlaceRanker | None:
    """The bundled model, or None (and a warning: places are then the rules' alone) when it is
    missing or unreadable."""
    path = model_path()
    try:
        return PlaceRanker.load(path)
    except (OSError, ValueError, KeyError) as exc:
        log.warning("place ranker not loaded from %s (%s): places come from the rules alone", path, exc)
        return None
