"""Alerts: escalation against each dyad's own baseline, and forecasts over their thresholds,
at three levels of dyad, repeats merged, each with the evidence behind it.

The store functions are imported on first use so the detectors need no database.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from tocsin.alerts.model import LEVELS, Alert, Evidence
from tocsin.alerts.units import scan_dyads

_SERVICE = {"detect", "list_alerts", "save_alerts"}

__all__ = [
    "LEVELS",
    "Alert",
    "Evidence",
    "detect",
    "list_alerts",
    "save_alerts",
    "scan_dyads",
]


def __getattr__(name: str) -> Any:
    if name in _SERVICE:  # the store functions need the database layer
        return getattr(import_module("tocsin.alerts.service"), name)
    raise AttributeError(f"module 'tocsin.alerts' has no attribute {name!r}")
