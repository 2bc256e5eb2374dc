"""``tocsin train``: fit a learned layer from a labelled file; write the model and its card."""

from __future__ import annotations

import shlex
import sys
import time
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

TRAIN_FORMATS = ("uw", "plv", "gsr", "case", "jsonl", "ged")


def _format(path: Path, fmt: str | None) -> str:
    from tocsin.evaluation.runner import guess_format

    if fmt is not None:
        if fmt not in TRAIN_FORMATS:
            raise typer.BadParameter(
                f"use one of {', '.join(TRAIN_FORMATS)}", param_hint="--format"
            )
        return fmt
    try:
        guessed = guess_format(path)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--format") from exc
    if guessed == "uw" and not _has_targets(path):
        return "jsonl"  # a user's {text, start, end, label} file named after factuality
    return "jsonl" if guessed == "golden" else guessed


def _has_targets(path: Path) -> bool:
    """Whether the first line of a JSONL file is a UW line (it has ``targets``)."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                return '"targets"' in line
    return False


def _files(values: list[Path] | None) -> list[tuple[Path, str]]:
    files = []
    for value in values or []:
        if not value.is_file():
            raise typer.BadParameter(f"{value} is not a file")
        files.append((value, _format(value, None)))
    return files


def train_command(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Labelled file.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Model file to write (JSON).")],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="uw, plv, gsr, case, jsonl or ged (default: guessed from the file name).",
        ),
    ] = None,
    task: Annotated[
        str | None,
        typer.Option("--task", help="factuality or events (default: from the format)."),
    ] = None,
    also: Annotated[
        list[Path] | None,
        typer.Option("--also", help="Another labelled file of the same task to train on."),
    ] = None,
    exclude: Annotated[
        list[Path] | None,
        typer.Option("--exclude", help="Labelled file whose sentences are left out of training."),
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Model name.")] = None,
    version: Annotated[str, typer.Option("--version", help="Model version.")] = "1",
    licence: Annotated[
        str, typer.Option("--licence", help="Licence of the training data, for the card.")
    ] = "as the training data's",
    attribution: Annotated[
        str, typer.Option("--attribution", help="Attribution the data requires, for the card.")
    ] = "",
    folds: Annotated[int, typer.Option("--folds", min=2, help="Cross-validation folds.")] = 5,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the fold assignment.")] = 13,
    ged_limit: Annotated[
        int,
        typer.Option(
            "--ged-limit", min=1, help="ged: development headlines to sample (never holdout)."
        ),
    ] = 1500,
    day: Annotated[
        str | None,
        typer.Option("--date", help="Training date for the card, YYYY-MM-DD (default: today)."),
    ] = None,
) -> None:
    """Fit a learned layer (factuality score or event type) on labelled data by cross-validation."""
    from tocsin.errors import InputError
    from tocsin.learn.card import card_path
    from tocsin.learn.train import TrainingRequest, train
    from tocsin.pipeline import Pipeline
    from tocsin.settings import Settings

    chosen = _format(file, fmt)
    if task is not None and task not in ("factuality", "events"):
        raise typer.BadParameter("use factuality or events", param_hint="--task")
    try:
        when = date.fromisoformat(day) if day else date.today()
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--date") from exc
    request = TrainingRequest(
        path=file,
        fmt=chosen,
        out=out,
        task=task,
        exclude=_files(exclude),
        extra=_files(also),
        name=name,
        version=version,
        licence=licence,
        attribution=attribution,
        folds=folds,
        seed=seed,
        day=when,
        command="tocsin " + shlex.join(sys.argv[1:]),
        ged_limit=ged_limit,
    )
    started = time.perf_counter()
    try:
        model = train(request, Settings.from_env(), Pipeline.load)
    except (InputError, ValueError) as exc:
        raise typer.BadParameter(str(exc)) from exc
    cv = model.training.get("cross_validation", {})
    typer.echo(
        f"trained {model.id} on {model.training.get('examples')} examples in "
        f"{time.perf_counter() - started:.1f} s; wrote {out} and {card_path(out)}"
    )
    if model.task == "factuality" and cv:
        typer.echo(
            f"{cv['folds']}-fold CV: r {cv['model']['pearson_r']:.3f} (rules "
            f"{cv['rules']['pearson_r']:.3f}), MAE {cv['model']['mae']:.3f} "
            f"(rules {cv['rules']['mae']:.3f})"
        )
    elif cv:
        model_by, rules_by = cv["per_source"]["model"], cv["per_source"]["rules"]
        per_file = ", ".join(
            f"{name} {model_by[name]} (rules {rules_by[name]})" for name in sorted(cv["items"])
        )
        typer.echo(
            f"{cv['folds']}-fold CV on {cv['records']} labelled records: accuracy "
            f"{cv['model']:.3f} (rules {cv['rules']:.3f}); per file, over all its items: "
            f"{per_file}"
        )


def register(app: typer.Typer) -> None:
    app.command("train")(train_command)
