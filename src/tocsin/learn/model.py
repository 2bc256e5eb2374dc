"""A trained linear layer as a file: named weights over sparse features, read without numpy.

Inference is a dot product over a feature dictionary. The JSON file holds the task, the
feature set it was trained with, the weights (one number per feature for a regression, one per
class for a classifier), the decision parameters and how it was trained; a model card (Markdown)
sits beside it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tocsin.errors import DataFileError

FORMAT = "tocsin-linear-model"
FORMAT_VERSION = 1
TASKS = ("factuality", "events")


def rounded(value: float, digits: int = 6) -> float:
    """``value`` to ``digits`` significant digits (stable text in the model file)."""
    return 0.0 if value == 0 else float(f"{value:.{digits}g}")


@dataclass(frozen=True)
class LinearModel:
    """A regression (``classes`` empty) or a classifier over ``classes``."""

    name: str
    version: str
    task: str
    feature_set: str
    weights: Mapping[str, Any]  # feature → float, or feature → [float per class]
    intercept: tuple[float, ...]
    classes: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)
    training: Mapping[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """What records cite in ``evidence.model``: ``name@version``."""
        return f"{self.name}@{self.version}"

    # -- inference --------------------------------------------------------------------------
    def score(self, features: Mapping[str, float]) -> float:
        """The regression value ``w·x + b``."""
        total = self.intercept[0]
        for name, value in features.items():
            weight = self.weights.get(name)
            if weight is not None:
                total += weight * value
        return total

    def class_scores(self, features: Mapping[str, float]) -> list[float]:
        """One linear score per class."""
        totals = list(self.intercept)
        for name, value in features.items():
            weights = self.weights.get(name)
            if weights is not None:
                for k, weight in enumerate(weights):
                    totals[k] += weight * value
        return totals

    def probabilities(self, features: Mapping[str, float]) -> dict[str, float]:
        """Softmax of the class scores."""
        scores = self.class_scores(features)
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.classes, exp, strict=True)}

    # -- files ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "version": self.version,
            "task": self.task,
            "feature_set": self.feature_set,
            "classes": list(self.classes),
            "intercept": list(self.intercept),
            "params": dict(self.params),
            "training": dict(self.training),
            "weights": {name: self.weights[name] for name in sorted(self.weights)},
        }

    def save(self, path: str | Path) -> Path:
        file = Path(path)
        file.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))
        file.write_text(text + "\n", encoding="utf-8")
        return file

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "model") -> LinearModel:
        if data.get("format") != FORMAT:
            raise DataFileError(f"{where}: not a tocsin model file (format {data.get('format')!r})")
        if data.get("format_version") != FORMAT_VERSION:
            raise DataFileError(f"{where}: unsupported model format {data.get('format_version')}")
        if data.get("task") not in TASKS:
            raise DataFileError(f"{where}: unknown task {data.get('task')!r}")
        classes = tuple(data.get("classes") or ())
        weights = data.get("weights")
        intercept = tuple(float(v) for v in data.get("intercept") or ())
        if not isinstance(weights, dict) or len(intercept) != max(len(classes), 1):
            raise DataFileError(f"{where}: weights and intercept do not match the classes")
        width = len(classes)
        for name, value in weights.items():
            ok = (
                isinstance(value, list) and len(value) == width
                if width
                else isinstance(value, int | float)
            )
            if not ok:
                raise DataFileError(f"{where}: bad weight for feature {name!r}")
        return cls(
            name=str(data["name"]),
            version=str(data["version"]),
            task=str(data["task"]),
            feature_set=str(data["feature_set"]),
            weights=weights,
            intercept=intercept,
            classes=classes,
            params=dict(data.get("params") or {}),
            training=dict(data.get("training") or {}),
        )

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        file = Path(path)
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataFileError(f"{file}: cannot read model file: {exc}") from exc
        if not isinstance(data, dict):
            raise DataFileError(f"{file}: a model file must be a JSON object")
        return cls.from_dict(data, str(file))
