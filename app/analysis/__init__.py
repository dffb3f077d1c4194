"""Reconciliation of estimates, time series and disagreement detection (plain Python)."""
