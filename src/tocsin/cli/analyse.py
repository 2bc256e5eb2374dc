"""``tocsin analyse``: the analysis step on its own (incidents, claims, alerts)."""

from __future__ import annotations

from typing import Annotated

import typer

from tocsin.errors import StoreError
from tocsin.settings import Settings


def analyse_command(
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL (default: the db_url setting).")
    ] = None,
    wait: Annotated[
        float | None,
        typer.Option(
            "--wait",
            min=0.0,
            help="Seconds to wait for another analysis of the store (default: the "
            "lock_wait_seconds setting).",
        ),
    ] = None,
) -> None:
    """Merge every stored event still waiting for analysis into incidents, claims and alerts.

    `tocsin code` runs this step at its end; run it alone after a crash, or after coding
    with a store that others analyse.
    """
    from tocsin.analysis import analyse_pending, pending_count
    from tocsin.store import Store

    settings = Settings.from_env(db_url=db)
    try:
        with Store.open_existing(settings.db_url) as store:
            waiting = pending_count(store)
            typer.echo(f"{waiting:,} stored event(s) waiting for analysis", err=True)
            result = analyse_pending(store, settings, wait=wait)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(
        f"analysed {result.events:,} event(s); incidents touched: {len(result.incidents):,}; "
        f"alerts active: {result.alerts:,}",
        err=True,
    )


def register(app: typer.Typer) -> None:
    app.command("analyse")(analyse_command)
