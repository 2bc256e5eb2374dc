"""``tocsin gazetteer``: load a full GeoNames dump, look a place name up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def load_command(
    file: Annotated[Path, typer.Argument(help="GeoNames dump in tab format (allCountries.txt …).")],
    db: Annotated[
        Path | None,
        typer.Option("--db", help="SQLite file to write (default: the gazetteer_db setting)."),
    ] = None,
) -> None:
    """Load a GeoNames dump into the user gazetteer that place resolution consults."""
    from tocsin.errors import DataFileError
    from tocsin.places.geonames import GeoNamesStore
    from tocsin.places.resolver import user_gazetteer_path
    from tocsin.settings import Settings

    target = db or user_gazetteer_path(Settings.from_env())
    if target is None:
        raise typer.BadParameter("no SQLite store to sit beside: pass --db", param_hint="--db")
    if not file.exists():
        raise typer.BadParameter(f"{file} does not exist", param_hint="FILE")
    try:
        count = GeoNamesStore(target).load(file)
    except DataFileError as exc:
        typer.echo(f"error: {file}: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    typer.echo(f"loaded {count} places into {target}")


def lookup_command(
    name: Annotated[str, typer.Argument(help="Place name, e.g. Zangezur.")],
    db: Annotated[
        Path | None, typer.Option("--db", help="User gazetteer to consult as well.")
    ] = None,
) -> None:
    """Show every gazetteer entry a name may mean (aliases first)."""
    from tocsin.places.gazetteer import Gazetteer
    from tocsin.places.resolver import user_gazetteer_path
    from tocsin.settings import Settings

    gazetteer = Gazetteer.load(db or user_gazetteer_path(Settings.from_env()))
    places = gazetteer.lookup(name)
    if not places:
        typer.echo(f"no place called {name!r}", err=True)
        raise typer.Exit(code=1)
    for p in places:
        point = "" if p.lat is None else f"{p.lat:.4f},{p.lon:.4f}"
        typer.echo(f"{p.id}\t{p.kind}\t{p.name}\t{p.country or ''}\t{p.admin1 or ''}\t{point}")


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="The gazetteer of places: load GeoNames, look names up.")
    group.command("load")(load_command)
    group.command("lookup")(lookup_command)
    app.add_typer(group, name="gazetteer")
