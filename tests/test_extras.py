"""Optional features: a missing extra is a one-line error naming it; the core needs none."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tocsin.errors import MissingExtraError
from tocsin.extras import EXTRAS, require

OPTIONAL_MODULES = (
    "fastapi",
    "starlette",
    "uvicorn",
    "distributed",
    "dask",
    "pyarrow",
    "pandas",
    "psycopg",
    "swagger_ui_bundle",
    "multipart",
)


def test_a_missing_module_names_the_extra() -> None:
    with pytest.raises(MissingExtraError) as caught:
        require("tocsin_no_such_module", "parquet")
    message = str(caught.value)
    assert message.startswith("[E600] ")
    assert "pip install 'tocsin[parquet]'" in message and "\n" not in message


def test_an_installed_module_is_returned() -> None:
    assert require("json", "server").dumps([]) == "[]"
    assert set(EXTRAS) == {"server", "postgres", "scale", "parquet"}


def test_the_core_paths_import_no_optional_module() -> None:
    script = (
        "import sys\n"
        "from tocsin.cli.main import build_app\n"
        "build_app()\n"
        "import tocsin.pipeline, tocsin.store, tocsin.engine.local, tocsin.export\n"
        "import tocsin.incidents, tocsin.claims, tocsin.alerts, tocsin.signals, tocsin.batch\n"
        "import tocsin.ingest, tocsin.backtest, tocsin.evaluation\n"
        f"loaded = sorted(m for m in {OPTIONAL_MODULES!r} if m in sys.modules)\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.strip() == "", f"core modules imported {done.stdout.strip()}"
