"""Crash-consistent analysis: a batch killed anywhere, run again, equals a clean run row for row.

A real ``tocsin code`` subprocess is killed with SIGKILL at several points — after the first
chunks, half way through coding, and inside the analysis transaction (held open by a webhook
that never answers) — then run again to the end; every table is compared with a clean run's,
on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

from batch.articles import article_text, write_archive
from store.databases import BACKENDS, database
from tocsin.analysis import analyse_pending, pending_count
from tocsin.settings import Settings
from tocsin.store import Store
from tocsin.store.engine import normalise_url

CLI = "from tocsin.cli.main import run; run()"
#: columns that record when or by which run something happened, not what was stored
VOLATILE = {
    "ingested_at",
    "coded_at",
    "updated_at",
    "created_at",
    "superseded_at",
    "delivered_at",
    "delivery_attempts",
    "delivery_error",
    "next_delivery_at",
}
SURROGATE_KEYS = {"incident_mentions", "claim_links", "alert_evidence"}  # autoincrement ids
COMPARED = (
    "documents",
    "sentences",
    "events",
    "incidents",
    "incident_mentions",
    "claims",
    "claim_links",
    "alerts",
    "alert_evidence",
    "analysis_queue",
    "failures",
)
VILLAGES = ("Sotk", "Kut", "Verin Shorzha", "Jermuk", "Goris", "Kapan", "Vardenis", "Tegh")


def corpus(path: Path) -> int:
    """Four weeks of mixed news, then a week of shelling: enough to raise alerts."""
    records = []
    start = date(2023, 8, 7)
    for n in range(24):
        day = start + timedelta(days=n)
        records.append({"id": f"base-{n:02d}", "text": article_text(n), "date": day.isoformat()})
    for n, village in enumerate(VILLAGES):
        day = date(2023, 9, 4) + timedelta(days=n % 7)
        sentence = (
            f"Azerbaijani troops shelled the Armenian village of {village} on "
            f"{day:%A}, killing {n + 2} soldiers, the Armenian defence ministry said."
        )
        records.append({"id": f"shell-{n:02d}", "text": sentence, "date": day.isoformat()})
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return len(records)


class SilentWebhook:
    """A local HTTP server that accepts requests and never answers (a hung receiver)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}/hook"
        self.requests = threading.Event()
        self._held: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            self._held.append(client)
            client.settimeout(5)
            try:
                if client.recv(4096):
                    self.requests.set()
            except OSError:
                pass

    def close(self) -> None:
        self.server.close()
        for client in self._held:
            client.close()


def start(archive: Path, url: str, webhook: str | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("TOCSIN_ALERT_WEBHOOK", None)
    if webhook:
        env["TOCSIN_ALERT_WEBHOOK"] = webhook
    command = [sys.executable, "-c", CLI, "code", str(archive), "--db", url]
    command += ["--commit-every", "4"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


def documents_stored(url: str) -> int:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as connection:
            if "documents" not in inspect(connection).get_table_names():
                return 0
            return int(connection.execute(text("SELECT count(*) FROM documents")).scalar() or 0)
    except Exception:
        return 0
    finally:
        engine.dispose()


def kill_when(proc: subprocess.Popen[bytes], ready: Any, what: str) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return
        time.sleep(0.05)
    err = proc.stderr.read().decode() if proc.stderr and proc.poll() is not None else ""
    pytest.fail(f"the run ended before it could be killed {what}: {err[-1500:]}")


def finish(proc: subprocess.Popen[bytes]) -> str:
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()[-2000:]
    return err.decode()


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every compared table as sorted rows, without run-specific columns."""
    engine = create_engine(normalise_url(url))
    tables: dict[str, list[tuple[Any, ...]]] = {}
    try:
        with engine.connect() as connection:
            for table in COMPARED:
                columns = [
                    c["name"]
                    for c in inspect(connection).get_columns(table)
                    if c["name"] not in VOLATILE
                    and not (table in SURROGATE_KEYS and c["name"] == "id")
                    and not (table == "failures" and c["name"] == "id")
                ]
                quoted = ", ".join(f'"{c}"' for c in columns)
                rows = connection.execute(text(f"SELECT {quoted} FROM {table}")).all()
                tables[table] = sorted((tuple(_plain(v) for v in row) for row in rows), key=repr)
    finally:
        engine.dispose()
    return tables


def _plain(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.dumps(json.loads(value), sort_keys=True)
        except ValueError:
            return value
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    if isinstance(value, float):
        return round(value, 9)
    return value


@pytest.fixture(params=BACKENDS)
def two_stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    (tmp_path / "clean").mkdir()
    (tmp_path / "crash").mkdir()
    with (
        database(request.param, tmp_path / "clean") as clean,
        database(request.param, tmp_path / "crash") as crash,
    ):
        yield clean, crash


@pytest.mark.slow
def test_killed_anywhere_then_rerun_equals_a_clean_run(
    tmp_path: Path, two_stores: tuple[str, str]
) -> None:
    clean_url, crash_url = two_stores
    archive = tmp_path / "corpus.jsonl"
    total = corpus(archive)
    finish(start(archive, clean_url))
    clean = snapshot(clean_url)
    assert len(clean["documents"]) == total
    assert clean["incidents"] and clean["claims"] and clean["alerts"], "nothing to compare"
    assert clean["analysis_queue"] == []

    # 1. killed once the first chunks are committed
    first = start(archive, crash_url)
    kill_when(first, lambda: documents_stored(crash_url) >= 4, "after the first chunk")
    # 2. resumed, killed again half way through coding
    second = start(archive, crash_url)
    kill_when(second, lambda: documents_stored(crash_url) >= total // 2, "half way")
    assert documents_stored(crash_url) < total
    # 3. resumed, codes the rest, killed inside the analysis transaction (a hung webhook)
    hook = SilentWebhook()
    try:
        third = start(archive, crash_url, webhook=hook.url)
        kill_when(third, hook.requests.is_set, "while it delivers an alert")
    finally:
        hook.close()
    with Store(crash_url) as store:
        assert store.count_documents() == total
        assert pending_count(store) > 0  # the analysis was rolled back, its events still queued
    # 4. run again to the end
    finish(start(archive, crash_url))
    assert snapshot(crash_url) == clean


def test_an_interrupted_analysis_leaves_everything_queued(tmp_path: Path, pipeline) -> None:
    """The analysis is one transaction: an error half way commits nothing."""
    from tocsin.coding import CodeJob, CodeOptions

    archive = tmp_path / "c.jsonl"
    corpus(archive)
    url = f"sqlite:///{tmp_path / 'q.db'}"
    settings = Settings.from_env(environ={}, db_url=url)
    job = CodeJob([str(archive)], settings, CodeOptions(analyse=False), pipeline=pipeline)
    stored = [item.event.id for item in job.run()]
    with Store(url) as store:
        assert pending_count(store) == len(set(stored)) > 0
        import tocsin.claims

        broken = pytest.MonkeyPatch()
        broken.setattr(tocsin.claims, "update", _fail)
        with pytest.raises(RuntimeError):
            analyse_pending(store, settings)
        broken.undo()
        assert pending_count(store) == len(set(stored))
        assert snapshot(url)["incidents"] == []  # the incident step was rolled back too
        result = analyse_pending(store, settings)
        assert result.events == len(set(stored)) and pending_count(store) == 0
        assert analyse_pending(store, settings).events == 0


def _fail(*_args: Any, **_kwargs: Any) -> None:
    raise RuntimeError("the claim step failed")


@pytest.mark.slow
@pytest.mark.parametrize("kind", BACKENDS)
def test_two_runs_over_one_input_never_both_write(tmp_path: Path, kind: str) -> None:
    archive = tmp_path / "archive.jsonl"
    total = len(write_archive(archive, 300))  # long enough to be still coding
    with database(kind, tmp_path) as url:
        first = start(archive, url)
        deadline = time.monotonic() + 300
        while documents_stored(url) < 1 and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert first.poll() is None, "the first run ended before the second started"
        second = subprocess.run(
            [sys.executable, "-c", CLI, "code", str(archive), "--db", url],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert second.returncode == 1
        assert "holds the 'batch-" in second.stderr and "tocsin code" in second.stderr
        assert second.stdout == ""  # refused before writing anything
        waiting = subprocess.run(
            [sys.executable, "-c", CLI, "code", str(archive), "--db", url, "--wait", "600"],
            capture_output=True,
            text=True,
            timeout=900,
        )
        finish(first)
        assert waiting.returncode == 0, waiting.stderr[-2000:]
        assert f"coded 0 document(s), 0 event(s); {total} already stored" in waiting.stderr
        tables = snapshot(url)
    assert len(tables["documents"]) == total and tables["analysis_queue"] == []
    linked = {row for row in tables["incident_mentions"]}
    assert len(linked) == len(tables["events"])  # every event in exactly one incident
