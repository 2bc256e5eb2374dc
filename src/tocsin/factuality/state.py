"""The factuality of a predicate as it is built up, cue by cue, from the predicate outwards."""

from __future__ import annotations

from dataclasses import dataclass, replace

from tocsin.models import Factuality

ASSERTED_SCORE = 3.0


@dataclass(frozen=True)
class State:
    """Status, FactBank score, and the cue (text and id) that last decided them."""

    status: str = "asserted"
    score: float = ASSERTED_SCORE
    cue: str | None = None
    rule: str | None = None

    def set(self, status: str, score: float, cue: str | None, rule: str | None) -> State:
        return State(status, max(-3.0, min(3.0, score)), cue, rule)

    def weaken(self, status: str, limit: float, cue: str | None, rule: str | None) -> State:
        """Lower the commitment to at most ``limit`` (keeping the sign of a negated event)."""
        if self.score > 0:
            if self.score <= limit and self.status not in ("asserted", "alleged"):
                return self
            return self.set(status, min(self.score, limit), cue, rule)
        if self.score == 0:
            return self if self.status != "asserted" else self.set(status, 0.0, cue, rule)
        # a negated event under an uncertain operator: still negated, less certainly
        return replace(self, score=max(self.score, -abs(limit) if limit else self.score))

    def factuality(self) -> Factuality:
        return Factuality(status=self.status, score=round(self.score, 2), cue=self.cue)
