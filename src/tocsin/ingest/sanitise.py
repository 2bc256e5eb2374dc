"""Text a store can hold: control characters removed, NUL bytes and lone surrogates handled.

* Control characters (C0 other than tab, line feed and carriage return; DEL; C1) are page or
  encoding debris: they are always removed, and the change is recorded on the document.
* NUL bytes and lone surrogates (half of a UTF-16 pair, not a character at all) mean the record
  was damaged on its way. By default such a record is refused with :class:`BadTextError`, so
  the batch quarantines it for a person to look at; with ``repair`` NUL bytes are removed and
  lone surrogates replaced by U+FFFD, and the change is recorded.

Recorded changes read like ``"text: removed 2 control character(s)"``; they end up in the
document's ``sanitised`` field and the store's ``documents.sanitised`` column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tocsin.errors import BadTextError

if TYPE_CHECKING:
    from tocsin.models import Document

_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NUL = "\x00"
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ANY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
REPLACEMENT = "\ufffd"
FIELDS = ("title", "url", "source", "origin")  # besides the text, always repaired


@dataclass(frozen=True)
class Cleaned:
    """A string made storable, and what was changed in it."""

    text: str
    changes: tuple[str, ...] = ()


def clean_text(text: str, field: str = "text", *, repair: bool = False) -> Cleaned:
    """``text`` without control characters; NUL bytes and lone surrogates refused or repaired.

    Raises :class:`BadTextError` for a NUL byte or a lone surrogate unless ``repair``.
    """
    if not _ANY.search(text):
        return Cleaned(text)
    nuls = text.count(_NUL)
    surrogates = _SURROGATE.findall(text)
    if (nuls or surrogates) and not repair:
        raise BadTextError(_refusal(text, field, nuls, len(surrogates)))
    changes = []
    if nuls:
        text = text.replace(_NUL, "")
        changes.append(f"{field}: removed {nuls} NUL byte(s)")
    if surrogates:
        text = _SURROGATE.sub(REPLACEMENT, text)
        changes.append(f"{field}: replaced {len(surrogates)} lone surrogate(s) with U+FFFD")
    text, controls = _CONTROL.subn("", text)
    if controls:
        changes.append(f"{field}: removed {controls} control character(s)")
    return Cleaned(text, tuple(changes))


def _refusal(text: str, field: str, nuls: int, surrogates: int) -> str:
    found = []
    if nuls:
        found.append(f"{nuls} NUL byte(s) (first at {text.index(_NUL)})")
    if surrogates:
        first = _SURROGATE.search(text)
        assert first is not None
        found.append(
            f"{surrogates} lone surrogate(s) (U+{ord(first.group()):04X} at {first.start()})"
        )
    return (
        f"{field} holds {' and '.join(found)}: the record is damaged; set bad_text=repair "
        "(or run `tocsin failures --retry --repair`) to remove or replace them"
    )


def clean_document(document: Document, *, repair: bool = False) -> Document:
    """``document`` with its text and metadata made storable, the changes in ``sanitised``.

    Only the text is refused for NUL bytes and lone surrogates (unless ``repair``); the title,
    URL, source and origin are always repaired. A document id must be clean as it is.
    """
    if _ANY.search(document.id):
        raise BadTextError(f"id {document.id!r} holds control characters, NUL or surrogates")
    text = clean_text(document.text, repair=repair)
    changes = list(text.changes)
    values: dict[str, str | None] = {}
    for name in FIELDS:
        value = getattr(document, name)
        if value is None:
            continue
        cleaned = clean_text(value, name, repair=True)
        if cleaned.changes:
            values[name] = cleaned.text
            changes += cleaned.changes
    if not changes:
        return document
    return replace(
        document,
        text=text.text,
        sanitised=(*document.sanitised, *changes),
        **values,  # type: ignore[arg-type]
    )


def needs_cleaning(value: str) -> bool:
    """True when ``value`` holds anything :func:`clean_text` would change or refuse."""
    return _ANY.search(value) is not None
