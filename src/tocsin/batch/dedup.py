"""Near-duplicate detection before coding: wire copies and updated versions are not coded twice."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from tocsin.fingerprint import NearDuplicateIndex, body_text, fingerprint, words

#: Texts shorter than this (in words) get no reliable SimHash and are never called copies.
MIN_WORDS = 40


@dataclass(frozen=True)
class Copy:
    """A document found to copy an earlier one."""

    original: str
    distance: int
    fingerprint: int


class CopyFinder:
    """Remembers fingerprints of stored and newly read documents and finds near-copies."""

    def __init__(self, index: NearDuplicateIndex | None = None, min_words: int = MIN_WORDS) -> None:
        self.index = index or NearDuplicateIndex()
        self.min_words = min_words

    @classmethod
    def from_prints(cls, prints: Iterable[tuple[Hashable, int]]) -> CopyFinder:
        """A finder that already knows the given (document id, fingerprint) pairs."""
        finder = cls()
        for key, value in prints:
            finder.index.add(key, value)
        return finder

    def check(self, doc_id: str, text: str) -> Copy | None:
        """The earlier document ``text`` copies, if any; the text is remembered either way."""
        if len(words(body_text(text))) < self.min_words:
            return None
        value = fingerprint(text)
        match = self.index.nearest(value)
        self.index.add(doc_id, value)
        if match is None or match[0] == doc_id:
            return None
        return Copy(str(match[0]), match[1], value)
