"""Which signal channel an event of each factuality status feeds."""

from __future__ import annotations

from typing import Literal

from tocsin.models import FACTUALITY_STATUSES

Channel = Literal["happened", "risk"]

HAPPENED = frozenset({"asserted", "alleged"})
RISK = frozenset({"possible", "future", "conditional", "requested"})


def channel(status: str) -> Channel | None:
    """``"happened"`` for asserted/alleged, ``"risk"`` for hypothetical, ``None`` otherwise.

    Negated and denied events feed neither: a denied invasion is not an invasion, and not a
    threat of one either.
    """
    if status not in FACTUALITY_STATUSES:
        raise ValueError(f"unknown factuality status {status!r}")
    if status in HAPPENED:
        return "happened"
    if status in RISK:
        return "risk"
    return None
