"""Sitrep: a desktop workbench for figures reported in war and crisis news."""

__version__ = "0.1.0"
APP_NAME = "Sitrep"
