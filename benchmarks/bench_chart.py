"""Indicator chart speed with N points: first rendered frame and mean time per pan frame.

    python benchmarks/bench_chart.py --points 1000000 [--series 1] [--pans 30] [--json]

Runs offscreen. The data are N figures spread over three years in one series (or split across
--series claimants), each with a low-high band, so the chart draws a line, two band edges, the
fill between them and, when few enough are in view, the points. A frame is a view change
followed by `grab()`, which paints the whole widget.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

START = np.datetime64("2022-02-24T00:00:00", "s").astype(np.float64)
SPAN_SECONDS = 3 * 365 * 86400.0


def make_series(points: int, series: int, seed: int = 7):
    from app.ui.charts.series import ChartSeries

    rng = np.random.default_rng(seed)
    out = []
    for k, count in enumerate(np.array_split(np.arange(points), series)):
        n = len(count)
        x = START + np.sort(rng.uniform(0, SPAN_SECONDS, n))
        best = 1000.0 + np.cumsum(rng.normal(1.0, 25.0, n)).clip(-900, None)
        best = np.abs(best) + 1
        spread = rng.uniform(0.05, 0.3, n)
        out.append(ChartSeries(
            label=f"Claimant {k + 1}", x=x, best=best, low=best * (1 - spread),
            high=best * (1 + spread), ids=count.astype(np.int64),
        ))
    return out


def _frame(widget, app) -> None:
    app.processEvents()
    widget.grab()


def run(points: int, series: int = 1, pans: int = 30, size=(1200, 700)) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.ui.charts.views import IndicatorChart

    app = QApplication.instance() or QApplication(sys.argv)
    data = make_series(points, series)
    chart = IndicatorChart()
    chart.resize(*size)
    chart.show()
    _frame(chart, app)

    start = time.perf_counter()
    chart.set_series(data, title="Benchmark", unit="killed")
    _frame(chart, app)
    first_frame = time.perf_counter() - start

    x_min = min(float(s.x[0]) for s in data)
    x_max = max(float(s.x[-1]) for s in data)

    def pan(width: float) -> float:
        step = width / pans
        vb = chart.getPlotItem().vb
        vb.setXRange(x_min, x_min + width, padding=0)
        _frame(chart, app)
        times = []
        for i in range(1, pans + 1):
            left = x_min + step * i
            t0 = time.perf_counter()
            vb.setXRange(left, left + width, padding=0)
            _frame(chart, app)
            times.append(time.perf_counter() - t0)
        return float(np.mean(times))

    full = pan(x_max - x_min)
    zoomed = pan((x_max - x_min) / 20)
    shown = sum(layer.points_shown for layer in chart.layers)
    chart.close()
    return {
        "points": points,
        "series": series,
        "first_frame_ms": round(first_frame * 1000, 1),
        "pan_frame_ms": round(full * 1000, 1),
        "zoomed_pan_frame_ms": round(zoomed * 1000, 1),
        "scatter_points_in_last_frame": int(shown),
        "size": list(size),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--series", type=int, default=1)
    parser.add_argument("--pans", type=int, default=30)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = run(args.points, args.series, args.pans)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['points']:>9,} points in {result['series']} series: "
              f"first frame {result['first_frame_ms']} ms, "
              f"pan frame {result['pan_frame_ms']} ms (full range), "
              f"{result['zoomed_pan_frame_ms']} ms (1/20 of the range)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
