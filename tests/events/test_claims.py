"""A claim of responsibility names the attacker of the attack it follows."""

from __future__ import annotations

from datetime import date

import pytest

WHEN = date(2019, 8, 18)


def attacks(pipeline, text: str):
    return [e for e in pipeline.code_text(text, date=WHEN) if e.event == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed 20 people at a market. The Taliban claimed responsibility.",
        "Suicide bomber kills 63 at Kabul wedding; Taliban claims responsibility",
    ],
)
def test_the_claimer_is_the_attacker_the_attack_left_unnamed(pipeline, text) -> None:
    found = attacks(pipeline, text)
    assert found and {e.actor.entry.split("#")[0] for e in found} == {"org.taliban"}, found
    assert {e.evidence.actor_rule for e in found} == {"claimed.responsibility"}


@pytest.mark.parametrize(
    "text",
    [
        # a state's forces are named: the claim is not theirs
        "The army killed 10 militants and the Taliban claimed responsibility.",
        # no one claims, or the group denies it
        "A suicide bomber killed 20 people at a market. No group claimed responsibility.",
        "A suicide bomber killed 20 people at a market. The Taliban did not claim responsibility.",
        # the claim names another attack
        "A bomber killed 20 people. The Taliban claimed responsibility for a raid in Herat.",
    ],
)
def test_a_named_attacker_a_denied_or_another_claim_changes_nothing(pipeline, text) -> None:
    found = attacks(pipeline, text)
    assert found and all(e.evidence.actor_rule != "claimed.responsibility" for e in found), found
