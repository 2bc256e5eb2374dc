"""``tocsin failures``: list the records a batch quarantined, and retry them."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from tocsin.errors import StoreError
from tocsin.settings import Settings

FORMATS = ("table", "jsonl")


def _short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def failures_command(
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL (default: the db_url setting).")
    ] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also list records resolved by a retry.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    retry: Annotated[
        bool,
        typer.Option("--retry", help="Read, code and store the quarantined records again."),
    ] = False,
    ids: Annotated[
        list[int] | None, typer.Option("--id", help="Only this failure (repeatable).")
    ] = None,
    repair: Annotated[
        bool,
        typer.Option(
            "--repair",
            help="With --retry: remove NUL bytes and replace lone surrogates (recorded on the "
            "document) instead of refusing the record.",
        ),
    ] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most records listed.")] = 1000,
) -> None:
    """List quarantined records (what failed, where, why) or retry them.

    Exit status: 0 when nothing is left quarantined (or the listing worked); 3 when a retry
    left records failing.
    """
    from tocsin.batch.failures import FAILED, FailureLog
    from tocsin.store import Store

    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    settings = Settings.from_env(db_url=db)
    try:
        store = Store.open_existing(settings.db_url)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    with store:
        if retry:
            _retry(store, settings, ids, repair)
            return
        rows = FailureLog(store).list(status=None if show_all else FAILED, limit=limit, ids=ids)
        if fmt == "jsonl":
            for row in rows:
                data = {c.name: getattr(row, c.name) for c in row.__table__.columns}
                typer.echo(json.dumps(data, default=str, ensure_ascii=False))
            return
        if not rows:
            typer.echo("no quarantined records", err=True)
            return
        header = f"{'ID':>5}  {'STAGE':<6} {'CODE':<5} {'TRIES':>5}  {'STATUS':<9} ORIGIN / ERROR"
        typer.echo(header)
        for row in rows:
            typer.echo(
                f"{row.id:>5}  {row.stage:<6} {row.code or '':<5} {row.attempts:>5}  "
                f"{row.status:<9} {_short(row.origin, 80)}"
            )
            typer.echo(f"{'':>31}{_short(row.error, 100)}")


def _retry(store: object, settings: Settings, ids: list[int] | None, repair: bool) -> None:
    from tocsin.analysis import analyse_stored
    from tocsin.batch.retry import retry
    from tocsin.pipeline import Pipeline

    def echo(message: str) -> None:
        typer.echo(message, err=True)

    result = retry(store, Pipeline.load(settings), ids=ids, repair=repair, notify=echo)
    if result.event_ids:
        analyse_stored(store, result.event_ids, settings)
    echo(f"{len(result.resolved):,} resolved, {len(result.failed):,} still failing")
    if result.failed:
        raise typer.Exit(3)


def register(app: typer.Typer) -> None:
    app.command("failures")(failures_command)
