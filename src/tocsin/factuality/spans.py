"""Factuality of any predicate given by character offsets (``tocsin factuality``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.language import Language

from tocsin.context import FactualityStage
from tocsin.settings import Settings


class SpanScorer(Protocol):
    """Anything with a spaCy pipeline and a factuality stage (a ``Pipeline`` qualifies)."""

    nlp: Language
    factuality: FactualityStage


@dataclass(frozen=True)
class FactualityTool:
    """Just the parser and the factuality stage: no actor dictionaries to load.

    The stage is the pipeline's (``tocsin.learn.stages.factuality_stage``), chosen by the
    caller, so this package does not depend on the learned layer built over it.
    """

    nlp: Language
    factuality: FactualityStage

    @classmethod
    def load(
        cls, stage: Callable[[Settings], FactualityStage], settings: Settings | None = None
    ) -> FactualityTool:
        from tocsin.nlp import load_spacy

        settings = settings or Settings.from_env()
        return cls(load_spacy(settings.spacy_model), stage(settings))


def score_records(
    scorer: SpanScorer, records: Iterable[dict[str, Any]], batch_size: int = 64
) -> Iterator[dict[str, Any]]:
    """Each ``{"id", "text", "start", "end"}`` record back with ``"score"`` and ``"status"``.

    Records that share a text are parsed once; a span that covers no token gets ``null``s.
    """
    pending: list[dict[str, Any]] = list(records)
    texts = list(dict.fromkeys(r["text"] for r in pending))
    parsed = dict(zip(texts, scorer.nlp.pipe(texts, batch_size=batch_size), strict=True))
    for record in pending:
        doc = parsed[record["text"]]
        try:
            result = scorer.factuality.score_span(doc, int(record["start"]), int(record["end"]))
        except ValueError:
            yield {**record, "score": None, "status": None, "cue": None}
            continue
        yield {**record, "score": result.score, "status": result.status, "cue": result.cue}
