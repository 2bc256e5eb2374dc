"""Backtest reports: self-referential without truth, scored against onsets with it."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import typer
from typer.testing import CliRunner

from backtest.test_replay import CORPUS, LineCoder
from tocsin.backtest.report import markdown
from tocsin.backtest.run import fit_final_model, run_backtest
from tocsin.cli.backtest import register
from tocsin.forecast.model import ForecastModel
from tocsin.settings import Settings
from tocsin.truth.violence import DeadlyEvent, Truth


def pair_truth() -> Truth:
    """Deaths between India and Pakistan: quiet weeks, then the clash of 30 March."""
    events = [
        DeadlyEvent(f"q{k}", date(2026, 2, 2) + timedelta(weeks=k), 2, True, "IND", None, "IND–PAK")
        for k in range(8)
    ]
    events.append(DeadlyEvent("clash", date(2026, 3, 30), 40, True, "IND", None, "IND–PAK"))
    return Truth("UCDP GED", "test", tuple(events))


def test_without_truth_the_report_says_it_is_self_referential(settings: Settings) -> None:
    result = run_backtest(LineCoder(), settings, CORPUS, corpus="test corpus")
    text = markdown(result, command="tocsin backtest corpus.jsonl")
    assert text.startswith("```\ntocsin backtest corpus.jsonl\n```")
    assert "**Self-referential.**" in text
    assert "precision (self-referential" in text
    data = result.to_dict()
    assert data["self_referential"] is True and "self-referential" in data["note"]
    assert data["alerts"] and {"first_seen", "level", "dyad"} <= set(data["alerts"][0])


def test_with_truth_every_figure_has_its_baselines(settings: Settings) -> None:
    result = run_backtest(LineCoder(), settings, CORPUS, corpus="test", truth=pair_truth())
    truth = result.truth
    assert truth is not None and [o.unit.key for o in truth.onsets] == ["IND–PAK"]
    warnings = truth.figures["warning"]["all"]
    assert warnings["tocsin"]["onsets"] == 1
    assert warnings["random_days"]["draws"] == 1000
    assert truth.persistence["alerts"] >= 0
    text = markdown(result)
    assert "| warning+, all dyads |" in text and "| persistence baseline |" in text
    assert "| surges of deaths reported (tocsin) |" in text
    assert "| surges of the truth's own deaths |" in text
    assert truth.surges["truth"]["onsets"] == 1 and "surges" in result.to_dict()
    assert "onset rule: a week (Monday–Sunday) whose deaths" in text
    assert "Self-referential" not in text
    data = json.loads(json.dumps(result.to_dict()))
    assert data["self_referential"] is False
    assert (
        data["scores"]["warning"]["all"]["lift"] is None
        or data["scores"]["warning"]["all"]["lift"] >= 0
    )
    assert all({"first_seen", "level", "dyad", "dyad_level"} <= set(a) for a in data["alerts"])
    assert "self_referential_scores" in data and data["onsets"][0]["unit"] == "IND–PAK"
    agreement = data["deaths_agreement"]
    assert [row["unit"] for row in agreement["units"]] == ["IND–PAK"]
    assert 0 < agreement["units"][0]["deaths_truth"] <= 56  # the full weeks of the window
    assert "Weekly deaths against the truth's" in text and "| IND–PAK |" in text
    model = fit_final_model(result, ForecastModel.load(), "test")
    assert model.features == ForecastModel.load().features
    assert "fit by `tocsin backtest --save-model` on test" in model.provenance["source"]


def test_command_refuses_bad_options(tmp_path: Path) -> None:
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
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "date": "2026-03-02", "text": "x"}\n', encoding="utf-8")
    no_truth = runner.invoke(app, ["backtest", str(corpus), "--save-model", "m.yaml"])
    assert no_truth.exit_code != 0 and "--truth" in no_truth.output
    empty = runner.invoke(app, ["backtest", str(corpus), "--since", "2027-01-01"])
    assert empty.exit_code != 0 and "no dated article" in empty.output
    bad_day = runner.invoke(app, ["backtest", str(corpus), "--since", "March"])
    assert bad_day.exit_code != 0


def test_corpus_command_writes_ged_headlines(tmp_path: Path) -> None:
    from truth.test_ucdp import write_ged

    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """tocsin"""

    export = write_ged(
        tmp_path / "ged.csv",
        [
            {
                "id": "1",
                "date_start": "2020-05-01",
                "date_end": "2020-05-01",
                "best": "3",
                "side_a": "Government of Ruritania",
                "side_b": "Ruritanian insurgents",
                "type_of_violence": "1",
                "source_article": '"Wire,2020-05-02,Army shells the river town"',
            },
        ],
    )
    out = tmp_path / "corpus.jsonl"
    result = CliRunner().invoke(app, ["corpus", str(export), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert (row["date"], row["text"], row["source"]) == (
        "2020-05-02",
        "Army shells the river town",
        "Wire",
    )
    assert row["id"].startswith("ged-")
    bad = CliRunner().invoke(app, ["corpus", str(out), "-o", str(tmp_path / "x.jsonl")])
    assert bad.exit_code != 0
