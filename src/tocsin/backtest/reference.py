"""A reference forecast from the truth's own past: what perfect coding of the deaths could give.

tocsin's forecasts read tocsin's coding. To tell a weak coding from a target that is hard to
forecast at all, a backtest against truth also scores a **persistence forecast**: the same
rolling-origin logistic regression (:class:`tocsin.forecast.rolling.RollingForecaster`, same
penalty, same horizon, fit on the past only) on the truth's own weekly deaths of each unit —
this week's and the mean of the 4 weeks to this one, on a log scale, each relative to the
unit's own past weeks (:data:`PERSISTENCE_FEATURES`). It is issued for the same units and weeks as
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

PERSISTENCE_FEATURES = ("deaths", "deaths_4_weeks", "pair")
HISTORY_WEEKS = 52  # a unit's own past that its weeks are measured against
MIN_HISTORY_WEEKS = 8  # fewer weeks of truth before it: the week is measured against nothing


def weekly_deaths(events: Iterable[DeadlyEvent]) -> dict[str, dict[date, int]]:
    """Deaths per unit id and week (Monday), events dated to the day only."""
    weekly: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for unit, days in daily_deaths(events).items():
        for day, deaths in days.items():
            weekly[unit.id][week_of(day)] += deaths
    return weekly


def _levels(deaths: dict[date, int], week: date) -> tuple[float, float]:
    this = deaths.get(week, 0)
    month = sum(deaths.get(week - timedelta(weeks=k), 0) for k in range(4)) / 4
    return log1p(this), log1p(month)


def persistence_features(
    deaths: dict[date, int], week: date, first: date, pair: bool = False
) -> list[float]:
    """:data:`PERSISTENCE_FEATURES` of a unit's weekly deaths for the week starting ``week``:
    this week's deaths and the mean of the 4 weeks to it (log scale), each **relative to the
    unit's own past** (minus its mean over the up to :data:`HISTORY_WEEKS` weeks before, from
    ``first``, the truth's first week, on), and 1 for a pair. Onsets are relative to a unit's
    own recent weeks, so a week is measured against its unit's history, not against other
    units (pooled, a busy family's quiet month looks like another family's busy one)."""
    past = [
        _levels(deaths, week - timedelta(weeks=k))
        for k in range(1, HISTORY_WEEKS + 1)
        if week - timedelta(weeks=k) >= first
    ]
    pair_flag = 1.0 if pair else 0.0
    if len(past) < MIN_HISTORY_WEEKS:
        return [0.0, 0.0, pair_flag]
    this, month = _levels(deaths, week)
    return [
        this - sum(p[0] for p in past) / len(past),
        month - sum(p[1] for p in past) / len(past),
        pair_flag,
    ]


def persistence_forecasts(
    forecasts: Iterable[Forecast],
    events: Iterable[DeadlyEvent],
    onsets: Iterable[Onset],
    covered: Callable[[Unit], bool],
    horizon_days: int,
    l2: float,
) -> list[Forecast]:
    """The persistence forecast of every unit and week that ``forecasts`` cover, refit weekly."""
    events = list(events)
    deaths = weekly_deaths(events)
    first = week_of(min(e.day for e in events)) if events else date.min
    by_week: dict[date, list[Unit]] = defaultdict(list)
    for f in forecasts:
        by_week[f.week].append(f.unit)
    model = RollingForecaster(onsets, covered, horizon_days, l2)
    out: list[Forecast] = []
    for week in sorted(by_week):
        items = [
            (u, persistence_features(deaths.get(u.id, {}), week, first, u.level == "pair"))
            for u in by_week[week]
        ]
        out += model.forecast(week, items)
    return out
