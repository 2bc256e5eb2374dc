"""The theatre's principal dyad (``tocsin.events.theatre.dyad``)."""

from __future__ import annotations

from datetime import date


def test_a_clash_naming_no_party_is_the_principal_dyad(pipeline, only) -> None:
    event = only(pipeline, "Clashes erupt in Helmand's Sangin district", date(2016, 3, 1))
    assert {event.actor.code, event.recipient.code} == {"AFGMIL", "AFGREB"}
    assert event.evidence.actor_rule == event.evidence.recipient_rule == "theatre.dyad"
    assert event.recipient.entry == "org.taliban#insurgency"
    assert event.confidence <= 0.2


def test_bombings_naming_no_one_are_not_given_the_dyad(pipeline, only) -> None:
    event = only(
        pipeline, "Suicide truck bomb kills 120 in Baghdad shopping district", date(2016, 7, 3)
    )
    assert "theatre" not in (event.evidence.actor_rule or "")
    assert "theatre" not in (event.evidence.recipient_rule or "")


def test_a_clause_of_its_own_beside_a_named_attacker(pipeline, assaults) -> None:
    text = (
        "DAMASCUS, Syria (Reuters) - Regime forces shell the outskirts of Maarat al-Numan "
        "and clashes flare up in the mountains of Latakia."
    )
    found = assaults(pipeline, text, date(2017, 2, 3))
    by_trigger = {e.trigger.text: e for e in found}
    assert by_trigger["shell"].actor.code == "SYRMIL"
    clash = next(e for e in found if e.trigger.text.endswith("clashes"))
    assert clash.evidence.actor_rule in ("theatre.dyad", "theatre.named_party")
    assert {clash.actor.code, clash.recipient.code} == {"SYRMIL", "SYRREB"}


def test_a_toll_naming_no_one_is_the_dyad(pipeline, assaults, only) -> None:
    event = only(pipeline, "Nineteen killed in the Nad Ali district of Helmand", date(2016, 6, 3))
    assert {event.actor.code, event.recipient.code} == {"AFGMIL", "AFGREB"}
    assert event.evidence.actor_rule == "theatre.dyad"
    # a toll of civilians keeps its victims (its attacker is at most a stand-in,
    # ``theatre.victims``)
    for event in assaults(
        pipeline, "Nineteen civilians killed in the Nad Ali district of Helmand", date(2016, 6, 3)
    ):
        assert event.recipient.sector == "CVL"
        assert (event.evidence.actor_rule or "") in ("", "theatre.victims", "unidentified.place")


def test_a_blast_with_no_doer_is_the_fighting_over_its_place(pipeline, only) -> None:
    # the SDF held Hasakah province against the Islamic State: who planted the mine is the
    # holder's enemy
    text = "DAMASCUS, Syria (Reuters) - A landmine went off near al-Shaddadi in Hasakah province."
    event = only(pipeline, text, date(2017, 9, 4))
    assert event.evidence.actor_rule == "theatre.dyad"
    assert event.actor.entry.startswith("org.isis")
    assert event.recipient.entry.startswith("org.sdf")


def test_a_doer_no_dictionary_knows_is_not_replaced_by_the_dyad(pipeline, assaults) -> None:
    """ "Masked *intruders* kill 18": the verb's own subject names the doer; the war's
    principal dyad (the state killing its enemy) would reverse it (written for tocsin)."""
    for event in assaults(pipeline, "Masked intruders kill 18 in Katsina", date(2017, 6, 1)):
        assert "theatre.dyad" not in (event.evidence.actor_rule or "")


def test_fighting_between_peoples_or_clans_is_not_the_theatre_s_war(pipeline, only) -> None:
    """ "Tribal clashes" in Darfur are no fighting of the state and its rebels."""
    for text in (
        "Tribal clashes kill 30 in South Darfur",
        "Clan militias clash over a well in Galgaduud, nine dead",
    ):
        event = only(pipeline, text, date(2019, 5, 1))
        rules = (event.evidence.actor_rule or "", event.evidence.recipient_rule or "")
        assert not any(rule.startswith("theatre.") for rule in rules), event
