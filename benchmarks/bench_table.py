"""Open a synthetic project of M figures in the real figures view (offscreen) and time it.

    python benchmarks/bench_table.py --figures 1000000 [--json] [--project FILE]

Prints open, first paint, scroll-to-end, sort and filter times and peak RSS (and two more
filters: a measure alone, and a rare word). The project is generated once per size into
benchmarks/.cache/ (make_project.py) and reused.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ensure_project(figures: int, path: Path | None) -> Path:
    if path is not None:
        return path
    from make_project import generate

    cache = ROOT / "benchmarks" / ".cache"
    cache.mkdir(exist_ok=True)
    target = cache / f"figures-{figures}.sitrep"
    if not target.exists():
        print(f"generating {target} ...", file=sys.stderr)
        generate(target, max(1, figures // 100), figures)
    return target


def run(project_path: Path) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.store import Project
    from app.store.figure_query import FigureFilter, FigureQuery
    from app.ui.figures_view import FiguresView

    app = QApplication.instance() or QApplication([])
    results: dict[str, float] = {}

    t0 = time.perf_counter()
    project = Project.open(project_path)
    view = FiguresView()
    view.resize(1200, 800)
    view.set_query(FigureQuery(project.engine))
    results["open_s"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    view.show()
    view.table.viewport().repaint()
    app.processEvents()
    results["first_paint_s"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    view.table.scrollToBottom()
    view.table.viewport().repaint()
    app.processEvents()
    results["scroll_end_s"] = time.perf_counter() - t0

    model = view.model
    t0 = time.perf_counter()
    view.table.sortByColumn(model.COLUMNS.index("value"), Qt.SortOrder.DescendingOrder)
    view.table.viewport().repaint()
    app.processEvents()
    results["sort_s"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    model.set_filter(FigureFilter(measures=("killed",), text="officials"))
    view.table.viewport().repaint()
    app.processEvents()
    results["filter_s"] = time.perf_counter() - t0

    results["rows"] = model.rowCount()

    # Beyond the required keys: the same sort under a narrower filter, and a selective text.
    for key, spec in (("filter_measure_s", FigureFilter(measures=("killed",))),
                      ("filter_rare_text_s", FigureFilter(text="Mariupol"))):
        t0 = time.perf_counter()
        model.set_filter(spec)
        view.table.viewport().repaint()
        app.processEvents()
        results[key] = time.perf_counter() - t0

    results["rss_mb"] = peak_rss_mb()
    view.close()
    project.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=100_000)
    parser.add_argument("--project", type=Path, help="use this project instead of generating one")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    results = run(ensure_project(args.figures, args.project))
    results["figures"] = args.figures
    if args.json:
        print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in results.items()}))
        return
    print(f"{'figures':>10} {'open s':>8} {'paint s':>8} {'scroll s':>9} {'sort s':>8} "
          f"{'filter s':>9} {'measure s':>10} {'rare s':>8} {'RSS MB':>8}")
    print(f"{args.figures:>10} {results['open_s']:>8.3f} {results['first_paint_s']:>8.3f} "
          f"{results['scroll_end_s']:>9.3f} {results['sort_s']:>8.3f} {results['filter_s']:>9.3f} "
          f"{results['filter_measure_s']:>10.3f} {results['filter_rare_text_s']:>8.3f} "
          f"{results['rss_mb']:>8.0f}")


if __name__ == "__main__":
    main()
