"""The stages the settings ask for: the rules alone, or the rules with a learned layer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tocsin.context import FactualityStage, RerankStage
from tocsin.events.extractor import EventExtractor
from tocsin.factuality.assessor import FactualityAssessor
from tocsin.settings import Settings


def factuality_stage(settings: Settings) -> FactualityStage:
    """The rules' assessor, wrapped by the learned score unless ``learned_factuality`` is off."""
    assessor = FactualityAssessor.load(settings)
    if not settings.learned_factuality:
        return assessor
    from tocsin.learn.factuality import LearnedFactuality

    return LearnedFactuality.load(assessor, settings.factuality_model)


def event_type_stage(settings: Settings, extractor: EventExtractor | None) -> RerankStage | None:
    """The learned event-type layer over ``extractor``'s ontology and patterns, or ``None``
    when ``learned_event_types`` is off."""
    if not settings.learned_event_types or extractor is None:
        return None
    from tocsin.learn.events import EventTypeLayer, statement_rules

    return EventTypeLayer.load(
        extractor.ontology, settings.event_model, statement_rules(extractor.book)
    )


def with_model(settings: Settings, path: str | Path) -> Settings:
    """``settings`` that use the model file at ``path`` for the task it was trained for."""
    from tocsin.learn.model import LinearModel

    model = LinearModel.load(path)
    if model.task == "factuality":
        return replace(settings, learned_factuality=True, factuality_model=str(path))
    return replace(settings, learned_event_types=True, event_model=str(path))
