"""Colours shared by the chart and the map: distinct hues that stay readable on white."""

from __future__ import annotations

from PySide6.QtGui import QColor

# Okabe-Ito, safe for the common colour-vision deficiencies, then a few Tableau hues.
PALETTE = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
    "#8C564B", "#7F7F7F", "#BCBD22", "#17BECF",
)


def colour(index: int, alpha: int = 255) -> QColor:
    """The index-th palette colour (cycling), with the given alpha."""
    c = QColor(PALETTE[index % len(PALETTE)])
    c.setAlpha(alpha)
    return c
