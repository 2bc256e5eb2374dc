"""Unit rows of deadly incidents, for the signal, surge, alert and forecast tests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from tocsin.signals.levels import Unit
from tocsin.signals.units import UnitRow


def deadly_row(
    incident: str,
    day: date,
    killed: int,
    units: Iterable[Unit],
    country: str,
    happened: float = 1.0,
) -> UnitRow:
    """An attack that happened (or, with ``happened`` 0, did not) with ``killed`` deaths."""
    return UnitRow(
        incident_id=incident,
        day=day,
        units=tuple(units),
        country=country,
        event="ASSAULT",
        quad_class=4,
        goldstein=-10.0,
        happened=happened,
        risk=0.0,
        denied=False,
        killed=killed,
        n_sources=1,
        interstate=False,
    )
