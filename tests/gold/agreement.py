"""How often a second annotator agrees with the gold on the provenance fields, and how often the
extractor agrees with each.

    python tests/gold/agreement.py            # the held-out set and heldout_second/
    python tests/gold/agreement.py dev        # the dev articles that dev_second/ answers (151–158)

`heldout_second/` and `dev_second/` hold second annotations, made from the guidelines and the
texts with each figure's evidence only, without the gold or the extractor. Shares are over all
figures answered (a figure the extractor missed counts as a disagreement); no example is ever
printed, so the held-out set stays blind.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

FIELDS = ("side", "claimant", "hedged", "disputed_by", "place", "country", "as_of", "since")


def main(split: str = "heldout") -> int:
    from app.commands.extract import gold_pairs, read_for_extraction
    from app.extract import extract_figures
    from app.extract.evaluation import field_equal, locate_evidence, match_figures

    same = {f: {"gold=second": 0, "extractor=gold": 0, "extractor=second": 0} for f in FIELDS}
    total = 0
    for article, gold_path in gold_pairs(HERE / split):
        second_path = HERE / f"{split}_second" / gold_path.name.replace(".gold.json", ".answer.json")
        if not second_path.is_file():
            continue  # dev_second/ answers only some of the dev articles
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        second = json.loads(second_path.read_text(encoding="utf-8"))
        doc = read_for_extraction(str(article))
        figures = extract_figures(doc.text, dt.date.fromisoformat(gold["published"]), doc.title)
        spans = [locate_evidence(doc.text, g["evidence"], g.get("occurrence", 1))
                 for g in gold["figures"]]
        matched = match_figures(figures, spans)
        for i, (g, s) in enumerate(zip(gold["figures"], second["figures"], strict=True)):
            total += 1
            p = figures[matched[i]] if i in matched else None
            for f in FIELDS:
                same[f]["gold=second"] += field_equal(f, s[f], g[f])
                same[f]["extractor=gold"] += p is not None and field_equal(f, getattr(p, f), g[f])
                same[f]["extractor=second"] += p is not None and field_equal(f, getattr(p, f), s[f])
    print(f"{total} {split} figures with a second reading; share on which two readings agree\n")
    print(f"  {'field':<12}{'gold=second':>13}{'extractor=gold':>16}{'extractor=second':>18}")
    for f, counts in same.items():
        shares = (counts["gold=second"] / total, counts["extractor=gold"] / total,
                  counts["extractor=second"] / total)
        print(f"  {f:<12}{shares[0]:>13.2f}{shares[1]:>16.2f}{shares[2]:>18.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
