"""``tocsin alerts``: list escalation alerts (optionally detecting them first)."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer

FORMATS = ("table", "jsonl")


def alerts_command(
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL (default: the db_url setting).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    since: Annotated[
        str | None,
        typer.Option("--since", help="Only alerts whose window ends on or after YYYY-MM-DD."),
    ] = None,
    level: Annotated[
        str | None, typer.Option("--level", help="Lowest level shown: info, warning or critical.")
    ] = None,
    detect: Annotated[
        bool, typer.Option("--detect", help="Run detection on the store before listing.")
    ] = False,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Day to detect as of (default: latest incident).")
    ] = None,
) -> None:
    """List alerts: level, dyad, window, the reason in words and the evidence behind them."""
    from tocsin.alerts.model import LEVELS
    from tocsin.alerts.service import detect as run_detect
    from tocsin.alerts.service import list_alerts
    from tocsin.incidents.access import session_scope
    from tocsin.incidents.store_reports import open_store
    from tocsin.settings import Settings

    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    if level is not None and level not in LEVELS:
        raise typer.BadParameter(f"use one of {', '.join(LEVELS)}", param_hint="--level")
    settings = Settings.from_env(db_url=db)
    store = open_store(settings.db_url)
    if detect:
        run_detect(store, settings, as_of=_day(as_of, "--as-of"))
    with session_scope(store) as session:
        rows = list_alerts(session, since=_day(since, "--since"), level=level)
    if fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    _table(rows)


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter("expected YYYY-MM-DD", param_hint=option) from exc


def _table(rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} alerts", show_lines=True)
    table.add_column("first seen", no_wrap=True)
    table.add_column("level", no_wrap=True)
    table.add_column("dyad", no_wrap=True)
    table.add_column("what and why", overflow="fold", ratio=1)
    for row in rows:
        window = f"{row['window']['start']} … {row['window']['end']}"
        detail = (
            f"{row['kind']}: {row['reason']} — window {window}; "
            f"{len(row['incident_ids'])} incidents, {len(row['evidence'])} sentences"
        )
        dyad = f"{row['dyad']} ({row['dyad_level']})"
        if row.get("label") and row["label"] != row["dyad"]:
            detail = f"{row['label']} — {detail}"
        table.add_row(row["first_seen"], row["level"], dyad, detail)
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.command("alerts")(alerts_command)
