"""Factuality scoring on UW-format and suite files."""

from __future__ import annotations

import json

import pytest

from tocsin.evaluation.uw import evaluate_uw, pearson, summarise, token_offsets, uw_records
from tocsin.factuality import FactualityAssessor
from tocsin.factuality.spans import FactualityTool


@pytest.fixture(scope="module")
def tool(nlp, settings) -> FactualityTool:
    return FactualityTool(nlp, FactualityAssessor.load(settings))


def test_token_ranges_become_character_offsets() -> None:
    assert token_offsets(["Iran", "may", "retaliate", "."]) == [(0, 4), (5, 8), (9, 18), (19, 20)]
    line = {
        "text": "Iran may retaliate soon .",
        "targets": [{"span1": [2, 3], "label": 1.2}, {"span1": [0, 2], "label": 3.0}],
    }
    records = list(uw_records([line]))
    assert [line["text"][r["start"] : r["end"]] for r in records] == ["retaliate", "Iran may"]
    assert [r["gold"] for r in records] == [1.2, 3.0]


def test_pearson_and_mae() -> None:
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert pearson([1, 1, 1], [1, 2, 3]) == 0.0
    result = summarise([3.0, 0.0, -3.0], [3.0, 1.0, -2.0])
    assert result["mae"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["baseline_mae"] == pytest.approx(3.0)
    with pytest.raises(ValueError):
        summarise([], [])


def test_evaluate_a_small_uw_file(tmp_path, tool) -> None:
    lines = [
        {"text": "Troops shelled the town .", "targets": [{"span1": [1, 2], "label": 3.0}]},
        {"text": "Troops did not shell the town .", "targets": [{"span1": [3, 4], "label": -3.0}]},
        {"text": "Troops could shell the town .", "targets": [{"span1": [2, 3], "label": 1.0}]},
    ]
    path = tmp_path / "uw_small.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = evaluate_uw(tool, path)
    assert result["n"] == 3
    assert result["pearson_r"] > 0.95
    assert result["mae"] < result["baseline_mae"]


@pytest.mark.dev
def test_uw_dev_scores(dev_file, tool) -> None:
    result = evaluate_uw(tool, dev_file("uw_factuality_dev.jsonl"))
    assert result["pearson_r"] >= 0.65
    assert result["mae"] < result["baseline_mae"]
