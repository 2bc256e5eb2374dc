"""Brier skill, AUC and the reliability table on small hand-checked cases."""

from __future__ import annotations

import numpy as np
import pytest

from tocsin.forecast.scores import auc, brier, brier_skill, brier_skill_interval, reliability


def test_brier_and_skill() -> None:
    y = [1, 0, 0, 0]
    assert brier([1.0, 0.0, 0.0, 0.0], y) == 0.0
    assert brier([0.25] * 4, y) == pytest.approx(0.1875)
    assert brier_skill([0.5, 0.1, 0.1, 0.1], [0.25] * 4, y) == pytest.approx(1 - 0.07 / 0.1875)
    assert brier_skill([0.5], [1.0], [1]) is None


def test_auc_counts_pairs_and_ties() -> None:
    assert auc([0.9, 0.8, 0.1, 0.2], [1, 1, 0, 0]) == 1.0
    assert auc([0.1, 0.2, 0.9, 0.8], [1, 1, 0, 0]) == 0.0
    assert auc([0.5, 0.5, 0.5], [1, 0, 0]) == 0.5
    assert auc([0.9, 0.3, 0.5, 0.1], [1, 1, 0, 0]) == pytest.approx(0.75)
    assert auc([0.2, 0.3], [0, 0]) is None


def test_reliability_bins() -> None:
    bins = reliability([0.02, 0.04, 0.6, 0.65, 1.0], [0, 1, 1, 0, 1])
    first = bins[0]
    assert (first.count, first.mean_forecast, first.observed) == (2, pytest.approx(0.03), 0.5)
    assert bins[-1].count == 1 and bins[-1].observed == 1.0  # 1.0 falls in the last bin
    assert sum(b.count for b in bins) == 5
    assert next(b for b in bins if b.count == 0).to_dict()["observed"] is None


def test_the_brier_skill_interval_holds_the_skill_and_narrows_with_more_weeks() -> None:
    rng = np.random.default_rng(3)

    def forecasts(n_weeks: int) -> tuple[list[float], list[float], list[int], list[int]]:
        y = (rng.random(n_weeks) < 0.2).astype(int).tolist()
        noise = rng.uniform(-0.15, 0.15, n_weeks)
        p = [0.45 + e if outcome else 0.15 + e for outcome, e in zip(y, noise, strict=True)]
        return p, [0.2] * n_weeks, y, list(range(n_weeks))

    p, c, y, weeks = forecasts(40)
    low, high = brier_skill_interval(p, c, y, weeks)
    assert low <= brier_skill(p, c, y) <= high
    assert low > 0
    p2, c2, y2, weeks2 = forecasts(400)
    low2, high2 = brier_skill_interval(p2, c2, y2, weeks2)
    assert high2 - low2 < high - low
    assert brier_skill_interval(p, c, y, weeks) == (low, high)  # a fixed seed
    assert brier_skill_interval([0.1] * 3, [0.2] * 3, [0, 0, 1], [0, 1, 2]) is None  # too few weeks
