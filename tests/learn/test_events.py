"""The event-type layer: retypes only past its margin, keeps the rule's answer, can be off."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tocsin.learn.events import EventTypeLayer, bundled_model_path, choose
from tocsin.learn.examples import LabelledFileError, sentence_examples
from tocsin.learn.model import LinearModel
from tocsin.learn.stages import event_type_stage
from tocsin.learn.train import TrainingRequest, train
from tocsin.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
OWN_SENTENCES = ROOT / "training" / "event_sentences.jsonl"


def _forcing_model(to: str = "ASSAULT") -> LinearModel:
    """A model that moves every CONSULT record to ``to`` (for testing the mechanics)."""
    return LinearModel(
        name="force",
        version="9",
        task="events",
        feature_set="events.v1",
        weights={"rule.event=CONSULT": [0.0, 6.0]},
        intercept=(0.0, 0.0),
        classes=("CONSULT", to),
        params={"margin": 0.3, "rerank_weight": 0.5},
    )


def _layer_pipeline(pipeline, model: LinearModel):
    layered = copy.copy(pipeline)
    layered.event_types = EventTypeLayer(model, pipeline.events.ontology)
    return layered


def test_choose_respects_the_margin() -> None:
    probs = {"ACCUSE": 0.45, "THREATEN": 0.55}
    assert choose("ACCUSE", probs, 0.3) == "ACCUSE"
    assert choose("ACCUSE", probs, 0.05) == "THREATEN"
    assert choose("THREATEN", probs, 0.0) == "THREATEN"


def test_choose_changes_only_to_allowed_types() -> None:
    probs = {"ACCUSE": 0.1, "THREATEN": 0.9}
    assert choose("ACCUSE", probs, 0.3, allowed={"THREATEN"}) == "THREATEN"
    assert choose("ACCUSE", probs, 0.3, allowed={"ASSAULT"}) == "ACCUSE"
    assert choose("ACCUSE", probs, 0.3, allowed=set()) == "ACCUSE"


def test_a_layer_never_retypes_to_a_type_left_out_of_retype_to(pipeline) -> None:
    text = "The French and German foreign ministers met in Paris on Monday."
    model = _forcing_model()
    barred = replace(model, params={**model.params, "retype_to": ["SANCTION"]})
    after = _layer_pipeline(pipeline, barred).code_text(text)
    assert [e.event for e in after if e.trigger.text == "met"] == ["CONSULT"]
    allowed = replace(model, params={**model.params, "retype_to": ["ASSAULT"], "rerank_weight": 0})
    layered = _layer_pipeline(pipeline, allowed)
    after = layered.code_text(text)
    assert [e.event for e in after if e.trigger.text == "met"] == ["ASSAULT"]
    shelling = "Russian troops shelled the outskirts of Kharkiv on Tuesday."
    (settled,) = [e for e in layered.code_text(shelling) if e.trigger.text == "shelled"]
    assert layered.event_types.settled(settled)  # already ASSAULT: nothing to compute
    assert settled.event == "ASSAULT" and settled.evidence.model.startswith("force@9")


def test_gold_standard_labels_are_put_in_tocsins_conventions(rules_pipeline) -> None:
    from tocsin.learn.events import gsr_conventions
    from tocsin.learn.train_events import tocsin_convention

    conventions = gsr_conventions()

    def only(text: str, trigger: str):
        (event,) = [e for e in rules_pipeline.code_text(text) if e.trigger.text == trigger]
        return event

    sanctions = only("Chile imposed sanctions on Bolivian airlines.", "imposed")
    assert (sanctions.cameo, sanctions.event) == ("163", "COERCE")
    assert tocsin_convention("SANCTION", sanctions, conventions) == "COERCE"
    assert tocsin_convention("THREATEN", sanctions, conventions) == "THREATEN"
    future = only("Italy will send doctors to Albania next week.", "send")
    assert future.factuality.status == "future" and future.event == "AID"
    assert tocsin_convention("AGREE", future, conventions) == "AID"
    assert tocsin_convention("THREATEN", future, conventions) == "THREATEN"
    done = only("Italy sent doctors to Albania last week.", "sent")
    assert tocsin_convention("AGREE", done, conventions) == "AGREE"


def test_a_retyped_record_keeps_the_rule_code(pipeline) -> None:
    text = "The French and German foreign ministers met in Paris on Monday."
    rules = copy.copy(pipeline)
    rules.event_types = None
    (before,) = [e for e in rules.code_text(text) if e.event == "CONSULT"]
    after = _layer_pipeline(pipeline, _forcing_model()).code_text(text)
    (retyped,) = [e for e in after if e.trigger == before.trigger]
    assert retyped.event == "ASSAULT"
    assert retyped.cameo == "190" and retyped.quad_class == 4
    assert retyped.evidence.rule_cameo == before.cameo
    assert retyped.evidence.rule == before.evidence.rule
    assert retyped.evidence.model.startswith("force@9")
    assert retyped.confidence != before.confidence


def test_a_confirmed_record_keeps_its_type(pipeline) -> None:
    text = "Russian troops shelled the outskirts of Kharkiv on Tuesday."
    events = _layer_pipeline(pipeline, _forcing_model()).code_text(text)
    (shelling,) = [e for e in events if e.trigger.text == "shelled"]
    assert shelling.event == "ASSAULT"
    assert shelling.evidence.rule_cameo is None


def test_bundled_layer_is_on_by_default_and_can_be_switched_off(pipeline, settings) -> None:
    assert isinstance(pipeline.event_types, EventTypeLayer)
    assert event_type_stage(replace(settings, learned_event_types=False), pipeline.events) is None
    stage = event_type_stage(settings, pipeline.events)
    assert isinstance(stage, EventTypeLayer)
    assert stage.model.id == pipeline.event_types.model.id
    assert "verbs.say.v1" in stage.fixed_rules
    layered = copy.copy(pipeline)
    layered.event_types = stage
    events = layered.code_text("Azerbaijan could soon invade Armenia.", date=date(2023, 10, 18))
    (invasion,) = [e for e in events if e.trigger.text == "invade"]
    assert invasion.event == "ASSAULT" and invasion.factuality.status == "possible"
    assert invasion.evidence.model.split("+")[0] == stage.model.id
    # tocsin's conventions, where the PLOVER gold-standard records label otherwise
    for text, trigger, expected in (
        ("Italy will send doctors to Albania next week.", "send", "AID"),
        ("Chile imposed sanctions on Bolivian airlines.", "imposed", "COERCE"),
        ("Ghana signed a trade agreement with Togo.", "signed", "COOPERATE"),
    ):
        (event,) = [e for e in layered.code_text(text) if e.trigger.text == trigger]
        assert event.event == expected and event.evidence.rule_cameo is None, text


def test_bare_statements_are_never_retyped(pipeline) -> None:
    from tocsin.learn.events import statement_rules

    model = replace(_forcing_model(), weights={"bias": [0.0, 9.0]})
    layered = copy.copy(pipeline)
    layered.event_types = EventTypeLayer(
        model, pipeline.events.ontology, statement_rules(pipeline.events.book)
    )
    (said,) = layered.code_text("France said on Monday that its position was unchanged.")
    assert said.event == "CONSULT" and said.evidence.rule_cameo is None


def test_bundled_event_model_is_small_and_attributed() -> None:
    path = Path(bundled_model_path())
    assert path.stat().st_size < 1_000_000
    model = LinearModel.load(path)
    assert set(model.params["retype_to"]) <= set(model.classes)
    card = path.with_suffix(".md").read_text(encoding="utf-8")
    for part in (
        "CC BY-SA 4.0",
        "Open Event Data Alliance",
        "CC BY 4.0",
        "UCDP",
        "event_sentences.jsonl",
        "Cross-validation",
    ):
        assert part in card, part


def test_user_event_file_is_checked(tmp_path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text(json.dumps({"text": "Chad attacked.", "event": "ATTACK"}) + "\n")
    with pytest.raises(LabelledFileError, match="not a PLOVER type"):
        sentence_examples(path, "jsonl")
    path.write_text(json.dumps({"text": "Chad attacked.", "event": "ASSAULT", "actor": "TCD"}))
    (example,) = sentence_examples(path, "jsonl")
    assert example.source_codes == ("TCD",) and example.label == "ASSAULT"


@pytest.mark.slow
def test_event_training_is_deterministic(tmp_path, settings) -> None:
    lines = OWN_SENTENCES.read_text(encoding="utf-8").splitlines()
    small = tmp_path / "my_events.jsonl"
    small.write_text("\n".join(lines[::3]) + "\n", encoding="utf-8")
    models = [
        train(
            TrainingRequest(
                path=small, fmt="jsonl", out=tmp_path / f"{n}.json", folds=2, day=date(2026, 1, 2)
            ),
            settings,
            Pipeline.load,
        )
        for n in ("a", "b")
    ]
    assert models[0].task == "events" and models[0].classes
    assert models[0].weights == models[1].weights
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    cv = models[0].training["cross_validation"]
    assert cv["items"] == {"my_events.jsonl": len(lines[::3])}
    assert models[0].params["retype_to"] == models[1].params["retype_to"]
