"""Streaming reader for CSV archives: a text column (``text``/``body``/``content``) per row.

Optional columns: ``id``, ``date``, ``title``, ``url``, ``source`` (header names are matched
case-insensitively). The delimiter is the first of comma, tab or semicolon whose header names a
text column. Rows are read one at a time; a bad row is reported with its line and skipped.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from tocsin.errors import BinaryInputError, EmptyInputError, InputError, InvalidRecordError
from tocsin.ingest.decode import looks_binary, sniff_encoding
from tocsin.ingest.problems import Problem, ProblemHandler, line_json
from tocsin.ingest.records import TEXT_KEYS, build_document
from tocsin.ingest.streams import peek
from tocsin.models import Document
from tocsin.settings import Settings

DELIMITERS = (",", "\t", ";")


def _delimiter(sample: str) -> str:
    """The delimiter under which the header line names a text column."""
    header = sample.splitlines()[0] if sample else ""
    for delimiter in DELIMITERS:
        names = next(csv.reader([header], delimiter=delimiter), [])
        if any(name.strip().lower() in TEXT_KEYS for name in names):
            return delimiter
    raise InvalidRecordError(f"the header has no text column (one of {', '.join(TEXT_KEYS)})")


def iter_csv(
    handle: BinaryIO, name: str, settings: Settings, on_problem: ProblemHandler
) -> Iterator[Document]:
    """Documents from a buffered CSV stream named ``name``."""
    first = peek(handle)
    if looks_binary(first, archive=True):
        raise BinaryInputError("binary data (NUL or control bytes), not CSV")
    if not first.strip():
        raise EmptyInputError("empty file")
    encoding, guessed = sniff_encoding(first, archive=True)
    if guessed:
        on_problem(Problem(name, f"not valid UTF-8; decoded as {encoding}", False))
    text = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")
    sample = first.decode(encoding, errors="replace")
    reader = csv.DictReader(text, delimiter=_delimiter(sample))
    # the csv module's field limit is process-wide; raise it (never lower it) to fit a document
    if csv.field_size_limit() < settings.max_document_chars + 1:
        csv.field_size_limit(settings.max_document_chars + 1)
    reader.fieldnames = [(field or "").strip().lower() for field in reader.fieldnames or []]
    line = reader.line_num
    rows = 0
    while True:
        start = line + 1
        origin = f"{name}#{start}"
        try:
            row = next(reader)
        except StopIteration:
            if not rows:
                raise EmptyInputError("no rows under the header") from None
            return
        except csv.Error as exc:
            line = reader.line_num
            on_problem(
                Problem(
                    origin, f"malformed CSV ({exc}); row skipped", True, InvalidRecordError.code
                )
            )
            continue
        line = reader.line_num
        if not any(isinstance(value, str) and value.strip() for value in row.values()):
            continue
        rows += 1
        try:
            built = build_document(row, origin, repair=settings.bad_text == "repair")
        except InputError as exc:
            record = line_json(json.dumps(row, ensure_ascii=True))
            on_problem(Problem.from_error(origin, exc, record=record))
            continue
        for warning in built.warnings:
            on_problem(Problem(origin, warning, False))
        yield built.document
