"""One document the pipeline crashes on fails alone; the others are coded, in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tocsin.errors import CodingCrashError
from tocsin.isolate import code_isolated, code_stream_isolated
from tocsin.models import Document


@dataclass(frozen=True)
class Coded:
    document: Document
    events: tuple


class Fragile:
    """Raises on the whole chunk when any document of it says ``crash``, as ``nlp.pipe``
    would; records each chunk it was asked to code."""

    def __init__(self) -> None:
        self.chunks: list[list[str]] = []

    def code_many(self, documents, batch_size: int = 32):
        documents = list(documents)
        self.chunks.append([d.id for d in documents])
        if any("crash" in d.text for d in documents):
            raise RuntimeError("index out of range")
        return [Coded(d, ()) for d in documents]


def _docs(*texts: str) -> list[Document]:
    return [Document(id=f"d{n}", text=t, date=date(2026, 1, 1)) for n, t in enumerate(texts)]


def test_a_crash_fails_its_document_alone() -> None:
    results = code_isolated(Fragile(), _docs("fine", "crash here", "fine too"))
    assert [r.document.id for r in results] == ["d0", "d1", "d2"]
    assert isinstance(results[1].error, CodingCrashError)
    assert "index out of range" in str(results[1].error)
    assert hasattr(results[0], "events") and hasattr(results[2], "events")


def test_a_stream_is_coded_in_chunks_in_order() -> None:
    coder = Fragile()
    texts = ["a", "b", "c", "crash", "e", "f", "g"]
    results = list(code_stream_isolated(coder, iter(_docs(*texts)), batch_size=3))
    assert [r.document.id for r in results] == [f"d{n}" for n in range(7)]
    assert [hasattr(r, "error") for r in results] == [False] * 3 + [True] + [False] * 3
    # the chunk without the crash is coded once; the one with it again document by document
    assert coder.chunks[0] == ["d0", "d1", "d2"]
    assert ["d3", "d4", "d5"] in coder.chunks and ["d4"] in coder.chunks
    assert coder.chunks[-1] == ["d6"]
