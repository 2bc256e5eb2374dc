"""``tocsin code``: records on stdout, idempotent store, bad inputs, crash and resume."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from batch.articles import article_text, write_archive
from batch.cliapp import cli_app
from store.databases import postgres_schema
from tocsin.models import Document, Event
from tocsin.store import Store

# ``tocsin code`` alone (a one-command Typer app takes no command name)
CODE_ONLY = "import typer; from tocsin.cli import code; a = typer.Typer(); code.register(a); a()"


@pytest.fixture
def app(pipeline, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    return cli_app(pipeline, monkeypatch)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "sentences", "events")
        )


def _good(tmp_path: Path, number: int = 0) -> Path:
    path = tmp_path / f"good{number}.txt"
    path.write_text(article_text(number), encoding="utf-8")
    return path


def test_jsonl_on_stdout_and_stored(app: typer.Typer, runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    result = runner.invoke(app, ["code", str(_good(tmp_path)), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines, result.stderr
    records = [json.loads(line) for line in lines]
    assert all(Event.from_dict(r).to_dict() == r for r in records)
    assert "coded 1 document(s)" in result.stderr
    assert _counts(db)[2] == len(records)


def test_rerun_adds_no_rows(app: typer.Typer, runner: CliRunner, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    source = _good(tmp_path)
    first = runner.invoke(app, ["code", str(source), "--db", db])
    counts = _counts(tmp_path / "t.db")
    second = runner.invoke(app, ["code", str(source), "--db", db])
    assert first.exit_code == second.exit_code == 0
    assert _counts(tmp_path / "t.db") == counts
    assert counts[0] == 1
    # stored records are printed again (in sentence order), not recoded
    assert sorted(second.stdout.splitlines()) == sorted(first.stdout.splitlines())
    assert "1 already stored" in second.stderr


BAD_INPUTS = [
    ("empty.txt", b"", "[E101] empty file"),
    ("binary.txt", b"\x00\x01\x02\x89PNG\x00\x00", "[E102]"),
    ("notes.docx", b"Armenia protested.", "[E104] unsupported file type .docx"),
    ("broken.jsonl", b'{"id": "x", "text": "Armenia protested."}\n{oops\n', "#2: [E105]"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS)
def test_bad_input_named_on_stderr_good_ones_still_coded(
    app: typer.Typer,
    runner: CliRunner,
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    result = runner.invoke(app, ["code", str(bad), str(_good(tmp_path)), "--no-store"])
    assert result.exit_code == 3, result.stderr  # some failed, the others were coded
    problem = [line for line in result.stderr.splitlines() if str(bad) in line]
    assert len(problem) == 1 and message in problem[0] and problem[0].startswith("error: ")
    assert result.stdout.strip()  # the good document's records


def test_big_file_refused_in_one_line(app: typer.Typer, runner: CliRunner, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(b"Armenia accused Azerbaijan of shelling the border. " * 1_000_000)
    assert big.stat().st_size > 50_000_000
    result = runner.invoke(app, ["code", str(big), str(_good(tmp_path)), "--no-store"])
    assert result.exit_code == 3
    lines = [line for line in result.stderr.splitlines() if str(big) in line]
    assert len(lines) == 1 and "[E103]" in lines[0]


def test_non_utf8_is_decoded_with_a_warning(
    app: typer.Typer, runner: CliRunner, tmp_path: Path
) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(article_text(1).replace("Armenia", "Arm\xe9nia").encode("cp1252"))
    result = runner.invoke(app, ["code", str(latin), "--no-store"])
    assert result.exit_code == 0
    warning = [line for line in result.stderr.splitlines() if str(latin) in line]
    assert len(warning) == 1 and warning[0].startswith("warning: ")
    assert "coded 1 document(s)" in result.stderr


def test_document_without_events(app: typer.Typer, runner: CliRunner, tmp_path: Path) -> None:
    calm = tmp_path / "calm.txt"
    calm.write_text("The weather in the capital was mild and sunny all week.", encoding="utf-8")
    result = runner.invoke(app, ["code", str(calm), "--no-store"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "coded 1 document(s), 0 event(s)" in result.stderr


def test_nothing_processed_exits_non_zero(
    app: typer.Typer, runner: CliRunner, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["code", str(empty), "--no-store"])
    assert result.exit_code == 1
    assert str(empty) in result.stderr and "no document could be processed" in result.stderr
    assert result.stdout == ""


def test_date_option_and_formats(app: typer.Typer, runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    source = _good(tmp_path)
    args = ["code", str(source), "--db", f"sqlite:///{db}", "--date", "2023-09-12"]
    result = runner.invoke(app, [*args, "--format", "gdelt", "--include-hypothetical"])
    assert result.exit_code == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(len(row) == 61 for row in rows)
    with Store(f"sqlite:///{db}") as store:
        (document,) = store.documents()
        assert document.date is not None and document.date.isoformat() == "2023-09-12"
    table = runner.invoke(app, [*args, "--format", "table"])
    assert table.stdout.splitlines()[0].startswith("DATE")
    bad = runner.invoke(app, [*args, "--date", "12/09/2023"])
    assert bad.exit_code == 2


@pytest.mark.postgres
def test_same_batch_same_records_in_sqlite_and_postgres(
    app: typer.Typer, runner: CliRunner, tmp_path: Path
) -> None:
    archive = tmp_path / "archive.jsonl"
    write_archive(archive, 12)
    sqlite_url = f"sqlite:///{tmp_path / 'lite.db'}"
    assert runner.invoke(app, ["code", str(archive), "--db", sqlite_url]).exit_code == 0
    with postgres_schema() as pg_url:
        result = runner.invoke(app, ["code", str(archive), "--db", pg_url, "--commit-every", "5"])
        assert result.exit_code == 0, result.stderr
        with Store(sqlite_url) as lite, Store(pg_url) as pg:
            assert pg.count_documents() == lite.count_documents() == 12
            assert [e.to_dict() for e in pg.events()] == [e.to_dict() for e in lite.events()]
            assert pg.count_events() > 0


@pytest.mark.slow
def test_killed_batch_resumes_without_loss_or_duplicates(
    app: typer.Typer, runner: CliRunner, tmp_path: Path
) -> None:
    archive = tmp_path / "archive.jsonl"
    ids = write_archive(archive, 80)
    db = tmp_path / "crash.db"
    command = [
        sys.executable,
        "-c",
        CODE_ONLY,
        str(archive),
        "--db",
        f"sqlite:///{db}",
        "--commit-every",
        "4",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                stored = _counts(db)[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 12:
                break
    assert proc.poll() is None, "the batch finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 12 <= _counts(db)[0] < len(ids)
    result = runner.invoke(app, ["code", str(archive), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 0, result.stderr
    assert "resuming an interrupted run" in result.stderr
    with Store(f"sqlite:///{db}") as store:
        assert sorted(d.id for d in store.documents(limit=1000)) == ids
        stored_events = sorted(e.id for e in store.events())
    reference = runner.invoke(app, ["code", str(archive), "--no-store"])
    expected = sorted(json.loads(line)["id"] for line in reference.stdout.splitlines())
    assert stored_events == expected


def test_stdin(app: typer.Typer, runner: CliRunner) -> None:
    result = runner.invoke(app, ["code", "-", "--no-store"], input=article_text(4))
    assert result.exit_code == 0, result.stderr
    doc_ids = {json.loads(line)["doc_id"] for line in result.stdout.splitlines()}
    assert doc_ids == {Document.make_id(article_text(4))}


WIRE = (
    "Armenian and Azerbaijani border guards exchanged fire near the village of Sotk on "
    "Tuesday, the defence ministry in Yerevan said, adding that two soldiers were wounded and "
    "that the shooting stopped after about an hour. Officials in Baku accused Armenian units "
    "of opening fire first and said their positions had returned fire. Both governments said "
    "they remained committed to talks on a peace treaty."
)


def test_near_duplicate_is_stored_as_a_copy(
    app: typer.Typer, runner: CliRunner, tmp_path: Path
) -> None:
    original = tmp_path / "a_wire.txt"
    original.write_text(WIRE, encoding="utf-8")
    copy = tmp_path / "b_copy.txt"
    copy.write_text(WIRE.replace("on Tuesday", "on Tuesday morning"), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'dup.db'}"
    result = runner.invoke(app, ["code", str(original), str(copy), "--db", db])
    assert result.exit_code == 0, result.stderr
    notice = [line for line in result.stderr.splitlines() if line.startswith("notice:")]
    assert len(notice) == 1 and str(copy) in notice[0]
    with Store(db) as store:
        assert store.count_documents() == 2
        assert store.count_documents(duplicates=True) == 1
        (coded_ids,) = {e.doc_id for e in store.events()}
        assert store.document(coded_ids) is not None
