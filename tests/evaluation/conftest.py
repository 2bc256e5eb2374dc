"""Hand-made records for scoring tests: a coder that returns fixed events per text."""

from __future__ import annotations

import pytest

from tocsin.models import Acled, ActorRef, Event, Factuality, Trigger


def make_event(
    event: str,
    cameo: str,
    actor: str | None = None,
    recipient: str | None = None,
    *,
    confidence: float = 0.5,
    acled: str | None = None,
    acled_type: str = "Battles",
    status: str = "asserted",
    quad: int = 1,
    start: int = 0,
) -> Event:
    return Event(
        id=f"ev-{cameo}-{actor}-{recipient}",
        doc_id="d",
        sentence_index=0,
        sentence="s",
        trigger=Trigger("t", start, start + 1),
        event=event,
        cameo=cameo,
        quad_class=quad,
        goldstein=0.0,
        acled=Acled(acled_type, acled) if acled else None,
        actor=ActorRef(actor, country=actor[:3].upper()) if actor else None,
        recipient=ActorRef(recipient, country=recipient[:3].upper()) if recipient else None,
        factuality=Factuality(status, 1.0 if status == "future" else 3.0),
        confidence=confidence,
    )


@pytest.fixture
def fixed_coder():
    """Build a coder from ``{text: [events]}``; unknown texts give no events."""

    def build(table):
        return lambda text: table.get(text, [])

    return build
