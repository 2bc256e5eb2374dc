from __future__ import annotations

import pytest

from tocsin.events.ontology import Ontology
from tocsin.events.refine import Refiner


@pytest.fixture(scope="module")
def refiner() -> Refiner:
    ontology = Ontology.load()
    return Refiner.load(set(ontology.sub_event_types()), set(ontology.codes()))


@pytest.mark.parametrize(
    ("text", "verb", "family", "code"),
    [
        ("Chile urged Peru to release the fishermen.", "urged", "appeal", "0253"),
        ("Chile urged Peru to resume negotiations.", "urged", "appeal", "026"),
        ("Chile demanded that Peru withdraw its troops.", "demanded", "demand", "1056"),
        ("Chile threatened to use force.", "threatened", "threaten", "138"),
        ("Chile threatened to impose sanctions.", "threatened", "threaten", "1312"),
        ("Chile rejected the proposal for talks.", "rejected", "reject", "125"),
        ("Chile accused Peru of corruption.", "accused", "accuse", "1121"),
    ],
)
def test_topic_codes(nlp, refiner, text, verb, family, code):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == verb)
    assert refiner.topic_code(trigger, family)[0] == code


def test_scene_prepositions_are_not_topics(nlp, refiner):
    doc = nlp("Chile urged Peru to act in the talks.")
    trigger = next(t for t in doc if t.text == "urged")
    assert refiner.topic_code(trigger, "appeal") is None


@pytest.mark.parametrize(
    ("text", "word", "code", "sub_event"),
    [
        ("Jets attacked the convoy.", "attacked", "190", "Air/drone strike"),
        (
            "Insurgents attacked the base with mortars.",
            "attacked",
            "190",
            "Shelling/artillery/missile attack",
        ),
        ("A man threw a grenade into the bar.", "threw", "183", "Grenade"),
        ("Police fired tear gas at the protesters.", "fired", "175", "Protest with intervention"),
        (
            "Police fired live rounds at the protesters, killing two.",
            "fired",
            "175",
            "Excessive force against protesters",
        ),
    ],
)
def test_acled_cues(nlp, refiner, text, word, code, sub_event):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    cue = refiner.acled_cue(trigger, code)
    assert cue is not None and cue.sub_event == sub_event


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar security forces kill 38 protesters in Yangon",
        "Police shoot dead five protesters in Khartoum",
    ],
)
def test_killing_protesters_stays_an_assault(pipeline, text) -> None:
    """Deadly force against protesters keeps its act of force (UCDP counts it as one-sided
    violence) and gets ACLED's sub-event type."""
    events = [e for e in pipeline.code_text(text) if e.recipient and e.recipient.sector == "OPP"]
    assert events and all(e.event == "ASSAULT" for e in events)
    assert events[0].acled is not None
    assert events[0].acled.sub_event_type == "Excessive force against protesters"


def test_no_cue_in_plain_sentence(nlp, refiner):
    doc = nlp("Troops attacked the hill.")
    assert refiner.acled_cue(doc[1], "190") is None


def test_territory_by_actor_sector():
    assert (
        Refiner.territory("Non-state actor overtakes territory", "MIL")
        == "Government regains territory"
    )
    assert (
        Refiner.territory("Government regains territory", "REB")
        == "Non-state actor overtakes territory"
    )
    assert Refiner.territory("Government regains territory", None) == "Government regains territory"
    assert Refiner.territory("Armed clash", "MIL") == "Armed clash"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Islamist fighters retook the village.", "REB"),
        ("Government troops retook the village.", "GOV"),
        ("They retook the village.", None),
    ],
)
def test_territory_sector_from_subject_words(nlp, refiner, text, sector):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == "retook")
    assert refiner.territory_sector(trigger) == sector


def test_a_coordinated_act_keeps_its_own_cue(nlp, refiner):
    # the blast's words are not the clashes' weapon, nor the clashes the blast's
    doc = nlp("A blast rocks the city of Homs and clashes continue in its countryside.")
    clashes = next(t for t in doc if t.text == "clashes")
    cue = refiner.acled_cue(clashes, "190")
    assert cue is None or "explosive" not in cue.id


@pytest.mark.parametrize(
    ("text", "verb", "cue"),
    [
        # a month is no march, mine workers are no landmine
        ("On 5 March 2020, soldiers clashed with rebels near Damboa.", "clashed", None),
        (
            "Police clashed with protesters during a march in Lagos.",
            "clashed",
            "cues.violent_demonstration.v1",
        ),
        ("Gunmen killed 37 mine workers in an ambush.", "killed", "cues.civilians.v1"),
        ("A mine killed 3 soldiers near the border.", "killed", "cues.explosive.v1"),
    ],
)
def test_acled_cues_read_words_not_dates_or_trades(nlp, refiner, text, verb, cue) -> None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == verb)
    found = refiner.acled_cue(trigger, "190")
    assert (found.id if found else None) == cue
