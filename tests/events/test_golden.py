"""The golden sentences of ``tests/data/golden_events.jsonl``, coded by the whole pipeline as
configured by default (the learned event-type layer on) and with the rules' own event types (the
layer off): both must pass.

Each line names the expected CAMEO code (or its two-digit root), the PLOVER type and the
countries of actor and recipient (``null`` when the sentence names none). A line may carry
``"known_gap"`` with the reason the coder still misses it; such lines are expected to fail
(strict, so a fix is noticed).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tocsin.evaluation.golden import GoldenItem, find

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden_events.jsonl"
LINES = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]


def cases():
    for line in LINES:
        marks = (
            [pytest.mark.xfail(reason=line["known_gap"], strict=True)]
            if "known_gap" in line
            else []
        )
        yield pytest.param(line, id=line["id"], marks=marks)


def test_golden_set_spans_all_roots_and_types():
    from tocsin.events.ontology import Ontology
    from tocsin.models import PLOVER_EVENTS

    assert len(LINES) >= 400
    assert {line["cameo"][:2] for line in LINES} == {f"{n:02d}" for n in range(1, 21)}
    assert {line["event"] for line in LINES} == set(PLOVER_EVENTS)
    ontology = Ontology.load()
    for line in LINES:  # the expected type is the one the ontology gives the expected code
        if len(line["cameo"]) > 2:
            assert ontology.lookup(line["cameo"]).event == line["event"], line["id"]
    assert max(Counter(line["text"] for line in LINES).values()) == 1


@pytest.mark.parametrize("layer", ["default", "rules"])
@pytest.mark.parametrize("line", cases())
def test_golden_sentence(pipeline, rules_pipeline, line, layer):
    item = GoldenItem.from_dict(line)
    events = (pipeline if layer == "default" else rules_pipeline).code_text(item.text)
    found = [
        (e.cameo, e.event, e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in events
    ]
    hit = find(item, events)
    assert hit is not None, f"no {item.cameo} event in {found}"
    assert hit.event == item.event
    assert (hit.actor.country if hit.actor else None) == item.actor, found
    assert (hit.recipient.country if hit.recipient else None) == item.recipient, found
    assert hit.evidence.rule, "every record names the rule that fired"
