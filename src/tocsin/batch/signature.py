"""A signature of a batch's inputs: the same files, unchanged, give the same signature.

Only inputs that can be read again identically (files and directories) have one; stdin and
URLs do not, so their batches cannot resume by position (stored documents are still skipped).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from tocsin.ingest.urls import is_url

STDIN = "-"


def _files(root: Path) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for directory, subdirs, names in os.walk(root):
        subdirs.sort()
        for name in sorted(names):
            yield Path(directory) / name


def input_signature(inputs: Sequence[str]) -> str | None:
    """SHA-256 over each input file's path, size and modification time (None if unstable)."""
    digest = hashlib.sha256()
    for item in inputs:
        if item == STDIN or is_url(item):
            return None
        root = Path(item).resolve()
        if not root.exists():
            return None
        digest.update(f"input {root}\n".encode())
        for path in _files(root):
            stat = path.stat()
            digest.update(f"{path}\t{stat.st_size}\t{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()
