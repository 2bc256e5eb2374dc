"""Entry point: one Typer app built from the registry's commands.

Each of the package's commands lives in its own module with a ``register(app)``; plugins add
theirs through :meth:`tocsin.plugins.Registry.add_command`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

import tocsin
from tocsin.errors import DataFileError, MissingExtraError, PluginError

if TYPE_CHECKING:
    from tocsin.plugins import Registry

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
    "failures",
    "analyse",
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


def _module_registrar(name: str) -> Callable[[Any], None]:
    def add(app: Any) -> None:
        importlib.import_module(f"tocsin.cli.{name}").register(app)

    return add


def register(registry: Registry) -> None:
    """Register the package's own commands (each module is imported when the app is built)."""
    for name in COMMAND_MODULES:
        registry.add_command_registrar(name, _module_registrar(name))


def build_app(registry: Registry | None = None) -> typer.Typer:
    """The ``tocsin`` app with every registered command (the package's, then plugins')."""
    from tocsin.plugins import Registry

    registry = registry or Registry.load()
    app = typer.Typer(
        name="tocsin",
        help="Turn news into sourced, structured political event records.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    app.callback()(_main)
    for add in registry.commands.values():
        add(app)
    return app


def run() -> None:
    try:
        build_app()()
    except (MissingExtraError, PluginError, DataFileError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
