"""Near-duplicate documents (wire copies, light rewrites) grouped so they count once.

Documents are compared by the same 64-bit SimHash the store and the batch runner use to spot
copies (:mod:`tocsin.fingerprint`): a document is a copy when its fingerprint lies within
``max_distance`` bits of an earlier original's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from tocsin.fingerprint import MAX_DISTANCE, fingerprint


@dataclass
class CopyGrouper:
    """Groups documents, in publication order, with the earlier document they nearly copy.

    A document joins the group of the first earlier *original* whose SimHash lies within
    ``max_distance`` bits of its own and which was published within ``days`` of it. The
    originals' fingerprints sit in one array, so each document costs one vectorised pass.
    """

    max_distance: int = MAX_DISTANCE
    days: int = 3
    _heads: list[tuple[str, str | None, date | None]] = field(default_factory=list)
    _prints: list[int] = field(default_factory=list)

    def add(
        self, doc_id: str, text: str, published: date | None = None, source: str | None = None
    ) -> tuple[str, str | None]:
        """The copy group of a document and the source of its original (itself if new)."""
        print_ = fingerprint(text)
        if print_ and self._prints:
            prints = np.array(self._prints, dtype=np.uint64)
            distances = np.bitwise_count(prints ^ np.uint64(print_))
            for position in np.flatnonzero(distances <= self.max_distance):
                head_id, head_source, head_date = self._heads[int(position)]
                if published and head_date and abs((published - head_date).days) > self.days:
                    continue
                return head_id, head_source
        self._heads.append((doc_id, source, published))
        self._prints.append(print_)
        return doc_id, source


def copy_groups(
    documents: Iterable[tuple[str, str]], max_distance: int = MAX_DISTANCE
) -> dict[str, str]:
    """Map each document id to the id of the first document it nearly duplicates (or itself).

    ``documents`` are ``(id, text)`` pairs in publication order.
    """
    grouper = CopyGrouper(max_distance=max_distance)
    return {doc_id: grouper.add(doc_id, text)[0] for doc_id, text in documents}


def independent_sources(keys: Iterable[str]) -> int:
    """Number of distinct independent-source keys (see :meth:`Report.independent_key`)."""
    return len(set(keys))
