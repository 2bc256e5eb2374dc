"""The wheel installs alone: the core, in a fresh virtualenv outside the source tree, codes the
reference article exactly as the source tree does, and an absent extra is a one-line error."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tocsin.models import Document
from tocsin.resources import data_path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "samples/blinken-azerbaijan-armenia.txt"


def run(*args: str | Path, cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TOCSIN_", "PYTHON"))}
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def core_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv holding the built wheel with its core dependencies only."""
    work = tmp_path_factory.mktemp("wheel")
    built = run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", work / "dist", ROOT, cwd=work
    )
    assert built.returncode == 0, built.stderr
    wheels = list((work / "dist").glob("tocsin-*.whl"))
    assert len(wheels) == 1
    venv = work / "venv"
    made = run(sys.executable, "-m", "venv", venv, cwd=work)
    assert made.returncode == 0, made.stderr
    installed = run(venv / "bin" / "python", "-m", "pip", "install", "-q", wheels[0], cwd=work)
    assert installed.returncode == 0, installed.stderr
    return venv


@pytest.mark.slow
def test_the_core_wheel_codes_the_reference_article(core_venv: Path, pipeline) -> None:
    work = core_venv.parent
    article = work / "article.txt"
    shutil.copy(data_path(ARTICLE), article)
    where = run(
        core_venv / "bin" / "python", "-c", "import tocsin; print(tocsin.__file__)", cwd=work
    )
    assert where.stdout.startswith(str(core_venv)), where.stdout + where.stderr
    coded = run(
        core_venv / "bin" / "tocsin",
        "code",
        article,
        "--date",
        "2023-10-18",
        "--format",
        "jsonl",
        "--no-store",
        cwd=work,
    )
    assert coded.returncode == 0, coded.stderr
    records = [json.loads(line) for line in coded.stdout.splitlines()]
    assert len(records) >= 40
    text = article.read_text(encoding="utf-8")
    document = Document(
        id=Document.make_id(text), text=text, date=date(2023, 10, 18), origin=str(article)
    )
    expected = [event.to_dict() for event in pipeline.code(document).events]
    assert records == expected


@pytest.mark.slow
def test_the_core_wheel_names_the_extra_a_feature_needs(core_venv: Path) -> None:
    work = core_venv.parent
    version = run(core_venv / "bin" / "tocsin", "--version", cwd=work)
    assert version.returncode == 0 and version.stdout.startswith("tocsin ")
    for module in ("fastapi", "pyarrow", "distributed", "psycopg"):
        absent = run(core_venv / "bin" / "python", "-c", f"import {module}", cwd=work)
        assert absent.returncode != 0, f"{module} came with the core install"
    served = run(core_venv / "bin" / "tocsin", "serve", "--port", "1", cwd=work)
    assert served.returncode == 2
    assert served.stderr.strip().splitlines()[-1] == (
        "error: [E600] the REST API and the dashboard needs fastapi, which is not installed: "
        "pip install 'tocsin[server]'"
    )
    exported = run(
        core_venv / "bin" / "tocsin",
        "export",
        "--format",
        "parquet",
        "--out",
        work / "events.parquet",
        "--db",
        f"sqlite:///{work / 'empty.db'}",
        cwd=work,
    )
    assert exported.returncode == 2
    assert "pip install 'tocsin[parquet]'" in exported.stderr.strip().splitlines()[-1]
