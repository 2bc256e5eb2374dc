"""Model files: a dot product over named features, saved and read back, bad files refused."""

from __future__ import annotations

import json

import pytest

from tocsin.errors import DataFileError
from tocsin.learn.model import LinearModel


def _regression() -> LinearModel:
    return LinearModel(
        name="demo",
        version="2",
        task="factuality",
        feature_set="factuality.v1",
        weights={"a": 0.5, "b": -1.0},
        intercept=(1.0,),
    )


def test_score_is_a_dot_product() -> None:
    model = _regression()
    assert model.score({"a": 2.0, "b": 1.0, "unknown": 5.0}) == pytest.approx(1.0)
    assert model.id == "demo@2"


def test_classifier_probabilities() -> None:
    model = LinearModel(
        name="types",
        version="1",
        task="events",
        feature_set="events.v1",
        weights={"x": [2.0, 0.0]},
        intercept=(0.0, 0.0),
        classes=("ASSAULT", "CONSULT"),
    )
    probs = model.probabilities({"x": 1.0})
    assert probs["ASSAULT"] > probs["CONSULT"]
    assert sum(probs.values()) == pytest.approx(1.0)


def test_round_trip(tmp_path) -> None:
    path = _regression().save(tmp_path / "m.json")
    loaded = LinearModel.load(path)
    assert loaded == _regression()


@pytest.mark.parametrize(
    "change",
    [
        {"format": "other"},
        {"task": "translation"},
        {"intercept": [1.0, 2.0]},
        {"weights": {"a": "high"}},
    ],
)
def test_bad_model_files_are_refused(tmp_path, change) -> None:
    data = {**_regression().to_dict(), **change}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataFileError):
        LinearModel.load(path)


def test_unreadable_file_is_refused(tmp_path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataFileError, match="E200"):
        LinearModel.load(path)
