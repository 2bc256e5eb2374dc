"""The stages the settings ask for: the rules alone, or the rules with a learned layer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tocsin.context import FactualityStage, RerankStage
from tocsin.events.ontology import Ontology
from tocsin.factuality.assessor import FactualityAssessor
from tocsin.settings import Settings


def factuality_stage(settings: Settings) -> FactualityStage:
    """The rules' assessor, wrapped by the learned score unless ``learned_factuality`` is off."""
    assessor = FactualityAssessor.load(settings)
    if not settings.learned_factuality:
        return assessor
    from tocsin.learn.factuality import LearnedFactuality

    return LearnedFactuality.load(assessor, settings.factuality_model)


def event_type_stage(settings: Settings, ontology: Ontology) -> RerankStage | None:
    """The learned event-type layer, or ``None`` when ``learned_event_types`` is off."""
    if not settings.learned_event_types:
        return None
    from tocsin.learn.events import EventTypeLayer

    return EventTypeLayer.load(ontology, settings.event_model)


def with_model(settings: Settings, path: str | Path) -> Settings:
    """``settings`` that use the model file at ``path`` for the task it was trained for."""
    from tocsin.learn.model import LinearModel

    model = LinearModel.load(path)
    if model.task == "factuality":
        return replace(settings, learned_factuality=True, factuality_model=str(path))
    return replace(settings, learned_event_types=True, event_model=str(path))
