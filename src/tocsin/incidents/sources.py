"""Near-duplicate documents (wire copies, light rewrites) grouped so they count once."""

from __future__ import annotations

import re
from collections.abc import Iterable

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


def copy_groups(documents: Iterable[tuple[str, str]], threshold: float = 0.7) -> dict[str, str]:
    """Map each document id to the id of the first document it nearly duplicates (or itself).

    ``documents`` are ``(id, text)`` pairs in publication order; a document whose 5-gram
    Jaccard similarity with an earlier one reaches ``threshold`` joins that one's group.
    """
    groups: dict[str, str] = {}
    heads: list[tuple[str, frozenset[str]]] = []
    for doc_id, text in documents:
        fingerprint = shingles(text)
        for head_id, head_print in heads:
            if jaccard(fingerprint, head_print) >= threshold:
                groups[doc_id] = head_id
                break
        else:
            heads.append((doc_id, fingerprint))
            groups[doc_id] = doc_id
    return groups


def independent_sources(keys: Iterable[str]) -> int:
    """Number of distinct independent-source keys (see :meth:`Report.independent_key`)."""
    return len(set(keys))
