"""Settings and commands are documented: an undocumented one fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

import tocsin
from tocsin.settings import Settings

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize(("name", "default", "help_text"), Settings.documented())
def test_every_setting_is_documented(name: str, default: object, help_text: str) -> None:
    assert help_text
    assert f"`{name}`" in (DOCS / "settings.md").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    from typer.main import get_command

    from tocsin.cli.main import build_app

    group = get_command(build_app())
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name, command in group.commands.items():
        assert f"tocsin {name}" in text, f"command {name} is missing from docs/cli.md"
        for sub in getattr(command, "commands", {}):
            assert f"tocsin {name} {sub}" in text, f"command {name} {sub} is missing"


def test_public_api_is_stable() -> None:
    assert sorted(tocsin.__all__) == [
        "Document",
        "Event",
        "Pipeline",
        "code_text",
        "default_pipeline",
        "factuality_of",
    ]
    for name in tocsin.__all__:
        assert getattr(tocsin, name) is not None
