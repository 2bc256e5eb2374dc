"""CASE 2021 Task 2 snippets (Haneczok et al. 2021): ACLED sub-event type of a news snippet.

Columns: ``id, EventSnippet, SubType``. Only the 25 ACLED sub-event types are scored; the
five extra classes of the shared task (diplomacy, natural disasters ...) are skipped.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from tocsin.evaluation import Coder
from tocsin.evaluation.metrics import NONE_LABEL, Report, score
from tocsin.models import Event
from tocsin.resources import load_yaml

LABELS_FILE = "events/case2021_labels.yaml"


def labels() -> dict[str, str]:
    """Shared-task label → ACLED sub-event type (exact ACLED wording)."""
    return dict(load_yaml(LABELS_FILE)["labels"])


def read(path: str | Path, limit: int | None = None) -> Iterator[tuple[str, str, str]]:
    """``(id, snippet, ACLED sub-event type)`` for rows with one of the 25 ACLED labels."""
    mapping = labels()
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        n = 0
        for row in rows:
            label = mapping.get(row["SubType"].strip())
            if label is None:
                continue
            if limit is not None and n >= limit:
                break
            n += 1
            yield row["id"], row["EventSnippet"], label


REMOTE_VIOLENCE = "Explosions/Remote violence"


def top_acled(events: Sequence[Event]) -> str:
    """Sub-event type of the snippet's main record: the most confident one with an ACLED
    category, where, as in the ACLED codebook, a remote weapon (bomb, shell, air strike ...)
    decides the type over a plain attack or clash reported in the same snippet."""
    best: Event | None = None
    best_key: tuple[bool, float] | None = None
    for event in events:
        if event.acled is None:
            continue
        key = (event.acled.event_type == REMOTE_VIOLENCE, event.confidence)
        if best_key is None or key > best_key:
            best, best_key = event, key
    return best.acled.sub_event_type if best and best.acled else NONE_LABEL


def evaluate(code: Coder, path: str | Path, limit: int | None = None) -> Report:
    gold: list[str] = []
    predicted: list[str] = []
    for _, snippet, label in read(path, limit):
        gold.append(label)
        predicted.append(top_acled(code(snippet)))
    return score(gold, predicted)
