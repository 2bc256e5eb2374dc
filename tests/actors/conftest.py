"""Fixtures for the actor tests: the session pipeline's resolver and a helper to code text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from tocsin.actors.found import Found


@pytest.fixture(scope="module")
def resolver(pipeline):
    return pipeline.actors


@pytest.fixture(scope="module")
def mentions(pipeline) -> Callable[[str, date | None], list[tuple[str, Found]]]:
    """``(span text, Found)`` for every mention the resolver finds in ``text``."""

    def run(text: str, when: date | None = None) -> list[tuple[str, Found]]:
        doc = pipeline.nlp(text)
        return [(doc[f.start : f.end].text, f) for f in pipeline.actors.find(doc, when)]

    return run
