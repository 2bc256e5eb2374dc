"""Streaming reader for JSONL archives: one document per line, read in bounded memory.

Each line is decoded and parsed on its own; a bad line is reported with its number and
skipped. A line longer than the document limit is skipped without being held in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from tocsin.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InvalidRecordError,
    UnsupportedInputError,
)
from tocsin.ingest.decode import SNIFF_BYTES, decode_line, looks_binary, sniff_encoding
from tocsin.ingest.problems import Problem, ProblemHandler, line_json
from tocsin.ingest.records import build_document
from tocsin.ingest.streams import peek
from tocsin.models import Document
from tocsin.settings import Settings

_CHUNK = 1 << 20


def _lines(handle: BinaryIO, max_line: int) -> Iterator[bytes | None]:
    """Lines of ``handle``; ``None`` stands for a line longer than ``max_line`` (skipped)."""
    while True:
        line = handle.readline(max_line + 1)
        if not line:
            return
        if len(line) > max_line and not line.endswith(b"\n"):
            while (rest := handle.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def iter_jsonl(
    handle: BinaryIO,
    name: str,
    settings: Settings,
    on_problem: ProblemHandler,
) -> Iterator[Document]:
    """Documents from a buffered JSONL stream named ``name``."""
    max_line = settings.max_document_chars * 4 + SNIFF_BYTES
    first = peek(handle)
    if looks_binary(first, archive=True):
        raise BinaryInputError("binary data (NUL or control bytes), not JSONL")
    encoding, _ = sniff_encoding(first, archive=True)
    if encoding in {"utf-16", "utf-32"}:
        raise UnsupportedInputError(f"{encoding.upper()} JSONL is not supported; convert to UTF-8")
    repair = settings.bad_text == "repair"
    seen_any = False
    warned_encoding = False
    number = 0
    for line in _lines(handle, max_line):
        number += 1
        origin = f"{name}#{number}"
        if line is None:
            on_problem(Problem(origin, f"line longer than {max_line:,} bytes skipped", True))
            continue
        if not line.strip():
            continue
        seen_any = True
        decoded = decode_line(line, encoding)
        if decoded.guessed and not warned_encoding:
            warned_encoding = True
            on_problem(
                Problem(
                    origin, f"not valid UTF-8; decoded as {decoded.encoding} (reported once)", False
                )
            )
        try:
            record = json.loads(decoded.text)
            if not isinstance(record, dict):
                raise InvalidRecordError(f"expected a JSON object, got {type(record).__name__}")
            built = build_document(record, origin, repair=repair)
        except json.JSONDecodeError as exc:
            on_problem(
                Problem(
                    origin,
                    f"invalid JSON ({exc.msg} at column {exc.colno}); line skipped",
                    True,
                    InvalidRecordError.code,
                    line_json(decoded.text),
                )
            )
            continue
        except InputError as exc:
            on_problem(Problem.from_error(origin, exc, record=line_json(decoded.text)))
            continue
        for warning in built.warnings:
            on_problem(Problem(origin, warning, False))
        yield built.document
    if not seen_any:
        raise EmptyInputError("no records (empty archive)")
