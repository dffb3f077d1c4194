"""The place ranker's training rows, read from a gold folder: one entry per gold figure the rules
find, with the gold place, the rules' place and every candidate's features (app/extract/place_features).
Used by scripts/train_place_ranker.py and by the test that checks the bundled model against the code."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from app.commands.extract import gold_pairs, read_for_extraction
from app.extract.evaluation import locate_evidence, match_figures, norm_place
from app.extract.pipeline import Extractor
from app.extract.place_features import article_view, candidates


def training_rows(gold_dir: Path, extractor: Extractor, step: int = 1) -> list[dict]:
    """Entries {article, gold, rule, cands}: `cands` is a list of (place key, features), or None
    for a figure the ranker leaves alone (no place, or one the rules built from no mention).
    `step` > 1 reads every step-th article only."""
    out = []
    for article_path, gold_path in gold_pairs(gold_dir)[::step]:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = read_for_extraction(str(article_path))
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        art, figures = extractor.extract_by_rules(article.text, published, article.title)
        if not figures:
            continue
        view = article_view(art)
        golds = gold["figures"]
        spans = [locate_evidence(article.text, g["evidence"], g.get("occurrence", 1)) for g in golds]
        for gi, pi in sorted(match_figures(figures, spans).items()):
            fig = figures[pi]
            rule_key, gold_key = norm_place(fig.place), norm_place(golds[gi]["place"])
            entry = {"article": article_path.name, "gold": gold_key, "rule": rule_key, "cands": None}
            if rule_key is not None and rule_key in view.groups:
                entry["cands"] = [(c.key, c.features) for c in
                                  candidates(art, view, fig.start, fig.end, fig.measure.value, rule_key)]
            out.append(entry)
    return out
