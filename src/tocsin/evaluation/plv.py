"""PLV sentences (Hu et al. 2024, Zero-Shot-PLOVER): one marked source and target per sentence.

Columns: ``sentence_id, gold_root, sentence, marked_sentence, source, target``. The gold root is
one of 15 PLOVER-style classes in which CONCEDE and RETREAT are merged into YIELD.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tocsin.evaluation import Coder
from tocsin.evaluation.metrics import NONE_LABEL, Report, score
from tocsin.evaluation.selection import overlaps, pick
from tocsin.models import Event

YIELD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


@dataclass(frozen=True)
class PlvItem:
    id: str
    label: str
    sentence: str
    source: str
    target: str
    span: tuple[int, int] | None  # characters between the two marked parties


def _span(item: dict[str, str]) -> tuple[int, int] | None:
    sentence = item["sentence"]
    s = sentence.find(item["source"]) if item["source"] else -1
    t = sentence.find(item["target"]) if item["target"] else -1
    if s < 0 or t < 0:
        return None
    ends = sorted([(s, s + len(item["source"])), (t, t + len(item["target"]))])
    return ends[0][0], ends[1][1]


def read(path: str | Path, limit: int | None = None) -> Iterator[PlvItem]:
    with Path(path).open(encoding="utf-8", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle, delimiter="\t")):
            if limit is not None and n >= limit:
                break
            yield PlvItem(
                id=row["sentence_id"],
                label=row["gold_root"].strip().upper(),
                sentence=row["sentence"],
                source=row.get("source") or "",
                target=row.get("target") or "",
                span=_span(row),
            )


def root_class(event: Event | None) -> str:
    """PLOVER 2.0 event type → PLV root class.

    PLOVER codes cooperation announced for the future ("will meet", "will release") as AGREE
    and coercion or force announced for the future ("will extend the curfew", "will begin an
    operation") as THREATEN; tocsin keeps the action's own type and says "future" in its
    factuality, so the mapping is made here.
    """
    if event is None:
        return NONE_LABEL
    if event.factuality.status == "future" and event.quad_class <= 2:
        return "AGREE"
    if event.factuality.status == "future" and event.quad_class == 4:
        return "THREATEN"
    return YIELD.get(event.event, event.event)


def evaluate(code: Coder, path: str | Path, limit: int | None = None) -> Report:
    gold: list[str] = []
    predicted: list[str] = []
    coded = parties = 0
    for item in read(path, limit):
        events = code(item.sentence)
        chosen = pick(events, item.source, item.target, span=item.span)
        gold.append(item.label)
        predicted.append(root_class(chosen))
        coded += bool(events)
        parties += any(
            overlaps(e.actor, item.source) and overlaps(e.recipient, item.target) for e in events
        )
    report = score(gold, predicted)
    n = len(gold)
    report.extra.update(
        {
            "coverage": coded / n if n else 0.0,
            # one record with the marked source as actor and the marked target as recipient
            "parties": parties / n if n else 0.0,
        }
    )
    return report
