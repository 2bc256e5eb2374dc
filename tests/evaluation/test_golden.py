from __future__ import annotations

import json

from tocsin.evaluation import golden

from .conftest import make_event


def test_root_or_full_code():
    assert golden.code_matches("19", "1951")
    assert not golden.code_matches("190", "1951")
    assert golden.code_matches("0874", "0874")


def test_scores_code_event_and_parties(tmp_path, fixed_coder):
    lines = [
        {
            "id": "g1",
            "text": "one",
            "cameo": "19",
            "event": "ASSAULT",
            "actor": "NOR",
            "recipient": "CHI",
        },
        {
            "id": "g2",
            "text": "two",
            "cameo": "04",
            "event": "CONSULT",
            "actor": "NOR",
            "recipient": None,
        },
    ]
    path = tmp_path / "golden.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    coder = fixed_coder(
        {
            "one": [make_event("ASSAULT", "190", "norway", "chile")],
            "two": [make_event("AID", "070")],
        }
    )
    report = golden.evaluate(coder, path)
    assert report.accuracy == 0.5
    assert report.extra["actor_accuracy"] == 0.5
