"""``tocsin code``: code documents into event records (stdout) and the store.

stdout carries only the records; problems, notices, progress and the summary go to stderr.
The exit status is non-zero only when no document at all could be processed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from tocsin.errors import StoreError
from tocsin.settings import Settings

ENGINES = ("local", "dask")


def _echo(message: str) -> None:
    typer.echo(message, err=True)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{value!r} is not a date YYYY-MM-DD", param_hint="--date"
        ) from exc


def _with_progress(documents: Iterable[object]) -> Iterator[object]:
    """Count documents on a stderr progress display when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from documents
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed:,} document(s) read"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("coding")
        for document in documents:
            yield document
            progress.advance(task)


def code_command(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files (.txt, .html, .jsonl, .csv, optionally .gz), directories, "
            "http(s) URLs, or - for stdin.",
            show_default=False,
        ),
    ] = None,
    on_date: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) of documents without one."),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="Output on stdout: jsonl (the record contract), table, plover, gdelt, icews "
            "or acled. gdelt, icews and acled leave out events that did not or may not have "
            "happened (possible, future, conditional, requested, negated, denied) unless "
            "--include-hypothetical.",
        ),
    ] = "jsonl",
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Do not write to the store (and do not resume).")
    ] = False,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Store URL (default: TOCSIN_DB_URL or sqlite:///tocsin.db)."),
    ] = None,
    actors: Annotated[
        Path | None,
        typer.Option("--actors", help="Extra actor dictionary (YAML/CSV) over the bundled one."),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Allow URLs on private or loopback addresses."),
    ] = False,
    engine: Annotated[
        str, typer.Option("--engine", help="local (one process) or dask (a Dask cluster).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address (tcp://host:8786); default: a local cluster of 2 "
            "worker processes.",
        ),
    ] = None,
    parquet: Annotated[
        Path | None,
        typer.Option(
            "--parquet",
            help="Write events to this directory as Parquet partitioned by month "
            "(month=YYYY-MM/), instead of the store.",
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume/--no-resume",
            help="Resume an interrupted run over the same unchanged input from its cursor.",
        ),
    ] = True,
    include_hypothetical: Annotated[
        bool,
        typer.Option(
            "--include-hypothetical",
            help="Also write non-factual events in the gdelt, icews and acled formats.",
        ),
    ] = False,
    commit_every: Annotated[
        int, typer.Option("--commit-every", min=1, help="Documents per transaction / shard.")
    ] = 50,
    wait: Annotated[
        float,
        typer.Option(
            "--wait",
            min=0.0,
            help="Seconds to wait when another run over the same input holds the store's lock "
            "(default: refuse at once).",
        ),
    ] = 0.0,
) -> None:
    """Code documents into event records: stdout gets the records, the store keeps them.

    Exit status: 0 when every document was coded (or already stored); 3 when some records
    failed and were quarantined (listed and retried with `tocsin failures`) while the others
    were stored; 1 when no document could be processed, the store failed, or another run over
    the same input holds the store (see --wait); 130 when interrupted (run the same command
    again to resume).
    """
    from tocsin.coding import CodeJob, CodeOptions
    from tocsin.export import ExportTables, export_text, formats

    if not inputs:
        raise typer.BadParameter("give at least one input (a file, directory, URL or -)")
    streams = [name for name, spec in formats().items() if spec.text]
    if fmt not in streams:
        raise typer.BadParameter(f"choose one of {', '.join(streams)}", param_hint="--format")
    if engine not in ENGINES:
        raise typer.BadParameter(f"choose one of {', '.join(ENGINES)}", param_hint="--engine")
    settings = Settings.from_env(db_url=db, actors_file=str(actors) if actors else None)
    options = CodeOptions(
        default_date=_parse_date(on_date),
        store=not no_store,
        parquet=str(parquet) if parquet else None,
        engine=engine,
        scheduler=scheduler,
        resume=resume,
        commit_every=commit_every,
        allow_private=allow_private,
        wait=wait,
    )
    job = CodeJob(inputs, settings, options, notify=_echo, documents=_with_progress)
    try:
        export_text(job.run(), fmt, sys.stdout, ExportTables.load(), include_hypothetical)
        sys.stdout.flush()
    except StoreError as exc:
        _echo(f"error: {exc}")
        raise typer.Exit(1) from exc
    except KeyboardInterrupt:
        _echo("interrupted; run the same command again to resume")
        raise typer.Exit(130) from None
    summary = job.summary
    _echo(summary.line())
    if summary.exit_code == 1:
        _echo("error: no document could be processed")
    if summary.exit_code:
        raise typer.Exit(summary.exit_code)


def register(app: typer.Typer) -> None:
    app.command("code")(code_command)
