"""State forces named by their capital or a stance word, backed groups, generic fighters and the
unnamed coalition, resolved to the country the text is about."""

from __future__ import annotations

from datetime import date

import pytest

WHEN = date(2015, 2, 10)


def assault(pipeline, text: str):
    events = [e for e in pipeline.code_text(text, date=WHEN) if e.event == "ASSAULT"]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Damascus troops recaptured the hill from the rebels in Idlib.", "SYRMIL"),
        ("Kiev troops shelled the outskirts of Donetsk.", "UKRMIL"),
        ("Kyiv forces attacked separatist positions near Luhansk.", "UKRMIL"),
        ("Russian warplanes bombed a market in Aleppo.", "RUSMIL"),
        ("Regime forces shelled the town of Maarat al-Numan in Syria.", "SYRMIL"),
        ("Pro-government militiamen attacked protesters in Homs, Syria.", "SYRMIL"),
        ("Loyalists shelled a rebel position near Hama in Syria.", "SYRMIL"),
        ("Assad's forces bombarded the suburbs.", "SYRMIL"),
        ("Haftar's forces shelled the airport.", "LBYREB"),
        ("Haftar's troops shelled the airport.", "LBYREB"),
        ("Hezbollah's fighters attacked the hill town.", "LBNREB"),
    ],
)
def test_state_and_group_forces(pipeline, text, actor):
    assert assault(pipeline, text).actor.code == actor


def test_backed_groups_are_of_the_country_fought_in(pipeline):
    event = assault(pipeline, "Russian-backed separatists shelled Mariupol overnight.")
    assert event.actor.code == "UKRREB"
    assert event.evidence.actor_rule.endswith("+country.place")
    event = assault(pipeline, "Turkish-backed factions attacked a village near Afrin in Syria.")
    assert event.actor.code == "SYRREB"


def test_fighters_linked_to_a_group_are_its_local_branch(pipeline):
    """ "IS-linked" fighters are the Islamic State's (its entry) and of the country they fight in
    (their code); a state's backing gives them no entry of its own."""
    event = assault(pipeline, "IS-linked fighters attacked a village in Niger's Tillaberi region.")
    assert event.actor.code == "NERREB"
    assert (event.actor.entry or "").split("#")[0] == "org.isis"
    assert event.evidence.actor_rule.startswith("nsubj")
    event = assault(pipeline, "Turkish-backed factions attacked a village near Afrin in Syria.")
    assert event.actor.entry is None or not event.actor.entry.startswith("org.")


def test_pro_prefixed_fighters_are_not_of_the_named_state(pipeline):
    event = assault(pipeline, "Pro-Russian rebels attacked a checkpoint in Ukraine's east.")
    assert event.actor.country != "RUS"


def test_generic_fighters_take_the_country_the_text_is_about(pipeline):
    text = (
        "Fighting flared again in eastern Ukraine. Ukraine's defence ministry counted the dead. "
        "Insurgents attacked a checkpoint overnight."
    )
    events = [e for e in pipeline.code_text(text, date=WHEN) if e.event == "ASSAULT"]
    attack = next(e for e in events if e.actor and e.actor.text == "Insurgents")
    assert attack.actor.code == "UKRREB"
    assert attack.evidence.actor_rule == "nsubj+country.document"


def test_opposition_fighters_and_rebel_factions_are_rebels(resolver):
    assert resolver.lookup("opposition fighters").sector == "REB"
    assert resolver.lookup("the rebel factions").sector == "REB"


def test_an_unnamed_coalition_is_the_coalition_of_the_war(pipeline):
    event = assault(pipeline, "Coalition aircraft struck Islamic State positions near Mosul.")
    assert (event.actor.code, event.actor.entry) == ("USAMIL", "org.us-led-coalition")
    event = assault(pipeline, "The coalition bombed Houthi positions near the port.")
    assert event.actor.entry == "org.saudi-led-coalition"


def test_a_coalition_in_politics_stays_a_party(resolver):
    assert resolver.lookup("the ruling coalition").sector == "PTY"


def test_the_dateline_tells_the_country_the_text_is_about(pipeline):
    text = "KRAMATORSK, Ukraine (Reuters) - Insurgents attacked a checkpoint overnight."
    event = assault(pipeline, text)
    assert event.actor.code == "UKRREB"
    assert event.evidence.actor_rule == "nsubj+country.document"


def test_no_country_is_made_up_when_two_are_named_as_often(pipeline):
    text = "Russia and Ukraine traded blame. Gunmen attacked a checkpoint overnight."
    event = next(e for e in pipeline.code_text(text, date=WHEN) if e.event == "ASSAULT")
    assert event.actor.country is None


def test_the_dateline_alone_tells_which_coalition_an_unnamed_one_is(pipeline):
    """No party of the war is named in the sentence; the dateline's country is the cue."""
    event = assault(pipeline, "SAADA, Yemen (Reuters) - Coalition air strikes killed 20 people.")
    assert event.actor.entry == "org.saudi-led-coalition"
    event = assault(pipeline, "Coalition air strikes killed 20 people in the north.")
    assert event.actor is None or event.actor.entry != "org.saudi-led-coalition"


def test_an_acronym_two_forces_share_is_the_force_of_the_documents_war(pipeline, mentions):
    somali = assault(pipeline, "SNA troops killed 8 al-Shabaab fighters near Afgoye.")
    assert somali.actor.entry == "org.som-army"
    found = dict(mentions("SNA troops killed 8 al-Shabaab fighters near Afgoye.", WHEN))
    assert found["SNA troops"].rule == "acronym.context"
    syrian = assault(pipeline, "SNA factions clashed with the SDF near Manbij.")
    assert syrian.actor.entry.startswith("org.fsa")
    alone = dict(mentions("SNA troops moved into the town.", WHEN))
    assert alone["SNA troops"].rule != "acronym.context"  # no cue: the name stays as matched


def test_a_weapons_maker_is_not_who_fires_them(pipeline):
    """ "Iranian-made drones": Iran made them; it is not the drones' state."""
    events = pipeline.code_text(
        "Iranian-made drones hit power plants in Kyiv.", date=date(2023, 3, 1)
    )
    parties = [p for e in events for p in (e.actor, e.recipient) if p is not None]
    assert parties and all(p.country != "IRN" for p in parties)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("KDF soldiers killed ten militants.", "KENMIL"),
        ("UPDF troops attacked a rebel camp in Ituri.", "UGAMIL"),
        ("CRPF personnel raided a Maoist camp in Sukma.", "INDCOP"),
        ("The Counter Terrorism Department raided a hideout in Quetta.", "PAKCOP"),
    ],
)
def test_state_forces_named_by_their_own_name(pipeline, text, actor):
    assert assault(pipeline, text).actor.code == actor
