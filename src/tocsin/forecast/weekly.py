"""Forecasts for every country pair and conflict family seen by a week's end."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Protocol

from tocsin.forecast.features import unit_features
from tocsin.forecast.rolling import Forecast
from tocsin.signals.levels import Unit
from tocsin.signals.weekly import WeeklyTable

FORECAST_LEVELS = ("pair", "family")


class Forecaster(Protocol):
    horizon_days: int

    def forecast(self, week: date, items: list[tuple[Unit, list[float]]]) -> list[Forecast]: ...


def forecast_week(table: WeeklyTable, week: date, forecaster: Forecaster) -> list[Forecast]:
    """Forecasts from the week starting ``week`` for every pair and family seen by then."""
    units = [
        u
        for key, u in sorted(table.units.items())
        if u.level in FORECAST_LEVELS and table.first_seen[key] <= week + timedelta(days=6)
    ]
    return forecaster.forecast(week, [(u, unit_features(table, u, week)) for u in units])
