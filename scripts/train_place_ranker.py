"""Train the place ranker on the gold set and write resources/models/place_ranker.json.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_place_ranker.py [--gold tests/gold/dev] [--cv] [--test DIR]

Each gold figure the extractor finds gives one row per candidate place (app/extract/place_features),
labelled by whether it is the gold place. `--cv` first reports five-fold cross-validation with the
folds drawn by article, so no article is scored by a model that saw it; `--test DIR` scores a gold
folder the model was not trained on. Both print the share of matched figures whose place is right,
by the rules alone and with the ranker. Training is deterministic: the same gold set and code give
the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.commands.place_training import training_rows  # noqa: E402
from app.extract.pipeline import Extractor  # noqa: E402
from app.extract.place_features import Candidate  # noqa: E402
from app.extract.place_ranker import MODEL_FORMAT, choose, model_path  # noqa: E402

PARAMS = {"max_iter": 200, "learning_rate": 0.1, "max_leaf_nodes": 31, "max_depth": 8, "early_stopping": False,
          "random_state": 0}


def _matrix(entries, features=None):
    from sklearn.feature_extraction import DictVectorizer

    rows = [f for e in entries if e["cands"] for _k, f in e["cands"]]
    labels = np.array([int(k == e["gold"]) for e in entries if e["cands"] for k, _f in e["cands"]])
    vec = DictVectorizer(sparse=False, sort=True)
    if features is None:
        x = vec.fit_transform(rows)
    else:
        vec.fit([{name: 1.0 for name in features}])
        x = vec.transform(rows)
    return x.astype(np.float32), labels, list(vec.feature_names_)


def fit(entries):
    from sklearn.ensemble import HistGradientBoostingClassifier

    x, y, names = _matrix(entries)
    return HistGradientBoostingClassifier(**PARAMS).fit(x, y), names


def accuracy(model, names, entries) -> tuple[float, float]:
    """Share of the entries whose place is right: by the rules, and after the ranker."""
    x, _y, _names = _matrix(entries, names)
    scores = model.decision_function(x) if len(x) else np.zeros(0)
    rules = ranked = k = 0
    for e in entries:
        rules += e["rule"] == e["gold"]
        if not e["cands"]:
            ranked += e["rule"] == e["gold"]
            continue
        part = scores[k : k + len(e["cands"])]
        k += len(e["cands"])
        cands = [Candidate(key, None, f) for key, f in e["cands"]]
        ranked += cands[choose(cands, part, e["rule"])].key == e["gold"]
    n = max(1, len(entries))
    return rules / n, ranked / n


def export(model, names: list[str], entries) -> dict:
    trees, depth = [], 0
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        depth = max(depth, int(nodes["depth"].max()))
        trees.append({"feature": nodes["feature_idx"].tolist(),
                      "threshold": [round(float(t), 6) for t in nodes["num_threshold"]],
                      "left": nodes["left"].tolist(), "right": nodes["right"].tolist(),
                      "leaf": [bool(v) for v in nodes["is_leaf"]],
                      "value": [round(float(v), 6) for v in nodes["value"]]})
    import sklearn

    return {"format": MODEL_FORMAT, "features": names, "depth": depth, "trees": trees,
            "trained": {"articles": len({e["article"] for e in entries}), "figures": len(entries),
                        "model": "HistGradientBoostingClassifier", "params": PARAMS,
                        "scikit_learn": sklearn.__version__}}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default=str(ROOT / "tests" / "gold" / "dev"))
    parser.add_argument("--cv", action="store_true", help="report five-fold cross-validation first")
    parser.add_argument("--test", action="append", default=[], help="a gold folder to score (repeatable)")
    parser.add_argument("--out", default=str(model_path()))
    args = parser.parse_args(argv)
    extractor = Extractor(ranker=None)
    entries = training_rows(Path(args.gold), extractor)
    print(f"{len(entries)} matched figures in {len({e['article'] for e in entries})} articles")
    print(f"{'set':<28}{'figures':>9}{'rules':>8}{'ranker':>8}")
    if args.cv:
        fold_of = {a: i % 5 for i, a in enumerate(sorted({e["article"] for e in entries}))}
        right = [0.0, 0.0]
        for k in range(5):
            train = [e for e in entries if fold_of[e["article"]] != k]
            test = [e for e in entries if fold_of[e["article"]] == k]
            model, names = fit(train)
            r, m = accuracy(model, names, test)
            right[0] += r * len(test)
            right[1] += m * len(test)
        print(f"{'five-fold, by article':<28}{len(entries):>9}{right[0] / len(entries):>8.3f}"
              f"{right[1] / len(entries):>8.3f}")
    model, names = fit(entries)
    for folder in args.test:
        test = training_rows(Path(folder), extractor)
        r, m = accuracy(model, names, test)
        print(f"{Path(folder).name[:27]:<28}{len(test):>9}{r:>8.3f}{m:>8.3f}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(export(model, names, entries), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB, {len(names)} features, {len(model._predictors)} trees)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
