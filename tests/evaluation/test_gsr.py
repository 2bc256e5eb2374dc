from __future__ import annotations

import json

from tocsin.evaluation import gsr

from .conftest import make_event


def test_plover_05_types_are_mapped(tmp_path, fixed_coder):
    records = [
        {"id": "doc", "event": "DOCUMENT", "eventText": "header"},
        {
            "id": "1",
            "event": "FIGHT",
            "text": "Tanks shelled the border.",
            "source": [{"actorText": "Tanks", "code": "NOR"}],
            "target": "the border",
        },
        {
            "id": "2",
            "event": "DEMAND",
            "text": "Chile demanded talks.",
            "source": [{"actorText": "Chile", "code": "CHL"}],
        },
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    coder = fixed_coder(
        {
            "Tanks shelled the border.": [make_event("ASSAULT", "194", "nor")],
            "Chile demanded talks.": [
                make_event("CONSULT", "040", "peru", confidence=0.9),
                make_event("REQUEST", "106", "chile", confidence=0.2),
            ],
        }
    )
    items = list(gsr.read(path))
    assert [i.label for i in items] == ["ASSAULT", "REQUEST"]
    assert gsr.evaluate(coder, path).accuracy == 1.0
