"""A cache of coded documents, so a second replay of the same corpus skips the coding.

Coding is most of a replay's time and does not depend on what a replay does after it (merging,
detecting, forecasting, scoring). :class:`CodingCache` keeps the coded documents of one corpus
in one file, named by a key over everything that decides how they were coded:

- the corpus: each document's id, date, title, source and text, in order;
- the code: tocsin's version and a hash of the source and data files of every part of tocsin
  that codes (all of ``src/tocsin`` except the parts that only run after coding:
  :data:`AFTER_CODING` packages and :data:`AFTER_CODING_DATA` data folders);
- the settings (every setting but the store URL) and the spaCy pipeline's name and version.

Change any of them and the key changes, so a stale file is never read; it is only left behind.
User dictionaries named by a setting are keyed by their path, not their content: clear the
cache after editing one. The files are Python pickles written by tocsin itself: point the
cache at a folder only tocsin writes to.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import tocsin
from tocsin.models import Document
from tocsin.settings import Settings

CACHE_FORMAT = 1
AFTER_CODING = ("alerts", "api", "backtest", "cli", "forecast", "signals", "truth")
AFTER_CODING_DATA = ("corpus", "forecast", "signals")
CODE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".jsonl", ".tsv", ".csv", ".txt", ".npz")


@lru_cache(maxsize=1)
def code_fingerprint(root: str | None = None) -> str:
    """A hash of the files of every part of tocsin that codes (see the module's docstring)."""
    base = Path(root) if root is not None else Path(tocsin.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(base.rglob("*")):
        if not path.is_file() or path.suffix not in CODE_SUFFIXES:
            continue
        parts = path.relative_to(base).parts
        if parts[0] in AFTER_CODING or (parts[0] == "data" and parts[1] in AFTER_CODING_DATA):
            continue
        digest.update("/".join(parts).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def cache_key(documents: Sequence[Document], settings: Settings, nlp_name: str) -> str:
    """The key of a corpus coded by this code, these settings and this spaCy pipeline."""
    digest = hashlib.sha256()
    options = {k: v for k, v in sorted(asdict(settings).items()) if k != "db_url"}
    for part in (
        str(CACHE_FORMAT),
        tocsin.__version__,
        code_fingerprint(),
        repr(options),
        nlp_name,
    ):
        digest.update(part.encode())
        digest.update(b"\0")
    for d in documents:
        fields = (d.id, d.date.isoformat() if d.date else "", d.title or "", d.source or "", d.text)
        for value in fields:
            digest.update(value.encode())
            digest.update(b"\x1f")
        digest.update(b"\x1e")
    return digest.hexdigest()[:32]


class CodingCache:
    """Coded documents (and coding failures) of whole corpora, one file per key."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    def path(self, key: str) -> Path:
        return self.directory / f"coded-{key}.pickle"

    def load(self, key: str) -> list[Any] | None:
        """The coded items stored under ``key``, or ``None`` (also for an unreadable file)."""
        path = self.path(key)
        if not path.exists():
            return None
        try:
            with path.open("rb") as handle:
                data = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
            return None
        return list(data["items"])

    def save(self, key: str, items: Iterable[Any]) -> Path:
        """Store ``items`` under ``key`` (written to a temporary file, then renamed)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.path(key)
        partial = path.with_suffix(".partial")
        with partial.open("wb") as handle:
            pickle.dump({"format": CACHE_FORMAT, "items": list(items)}, handle, protocol=5)
        partial.replace(path)
        return path
