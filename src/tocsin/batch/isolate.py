"""Code a chunk so that one document the pipeline crashes on fails alone.

The pipeline parses a chunk in one ``nlp.pipe`` call, so an exception on one document would
end the whole chunk. When that happens the chunk is coded again one document at a time: the
document that raises becomes a :class:`~tocsin.pipeline.CodingFailure` carrying a
:class:`~tocsin.errors.CodingCrashError`, and the others are coded as usual.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tocsin.errors import CodingCrashError
from tocsin.models import Document


def crash_failure(document: Document, error: Exception) -> Any:
    """The failure of a document the pipeline raised on."""
    from tocsin.pipeline import CodingFailure

    name = document.origin or document.id
    reason = f"{type(error).__name__}: {error}"
    return CodingFailure(document, CodingCrashError(f"{name}: the pipeline failed: {reason}"))


def code_isolated(pipeline: Any, documents: Sequence[Document]) -> list[Any]:
    """``pipeline.code_many(documents)`` as a list, each crash confined to its document."""
    if not documents:
        return []
    try:
        return list(pipeline.code_many(documents))
    except Exception as exc:
        if len(documents) == 1:
            return [crash_failure(documents[0], exc)]
    results: list[Any] = []
    for document in documents:
        try:
            results.extend(pipeline.code_many([document]))
        except Exception as exc:
            results.append(crash_failure(document, exc))
    return results
