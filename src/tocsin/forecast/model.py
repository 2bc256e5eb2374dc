"""The forecast model: P(onset within the horizon) for a unit's week, and the alert levels.

The model is an L2-regularised logistic regression on some of
:data:`tocsin.forecast.features.FEATURES` (standardised): the model file names the features it
reads, and every feature vector is computed in full (the dashboard and the API show them all).
Thresholds on its probability are the alert levels. A fitted model is a YAML data file with a
provenance header (``forecast/model.yaml`` ships with tocsin); a backtest against truth refits
it week by week on the past only (:mod:`tocsin.forecast.rolling`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from tocsin.errors import DataFileError
from tocsin.forecast.features import FEATURES
from tocsin.forecast.logistic import Logistic
from tocsin.resources import load_yaml

BUNDLED = "forecast/model.yaml"

DEFAULT_THRESHOLDS = {"info": 0.15, "warning": 0.3, "critical": 0.5}


@dataclass(frozen=True)
class ForecastModel:
    """Coefficients, the horizon they forecast, thresholds and what they were fit on."""

    id: str
    horizon_days: int
    features: tuple[str, ...]
    logistic: Logistic
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    l2: float = 1.0
    provenance: dict[str, Any] = field(default_factory=dict)
    reliability: list[dict[str, Any]] = field(default_factory=list)
    scores: dict[str, Any] = field(default_factory=dict)

    @property
    def columns(self) -> tuple[int, ...]:
        """Where the model's features sit in a full :data:`FEATURES` vector."""
        return tuple(FEATURES.index(name) for name in self.features)

    def probability(self, features: list[float] | np.ndarray) -> float:
        """P(onset within the horizon) from a full :data:`FEATURES` vector."""
        x = np.asarray(features, dtype=float)[list(self.columns)]
        return float(self.logistic.predict(x)[0])

    def level(self, probability: float) -> str | None:
        """The alert level a probability reaches (``None`` below the lowest threshold)."""
        found = None
        for name in ("info", "warning", "critical"):
            if probability >= self.thresholds[name]:
                found = name
        return found

    def to_dict(self) -> dict[str, Any]:
        return {
            "provenance": self.provenance,
            "version": 1,
            "id": self.id,
            "horizon_days": self.horizon_days,
            "l2": self.l2,
            "thresholds": dict(self.thresholds),
            "features": [
                {"name": name, "mean": float(m), "scale": float(s), "weight": float(w)}
                for name, m, s, w in zip(
                    self.features,
                    self.logistic.mean,
                    self.logistic.scale,
                    self.logistic.weights,
                    strict=True,
                )
            ],
            "intercept": self.logistic.intercept,
            "scores": self.scores,
            "reliability": self.reliability,
        }

    def save(self, path: str | Path) -> None:
        Path(path).write_text(
            yaml.safe_dump(self.to_dict(), sort_keys=False, allow_unicode=True), encoding="utf-8"
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str) -> ForecastModel:
        try:
            rows = data["features"]
            names = tuple(row["name"] for row in rows)
            unknown = [name for name in names if name not in FEATURES]
            if unknown or not names or len(set(names)) != len(names):
                raise DataFileError(
                    f"{origin}: the model's features {names} are not distinct features of "
                    f"tocsin's {FEATURES}"
                )
            logistic = Logistic(
                mean=np.array([float(r["mean"]) for r in rows]),
                scale=np.array([float(r["scale"]) for r in rows]),
                weights=np.array([float(r["weight"]) for r in rows]),
                intercept=float(data["intercept"]),
            )
            thresholds = {k: float(data["thresholds"][k]) for k in ("info", "warning", "critical")}
            return cls(
                id=str(data["id"]),
                horizon_days=int(data["horizon_days"]),
                features=names,
                logistic=logistic,
                thresholds=thresholds,
                l2=float(data.get("l2", 1.0)),
                provenance=dict(data.get("provenance") or {}),
                reliability=list(data.get("reliability") or []),
                scores=dict(data.get("scores") or {}),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileError(f"{origin}: not a forecast model ({exc})") from exc

    @classmethod
    def load(cls, path: str | Path | None = None) -> ForecastModel:
        """The bundled model, or a model file written by ``tocsin backtest --save-model``."""
        if path is None:
            return cls.from_dict(load_yaml(BUNDLED), BUNDLED)
        return cls.from_dict(load_yaml(path, bundled=False), str(path))
