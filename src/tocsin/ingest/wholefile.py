"""Readers for single-document files (``.txt``, ``.html``), refused above ``max_input_bytes``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tocsin.errors import EmptyInputError, InputTooLargeError
from tocsin.ingest.decode import Decoded, decode_bytes
from tocsin.ingest.html import extract_html
from tocsin.ingest.problems import Problem, ProblemHandler
from tocsin.models import Document
from tocsin.settings import Settings


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of ``path``; refuses files over ``limit`` without reading them."""
    size = path.stat().st_size
    if size > limit:
        raise InputTooLargeError(
            f"{size:,} bytes is more than the limit of {limit:,} (max_input_bytes); "
            "split it or pass it as a JSONL/CSV archive"
        )
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:  # the file grew while we read it
        raise InputTooLargeError(f"more than the limit of {limit:,} bytes (max_input_bytes)")
    if not data.strip():
        raise EmptyInputError("empty file")
    return data


def _warn_guess(decoded: Decoded, origin: str, on_problem: ProblemHandler) -> None:
    if decoded.guessed:
        on_problem(Problem(origin, f"not valid UTF-8; decoded as {decoded.encoding}", False))


def text_document(data: bytes, origin: str, on_problem: ProblemHandler) -> Document:
    """A document from the bytes of a plain-text file."""
    decoded = decode_bytes(data)
    _warn_guess(decoded, origin, on_problem)
    if not decoded.text.strip():
        raise EmptyInputError("no text")
    return Document(id=Document.make_id(decoded.text), text=decoded.text, origin=origin)


def html_document(
    data: bytes,
    origin: str,
    on_problem: ProblemHandler,
    url: str | None = None,
    *,
    use_hostname: bool = True,
) -> Document:
    """A document from the bytes of an HTML page: main text, title and publication date.

    ``source`` is the site's name, else (with ``use_hostname``) the host of ``url``.
    """
    decoded = decode_bytes(data)
    _warn_guess(decoded, origin, on_problem)
    page = extract_html(decoded.text, url=url)
    if page.fallback:
        on_problem(Problem(origin, "no article text found; using all visible text", False))
    return Document(
        id=Document.make_id(page.text),
        text=page.text,
        date=page.date,
        title=page.title,
        url=url,
        source=page.source or (page.hostname if use_hostname else None),
        origin=origin,
    )


def read_text_file(
    path: Path, settings: Settings, on_problem: ProblemHandler
) -> Iterator[Document]:
    """One document from a ``.txt`` file."""
    yield text_document(read_bounded(path, settings.max_input_bytes), str(path), on_problem)


def read_html_file(
    path: Path, settings: Settings, on_problem: ProblemHandler
) -> Iterator[Document]:
    """One document from an ``.html``/``.htm`` file."""
    yield html_document(read_bounded(path, settings.max_input_bytes), str(path), on_problem)
