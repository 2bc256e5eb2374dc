"""Poison records: quarantined with their error while the rest of the batch is stored."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import typer
from sqlalchemy import select
from typer.testing import CliRunner

from batch.articles import article_text
from batch.cliapp import cli_app
from batch.fakes import CountingCoder, article
from store.databases import BACKENDS, database
from tocsin.batch import BatchRunner
from tocsin.batch.failures import FailureLog
from tocsin.cli import failures as failures_cli
from tocsin.models import Sentence
from tocsin.store import Store
from tocsin.store.schema import DocumentRow


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def app(pipeline, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    application = cli_app(pipeline, monkeypatch)
    failures_cli.register(application)
    return application


def poison_batch(path: Path) -> list[str]:
    """Five good records, one with a lone surrogate and one with a NUL byte (JSON escapes)."""
    good = [{"id": f"good-{n}", "text": article_text(n), "date": "2023-09-12"} for n in range(5)]
    lines = [json.dumps(record) for record in good]
    lines.insert(2, '{"id": "surrogate", "text": "Mali expelled \\ud800 envoys."}')
    lines.insert(5, '{"id": "nul", "text": "Mali expelled French\\u0000 envoys."}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [record["id"] for record in good]


def stored_ids(url: str) -> set[str]:
    with Store(url) as store, store.session() as session:
        return set(session.scalars(select(DocumentRow.id)))


def test_surrogate_and_nul_quarantined_five_stored(
    app: typer.Typer, tmp_path: Path, db_url: str
) -> None:
    archive = tmp_path / "poison.jsonl"
    good = poison_batch(archive)
    result = CliRunner().invoke(app, ["code", str(archive), "--db", db_url])
    assert result.exit_code == 3, result.stderr  # some failed, the rest stored
    assert "2 failed (2 quarantined" in result.stderr
    assert stored_ids(db_url) == set(good)
    with Store(db_url) as store:
        rows = FailureLog(store).list()
    assert [(r.origin.rsplit("#", 1)[1], r.stage, r.code) for r in rows] == [
        ("3", "read", "E107"),
        ("6", "read", "E107"),
    ]
    assert "lone surrogate" in rows[0].error and "NUL" in rows[1].error
    again = CliRunner().invoke(app, ["code", str(archive), "--db", db_url, "--no-resume"])
    assert again.exit_code == 3
    with Store(db_url) as store:
        assert [r.attempts for r in FailureLog(store).list()] == [2, 2]  # no duplicate rows


def test_failures_listed_and_retried_with_repair(
    app: typer.Typer, tmp_path: Path, db_url: str
) -> None:
    archive = tmp_path / "poison.jsonl"
    poison_batch(archive)
    runner = CliRunner()
    runner.invoke(app, ["code", str(archive), "--db", db_url])
    listing = runner.invoke(app, ["failures", "--db", db_url])
    assert listing.exit_code == 0
    assert listing.stdout.count("E107") == 2 and "poison.jsonl#3" in listing.stdout
    plain = runner.invoke(app, ["failures", "--db", db_url, "--retry"])
    assert plain.exit_code == 3 and "0 resolved, 2 still failing" in plain.stderr
    repaired = runner.invoke(app, ["failures", "--db", db_url, "--retry", "--repair"])
    assert repaired.exit_code == 0, repaired.stderr
    assert "2 resolved, 0 still failing" in repaired.stderr
    with Store(db_url) as store:
        assert FailureLog(store).list() == []
        assert len(FailureLog(store).list(status=None)) == 2
        surrogate = store.document("surrogate")
        nul = store.document("nul")
    assert surrogate is not None and "\ufffd" in surrogate.text
    assert surrogate.sanitised == ("text: replaced 1 lone surrogate(s) with U+FFFD",)
    assert nul is not None and "\x00" not in nul.text
    assert nul.sanitised == ("text: removed 1 NUL byte(s)",)


def test_repair_setting_stores_all_seven_with_the_change_recorded(
    app: typer.Typer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOCSIN_BAD_TEXT", "repair")
    archive = tmp_path / "poison.jsonl"
    good = poison_batch(archive)
    url = f"sqlite:///{tmp_path / 'r.db'}"
    result = CliRunner().invoke(app, ["code", str(archive), "--db", url])
    assert result.exit_code == 0, result.stderr
    assert "sanitised: text: removed 1 NUL byte(s)" in result.stderr
    assert stored_ids(url) == {*good, "surrogate", "nul"}


def test_control_characters_always_removed_and_recorded(app: typer.Typer, tmp_path: Path) -> None:
    archive = tmp_path / "controls.jsonl"
    text = "Armenia\x07 accused\x1b Azerbaijan\x85 of shelling the village."
    record = {"id": "ctl", "text": text, "title": "Border\x00 clash"}
    archive.write_text(json.dumps(record) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'c.db'}"
    result = CliRunner().invoke(app, ["code", str(archive), "--db", url])
    assert result.exit_code == 0, result.stderr
    with Store(url) as store:
        document = store.document("ctl")
    assert document is not None
    assert document.text == "Armenia accused Azerbaijan of shelling the village."
    assert document.title == "Border clash"
    assert document.sanitised == (
        "text: removed 3 control character(s)",
        "title: removed 1 NUL byte(s)",
    )


def test_raw_nul_byte_in_an_archive_fails_its_line_only(app: typer.Typer, tmp_path: Path) -> None:
    archive = tmp_path / "raw.jsonl"
    lines = [json.dumps({"id": f"g{n}", "text": article_text(n)}).encode() for n in range(3)]
    lines.insert(1, b'{"id": "raw", "text": "Mali expelled\x00 envoys."}')
    archive.write_bytes(b"\n".join(lines) + b"\n")
    url = f"sqlite:///{tmp_path / 'n.db'}"
    result = CliRunner().invoke(app, ["code", str(archive), "--db", url])
    assert result.exit_code == 3, result.stderr
    assert stored_ids(url) == {"g0", "g1", "g2"}
    with Store(url) as store:
        (row,) = FailureLog(store).list()
    assert row.code == "E105" and row.origin.endswith("#2") and "\\u0000" in row.record


class CrashingCoder(CountingCoder):
    """Raises (as a bug in a stage would) on any document that mentions BOOM."""

    def code_many(self, documents, batch_size: int = 32):
        documents = list(documents)
        if any("BOOM" in d.text for d in documents):
            raise RuntimeError("a stage crashed")
        yield from super().code_many(documents, batch_size)


def test_a_crash_in_the_pipeline_fails_one_document(db_url: str) -> None:
    docs = [article(n) for n in range(4)]
    docs[1] = replace(docs[1], text=docs[1].text + " BOOM", id="boom", origin="boom.txt")
    with Store(db_url) as store:
        runner = BatchRunner(CrashingCoder(), store, commit_every=10)
        items = list(runner.run(docs))
        (row,) = FailureLog(store).list()
        assert store.count_documents() == 3
    assert len(items) == 3 and runner.stats.failed == 1
    assert (row.stage, row.code, row.doc_id) == ("code", "E108", "boom")
    assert "RuntimeError: a stage crashed" in row.error


class HugeOffsetCoder(CountingCoder):
    """Codes one document with a sentence offset no database integer column can hold."""

    def code_many(self, documents, batch_size: int = 32):
        for result in super().code_many(documents, batch_size):
            if result.document.id == "huge":
                result = replace(result, sentences=(Sentence(0, "x", 2**70, 2**70 + 1),))
            yield result


def test_a_record_the_database_refuses_fails_alone(db_url: str) -> None:
    docs = [article(n) for n in range(4)]
    docs[2] = replace(docs[2], id="huge", origin="huge.txt")
    with Store(db_url) as store:
        runner = BatchRunner(HugeOffsetCoder(), store, commit_every=10)
        items = list(runner.run(docs))
        (row,) = FailureLog(store).list()
        assert store.count_documents() == 3 and not store.has_document("huge")
    assert len(items) == 3 and runner.stats.failed == 1
    assert (row.stage, row.doc_id, row.kind) == ("store", "huge", "document")
