"""Code a chunk so that one document the pipeline crashes on fails alone.

The pipeline parses a chunk in one ``nlp.pipe`` call, so an exception on one document would
end the whole chunk. When that happens the chunk is coded again one document at a time: the
document that raises becomes a :class:`CodingFailure` carrying a
:class:`~tocsin.errors.CodingCrashError`, and the others are coded as usual.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from tocsin.errors import CodingCrashError, InputError
from tocsin.models import Document


@dataclass(frozen=True)
class CodingFailure:
    """A document that could not be coded, and why."""

    document: Document
    error: InputError


def crash_failure(document: Document, error: Exception) -> CodingFailure:
    """The failure of a document the pipeline raised on."""
    name = document.origin or document.id
    reason = f"{type(error).__name__}: {error}"
    return CodingFailure(document, CodingCrashError(f"{name}: the pipeline failed: {reason}"))


def code_isolated(pipeline: Any, documents: Sequence[Document], batch_size: int = 32) -> list[Any]:
    """``pipeline.code_many(documents)`` as a list, each crash confined to its document."""
    if not documents:
        return []
    try:
        return list(pipeline.code_many(documents, batch_size=batch_size))
    except Exception as exc:
        if len(documents) == 1:
            return [crash_failure(documents[0], exc)]
    results: list[Any] = []
    for document in documents:
        try:
            results.extend(pipeline.code_many([document], batch_size=1))
        except Exception as exc:
            results.append(crash_failure(document, exc))
    return results


def code_stream_isolated(
    pipeline: Any, documents: Iterable[Document], batch_size: int = 32
) -> Iterator[Any]:
    """The coded documents of a stream in order, a chunk of ``batch_size`` at a time, each
    crash confined to its document (a :class:`CodingFailure`)."""
    stream = iter(documents)
    while chunk := list(islice(stream, batch_size)):
        yield from code_isolated(pipeline, chunk, batch_size)
