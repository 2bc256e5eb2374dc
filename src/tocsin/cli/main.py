"""Entry point: one Typer app; each command lives in its own module with a ``register``."""

from __future__ import annotations

import importlib

import typer

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


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="tocsin",
        help="Turn news into sourced, structured political event records.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    for name in COMMAND_MODULES:
        importlib.import_module(f"tocsin.cli.{name}").register(app)
    return app


def run() -> None:
    build_app()()
