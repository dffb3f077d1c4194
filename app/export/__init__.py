"""Exports: CSV, XLSX, GeoJSON, HXL, charts and reports (plain Python)."""
