"""``tocsin export``: every format from a store, with filters and the hypothetical flag."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from store.records import coded_document
from tocsin.cli import export
from tocsin.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'export.db'}"
    with Store(url) as store:
        store.save(coded_document())
    return url


def _app():  # type: ignore[no-untyped-def]
    import typer

    application = typer.Typer()

    @application.callback()
    def main() -> None:
        """tocsin (test)."""

    export.register(application)
    return application


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(_app(), ["export", *args])


def test_formats(db: str, tmp_path: Path) -> None:
    plover = _run("--db", db, "--format", "plover")
    assert plover.exit_code == 0, plover.stderr
    assert len(plover.stdout.splitlines()) == 3
    assert "exported 3 event(s) as plover" in plover.stderr
    gdelt = _run("--db", db, "--format", "gdelt")
    assert [len(line.split("\t")) for line in gdelt.stdout.splitlines()] == [61]
    with_flag = _run("--db", db, "--format", "gdelt", "--include-hypothetical")
    assert len(with_flag.stdout.splitlines()) == 3
    icews = _run("--db", db, "--format", "icews")
    assert len(icews.stdout.splitlines()) == 2  # header + the asserted event
    out = tmp_path / "acled.csv"
    acled = _run("--db", db, "--format", "acled", "--out", str(out))
    assert acled.exit_code == 0 and acled.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence"]
    parquet = tmp_path / "events.parquet"
    assert _run("--db", db, "--format", "parquet", "--out", str(parquet)).exit_code == 0
    assert pq.read_table(parquet).num_rows == 3


def test_filters(db: str) -> None:
    by_actor = _run("--db", db, "--format", "jsonl", "--actor", "AZE")
    assert [json.loads(x)["cameo"] for x in by_actor.stdout.splitlines()] == ["195"]
    by_status = _run("--db", db, "--format", "jsonl", "--status", "possible", "--status", "denied")
    assert len(by_status.stdout.splitlines()) == 2
    by_date = _run("--db", db, "--format", "jsonl", "--until", "2023-09-05")
    assert [json.loads(x)["cameo"] for x in by_date.stdout.splitlines()] == ["190"]
    by_event = _run("--db", db, "--format", "jsonl", "--event", "REQUEST", "--recipient", "RUS")
    assert len(by_event.stdout.splitlines()) == 1


def test_bad_options(db: str) -> None:
    assert _run("--db", db, "--format", "xml").exit_code == 2
    assert _run("--db", db, "--format", "parquet").exit_code == 2
    assert _run("--db", db, "--since", "yesterday").exit_code == 2
    assert "--include-hypothetical" in _run("--help").stdout
