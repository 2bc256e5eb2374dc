"""Store URLs on the command line: passwords never printed, mistyped paths refused, output
errors reported in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from store.records import coded_document
from tocsin.cli import analyse, claims, export, failures, serve
from tocsin.errors import StoreError
from tocsin.store import Store
from tocsin.store.engine import masked, without_secrets

SECRET = "s3cr#t-pw"
PG_URL = "postgresql://tocsin:s3cr%23t-pw@127.0.0.1:1/news"


def app() -> typer.Typer:
    application = typer.Typer()

    @application.callback()
    def main() -> None:
        """tocsin (test)."""

    for module in (analyse, claims, export, failures, serve):
        module.register(application)
    return application


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app(), list(args))


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'news.db'}"
    with Store(url) as store:
        store.save(coded_document())
    return url


def test_masked_hides_the_password_only() -> None:
    assert masked(PG_URL) == "postgresql://tocsin:***@127.0.0.1:1/news"
    assert masked("sqlite:///x.db") == "sqlite:///x.db"
    text = f"cannot connect with {PG_URL} (password {SECRET}, user tocsin)"
    cleaned = without_secrets(text, PG_URL)
    assert SECRET not in cleaned and "s3cr%23t-pw" not in cleaned and "tocsin:***@" in cleaned


def test_a_store_error_never_shows_the_password() -> None:
    with pytest.raises(StoreError) as caught:
        Store(PG_URL)
    assert caught.value.code == "E300"
    assert SECRET not in str(caught.value) and "s3cr%23t-pw" not in str(caught.value)
    assert "tocsin:***@127.0.0.1" in str(caught.value)
    with pytest.raises(StoreError) as unparsable:
        Store("postgresql://tocsin:s3cr%23t-pw@[bad/news")
    assert "s3cr" not in str(unparsable.value)


def test_serve_start_line_masks_the_password(monkeypatch: pytest.MonkeyPatch) -> None:
    started = []
    monkeypatch.setattr(serve, "serve_app", started.append)
    result = run("serve", "--db", PG_URL, "--port", "8999")
    assert result.exit_code == 0, result.output
    assert "serving postgresql://tocsin:***@127.0.0.1:1/news" in result.stderr
    assert SECRET not in result.output and "s3cr%23t-pw" not in result.output
    assert started and started[0].db_url == PG_URL  # the real URL is still used


def test_export_to_a_missing_directory_is_one_line(db: str, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "events.jsonl"
    result = run("export", "--db", db, "--out", str(out))
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("error: cannot write")
    assert "there is no directory" in result.stderr and "Traceback" not in result.output
    assert not out.parent.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_export_to_a_full_disk_is_one_line(db: str) -> None:
    result = run("export", "--db", db, "--out", "/dev/full")
    assert result.exit_code == 1
    assert "error: cannot write /dev/full: No space left on device" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(
    "command", [["export"], ["failures"], ["claims"], ["analyse"]], ids=lambda c: c[0]
)
def test_read_commands_refuse_a_missing_sqlite_file(command: list[str], tmp_path: Path) -> None:
    typo = tmp_path / "nwes.db"
    result = run(*command, "--db", f"sqlite:///{typo}")
    assert result.exit_code == 1, result.output
    assert "there is no store at" in result.stderr and str(typo) in result.stderr
    assert not typo.exists() and not list(tmp_path.iterdir())


def test_sqlite_url_without_a_file_is_a_clear_error() -> None:
    result = run("export", "--db", "sqlite:///")
    assert result.exit_code == 1
    assert "names no database file" in result.stderr
    assert "Traceback" not in result.output
    with pytest.raises(StoreError, match="names no database file"):
        Store("sqlite:///")
