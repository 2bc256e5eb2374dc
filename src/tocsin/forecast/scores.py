"""Scores of probability forecasts: Brier score and skill, AUC, reliability table."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np


def brier(p: Sequence[float], y: Sequence[int]) -> float:
    """Mean squared difference between forecast probabilities and outcomes (0 or 1)."""
    p_, y_ = np.asarray(p, dtype=float), np.asarray(y, dtype=float)
    return float(np.mean((p_ - y_) ** 2))


def brier_skill(p: Sequence[float], reference: Sequence[float], y: Sequence[int]) -> float | None:
    """``1 − BS(p) / BS(reference)``: above 0 beats the reference (climatology)."""
    base = brier(reference, y)
    return None if base == 0 else 1.0 - brier(p, y) / base


def brier_skill_interval(
    p: Sequence[float],
    reference: Sequence[float],
    y: Sequence[int],
    weeks: Sequence[object],
    share: float = 0.9,
    block: int = 4,
    draws: int = 1000,
    seed: int = 28,
) -> tuple[float, float] | None:
    """The central ``share`` of the Brier skill over a moving-block bootstrap of the weeks.

    Every forecast of a week is drawn together, and weeks in blocks of ``block`` consecutive
    weeks (the horizon of a 28-day forecast), since the outcomes of nearby weeks share their
    onsets; a fixed seed gives the same interval for the same forecasts.
    """
    p_, r_, y_ = (np.asarray(v, dtype=float) for v in (p, reference, y))
    order = sorted(set(weeks))  # type: ignore[type-var]
    if len(order) < block or not y_.any():
        return None
    position = {week: k for k, week in enumerate(order)}
    rows_of: list[list[int]] = [[] for _ in order]
    for row, week in enumerate(weeks):
        rows_of[position[week]].append(row)
    rng = np.random.default_rng(seed)
    blocks = -(-len(order) // block)
    found = []
    for _ in range(draws):
        starts = rng.integers(0, len(order) - block + 1, size=blocks)
        rows = [r for start in starts for k in range(start, start + block) for r in rows_of[k]]
        base = float(np.mean((r_[rows] - y_[rows]) ** 2))
        if base > 0:
            found.append(1.0 - float(np.mean((p_[rows] - y_[rows]) ** 2)) / base)
    if not found:
        return None
    tail = (1.0 - share) / 2 * 100
    low, high = np.percentile(found, [tail, 100 - tail])
    return float(low), float(high)


def auc(p: Sequence[float], y: Sequence[int]) -> float | None:
    """Area under the ROC curve: the chance a positive week outranks a negative one (ties ½)."""
    p_, y_ = np.asarray(p, dtype=float), np.asarray(y, dtype=int)
    positives, negatives = int(y_.sum()), int(len(y_) - y_.sum())
    if positives == 0 or negatives == 0:
        return None
    order = np.argsort(p_, kind="mergesort")
    ranks = np.empty(len(p_))
    sorted_p = p_[order]
    i = 0
    while i < len(p_):  # average ranks over ties
        j = i
        while j + 1 < len(p_) and sorted_p[j + 1] == sorted_p[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[y_ == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives))


@dataclass(frozen=True)
class ReliabilityBin:
    """Forecasts that fell in one probability bin and how often the event followed."""

    low: float
    high: float
    count: int
    mean_forecast: float | None
    observed: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "low": self.low,
            "high": self.high,
            "count": self.count,
            "mean_forecast": None if self.mean_forecast is None else round(self.mean_forecast, 4),
            "observed": None if self.observed is None else round(self.observed, 4),
        }


RELIABILITY_EDGES = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0)


def reliability(
    p: Sequence[float], y: Sequence[int], edges: Sequence[float] = RELIABILITY_EDGES
) -> list[ReliabilityBin]:
    """The reliability table: per bin, the mean forecast and the observed frequency."""
    p_, y_ = np.asarray(p, dtype=float), np.asarray(y, dtype=float)
    bins = []
    for k, (low, high) in enumerate(itertools.pairwise(edges)):
        last = k == len(edges) - 2
        mask = (p_ >= low) & ((p_ <= high) if last else (p_ < high))
        n = int(mask.sum())
        bins.append(
            ReliabilityBin(
                low=low,
                high=high,
                count=n,
                mean_forecast=float(p_[mask].mean()) if n else None,
                observed=float(y_[mask].mean()) if n else None,
            )
        )
    return bins
