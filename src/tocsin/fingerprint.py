"""Near-duplicate articles (wire copies, updated versions): 64-bit SimHash over word bigrams.

Short lines (headline, byline, credits) are set aside, the text is normalised (NFKC,
case-folded, words only) and cut into overlapping word bigrams, and each distinct bigram
votes on the 64 bits of its BLAKE2b hash (Charikar 2002; Manku, Jain and Das Sarma 2007).
Similar texts get fingerprints a small Hamming distance apart.

On the golden pairs in ``tests/data/ingest/near_duplicates``, wire copies and updated
versions of a 170-word story are 0–9 bits apart and different articles on the same topic
30–31 bits, near the 32 (sd 4) of unrelated texts: ``MAX_DISTANCE = 10`` separates them.
Texts of a few dozen words are too short for a reliable fingerprint.

:class:`NearDuplicateIndex` finds a seen fingerprint within ``max_distance`` bits. A
band-split (pigeonhole) index would need 11 bands of under 6 bits at that distance and return
a sixth of the collection as candidates, so the index scans all fingerprints with vectorised
XOR and popcount instead, which is exact and faster (about 1.6 ms per query over 10⁶ prints).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Hashable, Iterable

import numpy as np

BITS = 64
SHINGLE = 2
MAX_DISTANCE = 10
MIN_LINE_WORDS = 10  # shorter lines (headlines, bylines, credits) are left out when possible
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Normalised words of ``text``."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Distinct word ``size``-grams (the whole text when it is shorter)."""
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def body_text(text: str) -> str:
    """``text`` without its short lines (headline, byline, credits, share buttons).

    Short lines are dropped only when the longer lines hold at least half of the words, so a
    text of short lines (or one long line) is kept whole.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    long_lines = [line for line in lines if len(words(line)) >= MIN_LINE_WORDS]
    if len(long_lines) == len(lines):
        return text
    kept = sum(len(words(line)) for line in long_lines)
    return "\n".join(long_lines) if 2 * kept >= len(words(text)) else text


def _hashes(features: Iterable[str]) -> np.ndarray:
    digests = b"".join(hashlib.blake2b(f.encode("utf-8"), digest_size=8).digest() for f in features)
    return np.frombuffer(digests, dtype="<u8")


def fingerprint(text: str, size: int = SHINGLE) -> int:
    """64-bit SimHash of the body of ``text`` (0 for a text without words).

    The value is unsigned; use :func:`to_signed` to keep it in a 64-bit SQL ``INTEGER``.
    """
    features = shingles(body_text(text), size)
    if not features:
        return 0
    hashes = _hashes(sorted(features))
    bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    votes = bits.reshape(-1, BITS).sum(axis=0, dtype=np.int64)
    chosen = (2 * votes > len(hashes)).astype(np.uint8)
    return int(np.packbits(chosen, bitorder="little").view("<u8")[0])


def to_signed(print_: int) -> int:
    """The fingerprint as a signed 64-bit integer (SQLite and PostgreSQL ``BIGINT``)."""
    return print_ - (1 << BITS) if print_ >= 1 << (BITS - 1) else print_


def from_signed(value: int) -> int:
    """Inverse of :func:`to_signed`."""
    return value + (1 << BITS) if value < 0 else value


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two fingerprints."""
    return (a ^ b).bit_count()


def similar(a: int, b: int) -> float:
    """Similarity of two fingerprints, 1.0 (identical) … 0.0 (all bits differ)."""
    return 1.0 - hamming(a, b) / BITS


class NearDuplicateIndex:
    """Fingerprints seen so far, searchable for one within ``max_distance`` bits.

    Fingerprints live in one contiguous ``uint64`` array; a query XORs it with the fingerprint
    and counts bits in a single vectorised pass, so the search is exact and takes about a
    millisecond per million fingerprints.
    """

    def __init__(self, max_distance: int = MAX_DISTANCE, capacity: int = 1024) -> None:
        if not 0 <= max_distance < BITS:
            raise ValueError("max_distance must be between 0 and 63")
        self.max_distance = max_distance
        self._prints = np.zeros(max(capacity, 1), dtype=np.uint64)
        self._keys: list[Hashable] = []
        self._known: set[Hashable] = set()

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: Hashable, print_: int) -> None:
        """Remember fingerprint ``print_`` under ``key`` (a document id); repeats are ignored."""
        if key in self._known:
            return
        size = len(self._keys)
        if size == len(self._prints):
            self._prints = np.concatenate([self._prints, np.zeros_like(self._prints)])
        self._prints[size] = np.uint64(print_)
        self._keys.append(key)
        self._known.add(key)

    def distances(self, print_: int) -> np.ndarray:
        """Hamming distance from ``print_`` to every stored fingerprint, in insertion order."""
        stored = self._prints[: len(self._keys)]
        return np.bitwise_count(stored ^ np.uint64(print_))

    def nearest(self, print_: int) -> tuple[Hashable, int] | None:
        """(key, distance) of the closest stored fingerprint within ``max_distance``, if any.

        Ties go to the earliest stored, so a copy links to the first version seen.
        """
        if not self._keys:
            return None
        distances = self.distances(print_)
        position = int(np.argmin(distances))
        distance = int(distances[position])
        if distance > self.max_distance:
            return None
        return self._keys[position], distance

    def find(self, text: str) -> tuple[Hashable, int] | None:
        """The near-duplicate of ``text`` among the stored fingerprints, if any."""
        return self.nearest(fingerprint(text))

    def check(self, key: Hashable, text: str) -> tuple[int, tuple[Hashable, int] | None]:
        """Fingerprint ``text``, look for a near-duplicate, then remember it under ``key``.

        Returns ``(fingerprint, (original key, distance) or None)``; a near-duplicate is
        remembered too, so later copies of it are found even if they drift further away.
        """
        print_ = fingerprint(text)
        match = self.nearest(print_)
        self.add(key, print_)
        return print_, match
