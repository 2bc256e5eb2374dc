"""The top-level command: its version, and a one-line error for a missing extra."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tocsin
from tocsin.cli import main
from tocsin.errors import MissingExtraError

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_printed_and_declared_once() -> None:
    result = CliRunner().invoke(main.build_app(), ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"tocsin {tocsin.__version__}"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]


def test_a_missing_extra_ends_the_command_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing() -> None:
        raise MissingExtraError("Parquet output needs pyarrow: pip install 'tocsin[parquet]'")

    monkeypatch.setattr(main, "build_app", lambda: missing)
    with pytest.raises(SystemExit) as stopped:
        main.run()
    assert stopped.value.code == 2
    assert capsys.readouterr().err == (
        "error: [E600] Parquet output needs pyarrow: pip install 'tocsin[parquet]'\n"
    )


def test_python_dash_m_runs_the_same_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tocsin", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "eval" in done.stdout and "backtest" in done.stdout
