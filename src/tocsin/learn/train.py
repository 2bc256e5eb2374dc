"""``tocsin train``: read a labelled file, fit a layer by cross-validation, write model + card."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from tocsin.learn.card import write_card
from tocsin.learn.examples import guess_task, sentence_examples, span_examples
from tocsin.learn.model import LinearModel
from tocsin.settings import Settings


@dataclass(frozen=True)
class TrainingRequest:
    """What to train, on what, and what to write in the model card."""

    path: Path
    fmt: str
    out: Path
    task: str | None = None
    exclude: Sequence[tuple[Path, str]] = ()
    extra: Sequence[tuple[Path, str]] = ()
    name: str | None = None
    version: str = "1"
    licence: str = "as the training data's"
    attribution: str = ""
    folds: int = 5
    seed: int = 13
    day: date = field(default_factory=date.today)
    command: str = ""
    ged_limit: int = 1500


def _texts(files: Sequence[tuple[Path, str]]) -> set[str]:
    """Texts of labelled files (their sentences are left out of training)."""
    found: set[str] = set()
    for path, fmt in files:
        if fmt == "uw" or guess_task(path, fmt) == "factuality":
            found.update(e.text for e in span_examples(path, "uw" if fmt == "uw" else fmt))
        else:
            found.update(e.text for e in sentence_examples(path, fmt))
    return found


def train(
    request: TrainingRequest,
    settings: Settings | None = None,
    load_pipeline: Callable[[Settings], Any] | None = None,
) -> LinearModel:
    """Fit the layer the request asks for and write the model file and its card; an event-type
    layer needs ``load_pipeline`` (``Pipeline.load``: the rules code its training sentences)."""
    settings = settings or Settings.from_env()
    task = request.task or guess_task(request.path, request.fmt)
    excluded = _texts(request.exclude)
    training = {
        "date": request.day.isoformat(),
        "data": ", ".join(
            [f"{request.path.name} ({request.fmt})"] + [f"{p.name} ({f})" for p, f in request.extra]
        ),
        "licence": request.licence,
        "attribution": request.attribution,
        "command": request.command,
    }
    if task == "events" and request.fmt == "uw":
        raise ValueError(f"{request.path}: a UW file labels factuality, not event types")
    if task == "factuality":
        model = _train_factuality(request, settings, excluded, training)
    else:
        if load_pipeline is None:
            raise ValueError("training an event-type layer needs the pipeline (load_pipeline)")
        pipeline = load_pipeline(replace(settings, learned_event_types=False))
        model = _train_events(request, pipeline, excluded, training)
    model.save(request.out)
    write_card(model, request.out)
    return model


def _train_factuality(
    request: TrainingRequest, settings: Settings, excluded: set[str], training: dict
) -> LinearModel:
    from tocsin.factuality.assessor import FactualityAssessor
    from tocsin.learn.features.parse import CueWords
    from tocsin.learn.train_factuality import fit_model, prepare
    from tocsin.nlp import load_spacy

    examples = span_examples(request.path, request.fmt)
    for path, fmt in request.extra:
        examples += span_examples(path, fmt)
    kept = [e for e in examples if e.text not in excluded]
    if excluded:
        dropped = {e.text for e in examples} - {e.text for e in kept}
        training["excluded"] = f"{len(dropped)} sentence(s) also in " + ", ".join(
            p.name for p, _ in request.exclude
        )
    assessor = FactualityAssessor.load(settings)
    data = prepare(
        kept, load_spacy(settings.spacy_model), assessor, CueWords.load(assessor.lexicon)
    )
    return fit_model(
        data,
        name=request.name or "factuality",
        version=request.version,
        k=request.folds,
        seed=request.seed,
        training=training,
    )


def _train_events(
    request: TrainingRequest, pipeline: Any, excluded: set[str], training: dict
) -> LinearModel:
    from tocsin.learn.train_events import fit_model, ged_records, merge, sentence_records

    parts = []
    dropped = 0
    for path, fmt in [(request.path, request.fmt), *request.extra]:
        if fmt == "ged":
            parts.append(ged_records(pipeline, str(path), request.ged_limit, request.seed))
            continue
        examples = sentence_examples(path, fmt)
        kept = [e for e in examples if e.text not in excluded]
        dropped += len(examples) - len(kept)
        parts.append(sentence_records(pipeline, kept, path.name))
    if excluded:
        training["excluded"] = f"{dropped} sentence(s) also in " + ", ".join(
            p.name for p, _ in request.exclude
        )
    return fit_model(
        merge(parts),
        name=request.name or "event-type",
        version=request.version,
        k=request.folds,
        seed=request.seed,
        training=training,
    )
