"""L2-regularised logistic regression fit by Newton's method (numpy only)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Logistic:
    """Coefficients on standardised features: ``p = σ(b + w · (x − mean) / scale)``."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: float

    def predict(self, x: np.ndarray) -> np.ndarray:
        z = self.intercept + ((np.atleast_2d(x) - self.mean) / self.scale) @ self.weights
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = 1.0, iterations: int = 50, tol: float = 1e-8
) -> Logistic:
    """Maximise the log-likelihood minus ``l2/2 · |w|²`` (the intercept is not penalised).

    Features are standardised on ``x`` first, so one ``l2`` suits features of any unit.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    beta = np.zeros(z.shape[1])
    rate = min(max(y.mean(), 1e-4), 1 - 1e-4)
    beta[0] = np.log(rate / (1 - rate))
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ beta, -30, 30)))
        gradient = z.T @ (y - p) - penalty * beta
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.max(np.abs(step)) < tol:
            break
    return Logistic(mean=mean, scale=scale, weights=beta[1:], intercept=float(beta[0]))
