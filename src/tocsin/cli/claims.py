"""``tocsin claims``: list stored claims with the denials and confirmations linked to them."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

FORMATS = ("table", "jsonl")


def _short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(claims: list[dict[str, Any]]) -> str:
    """One block per claim: kind, status, speaker, sentence, then its responses."""
    lines: list[str] = []
    for claim in claims:
        flag = " CONTESTED" if claim["contested"] else ""
        speaker = claim["speaker"] or "(narrator)"
        anonymous = " [anonymous]" if claim["anonymous"] else ""
        event = f"{claim['event']} {claim['actor_country'] or '?'}→" if claim["event"] else ""
        event += f"{claim['recipient_country'] or '?'}" if claim["event"] else ""
        lines.append(
            f"{claim['id']}  {claim['kind']:<12} {claim['status']:<11} {event:<16}"
            f" {claim['claim_date'] or '':<10}{flag}"
        )
        lines.append(f"    by {_short(speaker, 70)}{anonymous}")
        lines.append(f"    {_short(claim['sentence'], 110)}")
        for response in claim["responses"]:
            lines.append(
                f"    ← {response['relation']} ({response['rule']}, {response['score']:.1f}):"
                f" {_short(response['speaker'] or '(narrator)', 40)}:"
                f" {_short(response['sentence'], 70)}"
            )
    return "\n".join(lines)


def claims_command(
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL (default: the db_url setting).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    kind: Annotated[
        str | None, typer.Option("--kind", help="Only claim, denial or confirmation.")
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="Only claims whose dyad names this country.")
    ] = None,
    contested: Annotated[
        bool, typer.Option("--contested", help="Only claims that a denial answers.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most claims shown.")] = 200,
) -> None:
    """List claims, newest first, each with who makes it and who denies or confirms it."""
    from tocsin.claims import list_claims
    from tocsin.errors import StoreError
    from tocsin.settings import Settings
    from tocsin.store import Store

    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    settings = Settings.from_env(db_url=db)
    try:
        store = Store.open_existing(settings.db_url)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    with store, store.session() as session:
        rows = list_claims(
            session, kind=kind, country=country, contested=True if contested else None, limit=limit
        )
    if fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif rows:
        typer.echo(format_table(rows))
    else:
        typer.echo("no claims stored", err=True)


def register(app: typer.Typer) -> None:
    app.command("claims")(claims_command)
