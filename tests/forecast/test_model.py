"""The logistic regression, the model file, and rolling-origin forecasts that never look ahead."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from tocsin.errors import DataFileError
from tocsin.forecast.features import FEATURES
from tocsin.forecast.logistic import fit_logistic
from tocsin.forecast.model import ForecastModel
from tocsin.forecast.rolling import RollingForecaster
from tocsin.signals.levels import Unit
from tocsin.truth.onsets import Onset


def test_logistic_regression_learns_a_signal() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(400, 2))
    y = (rng.random(400) < 1 / (1 + np.exp(-(2 * x[:, 0] - 1)))).astype(float)
    model = fit_logistic(x, y, l2=1.0)
    assert model.weights[0] > 1.0 and abs(model.weights[1]) < 0.5
    assert model.predict(np.array([[3.0, 0.0]]))[0] > 0.9
    strong = fit_logistic(x, y, l2=1e4)
    assert abs(strong.weights[0]) < abs(model.weights[0])  # the penalty shrinks weights


def test_bundled_model_and_file_round_trip(tmp_path: Path) -> None:
    model = ForecastModel.load()
    assert set(model.features) <= set(FEATURES) and model.horizon_days == 28
    assert model.level(0.0) is None
    assert model.level(model.thresholds["warning"]) == "warning"
    assert model.level(0.99) == "critical"
    path = tmp_path / "model.yaml"
    model.save(path)
    again = ForecastModel.load(path)
    x = [0.5] * len(FEATURES)
    assert again.probability(x) == pytest.approx(model.probability(x))
    path.write_text("provenance: {}\nversion: 1\nid: x\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not a forecast model"):
        ForecastModel.load(path)


def test_a_model_reads_only_the_features_it_names(tmp_path: Path) -> None:
    data = ForecastModel.load().to_dict()
    data["features"] = [{"name": "killed", "mean": 0.0, "scale": 1.0, "weight": 2.0}]
    data["intercept"] = 0.0
    model = ForecastModel.from_dict(data, "test")
    x = [0.0] * len(FEATURES)
    assert model.probability(x) == pytest.approx(0.5)
    x[FEATURES.index("killed")] = 1.0
    assert model.probability(x) == pytest.approx(1 / (1 + np.exp(-2.0)))
    x[FEATURES.index("violent")] = 9.0  # a feature the model does not read
    assert model.probability(x) == pytest.approx(1 / (1 + np.exp(-2.0)))
    data["features"][0]["name"] = "tomorrow's news"
    with pytest.raises(DataFileError, match="not distinct features"):
        ForecastModel.from_dict(data, "test")


MONDAY = date(2026, 1, 5)
FAMILY = Unit("family", "ARM:state-rebels", "ARM", "state-rebels")


@pytest.mark.parametrize("columns", [None, [0]])
def test_rolling_forecasts_read_only_outcomes_already_known(columns: list[int] | None) -> None:
    # an onset 10 days after every fourth week ends; the feature says "an onset is coming"
    onsets = [
        Onset(
            FAMILY, MONDAY + timedelta(weeks=k + 2), MONDAY + timedelta(weeks=k, days=16), 50, 5.0
        )
        for k in range(0, 40, 4)
    ]
    rolling = RollingForecaster(
        onsets, lambda u: True, horizon_days=14, min_positives=2, columns=columns
    )
    forecasts = []
    for k in range(40):
        signal = 1.0 if k % 4 in (0, 1) else 0.0  # weeks 0 and 1 precede each onset
        x = [signal] + [0.0] * (len(FEATURES) - 1)
        forecasts += rolling.forecast(MONDAY + timedelta(weeks=k), [(FAMILY, x)])
    first = forecasts[0]
    assert first.outcome == 1 and first.probability == first.climatology  # nothing known yet
    # week k's outcome is known only 14 days after it ends: never used for week k itself
    assert rolling.outcome(FAMILY, MONDAY) == 1
    late = forecasts[20:]
    warned = [f.probability for f in late if f.outcome == 1]
    quiet = [f.probability for f in late if f.outcome == 0]
    assert min(warned) > max(quiet)
    assert rolling.last_model is not None
    assert len(rolling.last_model.weights) == (len(FEATURES) if columns is None else 1)
