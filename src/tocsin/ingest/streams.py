"""Binary streams for the archive readers: open plain or gzip files, peek, and re-join a prefix."""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import BinaryIO

from tocsin.ingest.decode import SNIFF_BYTES

GZIP_MAGIC = b"\x1f\x8b"


def open_binary(path: Path) -> BinaryIO:
    """``path`` opened for buffered binary reading, decompressing ``.gz`` files on the fly."""
    if path.suffix.lower() == ".gz":
        return io.BufferedReader(gzip.open(path, "rb"), buffer_size=SNIFF_BYTES)  # type: ignore[arg-type]
    return path.open("rb", buffering=SNIFF_BYTES)


def peek(handle: BinaryIO, size: int = SNIFF_BYTES) -> bytes:
    """Up to ``size`` bytes from the start of ``handle`` without consuming them."""
    if not hasattr(handle, "peek"):
        raise TypeError("archive readers need a buffered stream with peek()")
    data = handle.peek(size)[:size]
    return data


class _Prefixed(io.RawIOBase):
    """Raw stream yielding ``prefix`` and then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self._prefix = memoryview(prefix)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            count = min(len(buffer), len(self._prefix))
            buffer[:count] = self._prefix[:count]
            self._prefix = self._prefix[count:]
            return count
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def prefixed(prefix: bytes, stream: BinaryIO) -> BinaryIO:
    """A buffered stream that reads ``prefix`` first, then ``stream`` (for stdin after a peek)."""
    return io.BufferedReader(_Prefixed(prefix, stream), buffer_size=SNIFF_BYTES)  # type: ignore[return-value]
