"""``tocsin backtest``: replay a dated corpus; score warnings against UCDP GED or ACLED truth."""

from __future__ import annotations

import json
import resource
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter("expected YYYY-MM-DD", param_hint=option) from exc


def peak_memory_mb() -> float:
    """Peak resident memory of this process, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def backtest_command(
    corpus: Annotated[
        Path | None,
        typer.Argument(
            help="Corpus: .jsonl or .yaml of dated articles, or a UCDP GED .csv export (its "
            "headlines); default: the bundled Syria headlines, scored against their GED rows."
        ),
    ] = None,
    truth: Annotated[
        Path | None,
        typer.Option(
            "--truth",
            help="UCDP GED or ACLED CSV export to derive escalation onsets from and score "
            "against; without it (and a corpus given) the report is self-referential.",
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Replay articles from YYYY-MM-DD on.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Replay articles up to YYYY-MM-DD.")
    ] = None,
    score_from: Annotated[
        str | None,
        typer.Option(
            "--score-from",
            help="Score alerts, onsets and forecasts from YYYY-MM-DD on (the replay before it "
            "only builds history); default: the first day replayed.",
        ),
    ] = None,
    model: Annotated[
        Path | None,
        typer.Option("--model", help="Forecast model file (default: the bundled model)."),
    ] = None,
    save_model: Annotated[
        Path | None,
        typer.Option(
            "--save-model",
            help="With --truth: fit the forecast model on every scored week and write it here.",
        ),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Store URL to fill (default: incidents kept in memory)."),
    ] = None,
    cache: Annotated[
        Path | None,
        typer.Option(
            "--cache",
            help="Folder for coded documents: a replay of the same corpus with the same code "
            "and settings reads them instead of coding again.",
        ),
    ] = None,
    horizon: Annotated[
        int | None,
        typer.Option("--horizon", help="Days within which an onset (or violence) must follow."),
    ] = None,
    min_level: Annotated[
        str, typer.Option("--min-level", help="Lowest alert level listed: info, warning, critical.")
    ] = "info",
    fmt: Annotated[str, typer.Option("--format", help="markdown or json.")] = "markdown",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here.")
    ] = None,
) -> None:
    """Code each day's articles, merge incidents, detect alerts and forecast as of that day, then
    score them: against the onsets of a truth file, else (self-referentially) against later
    violence coded by tocsin itself."""
    from rich.console import Console
    from rich.progress import Progress

    from tocsin.alerts.model import LEVELS
    from tocsin.backtest.cache import CodingCache
    from tocsin.backtest.corpus import REAL, load_corpus
    from tocsin.backtest.ledgers import StoreLedger
    from tocsin.backtest.report import markdown
    from tocsin.backtest.run import fit_final_model, run_backtest
    from tocsin.evaluation.ged_sides import SideMapper
    from tocsin.forecast.model import ForecastModel
    from tocsin.incidents.store_reports import open_store
    from tocsin.pipeline import Pipeline
    from tocsin.resources import data_path
    from tocsin.settings import Settings
    from tocsin.signals.levels import bundled_sides
    from tocsin.truth.named import NamedSides
    from tocsin.truth.violence import read_truth
    from tocsin.weights import SignalWeights

    if min_level not in LEVELS:
        raise typer.BadParameter(f"use one of {', '.join(LEVELS)}", param_hint="--min-level")
    if fmt not in ("markdown", "json"):
        raise typer.BadParameter("use markdown or json", param_hint="--format")
    first, last = _day(since, "--since"), _day(until, "--until")
    scored_from = _day(score_from, "--score-from")
    if corpus is None and truth is None:
        truth = data_path(REAL)  # the bundled headlines are scored against their own GED rows
    if save_model is not None and truth is None:
        raise typer.BadParameter(
            "a model is fit on outcomes: give --truth", param_hint="--save-model"
        )
    documents = load_corpus(corpus, first, last)
    if not [d for d in documents if d.date is not None]:
        raise typer.BadParameter("no dated article in that span", param_hint="corpus")
    forecast_model = ForecastModel.load(model)
    settings = Settings.from_env(db_url=db, backtest_horizon_days=horizon)
    pipeline = Pipeline.load(settings)
    named = NamedSides(SideMapper.load(pipeline.actors.lookup).organisation, bundled_sides())
    truth_set = read_truth(truth, named) if truth is not None else None
    store = open_store(db) if db else None
    ledger = StoreLedger(store, settings, SignalWeights.load()) if store is not None else None
    days = (documents[-1].date - documents[0].date).days + 1  # type: ignore[operator]
    name = str(corpus) if corpus is not None else f"the bundled corpus ({REAL})"
    try:
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("replaying", total=days)
            result = run_backtest(
                pipeline,
                settings,
                documents,
                corpus=name,
                truth=truth_set,
                score_from=scored_from,
                model=forecast_model,
                ledger=ledger,
                min_level=min_level,
                cache=CodingCache(cache) if cache is not None else None,
                progress=lambda day, n: progress.advance(task),
            )
    finally:
        if store is not None:
            store.close()
    result.peak_memory_mb = peak_memory_mb()
    if save_model is not None:
        fit_final_model(result, forecast_model, name).save(save_model)
    if fmt == "json":
        text = json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = markdown(result)
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=False)


def corpus_command(
    export: Annotated[Path, typer.Argument(help="A UCDP GED CSV export.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The JSONL corpus to write.")],
    since: Annotated[
        str | None, typer.Option("--since", help="Headlines dated from YYYY-MM-DD on.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Headlines dated up to YYYY-MM-DD.")
    ] = None,
) -> None:
    """Write the headlines of a UCDP GED export as a replay corpus: one ``{"id", "date", "text",
    "source"}`` line per distinct headline, dated by its article's date."""
    from tocsin.backtest.corpus import ged_headlines, is_ged_file

    if not is_ged_file(export):
        raise typer.BadParameter("not a UCDP GED CSV export", param_hint="EXPORT")
    documents = ged_headlines(export, _day(since, "--since"), _day(until, "--until"))
    with output.open("w", encoding="utf-8") as handle:
        for d in documents:
            row = {"id": d.id, "date": d.date.isoformat() if d.date else None, "text": d.text}
            handle.write(json.dumps({**row, "source": d.source}, ensure_ascii=False) + "\n")
    typer.echo(f"tocsin corpus: {len(documents)} headlines written to {output}", err=True)


def register(app: typer.Typer) -> None:
    app.command("backtest")(backtest_command)
    app.command("corpus")(corpus_command)
