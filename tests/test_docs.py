"""Settings and commands are documented, and the generated pages are up to date."""

from __future__ import annotations

import sys
from pathlib import Path

import tocsin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import gen_docs  # noqa: E402


def test_settings_page_is_current() -> None:
    page = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert page == gen_docs.settings_markdown(), "run scripts/gen_docs.py"


def test_cli_page_is_current() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert page == gen_docs.cli_markdown(), "run scripts/gen_docs.py"


def test_every_setting_and_command_appears() -> None:
    settings_page = gen_docs.settings_markdown()
    for name, _default, help_text in tocsin.settings.Settings.documented():
        assert help_text and f"`{name}`" in settings_page
    cli_page = gen_docs.cli_markdown()
    for command in ("code", "demo", "serve", "export", "eval", "factuality", "alerts", "train"):
        assert f"## `tocsin {command}`" in cli_page


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
