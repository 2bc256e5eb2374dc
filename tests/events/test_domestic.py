"""Countries for parties the sentence gives no nationality, from the event's setting."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.events.domestic import DomesticCountries
from tocsin.models import ActorRef, Location

WHEN = date(2024, 5, 6)


def _pair(pipeline, text: str, trigger: str) -> tuple:
    (event,) = [e for e in pipeline.code_text(text, date=WHEN) if e.trigger.text == trigger]
    return event


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient", "rule"),
    [
        # the other party is a national agent at home
        (
            "Ghanaian police dispersed protesters on Tuesday.",
            "dispersed",
            "GHA",
            "GHA",
            "other_party",
        ),
        ("Bolivian rebels freed President Ramos Quiroga.", "freed", "BOL", "BOL", "other_party"),
        # the only state the sentence names
        (
            "Chile and Peru held talks. General Tovar resigned to allow Peru's elections.",
            "resigned",
            "PER",
            None,
            "sentence",
        ),
        # where the event happened
        (
            "Rwandan rebels killed 40 villagers in northern Burundi.",
            "killed",
            "RWA",
            "BDI",
            "place",
        ),
        (
            "Police detained dozens of people in Mombasa on Friday.",
            "detained",
            "KEN",
            "KEN",
            "place",
        ),
    ],
)
def test_country_from_the_setting(pipeline, text, trigger, actor, recipient, rule) -> None:
    event = _pair(pipeline, text, trigger)
    assert event.actor.country == actor
    assert (event.recipient.country if event.recipient else None) == recipient
    rules = f"{event.evidence.actor_rule} {event.evidence.recipient_rule}"
    assert f"+country.{rule}" in rules


def test_a_country_attacked_does_not_name_the_attacker(pipeline) -> None:
    """ "President Halvorsen threatened Bhutan": Bhutan is the target, not his nationality."""
    event = _pair(pipeline, "President Halvorsen threatened Bhutan with sanctions.", "threatened")
    assert event.recipient.country == "BTN"
    assert event.actor.country is None


def test_foreign_forces_beside_the_attacker_do_not_name_the_victims(pipeline) -> None:
    """ "Sudanese troops and Eritrean soldiers killed 40 civilians": forces act abroad, so
    the Eritreans named beside the attackers say nothing of the victims' country."""
    text = "Sudanese troops and Eritrean soldiers killed 40 civilians, witnesses said."
    events = [e for e in pipeline.code_text(text, date=WHEN) if e.event == "ASSAULT"]
    assert events
    assert all(e.recipient is None or e.recipient.country != "ERI" for e in events)


def test_troops_do_not_pass_their_country_to_civilians(pipeline) -> None:
    """Armies act abroad: civilians shelled by Malian troops are not taken to be Malian."""
    text = "Malian troops shelled civilians near the border, the army said."
    event = _pair(pipeline, text, "shelled")
    assert event.actor.country == "MLI"
    assert event.recipient is None or event.recipient.country is None


def test_parties_with_a_country_are_left_alone() -> None:
    from tocsin.events.candidates import CameoInfo, Candidate

    info = CameoInfo("173", "Arrest", "COERCE", None, (), 4, -5.0, None)
    actor = ActorRef("Chilean police", code="CHLCOP", country="CHL", sector="COP")
    recipient = ActorRef("Argentine fans", code="ARGCVL", country="ARG", sector="CVL")
    candidate = Candidate(0, 1, info, "verbs.arrest.v1", actor, recipient, "nsubj", "dobj")
    same = DomesticCountries({"CHL", "ARG", "PER"}).apply(
        candidate, Location("Lima", country="PER"), []
    )
    assert same is candidate


@pytest.mark.parametrize(
    "text",
    [
        "Militants set fire to the offices of the Ghanaian embassy.",  # embassies are abroad
        "Border agents detained Mexican migrants on Tuesday.",  # migrants live abroad
    ],
)
def test_parties_abroad_pass_no_country(pipeline, text) -> None:
    events = [e for e in pipeline.code_text(text, date=WHEN) if e.actor is not None]
    assert events and all(e.actor.country is None for e in events)


def test_inference_can_be_switched_off(strict_pipeline) -> None:
    (event,) = strict_pipeline.code_text(
        "Ghanaian police dispersed protesters on Tuesday.", date=WHEN
    )
    assert event.recipient is not None and event.recipient.country is None
    assert "+country" not in f"{event.evidence.actor_rule} {event.evidence.recipient_rule}"


def _assault(pipeline, text: str, dateline: str | None, when: date = date(2015, 2, 3)):
    from tocsin.models import Dateline, Document

    document = Document(
        id=Document.make_id(text),
        text=text,
        date=when,
        dateline=Dateline(place=dateline) if dateline else None,
    )
    return next(e for e in pipeline.code(document).events if e.event == "ASSAULT")


def test_the_government_and_its_victims_take_the_country_the_report_comes_from(pipeline) -> None:
    """An act of force reported from a country: "the government" and the civilians it hit,
    given no nationality or place, are that country's."""
    event = _assault(pipeline, "The government's shells killed two children overnight.", "Ukraine")
    assert (event.actor.code, event.evidence.actor_rule) == ("UKRGOV", "poss+country.document")
    assert event.recipient.country == "UKR"
    assert "+country.document" in event.evidence.recipient_rule


def test_victims_take_no_country_from_a_nationality_alone(pipeline) -> None:
    """With no dateline, a nationality named tells where the attacker is from, not where its
    victims are (armies act abroad)."""
    event = _assault(pipeline, "Malian troops shelled civilians near the border.", None)
    assert event.recipient is None or event.recipient.country is None


def test_the_dateline_breaks_a_tie_between_states_named(pipeline) -> None:
    text = "Putin and Erdogan agreed on a zone. Gunmen shelled a village, killing two people."
    event = _assault(pipeline, text, "Syria", date(2018, 10, 20))
    assert event.actor.code == "SYRREB"
    assert event.evidence.actor_rule.endswith("+country.document")


def test_protesters_fired_on_take_the_country_the_report_comes_from(pipeline) -> None:
    """Protesters hit by the police of a report from a country, at a place the gazetteer does
    not know, are that country's, as the police are."""
    text = "Six killed as police open fire on fuel protesters in Wad Zoubeir"
    event = _assault(pipeline, text, "Sudan")
    assert event.actor.code == "SDNCOP"
    assert (event.recipient.country, event.recipient.sector) == ("SDN", "OPP")


def test_soldiers_raided_by_foreign_rebels_are_of_the_report_s_country(pipeline) -> None:
    """Forces with no nationality hit by another state's rebels in a report from their own
    country are that country's; at home the rebels' country still names them."""
    abroad = _assault(pipeline, "A Boko Haram raid on an outpost killed nine soldiers.", "Niger")
    assert abroad.actor.code == "NGAREB"
    assert abroad.recipient.code == "NERMIL"
    assert abroad.evidence.recipient_rule.endswith("+country.document")
    at_home = _assault(pipeline, "A Boko Haram raid on a base killed nine soldiers.", "Nigeria")
    assert at_home.recipient.code == "NGAMIL"


def test_foreign_aid_workers_pass_no_country_to_their_killers(pipeline) -> None:
    """Aid workers, like tourists, work abroad: the gunmen are of the report's country."""
    event = _assault(pipeline, "Gunmen shot dead two Italian aid workers on Monday.", "Kenya")
    assert event.recipient.country == "ITA"
    assert event.actor.country == "KEN", event


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed nine soldiers near the border with Burkina Faso",
        "Gunmen killed nine soldiers near the Burkina Faso border",
        # a country "near" which it happened is across a border, the place named is where
        "Gunmen killed nine soldiers near Burkina Faso in the Mopti region",
    ],
)
def test_a_state_named_by_its_border_is_no_partys_country(pipeline, text) -> None:
    """Reported from Mali, the soldiers and their attackers are Mali's, not Burkina Faso's."""
    event = _assault(pipeline, text, "Mali", date(2019, 5, 2))
    assert (event.actor.country, event.recipient.country) == ("MLI", "MLI")
