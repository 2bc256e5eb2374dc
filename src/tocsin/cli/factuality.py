"""``tocsin factuality``: score predicates given by character offsets (JSONL in, JSONL out)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer


def _records(path: Path) -> list[dict[str, Any]]:
    handle = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    records: list[dict[str, Any]] = []
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                missing = [k for k in ("text", "start", "end") if k not in record]
            except json.JSONDecodeError as exc:
                raise typer.BadParameter(f"line {number}: {exc}", param_hint="--input") from exc
            if missing:
                raise typer.BadParameter(
                    f"line {number}: missing {', '.join(missing)}", param_hint="--input"
                )
            records.append(record)
    return records


def factuality_command(
    input_file: Annotated[
        Path,
        typer.Option(
            "--input", help='JSONL of {"id", "text", "start", "end"} lines, or - for stdin.'
        ),
    ],
) -> None:
    """Write each line back with "score" (-3 … +3), "status" and the deciding "cue"."""
    from tocsin.factuality.spans import FactualityTool, score_records
    from tocsin.learn.stages import factuality_stage
    from tocsin.settings import Settings

    if str(input_file) != "-" and not input_file.is_file():
        raise typer.BadParameter(f"{input_file} is not a file", param_hint="--input")
    records = _records(input_file)
    tool = FactualityTool.load(factuality_stage, Settings.from_env())
    for record in score_records(tool, records):
        typer.echo(json.dumps(record, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    app.command("factuality")(factuality_command)
