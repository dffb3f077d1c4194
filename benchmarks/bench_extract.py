"""Extraction speed on one core, side by side with quantulum3, and gold figures each one finds.

    python benchmarks/bench_extract.py --articles 10000 [--json] [--quantulum-sample 500]

articles/s and MB/s are measured in CPU time of this process pinned to one core; the wall-clock
rate is reported beside them (`wall_articles_per_s`). The generated articles reuse templates, so
the extractor's per-phrase caches hit far more often than on real text; one pass over the dev
gold texts (`gold_texts_mb_per_s`), where every sentence is new, is timed first for comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from gen_articles import generate_articles  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold" / "dev"


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except OSError:
            pass


def time_sitrep(texts: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) to extract from `texts` on this one core.

    CPU time is what the extractor itself costs on the core; wall time also counts whatever else
    the machine runs at the same moment, so on a shared machine it is the noisier of the two."""
    from app.extract import extract_figures

    published = dt.date(2024, 3, 14)
    extract_figures(texts[0], published)  # warm up: vocabulary and gazetteer load once
    cpu, wall = time.process_time(), time.perf_counter()
    for text in texts:
        extract_figures(text, published)
    return time.process_time() - cpu, time.perf_counter() - wall


def time_unique_texts() -> dict:
    """CPU time for one pass over the dev gold texts, run before the generated articles: real-style
    text where every sentence is new, so no per-phrase cache helps (the generated articles reuse
    templates, and the caches that last across articles nearly always hit on them)."""
    from app.commands.extract import gold_pairs, read_for_extraction
    from app.extract import extract_figures

    texts = [read_for_extraction(str(a)).text for a, _g in gold_pairs(GOLD_DIR)] if GOLD_DIR.is_dir() else []
    if not texts:
        return {}
    extract_figures("Some 40 people were killed in the town, officials said.", dt.date(2024, 3, 14))
    start = time.process_time()
    for text in texts:
        extract_figures(text, dt.date(2024, 3, 14))
    seconds = time.process_time() - start
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return {"gold_texts": len(texts), "gold_texts_mb_per_s": round(megabytes / seconds, 3)}


def _quantulum():
    warnings.filterwarnings("ignore")
    from quantulum3 import classifier, parser

    # quantulum3 uses its unit classifier whenever scikit-learn can be imported, and that
    # classifier is pickled for an older scikit-learn than the `train` extra installs: run it
    # without, as the test environment (no scikit-learn) always has.
    classifier.USE_CLF = False
    return parser


def time_quantulum(texts: list[str]) -> float:
    parser = _quantulum()
    parser.parse(texts[0][:200])
    start = time.process_time()  # measured the same way as sitrep
    for text in texts:
        parser.parse(text)
    return time.process_time() - start


def gold_recall() -> dict:
    """How many dev gold figures each tool finds (a span overlapping the gold evidence)."""
    from app.commands.extract import gold_pairs, read_for_extraction
    from app.extract import extract_figures
    from app.extract.evaluation import locate_evidence

    parser = _quantulum()
    found = {"gold_figures": 0, "sitrep_found": 0, "quantulum3_found": 0}
    if not GOLD_DIR.is_dir():
        return found
    for article_path, gold_path in gold_pairs(GOLD_DIR):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = read_for_extraction(str(article_path)).text
        published = dt.date.fromisoformat(gold["published"])
        ours = [(f.start, f.end) for f in extract_figures(text, published)]
        theirs = [q.span for q in parser.parse(text)]
        for g in gold["figures"]:
            span = locate_evidence(text, g["evidence"], g.get("occurrence", 1))
            if span is None:
                continue
            found["gold_figures"] += 1
            found["sitrep_found"] += any(s < span[1] and e > span[0] for s, e in ours)
            found["quantulum3_found"] += any(s < span[1] and e > span[0] for s, e in theirs)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--quantulum-sample", type=int, default=500,
                        help="quantulum3 is slow: it runs on the first min(N, this) articles")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    _pin_one_core()

    texts = generate_articles(args.articles, args.seed)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    unique = time_unique_texts()  # first, while no cache holds anything from the generated texts
    ours, ours_wall = time_sitrep(texts)
    sample = texts[: max(1, min(len(texts), args.quantulum_sample))]  # at least one to time
    sample_mb = sum(len(t.encode("utf-8")) for t in sample) / 1e6
    theirs = time_quantulum(sample)
    recall = gold_recall()
    result = {
        "articles": len(texts),
        "mean_article_bytes": round(megabytes * 1e6 / len(texts)),
        "clock": "cpu",  # articles_per_s and mb_per_s: CPU time (time.process_time) on one core
        "articles_per_s": round(len(texts) / ours, 1),
        "mb_per_s": round(megabytes / ours, 3),
        "seconds": round(ours, 2),
        "wall_articles_per_s": round(len(texts) / ours_wall, 1),
        "wall_seconds": round(ours_wall, 2),
        "quantulum3_sample": len(sample),
        "quantulum3_articles_per_s": round(len(sample) / theirs, 1),
        "quantulum3_mb_per_s": round(sample_mb / theirs, 3),
        **unique,
        **recall,
    }
    if unique:  # the same rate counted in articles of the generated size
        result["gold_texts_equiv_articles_per_s"] = round(
            unique["gold_texts_mb_per_s"] * 1e6 / result["mean_article_bytes"], 1)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{result['articles']} generated articles, {result['mean_article_bytes']} bytes each on average,"
          f" one core")
    print(f"quantulum3 ran on the first {len(sample)} of them (it is slow)")
    print(f"sitrep: {result['seconds']} s of CPU time on one core ({result['wall_articles_per_s']} articles/s "
          f"by the wall clock, which also counts other load on the machine)\n")
    print(f"  {'extractor':<12}{'articles/s':>12}{'MB/s':>10}{'dev gold figures found':>26}")
    gold = recall["gold_figures"]
    print(f"  {'sitrep':<12}{result['articles_per_s']:>12}{result['mb_per_s']:>10}"
          f"{recall['sitrep_found']:>18} of {gold}")
    print(f"  {'quantulum3':<12}{result['quantulum3_articles_per_s']:>12}{result['quantulum3_mb_per_s']:>10}"
          f"{recall['quantulum3_found']:>18} of {gold}")
    if unique:
        print(f"\n  sitrep on the {unique['gold_texts']} dev gold texts, one pass, every sentence new: "
              f"{unique['gold_texts_mb_per_s']} MB/s = {result['gold_texts_equiv_articles_per_s']} "
              f"articles/s of the generated size")
    return 0


if __name__ == "__main__":
    sys.exit(main())
