"""Bytes to text: UTF-8 first, then a detected encoding, then cp1252, refusing binary data.

Byte-order marks are honoured (UTF-8, UTF-16, UTF-32). Data with NUL bytes and no UTF-16/32
mark, or with many control characters, is binary and refused.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from tocsin.errors import BinaryInputError

FALLBACK_ENCODING = "cp1252"
SNIFF_BYTES = 64 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# control bytes that never occur in text (tab, newlines, form feed and escape are allowed)
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x08}
_MAX_CONTROL_SHARE = 0.1
_CHAOS_TOLERANCE = 0.02


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding used and whether it was a guess (worth a warning)."""

    text: str
    encoding: str
    guessed: bool = False


def bom_encoding(sample: bytes) -> str | None:
    """The encoding named by a byte-order mark at the start of ``sample``."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    return None


def looks_binary(sample: bytes, *, archive: bool = False) -> bool:
    """True when ``sample`` is not text: NUL bytes (without a UTF-16/32 mark) or control bytes.

    In an ``archive`` (JSONL, CSV) a NUL byte alone does not make the file binary: it damages
    one record, which is refused on its own; many control bytes still do.
    """
    if not sample:
        return False
    if bom_encoding(sample) in {"utf-16", "utf-32"}:
        return False
    if b"\x00" in sample and not archive:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL or byte == 0)
    return controls / len(sample) > _MAX_CONTROL_SHARE


def _utf8_prefix_ok(sample: bytes, complete: bool) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def sniff_encoding(
    sample: bytes, *, complete: bool = False, archive: bool = False
) -> tuple[str, bool]:
    """(encoding, guessed) for data starting with ``sample``; ``complete`` if it is all of it.

    Raises :class:`BinaryInputError` when the sample is not text (see :func:`looks_binary`).
    """
    if looks_binary(sample[:SNIFF_BYTES], archive=archive):
        raise BinaryInputError("binary data (NUL or control bytes), not text")
    bom = bom_encoding(sample)
    if bom:
        return bom, False
    if _utf8_prefix_ok(sample, complete):
        return "utf-8", False
    return _detect(sample[: 4 * SNIFF_BYTES]), True


def _detect(sample: bytes) -> str:
    """charset-normalizer's guess, preferring cp1252 when it fits as well as the best guess.

    Short Western European texts decode identically (or equally cleanly) under several code
    pages; cp1252 is by far the most common of them in English-language news.
    """
    matches = list(from_bytes(sample))
    if not matches:
        return FALLBACK_ENCODING
    best = min(match.chaos for match in matches)
    for match in matches:
        if match.chaos <= best + _CHAOS_TOLERANCE and FALLBACK_ENCODING in (
            match.could_be_from_charset or [match.encoding]
        ):
            return FALLBACK_ENCODING
    return codecs.lookup(matches[0].encoding).name


def decode_bytes(data: bytes) -> Decoded:
    """Decode a whole text; raises :class:`BinaryInputError` for binary data."""
    encoding, guessed = sniff_encoding(data, complete=True)
    try:
        return Decoded(data.decode(encoding), encoding, guessed)
    except UnicodeDecodeError:
        # the sample fitted the guess but a later byte does not: cp1252, replacing what is left
        return Decoded(data.decode(FALLBACK_ENCODING, errors="replace"), FALLBACK_ENCODING, True)


def decode_line(line: bytes, encoding: str) -> Decoded:
    """Decode one archive line: UTF-8, then the archive's ``encoding``, then cp1252."""
    try:
        return Decoded(line.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for candidate in (encoding, FALLBACK_ENCODING):
        try:
            return Decoded(line.decode(candidate), candidate, True)
        except (UnicodeDecodeError, LookupError):
            continue
    return Decoded(line.decode(FALLBACK_ENCODING, errors="replace"), FALLBACK_ENCODING, True)
