"""Incidents: records about the same real-world event merged, with reasons and source counts.

Pure matching lives in :mod:`~tocsin.incidents.keys`, :mod:`~tocsin.incidents.matcher` and
:mod:`~tocsin.incidents.cluster`; :mod:`~tocsin.incidents.service` stores the result. The store
functions are imported on first use so the matching code needs no database.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_SERVICE = {
    "IncidentBuilder",
    "IncidentFilters",
    "list_incidents",
    "rebuild",
    "split",
    "unsplit",
    "update",
}

__all__ = [
    "IncidentBuilder",
    "IncidentFilters",
    "list_incidents",
    "rebuild",
    "split",
    "unsplit",
    "update",
]


def __getattr__(name: str) -> Any:
    if name in _SERVICE:
        return getattr(import_module("tocsin.incidents.service"), name)
    raise AttributeError(f"module 'tocsin.incidents' has no attribute {name!r}")
