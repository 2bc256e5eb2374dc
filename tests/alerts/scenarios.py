"""A small escalation stored for alert tests: accusation, threat, mobilisation."""

from __future__ import annotations

from incidents.storage import add
from tocsin.incidents import update
from tocsin.settings import Settings
from tocsin.store import Store


def escalate(store: Store, settings: Settings) -> None:
    steps = [
        ("2026-03-02", "ACCUSE", "112", "India accused Pakistan of sheltering militants."),
        ("2026-03-16", "THREATEN", "138", "India threatened to strike camps in Pakistan."),
        ("2026-03-23", "MOBILIZE", "150", "India deployed troops to the border."),
    ]
    ids = []
    for i, (day, kind, cameo, text) in enumerate(steps):
        spec = {"actor": "IND", "recipient": "PAK", "event": kind, "cameo": cameo, "text": text}
        ids += add(store, f"d{i}", "North", day, text, [spec])
    update(store, ids, settings)
