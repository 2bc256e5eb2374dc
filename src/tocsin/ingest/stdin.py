"""Standard input (``-``): JSONL when every non-empty line is a JSON object, else one text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from tocsin.errors import InputTooLargeError
from tocsin.ingest.jsonl import iter_jsonl
from tocsin.ingest.problems import ProblemHandler
from tocsin.ingest.streams import prefixed
from tocsin.ingest.wholefile import text_document
from tocsin.models import Document
from tocsin.settings import Settings

STDIN = "-"


def _is_object_line(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, UnicodeDecodeError):
        return False


def _all_json_objects(data: bytes) -> bool:
    lines = [line for line in data.splitlines() if line.strip()]
    return bool(lines) and all(_is_object_line(line) for line in lines)


def _first_line_is_object(data: bytes) -> bool:
    for line in data.splitlines():
        if line.strip():
            return _is_object_line(line)
    return False


def read_stdin(
    stream: BinaryIO, settings: Settings, on_problem: ProblemHandler
) -> Iterator[Document]:
    """Documents from ``stream``.

    Up to ``max_input_bytes`` is read first. If that is all of it, it is JSONL when every
    non-empty line is a JSON object, otherwise one text document. A longer stream is only
    accepted as JSONL (streamed), and only when its first line is a JSON object.
    """
    limit = settings.max_input_bytes
    head = stream.read(limit + 1)
    if len(head) <= limit:
        if _all_json_objects(head):
            yield from iter_jsonl(prefixed(head, stream), STDIN, settings, on_problem)
        else:
            yield text_document(head, STDIN, on_problem)
        return
    if not _first_line_is_object(head):
        raise InputTooLargeError(
            f"more than {limit:,} bytes of text on stdin (max_input_bytes); "
            "pass large inputs as JSONL, one document per line"
        )
    yield from iter_jsonl(prefixed(head, stream), STDIN, settings, on_problem)
