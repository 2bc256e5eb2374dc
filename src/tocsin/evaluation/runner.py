"""Dispatch of ``tocsin eval``: guess a gold file's format and score the pipeline on it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from tocsin.errors import InputError
from tocsin.evaluation import Coder, case, golden, gsr, plv
from tocsin.evaluation.metrics import Report
from tocsin.models import Event

if TYPE_CHECKING:
    from tocsin.pipeline import Pipeline

FORMATS = ("plv", "case", "gsr", "uw", "golden", "actors", "ged")
SCORERS = {
    "plv": plv.evaluate,
    "case": case.evaluate,
    "gsr": gsr.evaluate,
    "golden": golden.evaluate,
}


def guess_format(path: str | Path) -> str:
    """Format from the file name: ``plv_*``, ``case*``, ``*gsr*``, ``uw*``, ``*.jsonl``; a CSV
    file whose header is a UCDP GED export's is ``ged``."""
    name = Path(path).name.lower()
    if name.endswith(".csv") and _ged_header(Path(path)):
        return "ged"
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


def _ged_header(path: Path) -> bool:
    import csv

    from tocsin.truth.ucdp import is_ged_header

    try:
        with path.open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError):
        return False
    return is_ged_header(header)


def run(
    pipeline: Pipeline, path: str | Path, fmt: str, limit: int | None = None
) -> Report | dict[str, Any]:
    """Score ``pipeline`` on the gold file; factuality (``uw``) and actors (``actors``, on a
    PLOVER GSR file) are scored by their own modules."""
    if fmt == "uw":
        from tocsin.evaluation.uw import evaluate_uw

        return evaluate_uw(pipeline, path, limit)
    if fmt == "ged":
        from tocsin.evaluation.ged import evaluate as evaluate_ged

        return evaluate_ged(pipeline, path, limit=limit)
    if fmt == "actors":
        from tocsin.evaluation.actors import evaluate as evaluate_actors

        return evaluate_actors(pipeline, path, limit)
    if fmt not in SCORERS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    coder = TolerantCoder(pipeline.code_text)
    report = SCORERS[fmt](coder, path, limit)
    report.extra["refused_inputs"] = coder.refused
    report.extra["crashed_inputs"] = coder.crashed
    if coder.crashes:
        report.extra["crash_errors"] = coder.crashes[:5]
    return report


class TolerantCoder:
    """A coder that scores a refused input (too short to detect its language, empty after
    cleaning ...) as "no event" and counts it, instead of stopping the evaluation; an input
    the pipeline crashes on is scored as "no event" too, counted apart, with its error kept
    (``crashes``) so that a fault is seen, not hidden."""

    def __init__(self, code: Coder) -> None:
        self.code = code
        self.refused = 0
        self.crashes: list[str] = []

    @property
    def crashed(self) -> int:
        return len(self.crashes)

    def __call__(self, text: str) -> list[Event]:
        try:
            return self.code(text)
        except InputError:
            self.refused += 1
            return []
        except Exception as exc:
            self.crashes.append(f"{type(exc).__name__}: {exc}")
            return []
