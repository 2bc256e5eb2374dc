"""Near-duplicate documents (wire copies, light rewrites) grouped so they count once."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 5) -> frozenset[str]:
    """Word ``size``-grams of a text, lower-cased: the fingerprint of a document."""
    words = [w.casefold() for w in WORD.findall(text)]
    if len(words) < size:
        return frozenset({" ".join(words)}) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass
class CopyGrouper:
    """Groups documents, in publication order, with the earlier document they nearly copy.

    A document joins the group of the first earlier *original* whose word 5-gram Jaccard
    similarity reaches ``threshold`` and which was published within ``days`` of it.
    """

    threshold: float = 0.7
    days: int = 3
    _heads: list[tuple[str, str | None, date | None, frozenset[str]]] = field(default_factory=list)

    def add(
        self, doc_id: str, text: str, published: date | None = None, source: str | None = None
    ) -> tuple[str, str | None]:
        """The copy group of a document and the source of its original (itself if new)."""
        fingerprint = shingles(text)
        for head_id, head_source, head_date, head_print in self._heads:
            if published and head_date and abs((published - head_date).days) > self.days:
                continue
            if jaccard(fingerprint, head_print) >= self.threshold:
                return head_id, head_source
        self._heads.append((doc_id, source, published, fingerprint))
        return doc_id, source


def copy_groups(documents: Iterable[tuple[str, str]], threshold: float = 0.7) -> dict[str, str]:
    """Map each document id to the id of the first document it nearly duplicates (or itself).

    ``documents`` are ``(id, text)`` pairs in publication order.
    """
    grouper = CopyGrouper(threshold=threshold)
    return {doc_id: grouper.add(doc_id, text)[0] for doc_id, text in documents}


def independent_sources(keys: Iterable[str]) -> int:
    """Number of distinct independent-source keys (see :meth:`Report.independent_key`)."""
    return len(set(keys))
