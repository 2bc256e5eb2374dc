"""``tocsin factuality --input FILE``: JSONL of predicates in, scored JSONL out."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tocsin.cli.main import build_app
from tocsin.factuality import FactualityAssessor
from tocsin.factuality.spans import FactualityTool


@pytest.fixture
def shared_parser(monkeypatch, nlp, settings) -> None:
    """The command's tool built from the session's spaCy pipeline (no second load)."""
    tool = FactualityTool(nlp, FactualityAssessor.load(settings))
    monkeypatch.setattr(FactualityTool, "load", classmethod(lambda cls, stage, settings=None: tool))


@pytest.mark.usefixtures("shared_parser")
def test_factuality_command_scores_each_line(tmp_path) -> None:
    text = "Azerbaijan could invade Armenia, officials said."
    lines = [
        {"id": "p1", "text": text, "start": text.index("invade"), "end": text.index(" Armenia")},
        {"id": "p2", "text": text, "start": text.index("said"), "end": text.index(".")},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = CliRunner().invoke(build_app(), ["factuality", "--input", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in out] == ["p1", "p2"]
    assert (out[0]["status"], out[0]["score"]) == ("possible", 1.0)
    assert (out[1]["status"], out[1]["score"]) == ("asserted", 3.0)


def test_factuality_command_rejects_lines_without_offsets(tmp_path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "No offsets here."}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(build_app(), ["factuality", "--input", str(path)])
    assert result.exit_code != 0
    assert "missing start, end" in result.output
