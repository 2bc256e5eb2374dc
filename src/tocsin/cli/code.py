"""``tocsin code``: code documents into event records (stdout) and the store.

stdout carries only the records; problems, notices, progress and the summary go to stderr.
The exit status is non-zero only when no document at all could be processed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tocsin.errors import StoreError
from tocsin.settings import Settings

if TYPE_CHECKING:
    from tocsin.engine.cluster import DaskEngine
    from tocsin.engine.local import LocalEngine

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
) -> None:
    """Code documents into event records: stdout gets the records, the store keeps them."""
    from tocsin.analysis import analyse_stored
    from tocsin.batch.signature import input_signature
    from tocsin.engine.local import LocalEngine
    from tocsin.engine.shards import Target
    from tocsin.export import ExportItem, ExportTables, export_text
    from tocsin.ingest import Problem, ProblemLog, iter_documents
    from tocsin.store import Store

    if not inputs:
        raise typer.BadParameter("give at least one input (a file, directory, URL or -)")
    from tocsin.export import formats

    streams = [name for name, spec in formats().items() if spec.text]
    if fmt not in streams:
        raise typer.BadParameter(f"choose one of {', '.join(streams)}", param_hint="--format")
    if engine not in ENGINES:
        raise typer.BadParameter(f"choose one of {', '.join(ENGINES)}", param_hint="--engine")
    default_date = _parse_date(on_date)
    settings = Settings.from_env(db_url=db, actors_file=str(actors) if actors else None)
    problems = ProblemLog()

    def on_problem(problem: Problem) -> None:
        problems(problem)
        _echo(str(problem))

    documents = _with_progress(
        iter_documents(inputs, settings, on_problem=on_problem, allow_private=allow_private)
    )
    use_store = not no_store and parquet is None
    target = Target(
        db_url=settings.db_url if use_store else None,
        parquet_dir=str(parquet) if parquet else None,
    )
    runner: LocalEngine | DaskEngine
    if engine == "dask":
        from tocsin.engine.cluster import DaskEngine

        runner = DaskEngine(
            settings,
            scheduler=scheduler,
            shard_size=commit_every,
            default_date=default_date,
            notify=_echo,
        )
    else:
        runner = LocalEngine(
            settings, commit_every=commit_every, default_date=default_date, notify=_echo
        )
    items = runner.run(
        documents,
        target,
        signature=input_signature(inputs),
        inputs=" ".join(inputs),
        resume=resume,
    )
    coded_ids: list[str] = []

    def remember(stream: Iterable[ExportItem]) -> Iterator[ExportItem]:
        for item in stream:
            coded_ids.append(item.event.id)
            yield item

    try:
        export_text(remember(items), fmt, sys.stdout, ExportTables.load(), include_hypothetical)
        sys.stdout.flush()
        if use_store and coded_ids:
            _echo(f"analysing {len(coded_ids):,} stored event(s): incidents, claims, alerts")
            with Store.open(settings.db_url) as store:
                analysis = analyse_stored(store, coded_ids, settings)
            _echo(
                f"incidents touched: {len(analysis.incidents):,}; "
                f"alerts active: {analysis.alerts:,}"
            )
    except StoreError as exc:
        _echo(f"error: {exc}")
        raise typer.Exit(1) from exc
    except KeyboardInterrupt:
        _echo("interrupted; run the same command again to resume")
        raise typer.Exit(130) from None
    stats = runner.stats
    _echo(
        f"coded {stats.documents:,} document(s), {stats.events:,} event(s); "
        f"{stats.skipped:,} already stored, {stats.duplicates:,} near-duplicate(s), "
        f"{stats.failed + len(problems.errors):,} failed"
    )
    if stats.processed == 0 and stats.resumed_from == 0:
        _echo("error: no document could be processed")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("code")(code_command)
