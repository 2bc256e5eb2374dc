"""Entry point: one Typer app; each command lives in its own module with a ``register``."""

from __future__ import annotations

import importlib
from typing import Annotated

import typer

import tocsin
from tocsin.errors import MissingExtraError

COMMAND_MODULES = (
    "code",
    "demo",
    "serve",
    "export",
    "eval",
    "factuality",
    "claims",
    "dictionary",
    "gazetteer",
    "watch",
    "alerts",
    "backtest",
    "train",
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"tocsin {tocsin.__version__}")
        raise typer.Exit()


def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print the version and exit.",
            callback=_print_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """Turn news into sourced, structured political event records."""


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="tocsin",
        help="Turn news into sourced, structured political event records.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    app.callback()(_main)
    for name in COMMAND_MODULES:
        importlib.import_module(f"tocsin.cli.{name}").register(app)
    return app


def run() -> None:
    try:
        build_app()()
    except MissingExtraError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
