"""Batch fixtures: a stand-in coder that needs no spaCy."""

from __future__ import annotations

import pytest

from batch.fakes import CountingCoder


@pytest.fixture
def coder() -> CountingCoder:
    return CountingCoder()
