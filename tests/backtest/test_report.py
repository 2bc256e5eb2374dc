"""The backtest report and the command's argument checks."""

from __future__ import annotations

from datetime import date

import typer
from typer.testing import CliRunner

from tocsin.backtest.replay import ReplayResult
from tocsin.backtest.report import markdown
from tocsin.backtest.scoring import FiredAlert, score
from tocsin.cli.backtest import register


def test_markdown_lists_each_alert_with_its_lead_time() -> None:
    fired = (
        FiredAlert("al-1", "ladder", "warning", "IND", "PAK", date(2026, 3, 23), "threats up"),
        FiredAlert("al-2", "ladder", "info", "GRC", "TUR", date(2026, 3, 11), "rhetoric up"),
    )
    result = score(fired, {("IND", "PAK"): [date(2026, 3, 30)]}, horizon_days=14)
    text = markdown(ReplayResult(5, 7, 9, 6, fired, result), command="tocsin backtest")
    assert text.startswith("```\ntocsin backtest\n```")
    assert "precision (violence in the pair follows within the horizon): 50%" in text
    assert "recall (violent pair-days warned within the horizon before): 100% (1 of 1)" in text
    assert "| 2026-03-23 | warning | ladder | IND→PAK | 2026-03-30 | 7 | yes | threats up |" in text
    assert "| 2026-03-11 | info | ladder | GRC→TUR | none |  | no | rhetoric up |" in text


def test_command_refuses_bad_options() -> None:
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """tocsin"""

    runner = CliRunner()
    bad_level = runner.invoke(app, ["backtest", "--min-level", "severe"])
    assert bad_level.exit_code != 0 and "min-level" in bad_level.output
    bad_format = runner.invoke(app, ["backtest", "--format", "xml"])
    assert bad_format.exit_code != 0
