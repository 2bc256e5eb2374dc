"""``tocsin export``: write a query of the store as PLOVER, GDELT, ICEWS, ACLED, Parquet, JSONL."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from tocsin.errors import StoreError
from tocsin.settings import Settings

FORMAT_HELP = (
    "plover (PLOVER 2.0 JSONL), gdelt (GDELT 2.0 event TSV, 61 columns), icews (ICEWS TSV), "
    "acled (ACLED-style CSV, events with an ACLED category only), parquet (needs --out) or "
    "jsonl (the record contract). gdelt, icews and acled hold only events asserted or alleged "
    "to have happened: hypothetical (possible, future, conditional, requested), negated and "
    "denied events are left out unless --include-hypothetical; plover and jsonl keep every "
    "event with its factuality. Plugins may register more formats."
)


def _day(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint=name) from exc


def export_command(
    fmt: Annotated[str, typer.Option("--format", help=FORMAT_HELP)] = "plover",
    out: Annotated[
        Path | None, typer.Option("--out", help="Output file (default: stdout).")
    ] = None,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Store URL (default: TOCSIN_DB_URL or sqlite:///tocsin.db)."),
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Actor country (AZE) or code (AZEMIL).")
    ] = None,
    recipient: Annotated[
        str | None, typer.Option("--recipient", help="Recipient country or code.")
    ] = None,
    event: Annotated[
        str | None, typer.Option("--event", help="PLOVER event type (ASSAULT, THREATEN, …).")
    ] = None,
    cameo: Annotated[
        str | None, typer.Option("--cameo", help="CAMEO code prefix (19 matches 190-196).")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="From this day (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Up to this day (YYYY-MM-DD).")
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option("--status", help="Factuality status to keep (repeatable)."),
    ] = None,
    include_hypothetical: Annotated[
        bool,
        typer.Option(
            "--include-hypothetical",
            help="Also write hypothetical, negated and denied events in gdelt, icews and acled.",
        ),
    ] = False,
) -> None:
    """Export stored events matching the filters in a format the field uses."""
    from tocsin.export import ExportItem, ExportTables, export_text, formats
    from tocsin.store import EventFilter, Store

    offered = {name: spec for name, spec in formats().items() if spec.stored}
    spec = offered.get(fmt)
    if spec is None:
        raise typer.BadParameter(f"choose one of {', '.join(offered)}", param_hint="--format")
    if spec.write_file is not None and out is None:
        raise typer.BadParameter(f"{fmt} needs an output file", param_hint="--out")
    if fmt == "parquet":  # before opening the store: a missing extra stops here
        import tocsin.export.parquet  # noqa: F401
    filters = EventFilter(
        actor=actor,
        recipient=recipient,
        event=event,
        cameo=cameo,
        status=status or None,
        since=_day(since, "--since"),
        until=_day(until, "--until"),
    )
    if out is not None and not out.parent.is_dir():
        typer.echo(f"error: cannot write {out}: there is no directory {out.parent}", err=True)
        raise typer.Exit(1)
    settings = Settings.from_env(db_url=db)
    try:
        store = Store.open_existing(settings.db_url)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    with store:
        items = (
            ExportItem.of(e, d, added) for e, d, added in store.iter_events_with_documents(filters)
        )
        try:
            if spec.write_file is not None:
                assert out is not None
                count = spec.write_file(spec.selected(items, include_hypothetical), out)
            elif out is None:
                tables = ExportTables.load()
                count = export_text(items, spec, sys.stdout, tables, include_hypothetical)
            else:
                with out.open("w", encoding="utf-8", newline="") as handle:
                    tables = ExportTables.load()
                    count = export_text(items, spec, handle, tables, include_hypothetical)
        except OSError as exc:  # a full disk, a read-only place, a closed pipe
            reason = exc.strerror or str(exc)
            typer.echo(f"error: cannot write {out or 'the output'}: {reason}", err=True)
            raise typer.Exit(1) from exc
    typer.echo(f"exported {count:,} event(s) as {fmt}", err=True)


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
