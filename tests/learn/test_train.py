"""``tocsin train``: the same file gives the same weights, and a model card sits beside them."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from tocsin.cli.main import build_app
from tocsin.learn.examples import LabelledFileError, span_examples
from tocsin.learn.model import LinearModel
from tocsin.learn.train import TrainingRequest, train


def _request(path, out, **kw):
    return TrainingRequest(
        path=path, fmt="jsonl", out=out, folds=3, day=date(2026, 1, 2), name="mine", **kw
    )


def test_training_twice_gives_identical_weights(factuality_file, tmp_path, settings) -> None:
    first = train(_request(factuality_file, tmp_path / "a.json"), settings)
    second = train(_request(factuality_file, tmp_path / "b.json"), settings)
    assert first.task == "factuality"
    assert len(first.weights) > 20
    assert first.weights == second.weights
    assert first.intercept == second.intercept
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert LinearModel.load(tmp_path / "a.json") == first


def test_model_card_is_written_beside_the_weights(factuality_file, tmp_path, settings) -> None:
    model = train(
        _request(factuality_file, tmp_path / "m.json", licence="CC0", attribution="my own"),
        settings,
    )
    card = (tmp_path / "m.md").read_text(encoding="utf-8")
    for part in (
        "mine 1",
        "2026-01-02",
        "my_factuality.jsonl",
        "CC0",
        "my own",
        "## Cross-validation",
        "rules only",
        "(chosen)",
        "## Features",
        "factuality.v1",
    ):
        assert part in card, part
    cv = model.training["cross_validation"]
    assert cv["folds"] == 3 and cv["model"]["n"] == 24


def test_excluded_sentences_are_left_out(factuality_file, tmp_path, settings) -> None:
    other = tmp_path / "other.jsonl"
    lines = factuality_file.read_text(encoding="utf-8").splitlines()
    other.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    model = train(
        _request(factuality_file, tmp_path / "m.json", exclude=[(other, "jsonl")]), settings
    )
    assert model.training["examples"] == 20
    assert "4 sentence(s) also in other.jsonl" in model.training["excluded"]


def test_bad_lines_are_reported(tmp_path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "Troops left.", "start": 7, "end": 11, "label": 9}\n')
    with pytest.raises(LabelledFileError, match="line 1"):
        span_examples(path, "jsonl")
    path.write_text('{"text": "Troops left.", "start": 7}\n')
    with pytest.raises(LabelledFileError, match="missing end, label"):
        span_examples(path, "jsonl")


def test_cli_train_then_eval_with_the_model(factuality_file, tmp_path, pipeline, monkeypatch):
    out = tmp_path / "cli.json"
    result = CliRunner().invoke(
        build_app(),
        ["train", str(factuality_file), "--out", str(out), "--folds", "3", "--date", "2026-01-02"],
    )
    assert result.exit_code == 0, result.output
    assert "3-fold CV: r" in result.output
    assert out.exists() and out.with_suffix(".md").exists()
    suite = tmp_path / "suite_factuality.jsonl"
    suite.write_text(
        json.dumps({"text": "Rebels shelled the town.", "start": 7, "end": 14, "score": 3.0})
        + "\n"
        + json.dumps(
            {"text": "Rebels did not shell the town.", "start": 15, "end": 20, "score": -3.0}
        )
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(build_app(), ["eval", str(suite), "--model", str(out), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output.strip().splitlines()[-1])
    assert scores["n"] == 2 and scores["pearson_r"] > 0.5


def test_cli_eval_refuses_a_file_that_is_no_model(tmp_path) -> None:
    bogus = tmp_path / "model.json"
    bogus.write_text("{}", encoding="utf-8")
    suite = tmp_path / "suite_factuality.jsonl"
    suite.write_text("", encoding="utf-8")
    result = CliRunner().invoke(build_app(), ["eval", str(suite), "--model", str(bogus)])
    assert result.exit_code != 0
    # the error box wraps long temporary paths: compare the words, not the lines
    words = " ".join(result.output.replace("│", " ").split())
    assert "not a tocsin model file" in words
