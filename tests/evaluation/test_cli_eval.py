from __future__ import annotations

import json

from typer.testing import CliRunner

from tocsin.cli.main import build_app


def test_eval_golden_file(tmp_path, pipeline, monkeypatch):
    from tocsin.pipeline import Pipeline

    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, settings=None: pipeline))
    lines = [
        {
            "id": "a",
            "text": "Russia attacked Ukraine.",
            "cameo": "19",
            "event": "ASSAULT",
            "actor": "RUS",
            "recipient": "UKR",
        },
        {
            "id": "b",
            "text": "France praised Morocco for its reforms.",
            "cameo": "05",
            "event": "SUPPORT",
            "actor": "FRA",
            "recipient": "MAR",
        },
    ]
    path = tmp_path / "golden_small.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    result = CliRunner().invoke(build_app(), ["eval", str(path), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output.strip().splitlines()[-1])
    assert scores["format"] == "golden"
    assert scores["n"] == 2
    assert scores["accuracy"] == 1.0


def test_eval_refuses_unknown_format(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(build_app(), ["eval", str(path)])
    assert result.exit_code != 0
