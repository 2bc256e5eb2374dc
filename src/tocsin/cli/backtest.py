"""``tocsin backtest``: replay a dated corpus and score alerts against later violence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def backtest_command(
    corpus: Annotated[
        Path | None,
        typer.Argument(
            help="Corpus (.yaml or .jsonl of dated articles); default: the bundled crises."
        ),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Store URL to fill (default: a fresh temporary SQLite file)."),
    ] = None,
    horizon: Annotated[
        int | None,
        typer.Option("--horizon", help="Days within which violence must follow an alert."),
    ] = None,
    min_level: Annotated[
        str, typer.Option("--min-level", help="Lowest alert level scored: info, warning, critical.")
    ] = "info",
    fmt: Annotated[str, typer.Option("--format", help="markdown or json.")] = "markdown",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here.")
    ] = None,
) -> None:
    """Code each day's articles, merge incidents, detect alerts as of that day, then score them."""
    from rich.console import Console
    from rich.progress import Progress

    from tocsin.alerts.model import LEVELS
    from tocsin.backtest.corpus import load_corpus
    from tocsin.backtest.replay import Backtest, StoreLedger
    from tocsin.backtest.report import markdown
    from tocsin.incidents.store_reports import open_store
    from tocsin.pipeline import Pipeline
    from tocsin.settings import Settings
    from tocsin.weights import SignalWeights

    if min_level not in LEVELS:
        raise typer.BadParameter(f"use one of {', '.join(LEVELS)}", param_hint="--min-level")
    if fmt not in ("markdown", "json"):
        raise typer.BadParameter("use markdown or json", param_hint="--format")
    documents = load_corpus(corpus)
    settings = Settings.from_env(db_url=db, backtest_horizon_days=horizon)
    pipeline = Pipeline.load(settings)
    weights = SignalWeights.load()
    store = open_store(db) if db else None
    ledger = StoreLedger(store, settings, weights) if store is not None else None
    days = len({d.date for d in documents})
    try:
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("replaying", total=days)
            result = Backtest(pipeline, settings, ledger).run(
                documents, min_level, progress=lambda day, n: progress.advance(task)
            )
    finally:
        if store is not None:
            store.close()
    if fmt == "json":
        text = json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = markdown(result)
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=False)


def register(app: typer.Typer) -> None:
    app.command("backtest")(backtest_command)
