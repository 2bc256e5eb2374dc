"""A reference forecast from the truth's own past: what perfect coding of the deaths could give.

tocsin's forecasts read tocsin's coding. To tell a weak coding from a target that is hard to
forecast at all, a backtest against truth also scores a **persistence forecast**: the same
rolling-origin logistic regression (:class:`tocsin.forecast.rolling.RollingForecaster`, same
penalty, same horizon, fit on the past only) on the truth's own weekly deaths of each unit —
this week's, the mean of the 4 weeks to this one and the mean of the 26 weeks to this one
(:data:`PERSISTENCE_FEATURES`, on a log scale). It is issued for the same units and weeks as
tocsin's forecasts and reads no week after the one it forecasts from. It is the forecast
counterpart of the persistence alarm: not something tocsin could issue (the truth comes out
long after the events), but a ceiling on what the deaths' own history says about the next
onset.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from math import log1p

from tocsin.forecast.rolling import Forecast, RollingForecaster
from tocsin.signals.levels import Unit
from tocsin.truth.onsets import Onset, daily_deaths, week_of
from tocsin.truth.violence import DeadlyEvent

PERSISTENCE_FEATURES = ("deaths", "deaths_4_weeks", "deaths_26_weeks")


def weekly_deaths(events: Iterable[DeadlyEvent]) -> dict[str, dict[date, int]]:
    """Deaths per unit id and week (Monday), events dated to the day only."""
    weekly: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for unit, days in daily_deaths(events).items():
        for day, deaths in days.items():
            weekly[unit.id][week_of(day)] += deaths
    return weekly


def persistence_features(deaths: dict[date, int], week: date) -> list[float]:
    """:data:`PERSISTENCE_FEATURES` of a unit's weekly deaths, for the week starting ``week``."""

    def mean(weeks: int) -> float:
        return sum(deaths.get(week - timedelta(weeks=k), 0) for k in range(weeks)) / weeks

    return [log1p(deaths.get(week, 0)), log1p(mean(4)), log1p(mean(26))]


def persistence_forecasts(
    forecasts: Iterable[Forecast],
    events: Iterable[DeadlyEvent],
    onsets: Iterable[Onset],
    covered: Callable[[Unit], bool],
    horizon_days: int,
    l2: float,
) -> list[Forecast]:
    """The persistence forecast of every unit and week that ``forecasts`` cover, refit weekly."""
    deaths = weekly_deaths(events)
    by_week: dict[date, list[Unit]] = defaultdict(list)
    for f in forecasts:
        by_week[f.week].append(f.unit)
    model = RollingForecaster(onsets, covered, horizon_days, l2)
    out: list[Forecast] = []
    for week in sorted(by_week):
        items = [(u, persistence_features(deaths.get(u.id, {}), week)) for u in by_week[week]]
        out += model.forecast(week, items)
    return out
