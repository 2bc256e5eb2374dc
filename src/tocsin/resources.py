"""One loader for the data files shipped in ``tocsin/data`` (dictionaries, patterns, gazetteer).

Every YAML data file opens with a ``provenance`` mapping (``source``, ``licence``, ``notes``)
and a ``version``; the loader refuses files without them so nothing undocumented ships.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tocsin.errors import DataFileError

try:  # the C loader is ~10x faster on large dictionaries
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the libyaml build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

REQUIRED_HEADER = ("provenance", "version")


def data_path(name: str) -> Path:
    """Path of a bundled data file, e.g. ``data_path("actors/countries.yaml")``."""
    return Path(str(resources.files("tocsin") / "data" / name))


def load_yaml(path: str | Path, *, bundled: bool = True) -> dict[str, Any]:
    """Load a YAML data file and check its provenance header."""
    file = data_path(str(path)) if bundled else Path(path)
    try:
        with file.open(encoding="utf-8") as handle:
            content = yaml.load(handle, Loader=_Loader)
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"{file}: cannot read data file: {exc}") from exc
    if not isinstance(content, dict):
        raise DataFileError(f"{file}: a data file must be a mapping")
    missing = [key for key in REQUIRED_HEADER if key not in content]
    if missing:
        raise DataFileError(f"{file}: missing header field(s) {', '.join(missing)}")
    return content


def iter_tsv(path: str | Path, *, bundled: bool = True) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated data file whose ``#`` lines form the provenance header."""
    file = data_path(str(path)) if bundled else Path(path)
    with file.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")
