"""Moved to :mod:`tocsin.fingerprint` (the store and incidents use it too); kept as an alias."""

from tocsin.fingerprint import (
    BITS,
    MAX_DISTANCE,
    NearDuplicateIndex,
    body_text,
    fingerprint,
    from_signed,
    hamming,
    shingles,
    similar,
    to_signed,
    words,
)

__all__ = [
    "BITS",
    "MAX_DISTANCE",
    "NearDuplicateIndex",
    "body_text",
    "fingerprint",
    "from_signed",
    "hamming",
    "shingles",
    "similar",
    "to_signed",
    "words",
]
