"""``tocsin.coding``, the body of ``tocsin code``: Python users get the same path as the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from batch.articles import write_archive
from batch.cliapp import cli_app
from tocsin.coding import EXIT_NOTHING_DONE, EXIT_OK, CodeJob, CodeOptions
from tocsin.settings import Settings
from tocsin.store import Store


@pytest.fixture
def app(pipeline, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    return cli_app(pipeline, monkeypatch)


def test_the_job_stores_and_analyses_what_the_command_does(
    app: typer.Typer, pipeline, tmp_path: Path
) -> None:
    archive = tmp_path / "batch.jsonl"
    write_archive(archive, 6)
    cli_db, lib_db = tmp_path / "cli.db", tmp_path / "lib.db"
    result = CliRunner().invoke(app, ["code", str(archive), "--db", f"sqlite:///{cli_db}"])
    assert result.exit_code == 0, result.stderr
    printed = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    notes: list[str] = []
    job = CodeJob(
        [str(archive)],
        Settings.from_env(environ={}, db_url=f"sqlite:///{lib_db}"),
        CodeOptions(),
        notify=notes.append,
        pipeline=pipeline,
    )
    ids = [item.event.id for item in job.run()]
    assert ids and ids == printed
    assert job.summary.exit_code == EXIT_OK and job.summary.stats.documents == 6
    assert job.summary.analysed_events == len(ids) and job.summary.incidents > 0
    assert any(n.startswith("analysing ") for n in notes)
    with Store(f"sqlite:///{cli_db}") as one, Store(f"sqlite:///{lib_db}") as other:
        assert one.count_events() == other.count_events() == len(ids)
        assert one.count_documents() == other.count_documents() == 6


def test_nothing_to_do_is_exit_one(pipeline, tmp_path: Path) -> None:
    job = CodeJob(
        [str(tmp_path / "missing.jsonl")],
        Settings.from_env(environ={}, db_url=f"sqlite:///{tmp_path / 'x.db'}"),
        pipeline=pipeline,
    )
    assert list(job.run()) == []
    assert job.summary.exit_code == EXIT_NOTHING_DONE and job.summary.input_errors == 1


def test_options_are_checked() -> None:
    with pytest.raises(ValueError):
        CodeJob([], Settings.from_env(environ={}))
    with pytest.raises(ValueError):
        CodeJob(["x"], Settings.from_env(environ={}), CodeOptions(engine="spark"))
