"""tocsin: news in, sourced and structured political event records out.

>>> import tocsin
>>> events = tocsin.code_text("Azerbaijan invaded Armenia on Monday.", date=date(2023, 10, 2))
>>> events[0].to_dict()["event"]
'ASSAULT'
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from tocsin.models import Document, Event

if TYPE_CHECKING:
    from tocsin.pipeline import Pipeline

__all__ = ["Document", "Event", "Pipeline", "code_text", "default_pipeline", "factuality_of"]
__version__ = "0.1.0"


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline built from the environment's settings, loaded once on first use."""
    from tocsin.pipeline import Pipeline

    return Pipeline.load()


def code_text(text: str, date: date | None = None, doc_id: str | None = None) -> list[Event]:
    """Code one text into event records with the default pipeline."""
    return default_pipeline().code_text(text, date=date, doc_id=doc_id)


def factuality_of(text: str, start: int, end: int) -> float:
    """FactBank-scale score (+3 … −3) of the predicate at ``text[start:end]``."""
    pipeline = default_pipeline()
    return pipeline.factuality.score_span(pipeline.nlp(text), start, end).score


def __getattr__(name: str) -> object:
    if name == "Pipeline":
        from tocsin.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)
