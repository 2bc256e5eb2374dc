"""``…+branch``: a group named in a war where it has a local branch is that branch.

"Al-Qaeda" in a report of an attack in Mali after March 2017 is JNIM, al-Qaeda's Sahel branch,
and in Yemen AQAP — as the field names the side (UCDP codes the branch, a group of its own, not
the parent). The dictionary's dated affiliations (``affiliate-of`` in
``data/actors/armed_groups.yaml``) name the branches of a group; a party whose entry is the
parent becomes the branch whose country is the act's (its place, else the state the document is
about), when exactly one branch was the parent's on the document's date. A group whose branches
the dictionary holds as its own provinces (the Islamic State) is left alone: UCDP names one
side, "IS", for all of them. The rule is appended to the party's (``nsubj+branch``) and the
record keeps the words it was read from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from tocsin.actors.entries import Affiliation, Entry
from tocsin.events.candidates import Candidate
from tocsin.models import ActorRef

BRANCH_RULE = "branch"
AFFILIATE = "affiliate-of"


class LocalBranches:
    """The branches of each parent group, by the parent's entry id."""

    def __init__(
        self, entries: dict[str, Entry], affiliations: dict[str, tuple[Affiliation, ...]]
    ) -> None:
        self.branches: dict[str, list[tuple[Entry, Affiliation]]] = {}
        for entry_id, links in affiliations.items():
            entry = entries.get(entry_id)
            if entry is None:
                continue
            for link in links:
                if link.relation == AFFILIATE:
                    self.branches.setdefault(link.other, []).append((entry, link))
        # a group whose branches the dictionary holds as its own provinces (the Islamic State's
        # "org.isis#west-africa-province") stays the group: one side, as UCDP names it
        for parent in [p for p in self.branches if any(e.startswith(f"{p}#") for e in entries)]:
            del self.branches[parent]

    def apply(self, candidate: Candidate, country: str | None, when: date | None) -> Candidate:
        """``candidate`` with each party named by a parent group replaced by its branch in
        ``country`` on ``when``."""
        if country is None:
            return candidate
        actor = self.branch(candidate.actor, country, when)
        recipient = self.branch(candidate.recipient, country, when)
        if actor is None and recipient is None:
            return candidate
        return replace(
            candidate,
            actor=actor or candidate.actor,
            recipient=recipient or candidate.recipient,
            actor_rule=_ruled(candidate.actor_rule) if actor else candidate.actor_rule,
            recipient_rule=(
                _ruled(candidate.recipient_rule) if recipient else candidate.recipient_rule
            ),
        )

    def branch(self, party: ActorRef | None, country: str, when: date | None) -> ActorRef | None:
        """The branch in ``country`` of the group ``party`` names, or None."""
        if party is None or not party.entry:
            return None
        found = _fitting(self.branches.get(party.entry.split("#", 1)[0], ()), country, when)
        if len(found) != 1:
            return None
        return found[0].ref(party.text, when)


def _fitting(
    branches: Iterable[tuple[Entry, Affiliation]], country: str, when: date | None
) -> list[Entry]:
    return [entry for entry, link in branches if entry.country == country and link.active(when)]


def _ruled(rule: str | None) -> str:
    return f"{rule or 'party'}+{BRANCH_RULE}"
