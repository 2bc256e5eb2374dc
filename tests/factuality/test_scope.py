"""How cues combine through embedding, and which rule decides."""

from __future__ import annotations

import pytest

from tocsin.factuality import FactualityAssessor


@pytest.fixture(scope="module")
def assessor(settings) -> FactualityAssessor:
    return FactualityAssessor.load(settings)


def assess(nlp, assessor, text: str, word: str, nth: int = 0):
    doc = nlp(text)
    token = [t for t in doc if t.text == word][nth]
    return assessor.assess(token, None)


def test_denial_of_a_possibility_is_a_denial(nlp, assessor) -> None:
    factuality, _, rule = assess(
        nlp, assessor, "Officials denied that troops could attack.", "attack"
    )
    assert (factuality.status, rule) == ("denied", "pred.denial.verb")
    assert -2 <= factuality.score < 0  # less certain than denying a plain past attack
    plain, _, _ = assess(
        nlp, assessor, "Officials denied that troops attacked the town.", "attacked"
    )
    assert plain.score < factuality.score


def test_cue_names_the_words_that_decided(nlp, assessor) -> None:
    factuality, _, _ = assess(nlp, assessor, "Russia did not attack the convoy.", "attack")
    assert factuality.cue == "not"
    factuality, _, _ = assess(nlp, assessor, "Japan does not intend to send troops.", "send")
    assert factuality.cue == "not intend"


def test_asserted_events_have_no_cue_or_rule(nlp, assessor) -> None:
    factuality, attribution, rule = assess(
        nlp, assessor, "Serbia expelled two diplomats.", "expelled"
    )
    assert (factuality.status, factuality.score, factuality.cue, rule) == (
        "asserted",
        3.0,
        None,
        None,
    )
    assert attribution.speaker is None


def test_refusal_trigger_reads_as_asserted(nlp, assessor) -> None:
    # a refusal coded from its negation ("will not release") is itself an asserted event
    factuality, _, rule = assess(nlp, assessor, "Hamas will not release the hostages.", "not")
    assert factuality.status == "future"  # the refusal is announced for the future
    factuality, _, rule = assess(nlp, assessor, "Hamas did not release the hostages.", "not")
    assert (factuality.status, rule) == ("asserted", "scope.refusal_trigger")


def test_coordinated_predicates_share_negation_only_without_own_subject(nlp, assessor) -> None:
    shared, _, _ = assess(nlp, assessor, "Troops did not loot or burn the village.", "burn")
    assert shared.status == "negated"
    own, _, _ = assess(
        nlp, assessor, "Troops did not loot the village, and the militia burned it.", "burned"
    )
    assert own.status == "asserted"


def test_object_of_a_hypothetical_verb_keeps_its_own_factuality(nlp, assessor) -> None:
    factuality, _, _ = assess(
        nlp, assessor, "Officials met to discuss the attack on the convoy.", "attack"
    )
    assert factuality.status == "asserted"


def test_event_noun_subject_of_a_modal(nlp, assessor) -> None:
    factuality, _, _ = assess(
        nlp, assessor, "An invasion would bring serious consequences.", "invasion"
    )
    assert factuality.status == "possible"


def test_score_span_uses_the_head_of_a_multiword_span(nlp, assessor) -> None:
    text = "The rebels may have seized the airport."
    doc = nlp(text)
    start = text.index("have seized")
    result = assessor.score_span(doc, start, start + len("have seized"))
    assert result.status == "possible"
    with pytest.raises(ValueError, match="no token"):
        assessor.score_span(doc, len(text) + 5, len(text) + 9)


def test_an_act_a_charge_names_is_alleged(nlp, assessor) -> None:
    """ "charged *with* murdering": the charge alleges the act; an indictment *over* an act
    that happened leaves that act asserted."""
    factuality, _, rule = assess(
        nlp, assessor, "A soldier was charged with murdering three civilians.", "murdering"
    )
    assert (factuality.status, rule) == ("alleged", "pred.claim.charge_with")
    over, _, _ = assess(
        nlp, assessor, "Two men were indicted over the bombing of the market.", "bombing"
    )
    assert over.status == "asserted"
