"""Fitting the event-type layer: a softmax over PLOVER types of the record a gold label talks
about, the regularisation and the retyping margin chosen by k-fold cross-validation."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from tocsin.evaluation.case import top_acled
from tocsin.evaluation.plv import YIELD
from tocsin.evaluation.selection import pick
from tocsin.events.ontology import quad_class
from tocsin.learn.events import (
    OTHER,
    FeatureRecorder,
    acled_to_plover,
    base_rule,
    choose,
    default_codes,
    gsr_conventions,
    main_score,
    statement_rules,
    type_probabilities,
)
from tocsin.learn.examples import SentenceExample
from tocsin.learn.features.events import FEATURE_SET
from tocsin.learn.model import LinearModel, rounded
from tocsin.learn.solvers import folds, logistic, softmax_rows
from tocsin.learn.sparse import Design, vocabulary
from tocsin.models import Document, Event

Pipeline = Any  # a tocsin.pipeline.Pipeline (not imported: pipeline imports this package)

L2_GRID = (0.3, 1.0, 3.0, 10.0)
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.5, 0.7)
WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.5)
MIN_COUNT = 2
BATCH = 32


@dataclass(frozen=True)
class LabelledRecord:
    """The record a gold label talks about, its features, and how to judge a type for it."""

    source: str  # which training file
    group: str  # the sentence (records of one sentence share a fold)
    features: dict[str, float]
    rule_type: str
    target: str  # the PLOVER type the record should have
    gold: str  # the gold label in its own scheme
    scheme: str  # "plover", "gsr", "plv", "acled" or "ged"
    status: str  # the record's factuality status (PLV maps future events by it)
    quad: int  # the rule's QuadClass
    main: bool = True  # the record the gold label talks about (else labelled OTHER)
    confidence: float = 0.5  # the rules' confidence
    fixed: bool = False  # a bare statement: the layer never retypes it


@dataclass(frozen=True)
class Items:
    """Labelled records and how many gold items of each source they came from."""

    records: list[LabelledRecord]
    items: dict[str, int]


def plv_root(plover_type: str, status: str, quad: int) -> str:
    """The PLV root class of a record (as :func:`tocsin.evaluation.plv.root_class`)."""
    if status == "future" and quad <= 2:
        return "AGREE"
    if status == "future" and quad == 4:
        return "THREATEN"
    return YIELD.get(plover_type, plover_type)


def correct(record: LabelledRecord, final_type: str, codes: dict[str, str]) -> bool:
    """Whether ``final_type`` for this record scores as right on its gold label."""
    if record.scheme != "plv":
        return final_type == record.target
    quad = record.quad if final_type == record.rule_type else quad_class(codes[final_type])
    return plv_root(final_type, record.status, quad) == record.gold


def tocsin_convention(label: str, record: Event, conventions: dict[str, tuple[str, ...]]) -> str:
    """A PLOVER gold-standard label in tocsin's conventions where the two differ: cooperation
    announced for the future is AGREE there and coercion or force announced for the future
    THREATEN, where tocsin keeps the action's own type and says ``future`` (as the PLV scorer
    maps it); and a label listed in ``conventions`` (``data/learn/event_types.yaml``) for the
    CAMEO code the rule gave is the rule's type (imposing sanctions, 163, is COERCE in tocsin's
    table, SANCTION in the gold-standard records)."""
    future = record.factuality.status == "future"
    if future and plv_root(record.event, "future", record.quad_class) == label:
        return record.event
    if any(record.cameo.startswith(code) for code in conventions.get(label, ())):
        return record.event
    return label


def _target(example: SentenceExample, record: Event, acled: dict[str, str]) -> str | None:
    """The gold label as the PLOVER type the record should carry (``None``: no counterpart)."""
    if example.scheme == "acled":
        return acled.get(example.label)
    if example.scheme == "gsr":
        return tocsin_convention(example.label, record, gsr_conventions())
    if example.scheme == "plv":
        if plv_root(record.event, record.factuality.status, record.quad_class) == example.label:
            return record.event
        return "CONCEDE" if example.label == "YIELD" else example.label
    return example.label


def _chosen(example: SentenceExample, events: Sequence[Event]) -> Event | None:
    if example.scheme == "acled":
        found = top_acled(events)
        ranked = [e for e in events if e.acled and e.acled.sub_event_type == found]
        return max(ranked, key=lambda e: e.confidence) if ranked else None
    return pick(
        events,
        example.source,
        example.target,
        source_codes=example.source_codes,
        target_codes=example.target_codes,
        span=example.span,
    )


def _recording(pipeline: Pipeline) -> tuple[Pipeline, FeatureRecorder]:
    """A copy of ``pipeline`` whose event-type layer only records features."""
    recorder = FeatureRecorder()
    recording = copy.copy(pipeline)
    recording.event_types = recorder
    return recording, recorder


def _coded(pipeline: Pipeline, texts: list[str], dates: list[date | None]) -> list[list[Event]]:
    documents = [
        Document(id=f"train-{n}", text=text, date=day)
        for n, (text, day) in enumerate(zip(texts, dates, strict=True))
    ]
    return [
        list(c.events) if hasattr(c, "events") else []  # a CodingFailure has none
        for c in pipeline.code_many(documents, batch_size=BATCH)
    ]


def sentence_records(pipeline: Pipeline, examples: Sequence[SentenceExample], source: str) -> Items:
    """Code each example; label the record its gold label talks about."""
    recording, recorder = _recording(pipeline)
    fixed = statement_rules(pipeline.events.book)
    acled = acled_to_plover()
    coded = _coded(recording, [e.text for e in examples], [None] * len(examples))
    records = []
    for example, events in zip(examples, coded, strict=True):
        chosen = _chosen(example, events)
        target = _target(example, chosen, acled) if chosen is not None else None
        if chosen is None or target is None:
            continue
        for event in events:  # in sentence order; the others teach what a main record is
            main = event.id == chosen.id
            records.append(
                LabelledRecord(
                    source=source,
                    group=f"{source}:{example.text}",
                    features=recorder.features[event.id],
                    rule_type=event.event,
                    target=target if main else OTHER,
                    gold=example.label if main else OTHER,
                    scheme=example.scheme,
                    status=event.factuality.status,
                    quad=event.quad_class,
                    main=main,
                    confidence=event.confidence,
                    fixed=base_rule(event.evidence.rule) in fixed,
                )
            )
    return Items(records, {source: len(examples)})


def ged_records(pipeline: Pipeline, path: str, limit: int, seed: int) -> Items:
    """UCDP GED headlines of the development part (never the holdout): every record of a
    headline that names a side of one of its events and reports violence (the rule typed it
    ASSAULT, or it counts dead or wounded) is labelled ASSAULT."""
    from tocsin.evaluation.ged import select
    from tocsin.evaluation.ged_filter import is_headline
    from tocsin.evaluation.ged_sides import SideMapper
    from tocsin.truth.ucdp import main_country, read_ged

    dev = [h for h in select(path, "dev") if is_headline(h.text) and not h.holdout]
    order = np.random.default_rng(seed).permutation(len(dev))[:limit]
    items = [dev[i] for i in sorted(order)]
    country = main_country(read_ged(path))
    sides = SideMapper.load(pipeline.actors.lookup)
    recording, recorder = _recording(pipeline)
    fixed = statement_rules(pipeline.events.book)
    coded = _coded(recording, [h.text for h in items], [h.date for h in items])
    source = Path(path).name
    records = []
    for item, events in zip(items, coded, strict=True):
        named = [
            sides.side(n, _country(sides, t, country))
            for t in item.events
            for n in (t.side_a, t.side_b)
        ]
        for event in events:
            violent = event.event == "ASSAULT" or (
                event.size is not None and bool(event.size.killed or event.size.injured)
            )
            if not violent or not any(
                s.matches(event.actor, item.date) or s.matches(event.recipient, item.date)
                for s in named
            ):
                continue
            records.append(
                LabelledRecord(
                    source=source,
                    group=f"{source}:{item.id}",
                    features=recorder.features[event.id],
                    rule_type=event.event,
                    target="ASSAULT",
                    gold="ASSAULT",
                    scheme="ged",
                    status=event.factuality.status,
                    quad=event.quad_class,
                    confidence=event.confidence,
                    fixed=base_rule(event.evidence.rule) in fixed,
                )
            )
    # a headline may hold several labelled records: the share is over records here
    return Items(records, {source: len(records)})


def _country(sides: Any, truth: Any, default: str | None) -> str | None:
    where = truth.country or default
    return sides.country_of(where) if where else None


def merge(parts: Iterable[Items]) -> Items:
    records: list[LabelledRecord] = []
    items: dict[str, int] = {}
    for part in parts:
        records.extend(part.records)
        items.update(part.items)
    return Items(records, items)


def _accuracy(flags: Sequence[bool], sources: Sequence[str], items: dict[str, int]) -> dict:
    """Share right per source file, over all its gold items (unlabelled items count wrong)."""
    out = {}
    for source, n in sorted(items.items()):
        hits = sum(f for f, s in zip(flags, sources, strict=True) if s == source)
        out[source] = round(hits / n, 4) if n else None
    return out


def _picks(records: Sequence[LabelledRecord], scores: Sequence[float]) -> tuple[int, int]:
    """Sentences with a main record and another record, and how many of them rank the main
    record first by ``scores`` (ties go to the earlier record, as in the evaluators)."""
    groups: dict[str, list[int]] = {}
    for i, record in enumerate(records):
        groups.setdefault(record.group, []).append(i)
    n = hits = 0
    for members in groups.values():
        if len(members) < 2 or not any(records[i].main for i in members):
            continue
        n += 1
        best = max(members, key=lambda i: (scores[i], -i))
        hits += records[best].main
    return n, hits


def cross_validate(
    data: Items, names: Sequence[str], classes: Sequence[str], k: int, seed: int
) -> dict[str, Any]:
    """Out-of-fold type accuracy of each (l2, margin) on the main records, and how often each
    re-ranking weight puts the main record first; the rules' figures on the same records."""
    records = data.records
    codes = default_codes()
    design = Design.encode([r.features for r in records], names)
    labels = np.asarray([classes.index(r.target) for r in records])
    test_folds = folds([r.group for r in records], k, seed)
    mains = [i for i, r in enumerate(records) if r.main]
    sources = [records[i].source for i in mains]
    rules = [correct(records[i], records[i].rule_type, codes) for i in mains]
    grid: dict[str, float] = {}
    per_source: dict[str, dict] = {}
    oof: dict[float, list[dict[str, float]]] = {}
    for l2 in L2_GRID:
        probs = np.zeros((len(records), len(classes)))
        for test in test_folds:
            train = np.setdiff1d(np.arange(len(records)), test)
            fit = logistic(design.take(train), labels[train], len(classes), l2)
            probs[test] = softmax_rows(design.take(test).dot(fit.weights) + fit.intercept)
        oof[l2] = [dict(zip(classes, row, strict=True)) for row in probs]
        for margin in MARGINS:
            flags = []
            for i in mains:
                final = records[i].rule_type
                if not records[i].fixed:
                    final = choose(final, type_probabilities(oof[l2][i]), margin)
                flags.append(correct(records[i], final, codes))
            key = f"l2={l2:g} margin={margin:g}"
            grid[key] = round(float(np.mean(flags)), 4)
            per_source[key] = _accuracy(flags, sources, data.items)
    best = max(grid.values())
    error = float(np.sqrt(best * (1 - best) / max(len(mains), 1)))
    # the most conservative setting within one standard error of the best
    chosen = max(
        (key for key in grid if grid[key] >= best - error),
        key=lambda key: (_margin(key), _l2(key)),
    )
    finals = _finals(records, mains, oof[_l2(chosen)], _margin(chosen), None)
    gains = _gains(records, mains, finals, codes)
    retype_to = sorted(label for label, gain in gains.items() if gain["net"] > 0)
    kept = _finals(records, mains, oof[_l2(chosen)], _margin(chosen), set(retype_to))
    model_flags = [correct(records[i], f, codes) for i, f in zip(mains, kept, strict=True)]
    labelled = _as_labelled(records, mains, kept, codes)
    n, rule_hits = _picks(records, [r.confidence for r in records])
    ranking = {}
    for weight in WEIGHTS:
        blended = [
            (1 - weight) * r.confidence + weight * main_score(p)
            for r, p in zip(records, oof[_l2(chosen)], strict=True)
        ]
        ranking[f"{weight:g}"] = round(_picks(records, blended)[1] / n, 4) if n else None
    top = max((share or 0.0) for share in ranking.values())
    spread = float(np.sqrt(top * (1 - top) / n)) if n else 0.0
    # as for the margin, the most conservative weight within one standard error of the best
    weight = min(w for w in WEIGHTS if (ranking[f"{w:g}"] or 0.0) >= top - spread)
    return {
        "folds": k,
        "seed": seed,
        "records": len(mains),
        "grid": grid,
        "chosen": chosen,
        "l2": _l2(chosen),
        "margin": _margin(chosen),
        "model": grid[chosen],
        "rules": round(float(np.mean(rules)), 4),
        "retypes": gains,
        "retype_to": retype_to,
        "model_retype_to": round(float(np.mean(model_flags)), 4),
        "items": dict(data.items),
        "per_source": {
            "rules": _accuracy(rules, sources, data.items),
            "model": per_source[chosen],
            "model_retype_to": _accuracy(model_flags, sources, data.items),
            "rules_as_labelled": _accuracy(
                _as_labelled(records, mains, [records[i].rule_type for i in mains], codes),
                sources,
                data.items,
            ),
            "model_as_labelled": _accuracy(labelled, sources, data.items),
        },
        "ranking": {
            "sentences": n,
            "rules": round(rule_hits / n, 4) if n else None,
            "by_weight": ranking,
            "rerank_weight": weight,
        },
    }


def _finals(
    records: Sequence[LabelledRecord],
    mains: Sequence[int],
    probs: Sequence[dict[str, float]],
    margin: float,
    allowed: set[str] | None,
) -> list[str]:
    """The type each main record ends with (``allowed``: the types it may be changed to)."""
    out = []
    for i in mains:
        final = records[i].rule_type
        if not records[i].fixed:
            final = choose(final, type_probabilities(probs[i]), margin, allowed)
        out.append(final)
    return out


def _gains(
    records: Sequence[LabelledRecord], mains: Sequence[int], finals: Sequence[str], codes: dict
) -> dict[str, dict[str, int]]:
    """Per type a record was changed to: how many changes, how many fixed a wrong rule type
    and how many broke a right one (``net``: fixed − broken)."""
    out: dict[str, dict[str, int]] = {}
    for i, final in zip(mains, finals, strict=True):
        record = records[i]
        if final == record.rule_type:
            continue
        was, now = correct(record, record.rule_type, codes), correct(record, final, codes)
        entry = out.setdefault(final, {"changed": 0, "fixed": 0, "broken": 0, "net": 0})
        entry["changed"] += 1
        entry["fixed"] += now and not was
        entry["broken"] += was and not now
        entry["net"] = entry["fixed"] - entry["broken"]
    return dict(sorted(out.items()))


def _as_labelled(
    records: Sequence[LabelledRecord], mains: Sequence[int], finals: Sequence[str], codes: dict
) -> list[bool]:
    """Right by the file's own labels (PLOVER gold-standard labels not put in tocsin's
    conventions)."""
    out = []
    for i, final in zip(mains, finals, strict=True):
        record = records[i]
        right = final == record.gold if record.scheme == "gsr" else correct(record, final, codes)
        out.append(right)
    return out


def _l2(key: str) -> float:
    return float(key.split()[0].split("=")[1])


def _margin(key: str) -> float:
    return float(key.split()[1].split("=")[1])


def fit_model(
    data: Items,
    *,
    name: str,
    version: str,
    k: int = 5,
    seed: int = 13,
    training: dict[str, Any] | None = None,
) -> LinearModel:
    """Cross-validate, then fit on every labelled record with the chosen l2 and margin."""
    records = data.records
    if sum(r.main for r in records) < k * 2:
        raise ValueError(f"{len(records)} labelled records are too few for {k}-fold CV")
    classes = sorted({r.target for r in records} | {r.rule_type for r in records})
    features = [r.features for r in records]
    names = vocabulary(features, MIN_COUNT) or vocabulary(features)
    cv = cross_validate(data, names, classes, k, seed)
    labels = np.asarray([classes.index(r.target) for r in records])
    fit = logistic(Design.encode(features, names), labels, len(classes), cv["l2"])
    weights = {}
    for name_, row in zip(names, fit.weights, strict=True):
        values = [rounded(float(w)) for w in row]
        if any(values):
            weights[name_] = values
    return LinearModel(
        name=name,
        version=version,
        task="events",
        feature_set=FEATURE_SET,
        weights=weights,
        intercept=tuple(rounded(float(b)) for b in fit.intercept),
        classes=tuple(classes),
        params={
            "l2": cv["l2"],
            "margin": cv["margin"],
            "retype_to": cv["retype_to"],
            "rerank_weight": cv["ranking"]["rerank_weight"],
        },
        training={
            **(training or {}),
            "examples": sum(r.main for r in records),
            "other_records": sum(not r.main for r in records),
            "sentences": len({r.group for r in records}),
            "features": len(weights),
            "cross_validation": cv,
        },
    )
