"""One record per event mention; headlines read by word order; holders; wire sources."""

from __future__ import annotations

from datetime import date

WHEN = date(2015, 2, 10)


def _assaults(pipeline, text: str):
    return [e for e in pipeline.code_text(text, date=WHEN) if e.event == "ASSAULT"]


def test_one_attack_named_by_several_triggers_is_one_record(pipeline) -> None:
    found = _assaults(pipeline, "Government troops shelled the village, killing four civilians.")
    assert len(found) == 1
    record = found[0]
    assert record.trigger.text == "shelled"
    assert [m.split("@")[0] for m in record.evidence.merged] == ["killing"]
    assert record.actor is not None and record.actor.sector == "MIL"
    assert record.recipient is not None and record.recipient.sector == "CVL"
    assert record.size is not None and record.size.killed == 4


def test_two_attacks_stay_two(pipeline) -> None:
    found = _assaults(
        pipeline, "Clashes erupted in the north and jets bombed a bridge in the south."
    )
    assert len(found) == 2


def test_killed_in_an_assault_takes_the_attacker_and_sums_the_dead(pipeline) -> None:
    found = _assaults(
        pipeline, "Three soldiers and two civilians killed in rebel assault on the town"
    )
    assert len(found) == 1 and found[0].trigger.text == "assault"
    assert found[0].actor is not None and found[0].actor.sector == "REB"
    assert found[0].recipient is not None and found[0].recipient.sector == "MIL"
    assert found[0].size is not None and found[0].size.killed == 5


def test_a_verbless_headline_is_read_by_word_order(pipeline) -> None:
    found = _assaults(pipeline, "Ukrainian army pounds rebels in the east")
    assert found and found[0].evidence.rule.endswith("+headline.v1")
    assert found[0].actor is not None and found[0].actor.code == "UKRMIL"


def test_holders_of_an_attacked_place_are_the_target(pipeline) -> None:
    found = _assaults(pipeline, "Rebels shelled the airport held by government troops.")
    assert found and found[0].recipient is not None and found[0].recipient.sector == "MIL"
    assert found[0].evidence.recipient_rule == "dobj.by"
    found = _assaults(pipeline, "Ukrainian troops shelled the separatist-held town of Horlivka.")
    assert found and found[0].recipient is not None and found[0].recipient.sector == "REB"


def test_clashes_between_two_parties_on_the_verb(pipeline) -> None:
    found = _assaults(pipeline, "Clashes continue between the army and the rebels near the border")
    assert len(found) == 1
    parties = {found[0].actor.sector, found[0].recipient.sector}
    assert parties == {"MIL", "REB"}


def test_the_wire_source_is_the_attribution(pipeline) -> None:
    events = pipeline.code_text("UPDATE 2-Rebels shell army positions near the airport - military")
    found = [e for e in events if e.event == "ASSAULT"]
    assert found and "UPDATE" not in found[0].sentence
    assert found[0].attribution.speaker is not None
    assert found[0].attribution.speaker.text == "military" and found[0].attribution.cue == "-"


def test_a_double_dash_sets_the_wire_source_apart(pipeline) -> None:
    events = pipeline.code_text("Clashes in the capital leave 20 dead -- health ministry")
    found = [e for e in events if e.event == "ASSAULT"]
    assert found and found[0].size is not None and found[0].size.killed == 20
    assert found[0].attribution.speaker.text == "health ministry"
    assert found[0].attribution.cue == "--"


def test_rebels_fighting_a_state_are_its_rebels(pipeline) -> None:
    found = _assaults(pipeline, "Nigerian troops attacked the insurgents.")
    assert found and found[0].recipient is not None
    assert found[0].recipient.country == "NGA"
    assert found[0].evidence.recipient_rule.endswith("country.opponent_state")


def test_a_casualty_sentence_after_an_attack_is_folded_into_it(pipeline) -> None:
    events = pipeline.code_text("Troops attacked the village on Monday. A civilian was killed.")
    found = [e for e in events if e.event == "ASSAULT"]
    assert len(found) == 1 and found[0].trigger.text == "attacked"
    assert found[0].size is not None and found[0].size.killed == 1
    assert found[0].recipient is not None and found[0].recipient.sector == "CVL"
    assert found[0].evidence.recipient_rule.endswith("followup.casualties.v1")
    assert [m.split("@")[0] for m in found[0].evidence.merged] == ["killed"]


def test_two_attacks_in_two_sentences_stay_two(pipeline) -> None:
    events = pipeline.code_text("Rebels shelled the town. The army shelled the hills.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def _merged(record) -> list[str]:
    return [m.split("@")[0] for m in record.evidence.merged]


def test_a_result_verb_joins_the_casualties_to_the_attack(pipeline) -> None:
    found = _assaults(
        pipeline, "Artillery shelling leaves five casualties and ten wounded in the town"
    )
    assert len(found) == 1 and found[0].trigger.text == "shelling"
    assert set(_merged(found[0])) >= {"casualties", "wounded"}


def test_a_participle_of_result_joins_the_people_killed(pipeline) -> None:
    found = _assaults(pipeline, "Government troops shelled the village leaving four people killed")
    assert len(found) == 1 and found[0].trigger.text == "shelled"
    found = _assaults(pipeline, "Airstrikes target the market and cause casualties among civilians")
    assert len(found) == 1 and "casualties" in _merged(found[0])


def test_casualties_of_a_named_attack_through_a_conjunct(pipeline) -> None:
    found = _assaults(pipeline, "Six casualties and dozens of injuries in raids on the town")
    assert len(found) == 1 and found[0].trigger.text == "raids"


def test_a_relative_clause_of_the_attack_is_the_same_mention(pipeline) -> None:
    found = _assaults(pipeline, "Four dead in the raids which targeted the village on Sunday")
    assert len(found) == 1 and found[0].trigger.text == "raids"
    assert "targeted" in _merged(found[0])


def test_casualties_of_another_clause_stay_apart(pipeline) -> None:
    found = _assaults(
        pipeline, "Rebels shelled the town and the army killed five fighters in the hills"
    )
    assert len(found) == 2


def test_coordinated_parties_of_one_code_give_one_record(pipeline) -> None:
    found = _assaults(pipeline, "Ukrainian troops and Ukrainian soldiers shelled the village")
    assert len(found) == 1


def test_the_actor_noun_taken_for_the_verb_in_a_headline(pipeline) -> None:
    found = _assaults(pipeline, "The Ukrainian forces shell areas near Donetsk")
    assert found and found[0].trigger.text == "shell"
    assert found[0].actor is not None and found[0].actor.country == "UKR"


def test_an_accompanying_act_is_the_same_mention(pipeline) -> None:
    found = _assaults(pipeline, "Heavy clashes accompanied by shelling in the east of the province")
    assert len(found) == 1 and "shelling" in _merged(found[0])


def test_stages_of_one_offensive_are_one_mention(pipeline) -> None:
    found = _assaults(
        pipeline, "Ukrainian troops advance in the east of the region and control two villages"
    )
    assert len(found) == 1 and set(_merged(found[0])) | {found[0].trigger.text} >= {
        "advance",
        "control",
    }


def test_a_noun_naming_an_attack_stands_for_the_actor_of_a_headline(pipeline) -> None:
    found = _assaults(pipeline, "Aerial bombardment kills and wounds 30 people in Donetsk")
    assert found and found[0].evidence.rule.endswith("+headline.v1")
    assert found[0].evidence.actor_rule != "headline.subject"


def test_an_attack_told_along_a_headline_is_one_record(pipeline) -> None:
    found = _assaults(pipeline, "Jets pound the hill villages and cause casualties and injuries")
    assert len(found) == 1
    assert [m.split("@")[0] for m in found[0].evidence.merged] == ["casualties"]


def test_a_casualty_line_after_a_comma_joins_the_attack(pipeline) -> None:
    found = _assaults(pipeline, "Government troops shell the river town, casualties reported")
    assert len(found) == 1 and found[0].trigger.text == "shell"


def test_attacks_on_two_places_in_one_bulletin_stay_two(pipeline) -> None:
    found = _assaults(
        pipeline, "Rebels shell the airport road and warplanes bomb villages near the coast"
    )
    assert len(found) == 2


def test_a_casualty_clause_after_the_attack_joins_it(pipeline) -> None:
    found = _assaults(pipeline, "Nigerian troops attacked the camp, and 12 insurgents were killed")
    assert len(found) == 1
    assert found[0].actor is not None and found[0].actor.code == "NGAMIL"


def test_casualties_and_wounded_left_by_an_attack_are_one_record(pipeline) -> None:
    found = _assaults(
        pipeline, "Mortar shells hit Kharkiv and Izium city leaving casualties and wounded"
    )
    assert len(found) == 1
    assert {m.split("@")[0] for m in found[0].evidence.merged} >= {"casualties", "wounded"}


def test_the_means_of_an_attack_is_the_same_record(pipeline) -> None:
    found = _assaults(pipeline, "Jets killed two families by bombing a market in Sanaa")
    assert len(found) == 1


def test_the_victims_of_a_killing_in_an_attack_are_its_target(pipeline) -> None:
    """ "kill 15 worshippers *in* mosque *attack*": the parser hangs the attack from the
    victims; the one attack's target is the worshippers, not the country it happened in."""
    found = _assaults(pipeline, "Gunmen kill 15 worshippers in mosque attack in Niger")
    assert len(found) == 1
    assert found[0].recipient is not None and found[0].recipient.sector == "REL"
    assert found[0].size is not None and found[0].size.killed == 15


def test_an_attack_named_inside_its_victims_words_is_the_killing(pipeline) -> None:
    """ "kill 50 soldiers in Burkina Faso *attack*": the attack's modifier lies inside the
    victims' words, which are not its doer; one record, the militants' (written for tocsin)."""
    found = _assaults(pipeline, "Islamist militants kill 50 soldiers in Burkina Faso attack")
    assert len(found) == 1
    assert (found[0].actor.sector, found[0].recipient.sector) == ("REB", "MIL")


def test_the_doer_of_a_repelled_attack_keeps_the_attack(pipeline) -> None:
    """ "repel an attack *by* X": X is the repelled party and the attack's doer, two acts."""
    found = _assaults(pipeline, "Government troops repel attack by rebel forces near the city")
    assert len(found) == 2


def test_a_headline_verbs_result_after_a_comma_joins_it(pipeline) -> None:
    """ "Jihadists *ambush* convoy …, *killing* 37": the parser hangs the participle from the
    object it reads as the root; one attack on the workers killed."""
    found = _assaults(pipeline, "Jihadists ambush convoy in Burkina Faso, killing 37 mine workers")
    assert len(found) == 1
    assert found[0].actor.sector == "REB"
    assert found[0].recipient.sector == "CVL" and found[0].size.killed == 37
