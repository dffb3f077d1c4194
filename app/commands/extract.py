"""`sitrep extract` (figures in article files, as JSON or a table) and `sitrep eval` (score against gold)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

FIGURE_FIELDS = (
    "id", "value", "low", "high", "qualifier", "measure", "who", "side", "claimant", "hedged",
    "disputed_by", "place", "lat", "lon", "country", "as_of", "since", "sentence", "start", "end",
    "confidence", "parts_of",
)


def register(sub: argparse._SubParsersAction) -> None:
    ext = sub.add_parser(
        "extract",
        help="print the figures reported in article files (no project needed)",
        description="Clean each file and print every reported figure with its provenance.",
    )
    ext.add_argument("files", nargs="+", metavar="FILE",
                     help="article files (.txt .md .html .pdf), or folders of them")
    ext.add_argument("--published", metavar="YYYY-MM-DD", type=_iso_date,
                     help="publication date to read relative dates against (default: from the file)")
    ext.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ext.set_defaults(func=run_extract)

    ev = sub.add_parser(
        "eval",
        help="score the extractor against a folder of gold files",
        description="Precision, recall and F1 at figure level, per field and per measure.",
    )
    ev.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of NAME.txt|.html + NAME.gold.json")
    ev.add_argument("--json", action="store_true", help="print one JSON object")
    ev.add_argument("--errors", action="store_true", help="also list every miss and wrong field")
    ev.set_defaults(func=run_eval)


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from exc


def read_for_extraction(path: str):
    """The cleaned article, through the ingest readers (raises IngestError)."""
    from app.ingest import read_article

    return read_article(path)


def _value(v):
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return getattr(v, "value", v)


def figure_json(figure) -> dict:
    return {name: _value(getattr(figure, name)) for name in FIGURE_FIELDS}


def document_json(path: str, published: dt.date | None) -> dict:
    from app.extract import extract_figures, infer_published

    article = read_for_extraction(path)
    inferred = bool(getattr(article, "published_inferred", False))
    date = published or article.published
    if published is not None:
        inferred = False
    elif date is None:
        date = infer_published(article.text)
        inferred = date is not None
    figures = extract_figures(article.text, date, article.title)
    return {
        "path": str(path),
        "title": article.title or None,
        "published": date.isoformat() if date else None,
        "published_inferred": inferred,
        "figures": [figure_json(f) for f in figures],
    }


def run_extract(args: argparse.Namespace) -> int:
    from app.ingest import IngestError
    from app.ingest.discovery import iter_article_files

    documents = []
    status = 0
    paths = []
    for given in args.files:
        found = iter_article_files([given])
        if not found:
            print(f"sitrep: {given}: no article files in this folder", file=sys.stderr)
            status = 1
        paths.extend(str(p) for p in found)
    for path in paths:
        try:
            documents.append(document_json(path, args.published))
        except IngestError as exc:
            print(f"sitrep: {path}: {exc}", file=sys.stderr)
            status = 1
    if args.json:
        json.dump({"documents": documents}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for doc in documents:
            print_table(doc)
    return status


def _cell(value, width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(doc: dict) -> None:
    published = doc["published"] or "unknown"
    if doc["published_inferred"]:
        published += " (inferred)"
    print(f"{doc['path']}: {doc['title'] or '(untitled)'} — published {published}")
    if not doc["figures"]:
        print("  no figures found\n")
        return
    columns = (("id", 3), ("evidence", 22), ("qualifier", 13), ("low", 9), ("high", 9),
               ("measure", 10), ("who", 9), ("side", 8), ("claimant", 26), ("place", 16),
               ("cc", 2), ("as_of", 10), ("since", 10), ("part", 4), ("h", 1), ("conf", 4))
    print("  " + " ".join(name.ljust(width) for name, width in columns))
    for f in doc["figures"]:
        evidence = f["sentence"] and _evidence(f)
        row = {
            "id": f["id"], "evidence": evidence, "qualifier": f["qualifier"], "low": f["low"],
            "high": f["high"], "measure": f["measure"], "who": f["who"], "side": f["side"],
            "claimant": f["claimant"], "place": f["place"], "cc": f["country"], "as_of": f["as_of"],
            "since": f["since"], "part": f["parts_of"], "h": "h" if f["hedged"] else "",
            "conf": f"{f['confidence']:.2f}",
        }
        print("  " + " ".join(_cell(row[name], width).ljust(width) for name, width in columns))
        if f["disputed_by"]:
            print(" " * 6 + f"disputed by {f['disputed_by']}")
    print()


def _evidence(f: dict) -> str:
    return f.get("_evidence") or str(f["value"] if f["value"] is not None else f"{f['low']}–{f['high']}")


def gold_pairs(gold_dir: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for gold in sorted(gold_dir.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        for ext in (".txt", ".html", ".htm", ".md"):
            article = gold_dir / f"{stem}{ext}"
            if article.exists():
                pairs.append((article, gold))
                break
    return pairs


def evaluate_dir(gold_dir: Path):
    from app.extract import extract_figures
    from app.extract.evaluation import EvalReport, score_document

    report = EvalReport()
    for article_path, gold_path in gold_pairs(gold_dir):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = read_for_extraction(str(article_path))
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        figures = extract_figures(article.text, published, article.title)
        score_document(report, article_path.name, article.text, gold, figures)
    return report


def run_eval(args: argparse.Namespace) -> int:
    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        print(f"sitrep: {gold_dir} is not a folder", file=sys.stderr)
        return 2
    report = evaluate_dir(gold_dir)
    data = report.as_dict()
    if not args.errors:
        data.pop("errors")
    if args.json:
        json.dump(data, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{data['documents']} documents, {report.figures.gold} gold figures, "
          f"{report.figures.predicted} extracted\n")
    print(f"  {'':<14}{'P':>7}{'R':>7}{'F1':>7}{'acc|match':>11}")
    f = data["figures"]
    print(f"  {'figures':<14}{f['precision']:>7.3f}{f['recall']:>7.3f}{f['f1']:>7.3f}")
    print("  -- fields")
    for name, c in data["fields"].items():
        acc = c["accuracy_on_matched"]
        print(f"  {name:<14}{c['precision']:>7.3f}{c['recall']:>7.3f}{c['f1']:>7.3f}"
              f"{'' if acc is None else f'{acc:>11.3f}'}")
    if data["place_exact_accuracy_on_matched"] is not None:
        print(f"  {'place (exact)':<35}{data['place_exact_accuracy_on_matched']:>11.3f}"
              "   \"Sagaing region\" ≠ \"Sagaing\", \"eastern Chad\" ≠ \"Chad\"")
    if data.get("claimant_exact_accuracy_on_matched") is not None:
        print(f"  {'claimant (where)':<35}{data['claimant_exact_accuracy_on_matched']:>11.3f}"
              "   \"officials in Kyiv\" ≠ \"officials\"")
    print("  -- measures")
    for name, c in data["measures"].items():
        print(f"  {name:<14}{c['precision']:>7.3f}{c['recall']:>7.3f}{c['f1']:>7.3f}"
              f"   ({c['gold']} gold)")
    if args.errors:
        print("\nerrors:")
        for e in report.errors:
            print("  " + json.dumps(e, ensure_ascii=False))
    return 0
