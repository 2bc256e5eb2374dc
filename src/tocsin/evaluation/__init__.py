"""Scoring the coder against gold files (``tocsin eval``)."""

from __future__ import annotations

from collections.abc import Callable

from tocsin.models import Event

Coder = Callable[[str], list[Event]]
"""Anything that codes a text into event records (``Pipeline.code_text`` in practice)."""

__all__ = ["Coder"]
