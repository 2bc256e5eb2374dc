from __future__ import annotations

from tocsin.evaluation.selection import overlaps
from tocsin.models import ActorRef


def test_a_party_overlaps_by_its_words_or_its_resolved_name():
    assert overlaps(ActorRef("the Kenyan police", country="KEN"), "Kenyan police")
    # "it said": the pronoun's antecedent is in the resolved name
    assert overlaps(
        ActorRef("it", name="Afghan government", country="AFG"), "The Afghan government"
    )
    assert not overlaps(ActorRef("it", country="AFG"), "The Afghan government")
    assert overlaps(ActorRef("it", country="AFG"), "Kabul", gold_codes=("AFG",))
