"""The map's outlines: simplified Natural Earth lines shipped in resources/boundaries/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.resources import resource_path

BOUNDARIES_FILE = ("boundaries", "natural_earth.npz")


@dataclass(frozen=True, slots=True, eq=False)
class Boundaries:
    """NaN-separated (n, 2) lon/lat float32 arrays: coarse and fine country outlines (coasts
    and land borders) and the borders between first-level regions."""

    countries_coarse: np.ndarray
    countries_fine: np.ndarray
    admin1: np.ndarray

    @classmethod
    def load(cls, path: Path | None = None) -> Boundaries:
        with np.load(path or resource_path(*BOUNDARIES_FILE)) as data:
            return cls(data["countries_coarse"], data["countries_fine"], data["admin1"])
