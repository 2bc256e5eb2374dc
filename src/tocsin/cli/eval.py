"""``tocsin eval``: score the coder on a gold file (PLV, CASE 2021, PLOVER GSR, UW, golden) or on
the headlines of a UCDP GED export (``ged``)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from tocsin.settings import Settings


def eval_command(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Gold file.")],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="plv, case, gsr, uw, golden, actors or ged (default: guessed from the file "
            "name, or from the header of a CSV file).",
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Score only the first N items.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    part: Annotated[
        str, typer.Option("--part", help="ged: dev, holdout or both (reported apart).")
    ] = "both",
    since: Annotated[
        str | None, typer.Option("--since", help="ged: headlines from this date (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="ged: headlines up to this date (YYYY-MM-DD).")
    ] = None,
    misses: Annotated[
        int,
        typer.Option(
            "--misses",
            min=0,
            help="ged: also list the first N dev headlines without both sides (never holdout).",
        ),
    ] = 0,
    datelines: Annotated[
        bool,
        typer.Option(
            "--datelines/--no-datelines",
            help="ged: give each headline its events' country as its dateline (the default), "
            "or code it with its date and office alone, as `tocsin code` reads a JSONL line "
            "with text, date and source.",
        ),
    ] = True,
    model: Annotated[
        Path | None,
        typer.Option(
            "--model",
            exists=True,
            dir_okay=False,
            help="Score with this learned model (from `tocsin train`) instead of the bundled one.",
        ),
    ] = None,
) -> None:
    """Print accuracy, macro- and weighted F1 and the most frequent confusions; for a UCDP GED
    export, the per-headline side, ASSAULT and killed-count figures for dev and holdout."""
    from tocsin.evaluation.metrics import Report, format_report
    from tocsin.evaluation.runner import guess_format, run
    from tocsin.pipeline import Pipeline
    from tocsin.settings import Settings

    try:
        chosen = fmt or guess_format(file)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--format") from exc
    settings = Settings.from_env()
    if model is not None:
        from tocsin.errors import DataFileError
        from tocsin.learn.stages import with_model

        try:
            settings = with_model(settings, model)
        except DataFileError as exc:
            raise typer.BadParameter(str(exc), param_hint="--model") from exc
    if chosen == "ged":
        _eval_ged(file, limit, as_json, part, since, until, misses, settings, datelines)
        return
    pipeline = Pipeline.load(settings)
    try:
        result = run(pipeline, file, chosen, limit)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--format") from exc
    if isinstance(result, Report):
        _warn_crashes(result.extra.get("crashed_inputs", 0), result.extra.get("crash_errors", []))
        if as_json:
            typer.echo(json.dumps({"format": chosen, **result.to_dict()}, ensure_ascii=False))
        else:
            typer.echo(format_report(f"{chosen} ({file.name})", result))
        return
    typer.echo(
        json.dumps({"format": chosen, **result}, ensure_ascii=False, indent=None if as_json else 2)
    )


def _warn_crashes(count: int, errors: list[str]) -> None:
    """Say on stderr that the pipeline crashed on some inputs (scored as no event)."""
    if count:
        first = f"; first: {errors[0]}" if errors else ""
        typer.echo(
            f"tocsin: the pipeline failed on {count} input(s), scored as no event{first}",
            err=True,
        )


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option
        ) from exc


def _eval_ged(
    file: Path,
    limit: int | None,
    as_json: bool,
    part: str,
    since: str | None,
    until: str | None,
    misses: int,
    settings: Settings,
    datelines: bool = True,
) -> None:
    from tocsin.evaluation.ged import PARTS, evaluate
    from tocsin.pipeline import Pipeline

    if part not in PARTS:
        raise typer.BadParameter(f"use one of {', '.join(PARTS)}", param_hint="--part")
    if misses and part == "holdout":
        raise typer.BadParameter(
            "misses are listed for the dev part only; holdout misses are never read",
            param_hint="--misses",
        )
    start, end = _day(since, "--since"), _day(until, "--until")
    pipeline = Pipeline.load(settings)
    result = evaluate(pipeline, file, part, start, end, limit, misses, datelines)
    _warn_crashes(result["crashed"]["count"], result["crashed"]["errors"])
    typer.echo(
        json.dumps({"format": "ged", **result}, ensure_ascii=False, indent=None if as_json else 2)
    )


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
