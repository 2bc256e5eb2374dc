"""How much one report counts in the "happened" channel and in the "risk" channel."""

from __future__ import annotations

from dataclasses import dataclass

from tocsin.factuality.channel import channel
from tocsin.resources import load_yaml


@dataclass(frozen=True)
class Rung:
    """One step of the escalation ladder."""

    id: str
    rung: int
    name: str
    events: frozenset[str]


@dataclass(frozen=True)
class SignalWeights:
    """Factuality weights per channel, the risk event types and the escalation ladder."""

    happened: dict[str, float]
    risk: dict[str, float]
    risk_events: frozenset[str]
    risk_families: frozenset[str]
    ladder: tuple[Rung, ...]

    @classmethod
    def load(cls, path: str = "signals/weights.yaml") -> SignalWeights:
        data = load_yaml(path)
        return cls(
            happened={row["status"]: float(row["weight"]) for row in data["happened"]},
            risk={row["status"]: float(row["weight"]) for row in data["risk"]},
            risk_events=frozenset(row["event"] for row in data["risk_events"]),
            risk_families=frozenset(row["event"] for row in data["risk_families"]),
            ladder=tuple(
                sorted(
                    (
                        Rung(row["id"], int(row["rung"]), row["name"], frozenset(row["events"]))
                        for row in data["ladder"]
                    ),
                    key=lambda r: r.rung,
                )
            ),
        )

    def channel(self, status: str) -> str | None:
        """``"happened"``, ``"risk"`` or ``None`` (denied, negated): the factuality stage's map."""
        return channel(status)

    def happened_weight(self, status: str) -> float:
        """Weight of a report in the count of events that happened (0 for hypotheticals)."""
        if self.channel(status) != "happened":
            return 0.0
        return self.happened.get(status, 0.0)

    def risk_weight(self, event: str, status: str) -> float:
        """Weight of a report in the risk channel.

        Hypothetical conflict (``could invade``) counts by its status; threats and
        mobilisation count when reported as happening; everything else weighs 0.
        """
        channel = self.channel(status)
        if channel == "risk" and event in self.risk_families:
            return self.risk.get(status, 0.0)
        if channel == "happened" and event in self.risk_events:
            return self.risk.get(status, 0.0)
        return 0.0

    def rung_of(self, event: str) -> Rung | None:
        """The ladder rung of a PLOVER event type, if it is on the ladder."""
        for rung in self.ladder:
            if event in rung.events:
                return rung
        return None
