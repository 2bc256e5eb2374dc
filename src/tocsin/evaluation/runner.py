"""Dispatch of ``tocsin eval``: guess a gold file's format and score the pipeline on it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from tocsin.evaluation import case, golden, gsr, plv
from tocsin.evaluation.metrics import Report

if TYPE_CHECKING:
    from tocsin.pipeline import Pipeline

FORMATS = ("plv", "case", "gsr", "uw", "golden")
SCORERS = {
    "plv": plv.evaluate,
    "case": case.evaluate,
    "gsr": gsr.evaluate,
    "golden": golden.evaluate,
}


def guess_format(path: str | Path) -> str:
    """Format from the file name: ``plv_*``, ``case*``, ``*gsr*``, ``uw*``, ``*.jsonl``."""
    name = Path(path).name.lower()
    for fmt, hints in (
        ("plv", ("plv",)),
        ("case", ("case",)),
        ("gsr", ("gsr", "plover")),
        ("uw", ("uw", "factuality")),
        ("golden", ("golden",)),
    ):
        if any(h in name for h in hints):
            return fmt
    if name.endswith(".jsonl"):
        return "golden"
    raise ValueError(f"cannot tell the format of {name}; pass --format ({', '.join(FORMATS)})")


def run(
    pipeline: Pipeline, path: str | Path, fmt: str, limit: int | None = None
) -> Report | dict[str, Any]:
    """Score ``pipeline`` on the gold file; factuality (``uw``) is scored by its own module."""
    if fmt == "uw":
        from tocsin.evaluation.uw import evaluate_uw

        return evaluate_uw(pipeline, path)
    if fmt not in SCORERS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return SCORERS[fmt](pipeline.code_text, path, limit)
