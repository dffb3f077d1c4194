"""Open a synthetic project of M figures in the real figures view (offscreen) and time it.

    python benchmarks/bench_table.py --figures 1000000 [--json] [--repeat 3] [--project FILE]

Prints open, first paint, scroll-to-end times and peak RSS, then one row per worst case: each
filter (wide and narrow date ranges, a word in every sentence, a rare word, place, claimant,
measure + status...) applied while the table is sorted by value, descending, and the sort of
every column both ways. `sort_s` and `filter_s` are the slowest of those; `--json` adds them all
under "sorts" and "filters". With --repeat N each case runs N times and the median is kept.
The project is generated once per size into benchmarks/.cache/ (make_project.py) and reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
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


def filter_cases() -> dict[str, object]:
    """The filters timed under a value sort, by name (the first is the one timed since issue 4)."""
    from app.store.figure_query import FigureFilter

    day = dt.date
    return {
        "killed + text 'officials'": FigureFilter(measures=("killed",), text="officials"),
        "text 'officials' (every row)": FigureFilter(text="officials"),
        "text 'Mariupol' (rare)": FigureFilter(text="Mariupol"),
        "as of >= 2023-01-01 (wide)": FigureFilter(date_from=day(2023, 1, 1)),
        "as of 2022-03..2024-07 (widest)": FigureFilter(date_from=day(2022, 3, 1),
                                                       date_to=day(2024, 7, 31)),
        "as of June 2023 (narrow)": FigureFilter(date_from=day(2023, 6, 1),
                                                 date_to=day(2023, 6, 30)),
        "place ~ 'Mariu'": FigureFilter(place="Mariu"),
        "claimant ~ 'UN'": FigureFilter(claimant="UN"),
        "measure killed": FigureFilter(measures=("killed",)),
        "status unreviewed": FigureFilter(statuses=("unreviewed",)),
        "killed + unreviewed": FigureFilter(measures=("killed",), statuses=("unreviewed",)),
        "place + as of + text": FigureFilter(place="Kharkiv", date_from=day(2023, 1, 1),
                                             text="officials"),
    }


def _timed(app, view, action) -> float:
    t0 = time.perf_counter()
    action()
    view.table.viewport().repaint()
    app.processEvents()
    return time.perf_counter() - t0


def run_cases(app, view, repeat: int) -> tuple[dict, dict, dict]:
    """Median seconds per filter case (under value, descending) and per column sort."""
    from PySide6.QtCore import Qt

    from app.store.figure_query import FigureFilter

    model = view.model
    filters: dict[str, float] = {}
    counts: dict[str, int] = {}
    view.table.sortByColumn(model.COLUMNS.index("value"), Qt.SortOrder.DescendingOrder)
    for key, spec in filter_cases().items():
        times = []
        for _ in range(repeat):
            model.set_filter(FigureFilter())
            times.append(_timed(app, view, lambda spec=spec: model.set_filter(spec)))
        filters[key] = statistics.median(times)
        counts[key] = model.rowCount()
    model.set_filter(FigureFilter())
    sorts: dict[str, float] = {}
    orders = (("asc", Qt.SortOrder.AscendingOrder), ("desc", Qt.SortOrder.DescendingOrder))
    for column in model.COLUMNS:
        for name, order in orders:
            times = []
            for _ in range(repeat):
                start = "value" if column == "article" else "article"
                model.sort(model.COLUMNS.index(start))  # a real re-query, not a no-op
                times.append(_timed(app, view, lambda c=column, o=order: view.table.sortByColumn(
                    model.COLUMNS.index(c), o)))
            sorts[f"{column} {name}"] = statistics.median(times)
    return filters, counts, sorts


def run(project_path: Path, repeat: int = 1) -> dict:
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
        results[key] = _timed(app, view, lambda spec=spec: model.set_filter(spec))

    filters, counts, sorts = run_cases(app, view, repeat)
    results["filters"], results["filter_rows"], results["sorts"] = filters, counts, sorts
    results["filter_s"] = max(filters.values())
    results["sort_s"] = max(sorts.values())
    results["rss_mb"] = peak_rss_mb()
    view.close()
    project.close()
    return results


def _rounded(value):
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return round(value, 4) if isinstance(value, float) else value


def print_table(results: dict) -> None:
    print(f"{'figures':>10} {'open s':>8} {'paint s':>8} {'scroll s':>9} {'sort s':>8} "
          f"{'filter s':>9} {'RSS MB':>8}")
    print(f"{results['figures']:>10} {results['open_s']:>8.3f} {results['first_paint_s']:>8.3f} "
          f"{results['scroll_end_s']:>9.3f} {results['sort_s']:>8.3f} {results['filter_s']:>9.3f} "
          f"{results['rss_mb']:>8.0f}")
    print(f"\n{'filter, sorted by value desc':<34} {'rows':>9} {'s':>7}")
    for key, seconds in results["filters"].items():
        print(f"{key:<34} {results['filter_rows'][key]:>9} {seconds:>7.3f}")
    print(f"\n{'sort (no filter)':<34} {'':>9} {'s':>7}")
    for key, seconds in results["sorts"].items():
        print(f"{key:<34} {'':>9} {seconds:>7.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=100_000)
    parser.add_argument("--project", type=Path, help="use this project instead of generating one")
    parser.add_argument("--repeat", type=int, default=1, help="runs per case; the median is kept")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    results = run(ensure_project(args.figures, args.project), max(1, args.repeat))
    results["figures"] = args.figures
    if args.json:
        print(json.dumps(_rounded(results)))
        return
    print_table(results)


if __name__ == "__main__":
    main()
