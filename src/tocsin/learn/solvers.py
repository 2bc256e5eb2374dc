"""Convex fits in plain numpy: ridge regression (conjugate gradients) and L2-regularised
multinomial logistic regression (L-BFGS). Deterministic: same data, same weights."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from tocsin.learn.sparse import Design

CG_TOLERANCE = 1e-10
LBFGS_TOLERANCE = 1e-6
LBFGS_MEMORY = 10


@dataclass(frozen=True)
class Fit:
    """Weights (one column per class for a classifier) and the intercept(s)."""

    weights: np.ndarray
    intercept: np.ndarray


def ridge(x: Design, y: np.ndarray, l2: float, max_iter: int = 2000) -> Fit:
    """Minimise ``½‖y − Xw − b‖² + ½·l2·‖w‖²`` (the intercept ``b`` is not penalised).

    Solves the centred normal equations by conjugate gradients, centring ``X`` implicitly so it
    stays sparse.
    """
    means = x.column_means()
    y_mean = float(np.mean(y)) if len(y) else 0.0

    def apply(w: np.ndarray) -> np.ndarray:
        centred = x.dot(w) - float(means @ w)
        return x.tdot(centred) + l2 * w

    rhs = x.tdot(y - y_mean)
    w = np.zeros(x.n_cols)
    residual = rhs.copy()
    direction = residual.copy()
    rr = float(residual @ residual)
    stop = CG_TOLERANCE * max(float(rhs @ rhs), 1e-300)
    for _ in range(max_iter):
        if rr <= stop:
            break
        ad = apply(direction)
        step = rr / float(direction @ ad)
        w += step * direction
        residual -= step * ad
        rr_new = float(residual @ residual)
        direction = residual + (rr_new / rr) * direction
        rr = rr_new
    return Fit(w, np.asarray([y_mean - float(means @ w)]))


def softmax_rows(scores: np.ndarray) -> np.ndarray:
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def logistic(x: Design, labels: np.ndarray, n_classes: int, l2: float, max_iter: int = 500) -> Fit:
    """Minimise the summed cross-entropy of a softmax over ``n_classes`` plus ½·l2·‖W‖²."""
    onehot = np.zeros((x.n_rows, n_classes))
    onehot[np.arange(x.n_rows), labels] = 1.0
    d = x.n_cols

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: d * n_classes].reshape(d, n_classes)
        b = theta[d * n_classes :]
        scores = x.dot(w) + b
        shifted = scores - scores.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        loss = -float((onehot * (shifted - log_norm)).sum()) + 0.5 * l2 * float((w * w).sum())
        diff = np.exp(shifted - log_norm) - onehot
        grad_w = x.tdot(diff) + l2 * w
        return loss, np.concatenate([grad_w.ravel(), diff.sum(axis=0)])

    theta = lbfgs(objective, np.zeros(d * n_classes + n_classes), max_iter)
    return Fit(theta[: d * n_classes].reshape(d, n_classes), theta[d * n_classes :])


def lbfgs(
    objective: Callable[[np.ndarray], tuple[float, np.ndarray]],
    start: np.ndarray,
    max_iter: int = 500,
) -> np.ndarray:
    """Limited-memory BFGS with a backtracking (Armijo) line search."""
    theta = start.copy()
    value, grad = objective(theta)
    steps: list[tuple[np.ndarray, np.ndarray, float]] = []
    scale = max(1.0, float(np.abs(grad).max()))
    for _ in range(max_iter):
        if float(np.abs(grad).max()) <= LBFGS_TOLERANCE * scale:
            break
        direction = -_two_loop(grad, steps)
        slope = float(grad @ direction)
        if slope >= 0:  # not a descent direction: restart from the gradient
            steps.clear()
            direction, slope = -grad, -float(grad @ grad)
        step = 1.0 if steps else min(1.0, 1.0 / max(float(np.abs(grad).sum()), 1e-12))
        while True:
            candidate = theta + step * direction
            new_value, new_grad = objective(candidate)
            if new_value <= value + 1e-4 * step * slope or step < 1e-12:
                break
            step *= 0.5
        s, yv = candidate - theta, new_grad - grad
        sy = float(s @ yv)
        if sy > 1e-12:
            steps.append((s, yv, 1.0 / sy))
            if len(steps) > LBFGS_MEMORY:
                steps.pop(0)
        converged = abs(value - new_value) <= 1e-12 * max(abs(value), 1.0)
        theta, value, grad = candidate, new_value, new_grad
        if converged:
            break
    return theta


def _two_loop(grad: np.ndarray, steps: list[tuple[np.ndarray, np.ndarray, float]]) -> np.ndarray:
    q = grad.copy()
    alphas = []
    for s, y, rho in reversed(steps):
        alpha = rho * float(s @ q)
        alphas.append(alpha)
        q -= alpha * y
    if steps:
        s, y, _ = steps[-1]
        q *= float(s @ y) / float(y @ y)
    for (s, y, rho), alpha in zip(steps, reversed(alphas), strict=True):
        beta = rho * float(y @ q)
        q += (alpha - beta) * s
    return q


def folds(groups: list[str], k: int, seed: int) -> list[np.ndarray]:
    """Row indices of ``k`` test folds; rows sharing a group (a sentence) share a fold."""
    distinct = sorted(set(groups))
    order = np.random.default_rng(seed).permutation(len(distinct))
    fold_of = {distinct[i]: rank % k for rank, i in enumerate(order)}
    assignment = np.asarray([fold_of[g] for g in groups])
    return [np.flatnonzero(assignment == f) for f in range(k)]
