"""The event stage on sentences written for these tests (actors from the test table)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from tocsin.models import Dateline, Document


def by_lemma(candidates, ctx_doc, word):
    return [c for c in candidates if ctx_doc[c.trigger_start : c.trigger_end].text.endswith(word)]


def only(extract, text, code_prefix):
    found = [c for c in extract(text) if c.info.code.startswith(code_prefix)]
    assert found, f"no {code_prefix} event in {text!r}"
    return found[0]


def parties(c):
    return (c.actor.country if c.actor else None, c.recipient.country if c.recipient else None)


def test_embedded_invasion_keeps_its_own_trigger(extractor, parse):
    ctx = parse("Officials fear that Azerbaijan could soon invade Armenia.")
    found = [c for s in ctx.doc.sents for c in extractor.extract(s, ctx)]
    invasion = [c for c in found if c.info.event == "ASSAULT"]
    assert len(invasion) == 1
    assert ctx.doc[invasion[0].trigger_start].text == "invade"
    assert parties(invasion[0]) == ("AZE", "ARM")
    assert invasion[0].rule == "verbs.invade.v1"


def test_threat_by_force(extract):
    c = only(extract, "Aliyev has threatened to solve the issue by force.", "13")
    assert c.info.code == "138"
    assert c.info.event == "THREATEN"
    assert parties(c) == ("AZE", None)


def test_call_on_to_is_a_request(extract):
    c = only(extract, "Aliyev called on Armenia to open a corridor along its border.", "10")
    assert c.info.event == "REQUEST"
    assert parties(c) == ("AZE", "ARM")
    assert c.rule.startswith("verbs.call_on")


def test_sanctions_on_capital(extract):
    c = only(extract, "The European Union should impose sanctions on Baku.", "16")
    assert c.info.code == "163"
    assert parties(c) == ("EU", "AZE")


def test_possessive_nominal_invasion(extract):
    c = only(extract, "Russia's invasion of Ukraine shocked the region.", "19")
    assert parties(c) == ("RUS", "UKR")
    assert c.actor_rule == "poss"


def test_passive_agent_is_the_actor(extract):
    c = only(extract, "Armenia was attacked by Azerbaijan on Tuesday.", "19")
    assert parties(c) == ("AZE", "ARM")
    assert c.actor_rule == "agent"


def test_light_verb_gives_the_noun_its_subject(extract, parse):
    c = only(extract, "Russia carried out strikes against Ukraine.", "19")
    assert parties(c) == ("RUS", "UKR")


def test_symmetric_talks_between(extract):
    c = only(extract, "Talks between Armenia and Azerbaijan resumed in Geneva.", "04")
    assert c.symmetric
    assert {c.actor.country, c.recipient.country} == {"ARM", "AZE"}


def test_compound_actor_gives_one_record_per_pair(extract):
    found = [c for c in extract("France and Germany condemned Russia.") if c.info.code == "111"]
    assert sorted(parties(c) for c in found) == [("DEU", "RUS"), ("FRA", "RUS")]
    assert len({c.pair_key for c in found}) == 2


def test_one_known_party_is_kept(extract):
    c = only(extract, "Azerbaijan detained more than a dozen former leaders.", "17")
    assert c.info.code == "173"
    assert parties(c) == ("AZE", None)
    assert c.info.acled.sub_event_type == "Arrests"


def test_statement_only_when_nothing_else(extract):
    codes = [c.info.code for c in extract("Blinken said Russia attacked Ukraine.")]
    assert "010" not in codes
    assert any(code.startswith("19") for code in codes)
    assert [c.info.code for c in extract("Blinken said the weather was fine.")] == ["010"]


def test_false_friends_are_discarded(extract):
    assert not [
        c
        for c in extract("The government launched an attack on inflation.")
        if c.info.event == "ASSAULT"
    ]
    assert not [
        c
        for c in extract("The striker scored twice as France attacked all match.")
        if c.info.event == "ASSAULT"
    ]


def test_acled_sub_event_from_weapon(extract):
    c = only(extract, "Russian drones struck Kyiv overnight.", "19")
    assert c.info.acled.sub_event_type == "Air/drone strike"
    c = only(extract, "A suicide bomber attacked a market in Kabul.", "18")
    assert c.info.acled.sub_event_type == "Suicide bomb"
    assert c.info.code == "1831"


def test_territory_depends_on_who_took_it(extract):
    c = only(extract, "The army recaptured the town from the rebels.", "19")
    assert c.info.acled.sub_event_type == "Government regains territory"
    c = only(extract, "The rebels captured the town after heavy fighting.", "192")
    assert c.info.acled.sub_event_type == "Non-state actor overtakes territory"


def test_evidence_and_confidence(extract):
    found = extract("Russia invaded Ukraine.")
    assert found[0].rule == "verbs.invade.v1"
    bare = extract("An invasion began.")[0]
    assert found[0].confidence > bare.confidence


def test_embedded_event_ranks_below_its_frame(extract):
    found = extract("Russia threatened to impose sanctions on Georgia.")
    threat = next(c for c in found if c.info.event == "THREATEN")
    sanction = next(c for c in found if c.info.code == "163")
    assert threat.info.code == "1312"
    assert threat.confidence > sanction.confidence


def test_fast_enough(extractor, parse):
    ctx = parse(" ".join(["Russia attacked Ukraine and France condemned the strikes."] * 40))
    start = time.perf_counter()
    for sent in ctx.doc.sents:
        extractor.extract(sent, ctx)
    assert time.perf_counter() - start < 1.0


def test_negated_cooperation_is_a_refusal(extract, parse):
    found = extract("Azerbaijan will not release the Armenian prisoners.")
    refusal = [c for c in found if c.info.event == "REJECT"]
    assert refusal and refusal[0].info.code == "1243"
    assert refusal[0].rule.startswith("negation.refusal.v1+")
    ctx = parse("Azerbaijan will not release the Armenian prisoners.")
    assert ctx.doc[refusal[0].trigger_start].text == "not"


def test_framing_event_takes_the_complement_recipient(extract):
    found = extract("Armenia refused to meet with Azerbaijan.")
    refusal = next(c for c in found if c.info.event == "REJECT")
    assert refusal.info.code == "125"
    assert parties(refusal) == ("ARM", "AZE")


def test_record_keys_are_distinct(extract):
    found = extract("France and Germany condemned Russia and Iran, then held talks and exercises.")
    keys = [(c.trigger_start, c.pair_key) for c in found]
    assert len(keys) == len(set(keys))


def test_seeking_refuge_is_a_request_to_the_host(pipeline) -> None:
    events = pipeline.code_text("Thousands of Syrian Kurds sought refuge in Turkey last week.")
    asked = [e for e in events if e.event == "REQUEST"]
    assert asked and (asked[0].actor.country, asked[0].recipient.country) == ("SYR", "TUR")


def test_opening_a_border_to_someone_is_a_concession_to_them(pipeline) -> None:
    events = pipeline.code_text("Chad reopened its border to Sudanese traders on Monday.")
    opened = [e for e in events if e.trigger.text == "reopened"]
    assert opened and opened[0].event == "CONCEDE"
    assert (opened[0].actor.country, opened[0].recipient.country) == ("TCD", "SDN")


def test_holding_people_as_human_shields_is_an_assault_on_them(pipeline) -> None:
    events = pipeline.code_text("Rebels were holding villagers as human shields near Goma.")
    held = [e for e in events if e.trigger.text == "holding"]
    assert held and held[0].cameo == "184" and held[0].recipient.sector == "CVL"


def test_ordering_a_newspaper_shut_is_censorship(pipeline) -> None:
    events = pipeline.code_text(
        "The Zambian government ordered the opposition newspaper to stop publishing."
    )
    ordered = [e for e in events if e.trigger.text == "ordered"]
    assert ordered and ordered[0].cameo == "1721"
    assert (ordered[0].recipient.country, ordered[0].recipient.sector) == ("ZMB", "MED")


def test_a_news_blackout_is_censorship(pipeline) -> None:
    events = pipeline.code_text("The Malian junta imposed a news blackout on the northern regions.")
    imposed = [e for e in events if e.trigger.text == "imposed"]
    assert imposed and imposed[0].cameo == "1721" and imposed[0].actor.country == "MLI"


@pytest.mark.parametrize(
    ("text", "trigger", "event", "actor", "recipient"),
    [
        ("Serbia accepted the peace plan proposed by Russia.", "accepted", "AGREE", "SRB", "RUS"),
        ("Hamas accepted Egypt's ceasefire proposal.", "accepted", "AGREE", "PSE", "EGY"),
        ("Jordan will allow 5,000 Syrian refugees into the country.", "allow", "AID", "JOR", "SYR"),
        (
            "The Chadian government shortened the curfew in N'Djamena.",
            "shortened",
            "CONCEDE",
            "TCD",
            "TCD",
        ),
        ("Canada lowered tariffs on Mexican steel.", "lowered", "CONCEDE", "CAN", "MEX"),
        ("Iran warned that it would strike Saudi oil fields.", "warned", "THREATEN", "IRN", "SAU"),
        (
            "Kenyan students called for the withdrawal of Ugandan troops.",
            "called for",
            "REQUEST",
            "KEN",
            "UGA",
        ),
        ("Germany paid compensation to Namibian families.", "paid", "AID", "DEU", "NAM"),
        (
            "Fijian troops serve in peacekeeping missions in Lebanon.",
            "missions",
            "AID",
            "FJI",
            "LBN",
        ),
        (
            "A Kenyan court ordered the Ugandan envoy to appear on Monday.",
            "ordered",
            "REQUEST",
            "KEN",
            "UGA",
        ),
    ],
)
def test_event_with_its_pair(pipeline, text, trigger, event, actor, recipient) -> None:
    found = [e for e in pipeline.code_text(text) if e.trigger.text == trigger]
    assert found and found[0].event == event
    assert (found[0].actor.country, found[0].recipient.country) == (actor, recipient)


def test_a_refusal_is_addressed_to_whoever_the_condition_names(pipeline) -> None:
    text = "Washington will not lift the embargo until Cuba undertakes reforms."
    refused = [e for e in pipeline.code_text(text) if e.event == "REJECT"]
    assert refused and refused[0].recipient.country == "CUB"
    assert refused[0].evidence.recipient_rule == "condition.nsubj"


def test_shelling_needs_no_other_word(extract):
    found = only(extract, "Two children died in the shelling of the village.", "194")
    assert found.rule.startswith("nouns.shelling_word.v1")


def test_dropping_bombs_is_an_air_attack_not_a_cancellation(extract):
    found = only(extract, "Helicopters dropped barrel bombs on the town.", "195")
    assert found.rule.startswith("verbs.drop_bombs.v1")


def test_an_exchange_of_shelling_is_fighting(extract):
    found = only(extract, "An exchange of artillery shelling between the two armies.", "194")
    assert found.symmetric


def test_armed_forces_advancing_into_a_place(extract):
    only(extract, "Government troops advanced into the northern suburbs of the town.", "190")
    assert not [c for c in extract("Talks advanced in Geneva on Monday.") if c.info.code == "190"]


def test_a_named_armed_group_advancing_into_a_place(extract):
    only(extract, "The Taliban advance into the outskirts of Kunduz.", "190")
    only(extract, "The Houthis advanced on the port overnight.", "190")


def test_a_plural_event_noun_read_as_a_name(nlp):
    from spacy.tokens import Doc, Span

    from tocsin.events.matching import _inside_name

    doc = Doc(nlp.vocab, words=["Violent", "Clashes", "Continue", "Ahmed", "Saleh"])
    for token, tag in zip(doc, ["JJ", "NNS", "VBP", "NNP", "NNP"], strict=True):
        token.tag_ = tag
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 5, label="PERSON")]
    assert not _inside_name(doc[1])  # a plural noun is no person's name
    assert _inside_name(doc[4])


def test_a_name_that_ran_over_a_verb_leaves_the_verb_a_trigger(nlp):
    from spacy.tokens import Doc, Span

    from tocsin.events.matching import _inside_name

    words = ["The", "Coalition", "pounds", "the", "Militia", "Command"]
    heads = [1, 2, 2, 5, 5, 2]
    deps = ["det", "nsubj", "ROOT", "det", "compound", "dobj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    for token, tag in zip(doc, ["DT", "NNP", "VBZ", "DT", "NNP", "NNP"], strict=True):
        token.tag_ = tag
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 4, 6, label="ORG")]
    assert not _inside_name(doc[2])  # a finite verb with its own subject
    assert _inside_name(doc[5])


def test_a_word_of_an_organisations_name_is_no_event(pipeline):
    """ "the International *Coalition*": a word of the coalition's name, not an alliance."""
    events = pipeline.code_text("The International Coalition bombed a bridge near Mosul.")
    assert not [e for e in events if e.trigger.text == "Coalition"]
    assert [e for e in events if e.event == "ASSAULT"]


def test_seizing_a_named_place_is_taking_ground_but_a_companys_assets_are_property(pipeline):
    taken = pipeline.code_text("Rebel fighters seized Kindu after a day of fighting.")
    assert [e for e in taken if e.event == "ASSAULT" and e.cameo == "192"]
    seized = pipeline.code_text("The government seized Exxon assets on Monday.")
    assert not [e for e in seized if e.event == "ASSAULT"]
    assert [e for e in seized if e.cameo == "1711"]


def test_state_forces_after_of_are_who_fired_but_not_the_victims_of_a_massacre(pipeline):
    for text, country in (
        ("Casualties in shelling of the regime forces on the town of Kafr Zita.", None),
        ("Wounded in bombardment of the Russian warplanes on Khan Tuman.", "RUS"),
    ):
        attack = next(e for e in pipeline.code_text(text) if e.event == "ASSAULT")
        assert attack.actor.sector == "MIL"
        assert attack.evidence.actor_rule.startswith("prep:of.doer")
        assert country is None or attack.actor.country == country
        assert attack.recipient is None or attack.recipient.sector != "MIL"
    killed = pipeline.code_text("The massacre of soldiers near the airport shocked the town.")
    assert all(e.evidence.actor_rule != "prep:of.doer" for e in killed)
    positions = pipeline.code_text("The shelling of the army's positions went on all night.")
    assert all(e.evidence.actor_rule != "prep:of.doer" for e in positions)


def test_carrying_out_attacks_against_someone_is_no_protest(pipeline):
    coded = pipeline.code_text(
        "The militants carried out two raids against army posts near the dam."
    )
    assert not [e for e in coded if e.event == "PROTEST"]
    assert [e for e in coded if e.event == "ASSAULT"]
    marched = pipeline.code_text("Thousands of students marched against the new law.")
    assert [e for e in marched if e.event == "PROTEST"]


def test_a_state_named_as_where_a_blast_hit_is_not_who_set_it(pipeline):
    coded = pipeline.code_text("A bomb blast in Turkey's Hatay kills four civilians.")
    attacks = [e for e in coded if e.event == "ASSAULT"]
    assert attacks
    assert all(e.actor is None or e.actor.entry != "country.TUR" for e in attacks), attacks


def test_pushing_a_vote_back_is_no_demand(pipeline):
    delayed = pipeline.code_text("The speaker pushed back the vote to next week.")
    assert not [e for e in delayed if e.event == "REQUEST"], delayed
    launch = pipeline.code_text("The company is pushing back the launch date.")
    assert not [e for e in launch if e.event in ("REQUEST", "ASSAULT")], launch
    pressed = pipeline.code_text("Lawmakers pushed for new sanctions on Iran.")
    assert [e for e in pressed if e.event == "REQUEST"]


def test_the_doers_after_by_are_not_each_others_targets(pipeline):
    text = (
        "Twelve villagers out of 30 casualties killed by Turkish warplanes and Russian warplanes."
    )
    attacks = [e for e in pipeline.code_text(text) if e.event == "ASSAULT"]
    assert attacks
    for e in attacks:
        pair = {e.actor and e.actor.country, e.recipient and e.recipient.country}
        assert pair != {"TUR", "RUS"}, attacks


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Government troops entered the town of Kaleb after a week of fighting.", "enter_place"),
        ("Rebel fighters expand their control over the northern districts.", "expand_control"),
    ],
)
def test_armed_men_entering_a_town_or_widening_their_control_take_ground(pipeline, text, rule):
    taken = [e for e in pipeline.code_text(text) if e.cameo == "192"]
    assert taken and taken[0].evidence.rule.startswith(f"verbs.{rule}.v1"), taken


@pytest.mark.parametrize(
    "text",
    ["Tourists entered the old city at dawn.", "The firm expands its control of the market."],
)
def test_entering_a_town_or_widening_control_without_arms_is_no_force(pipeline, text):
    assert not [e for e in pipeline.code_text(text) if e.event == "ASSAULT"]


def test_drones_launched_at_a_place_are_remote_force_on_its_country(pipeline):
    events = pipeline.code_text("The Houthis launched a drone at the Saudi airport.")
    strikes = [e for e in events if e.evidence.rule.startswith("verbs.fire_missiles.v1")]
    assert strikes and strikes[0].cameo.startswith("19"), events
    assert strikes[0].recipient is not None and strikes[0].recipient.country == "SAU"


def test_who_claims_an_attack_is_its_doer_and_a_capital_before_it_is_where(pipeline):
    events = pipeline.code_text("Islamic State claims responsibility for Kabul suicide bombing.")
    bombings = [e for e in events if e.cameo.startswith("18")]
    assert bombings and {e.actor.entry.split("#")[0] for e in bombings} == {"org.isis"}, events
    assert all(e.actor.code != "AFGGOV" for e in events if e.actor)


def test_an_offensive_tagged_as_an_adjective_after_launch_is_still_the_object(pipeline):
    """ "launches offensive against …": the tagger reads "offensive" as an adjective
    complement, which only a linking verb takes."""
    events = pipeline.code_text("Turkey launches offensive against Kurdish militia in Syria")
    assert any(e.event == "ASSAULT" and e.actor and e.actor.country == "TUR" for e in events)
    tone = pipeline.code_text("The remarks became offensive to many voters.")
    assert not [e for e in tone if e.event == "ASSAULT"], tone


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces defeat Islamic State in Mosul",
        "Army routs Boko Haram from Sambisa forest",
        "Libyan forces clear last Islamic State fighters from Sirte",
    ],
)
def test_defeating_an_armed_enemy_is_fighting(extract, text):
    found = [c for c in extract(text) if c.rule == "verbs.defeat.v1"]
    assert found and found[0].info.event == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Macron defeats Le Pen in French election",
        "The government defeated a no-confidence motion.",
        "Engineers cleared mines from the road near Mosul.",
    ],
)
def test_defeating_without_arms_is_no_fighting(extract, text):
    assert not [c for c in extract(text) if c.info.event == "ASSAULT"]


def test_downing_an_aircraft_is_an_air_attack_and_a_drone_a_disrupted_weapon(extract):
    plane = [c for c in extract("Rebels downed a government helicopter in Darfur.")]
    assert [c.info.code for c in plane if c.info.event == "ASSAULT"] == ["195"]
    drones = extract("Russia said it downed 20 Ukrainian drones over Crimea.")
    assert [c.info.code for c in drones if c.rule.startswith("verbs.defuse_bomb")] == ["1711"]


def test_troops_advancing_near_a_town_fight(extract):
    found = extract("Russian troops advance near Avdiivka.")
    assert any(c.rule == "verbs.military_advance.v1" for c in found)
    assert not extract("Prices advance near record highs.")


def test_fighting_between_one_side_against_another(extract) -> None:
    """ "clashes between X against Y": the monitors' form names the other side with
    "against", not "and"."""
    found = [
        c
        for c in extract("Clashes erupted between Armenia against Azerbaijan near Tavush.")
        if c.info.event == "ASSAULT"
    ]
    assert {(c.actor.country, c.recipient and c.recipient.country) for c in found} == {
        ("ARM", "AZE")
    }, found


def _coded(pipeline, text: str, place: str, when: date) -> list:
    document = Document(
        id=Document.make_id(text), text=text, date=when, dateline=Dateline(place=place)
    )
    return [e for e in pipeline.code(document).events if e.event == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "place", "when", "sector"),
    [
        # gangs and cartels with no enemy named fight each other
        ("Cartels fought for control of Aguililla on Monday.", "Mexico", date(2021, 4, 5), "CRM"),
        # a count the parser made a second subject of the verb is no party
        (
            "Six dead as rival armed groups clash near Walikale",
            "DR Congo",
            date(2019, 10, 4),
            "REB",
        ),
    ],
)
def test_fighting_among_themselves(pipeline, text, place, when, sector) -> None:
    events = _coded(pipeline, text, place, when)
    assert any(
        e.evidence.recipient_rule
        and e.evidence.recipient_rule.startswith("rivals")
        and e.actor.sector == e.recipient.sector == sector
        for e in events
    ), events


def test_a_headline_s_pair_before_a_verb_of_fighting_are_its_two_sides(pipeline) -> None:
    """The parser rarely coordinates "X and Y" before a verbless headline's verb: the pair is
    read, not inferred from the war."""
    text = "Sudan army and paramilitary forces battle near Bahri"
    events = _coded(pipeline, text, "Sudan", date(2023, 5, 3))
    assert any(
        e.actor.sector == "MIL"
        and (e.recipient.entry or "").startswith("org.sdn-rsf")
        and e.evidence.recipient_rule.startswith("headline.object")
        for e in events
        if e.actor is not None and e.recipient is not None
    ), events
