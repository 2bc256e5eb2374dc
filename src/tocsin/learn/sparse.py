"""Rows of sparse feature dictionaries as one matrix over a fixed vocabulary (numpy only)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

Features = Mapping[str, float]


def vocabulary(rows: Iterable[Features], min_count: int = 1) -> tuple[str, ...]:
    """Feature names seen in at least ``min_count`` rows, sorted (so the order is stable)."""
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update(name for name, value in row.items() if value)
    return tuple(sorted(name for name, n in counts.items() if n >= min_count))


@dataclass(frozen=True)
class Design:
    """A sparse matrix in coordinate form: one row per example, one column per feature."""

    n_rows: int
    n_cols: int
    rows: np.ndarray
    cols: np.ndarray
    vals: np.ndarray

    @classmethod
    def encode(cls, feature_rows: Sequence[Features], names: Sequence[str]) -> Design:
        """The rows over the vocabulary ``names``; features outside it are dropped."""
        index = {name: i for i, name in enumerate(names)}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for r, features in enumerate(feature_rows):
            for name in sorted(features):
                col = index.get(name)
                value = features[name]
                if col is not None and value:
                    rows.append(r)
                    cols.append(col)
                    vals.append(float(value))
        return cls(
            len(feature_rows),
            len(names),
            np.asarray(rows, dtype=np.int64),
            np.asarray(cols, dtype=np.int64),
            np.asarray(vals, dtype=np.float64),
        )

    def take(self, row_indices: Sequence[int] | np.ndarray) -> Design:
        """The matrix of the given rows, renumbered in the given order."""
        wanted = np.asarray(row_indices, dtype=np.int64)
        new_index = np.full(self.n_rows, -1, dtype=np.int64)
        new_index[wanted] = np.arange(len(wanted))
        keep = new_index[self.rows] >= 0
        rows = new_index[self.rows[keep]]
        order = np.argsort(rows, kind="stable")
        return Design(
            len(wanted), self.n_cols, rows[order], self.cols[keep][order], self.vals[keep][order]
        )

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """``X @ weights`` for a vector, or a matrix of one column per class."""
        if weights.ndim == 1:
            return np.bincount(
                self.rows, weights=self.vals * weights[self.cols], minlength=self.n_rows
            )
        return np.column_stack([self.dot(weights[:, k]) for k in range(weights.shape[1])])

    def tdot(self, values: np.ndarray) -> np.ndarray:
        """``X.T @ values`` for a vector, or a matrix of one column per class."""
        if values.ndim == 1:
            return np.bincount(
                self.cols, weights=self.vals * values[self.rows], minlength=self.n_cols
            )
        return np.column_stack([self.tdot(values[:, k]) for k in range(values.shape[1])])

    def column_means(self) -> np.ndarray:
        return self.tdot(np.ones(self.n_rows)) / max(self.n_rows, 1)
