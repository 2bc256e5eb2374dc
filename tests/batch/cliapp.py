"""A small Typer app with the ``code`` and ``export`` commands, for CLI tests."""

from __future__ import annotations

from typing import Any

import pytest
import typer

from tocsin.cli import code, export


def cli_app(pipeline: Any, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    """The commands, with ``Pipeline.load`` returning the already loaded ``pipeline``."""
    from tocsin.pipeline import Pipeline

    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, settings=None: pipeline))
    application = typer.Typer()

    @application.callback()
    def main() -> None:
        """tocsin (test)."""

    code.register(application)
    export.register(application)
    return application
