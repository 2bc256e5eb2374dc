"""``tocsin eval``: score the coder on a gold file (PLV, CASE 2021, PLOVER GSR, UW, golden)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def eval_command(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Gold file.")],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="plv, case, gsr, uw, golden or actors (default: guessed from the file name).",
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Score only the first N items.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Print accuracy, macro- and weighted F1 and the most frequent confusions."""
    from tocsin.evaluation.metrics import Report, format_report
    from tocsin.evaluation.runner import guess_format, run
    from tocsin.pipeline import Pipeline
    from tocsin.settings import Settings

    try:
        chosen = fmt or guess_format(file)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--format") from exc
    pipeline = Pipeline.load(Settings.from_env())
    try:
        result = run(pipeline, file, chosen, limit)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--format") from exc
    if isinstance(result, Report):
        if as_json:
            typer.echo(json.dumps({"format": chosen, **result.to_dict()}, ensure_ascii=False))
        else:
            typer.echo(format_report(f"{chosen} ({file.name})", result))
        return
    typer.echo(
        json.dumps({"format": chosen, **result}, ensure_ascii=False, indent=None if as_json else 2)
    )


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
