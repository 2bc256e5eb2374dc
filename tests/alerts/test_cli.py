"""``tocsin alerts``: detect on a store, list as a table or JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from alerts.scenarios import escalate
from tocsin.cli.alerts import register
from tocsin.settings import Settings
from tocsin.store import Store


def app() -> typer.Typer:
    application = typer.Typer()
    register(application)

    @application.callback()
    def main() -> None:
        """tocsin"""

    return application


def test_alerts_command(tmp_path: Path, settings: Settings) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as store:
        escalate(store, settings)
    runner = CliRunner()
    result = runner.invoke(app(), ["alerts", "--db", url, "--format", "jsonl", "--detect"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(r["kind"] == "ladder" and r["dyad"] == "IND–PAK" for r in rows)
    table = runner.invoke(app(), ["alerts", "--db", url, "--since", "2026-03-01"])
    assert table.exit_code == 0 and "IND–PAK" in table.stdout
    none = runner.invoke(app(), ["alerts", "--db", url, "--format", "jsonl", "--level", "critical"])
    assert none.exit_code == 0 and none.stdout == ""
    bad = runner.invoke(app(), ["alerts", "--db", url, "--since", "March"])
    assert bad.exit_code != 0
