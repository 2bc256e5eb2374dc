"""``tocsin dict``: import PETRARCH dictionaries, show how a name resolves."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer


def import_command(
    file: Annotated[Path, typer.Argument(help="PETRARCH/Phoenix actor or agent dictionary.")],
    out: Annotated[
        Path | None, typer.Option("--out", help="YAML file to write (default: standard output).")
    ] = None,
) -> None:
    """Convert a PETRARCH text dictionary into a tocsin actors YAML file (for --actors).

    Prints to standard error how many entries were read, and every line read with a warning.
    """
    from tocsin.actors.export import to_yaml
    from tocsin.actors.userfile import read_user_file
    from tocsin.errors import DataFileError

    if not file.exists():
        raise typer.BadParameter(f"{file} does not exist", param_hint="FILE")
    try:
        data = read_user_file(file)
    except DataFileError as exc:
        typer.echo(f"error: {file}: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    report = data.get("report")
    if report is not None:
        typer.echo(f"{file.name}: {report.summary()}", err=True)
        for warning in report.warnings:
            typer.echo(f"warning: {file.name}: {warning}", err=True)
    text = to_yaml(data, source=file.name)
    if out is None:
        typer.echo(text, nl=False)
        return
    out.write_text(text, encoding="utf-8")
    typer.echo(
        f"wrote {len(data['actors'])} actors and {len(data['agents'])} agent sectors to {out}"
    )


def lookup_command(
    text: Annotated[str, typer.Argument(help='A name or phrase, e.g. "Azerbaijani President".')],
    when: Annotated[
        str | None, typer.Option("--date", help="Article date YYYY-MM-DD (roles are dated).")
    ] = None,
    actors: Annotated[
        Path | None, typer.Option("--actors", help="Extra YAML/CSV/PETRARCH actor dictionary.")
    ] = None,
) -> None:
    """Show the actor a phrase resolves to (code, country, sector, dictionary entry) and, for
    an armed group, its backers and parents on that date (``affiliations``)."""
    from tocsin.actors import ActorResolver
    from tocsin.nlp import load_spacy
    from tocsin.settings import Settings

    try:
        day = date.fromisoformat(when) if when else None
    except ValueError as exc:
        raise typer.BadParameter("expected YYYY-MM-DD", param_hint="--date") from exc
    settings = Settings.from_env(actors_file=str(actors) if actors else None)
    resolver = ActorResolver.load(settings, load_spacy(settings.spacy_model))
    actor = resolver.lookup(text, day)
    if actor is None:
        typer.echo(f"no actor found in {text!r}", err=True)
        raise typer.Exit(code=1)
    shown = actor.to_dict()
    base = (actor.entry or "").split("#", 1)[0]
    links = resolver.dictionary.affiliations.get(actor.entry or "", ()) or (
        resolver.dictionary.affiliations.get(base, ())
    )
    active = [a.to_dict() for a in links if day is None or a.active(day)]
    if active:
        shown["affiliations"] = active
    typer.echo(json.dumps(shown, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Actor dictionaries: import PETRARCH files, look names up.")
    group.command("import")(import_command)
    group.command("lookup")(lookup_command)
    app.add_typer(group, name="dict")
