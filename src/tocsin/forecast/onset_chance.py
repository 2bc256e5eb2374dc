"""The chance that a unit's own weeks bring an onset: the onset rule read forward.

An onset (:mod:`tocsin.truth.onsets`) is a week whose deaths reach the larger of ``min_deaths``
and ``ratio`` times the mean of the ``baseline_weeks`` weeks before it. Whether the next weeks
can bring one depends on two things a unit's own history shows: how low its last weeks were (the
baseline the rule compares against: onsets come out of lulls) and how often its weeks were
large (the draws the next weeks are made of). :func:`onset_chance` reads both: it draws the next
``horizon_weeks`` weeks from the unit's last ``pool_weeks`` weeks (with replacement, a fixed
seed, so the same history always gives the same chance), continues the last weeks with them, and
counts the draws in which the rule holds in any week ahead. It is a feature of the forecast
(:mod:`tocsin.forecast.features`), read on tocsin's deaths of the day
(:func:`tocsin.signals.units.deaths_of_the_day`), not a forecast on its own:
the forecast's logistic regression learns how far it is to be trusted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from tocsin.truth.onsets import OnsetRule

DRAWS = 2000
SEED = 28


@dataclass(frozen=True)
class OnsetChanceRule:
    """The onset rule read forward, and how the weeks ahead are drawn."""

    onset: OnsetRule = field(default_factory=OnsetRule)
    horizon_weeks: int = 4
    pool_weeks: int = 52


def onset_chance(weeks: Sequence[float], rule: OnsetChanceRule | None = None) -> float:
    """The share of draws of the next weeks in which the onset rule holds at least once.

    ``weeks`` are the unit's weekly deaths, oldest first, ending with the week forecast from
    (weeks before the unit was first seen left out). Fewer weeks than the rule's baseline give 0:
    the rule cannot be read yet.
    """
    rule = rule or OnsetChanceRule()
    onset = rule.onset
    history = np.asarray(weeks, dtype=float)
    if len(history) < onset.baseline_weeks:
        return 0.0
    pool = history[-rule.pool_weeks :]
    if pool.max() < onset.min_deaths:
        return 0.0  # no week drawn from the pool can reach the rule's floor
    rng = np.random.default_rng(SEED)
    ahead = rng.choice(pool, size=(DRAWS, rule.horizon_weeks))
    last = np.tile(history[-onset.baseline_weeks :], (DRAWS, 1))
    series = np.concatenate([last, ahead], axis=1)
    hit = np.zeros(DRAWS, dtype=bool)
    for k in range(rule.horizon_weeks):
        baseline = series[:, k : k + onset.baseline_weeks].mean(axis=1)
        deaths = series[:, k + onset.baseline_weeks]
        hit |= (deaths >= onset.min_deaths) & (deaths >= onset.ratio * baseline)
    return float(hit.mean())
