"""A casualty sentence that follows an attack belongs to it: "Troops shelled the village on
Monday. A civilian was killed." gives one ASSAULT record with one killed.

When a sentence has exactly one act of force with a named actor, and the next sentence reports
only deaths or wounds with no attacker ("A civilian was killed.", "Three soldiers were
wounded."), that report is folded into the attack: its counts fill the attack's missing ones
(a singular victim, "a civilian", counts one), its victims become the attack's recipient when it
has none, and its trigger is listed in ``evidence.merged`` of the attack.
"""

from __future__ import annotations

from dataclasses import replace

from tocsin.events.mentions import consequence_words
from tocsin.models import Event, Size

RULE_ID = "followup.casualties.v1"
SINGULAR = ("a ", "an ", "one ")
KILL_WORDS = frozenset({"kill", "killed", "killing", "die", "died", "dead"})


def _consequence(event: Event) -> bool:
    word = event.trigger.text.lower()
    consequences = consequence_words()
    return (
        event.event == "ASSAULT"
        and event.actor is None
        and (word in consequences or word.rstrip("ed") in consequences or word in KILL_WORDS)
    )


def _counts(event: Event) -> Size | None:
    size = event.size
    if size is not None and not size.is_empty():
        return size
    victim = (event.recipient.text if event.recipient else "").lower()
    if victim.startswith(SINGULAR) and event.trigger.text.lower() in KILL_WORDS:
        return Size(killed=1)
    return None


def _completed(size: Size | None, extra: Size | None) -> Size | None:
    if extra is None:
        return size
    if size is None:
        return extra
    return size.completed(extra)


def fold_followups(events: list[Event]) -> list[Event]:
    """``events`` with each casualty-only sentence folded into the attack just before it."""
    by_sentence: dict[int, list[int]] = {}
    for position, event in enumerate(events):
        by_sentence.setdefault(event.sentence_index, []).append(position)
    replaced: dict[int, Event] = {}
    dropped: set[int] = set()
    for index, positions in by_sentence.items():
        following = by_sentence.get(index + 1, [])
        attacks = [p for p in positions if events[p].event == "ASSAULT"]
        if len(attacks) != 1 or events[attacks[0]].actor is None or not following:
            continue
        if not all(_consequence(events[p]) for p in following):
            continue
        attack = replaced.get(attacks[0], events[attacks[0]])
        for p in following:
            report = events[p]
            recipient, rule = attack.recipient, attack.evidence.recipient_rule
            if recipient is None and report.recipient is not None:
                recipient = report.recipient
                rule = f"{report.evidence.recipient_rule or 'party'}+{RULE_ID}"
            label = f"{report.trigger.text}@{report.trigger.start}:{report.evidence.rule}"
            attack = replace(
                attack,
                size=_completed(attack.size, _counts(report)),
                recipient=recipient,
                evidence=replace(
                    attack.evidence,
                    recipient_rule=rule,
                    merged=(*attack.evidence.merged, label),
                ),
            )
            dropped.add(p)
        replaced[attacks[0]] = attack
    return [replaced.get(p, e) for p, e in enumerate(events) if p not in dropped]
