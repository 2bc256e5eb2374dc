"""Scoring factuality on the UW corpus (Lee et al. 2015) and on tocsin's own span suites.

UW files hold space-tokenised sentences with predicate ``targets`` (``span1`` is a
``[start, end)`` token range, ``label`` a value from -3 to +3). Suite files hold one predicate
per line with character offsets: ``{"text", "start", "end", "score"}``. Both are scored by
Pearson's r and the mean absolute error, next to the MAE of always answering +3.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from tocsin.factuality.spans import SpanScorer, score_records

BASELINE_SCORE = 3.0


def token_offsets(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character ``(start, end)`` of each token of ``" ".join(tokens)``."""
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    return offsets


def uw_records(lines: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Span records (character offsets, gold ``score``) from UW lines."""
    for n, line in enumerate(lines):
        tokens = line["text"].split(" ")
        text = " ".join(tokens)
        offsets = token_offsets(tokens)
        for k, target in enumerate(line["targets"]):
            first, last = target["span1"][0], target["span1"][-1] - 1
            yield {
                "id": f"{line.get('idx', n)}.{k}",
                "text": text,
                "start": offsets[first][0],
                "end": offsets[last][1],
                "gold": float(target["label"]),
            }


def suite_records(lines: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Span records from a suite file (``score`` is the expected value)."""
    for n, line in enumerate(lines):
        yield {
            "id": line.get("id", str(n)),
            "text": line["text"],
            "start": line["start"],
            "end": line["end"],
            "gold": float(line["score"]),
        }


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson's correlation coefficient (0.0 when either side is constant)."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return 0.0 if sxx == 0 or syy == 0 else sxy / math.sqrt(sxx * syy)


def summarise(gold: Sequence[float], predicted: Sequence[float]) -> dict[str, Any]:
    """Pearson r, MAE and the always-+3 baseline MAE of paired scores."""
    n = len(gold)
    if n == 0:
        raise ValueError("no predicates to score")
    mae = sum(abs(g - p) for g, p in zip(gold, predicted, strict=True)) / n
    baseline = sum(abs(g - BASELINE_SCORE) for g in gold) / n
    return {
        "n": n,
        "pearson_r": round(pearson(gold, predicted), 4),
        "mae": round(mae, 4),
        "baseline_mae": round(baseline, 4),
    }


def _read(path: str | Path, limit: int | None) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    with Path(path).open(encoding="utf-8") as handle:
        for raw in handle:
            if raw.strip():
                lines.append(json.loads(raw))
            if limit is not None and len(lines) >= limit:
                break
    return lines


def evaluate_uw(scorer: SpanScorer, path: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Score ``scorer`` (a ``Pipeline`` or :class:`FactualityTool`) on a UW or suite file."""
    lines = _read(path, limit)
    records = list(uw_records(lines) if lines and "targets" in lines[0] else suite_records(lines))
    scored = [r for r in score_records(scorer, records) if r["score"] is not None]
    result = summarise([r["gold"] for r in scored], [r["score"] for r in scored])
    result["unscored"] = len(records) - len(scored)
    return result
