"""The features of a unit's week that the forecast reads: tocsin's own signals only.

All are computed from the weeks up to and including the week forecast from (never later), on a
log scale (``log1p``) so a war's busy weeks and a quiet border's rare incidents share one model.
"""

from __future__ import annotations

from datetime import date, timedelta
from math import log, log1p

from tocsin.forecast.onset_chance import OnsetChanceRule, onset_chance
from tocsin.signals.levels import Unit
from tocsin.signals.weekly import WeeklyTable

CHANCE = OnsetChanceRule()
FAMILIES = ("state-rebels", "state-groups", "one-sided", "non-state")

FEATURES = (
    "violent",  # violence that happened this week (factuality-weighted incidents)
    "violent_base",  # mean weekly violence of the 4 weeks before
    "violent_long",  # mean weekly violence of the 12 weeks before
    "trend",  # violent − violent_base
    "killed",  # deaths reported this week
    "killed_base",  # mean weekly deaths reported in the 4 weeks before
    "conflict_verbal",  # verbal conflict (QuadClass 3): accusations, threats, demands
    "cooperation",  # verbal and material cooperation (QuadClass 1 and 2)
    "risk",  # risk channel of this week and the one before: threats, mobilisation,
    # possible or future violence
    "hypothetical",  # the part of risk from violence that has not happened
    "denials",  # denied or negated reports
    "country_violent",  # violence anywhere in the unit's country this week
    "country_trend",  # … against its 4 weeks before
    "quiet_weeks",  # weeks (of the last 12) without violence in the unit
    "interstate",  # violence between two states' forces in the last 4 weeks
    "onset_chance",  # the onset rule read forward on the unit's own deaths reported (logit)
    "pair",  # 1 for a country pair
    *(f"family_{name}" for name in FAMILIES),  # 1 for a conflict family of that kind
)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _logit(p: float, floor: float = 0.005) -> float:
    p = min(max(p, floor), 1.0 - floor)
    return log(p / (1.0 - p))


def _deaths_so_far(table: WeeklyTable, unit: Unit, week: date, at_most: int) -> list[float]:
    """The unit's weekly deaths reported in the ``at_most`` weeks to ``week`` (oldest first),
    from the week it was first seen."""
    first = table.first_seen[unit.id]
    first = first - timedelta(days=first.weekday())
    weeks = min(max((week - first).days // 7, 0), at_most - 1)
    return [
        float(table.week(unit.id, week - timedelta(weeks=k)).killed) for k in range(weeks, -1, -1)
    ]


def unit_features(table: WeeklyTable, unit: Unit, week: date) -> list[float]:
    """The feature vector (in :data:`FEATURES` order) of ``unit`` for the week starting ``week``."""

    def back(k: int) -> date:
        return week - timedelta(weeks=k)

    this = table.week(unit.id, week)
    before4 = [table.week(unit.id, back(k)) for k in range(1, 5)]
    before12 = [table.week(unit.id, back(k)) for k in range(1, 13)]
    country = unit.country
    if country is None and unit.level == "pair":
        country = None
    c_this = table.country_week(country, week).violent if country else 0.0
    c_base = (
        _mean([table.country_week(country, back(k)).violent for k in range(1, 5)])
        if country
        else 0.0
    )
    violent = log1p(max(this.violent, 0.0))
    base = log1p(max(_mean([w.violent for w in before4]), 0.0))
    values = {
        "violent": violent,
        "violent_base": base,
        "violent_long": log1p(max(_mean([w.violent for w in before12]), 0.0)),
        "trend": violent - base,
        "killed": log1p(max(this.killed, 0)),
        "killed_base": log1p(max(_mean([w.killed for w in before4]), 0.0)),
        "conflict_verbal": log1p(max(this.quad[2], 0.0)),
        "cooperation": log1p(max(this.quad[0] + this.quad[1], 0.0)),
        "risk": log1p(max(this.risk + before4[0].risk, 0.0)),
        "hypothetical": log1p(max(this.hypothetical + before4[0].hypothetical, 0.0)),
        "denials": log1p(max(this.denials, 0)),
        "country_violent": log1p(max(c_this, 0.0)),
        "country_trend": log1p(max(c_this, 0.0)) - log1p(max(c_base, 0.0)),
        "quiet_weeks": float(sum(1 for w in before12 if w.violent <= 0)),
        "interstate": log1p(max(this.interstate + sum(w.interstate for w in before4[:3]), 0.0)),
        "onset_chance": _logit(
            onset_chance(_deaths_so_far(table, unit, week, CHANCE.pool_weeks), CHANCE)
        ),
        "pair": 1.0 if unit.level == "pair" else 0.0,
        **{f"family_{name}": float(unit.family == name) for name in FAMILIES},
    }
    return [values[name] for name in FEATURES]
