"""Export fixtures: the hand-built coded document as export items, and the lookup tables."""

from __future__ import annotations

from datetime import datetime

import pytest

from store.records import coded_document
from tocsin.export import ExportItem, ExportTables

ADDED = datetime(2023, 9, 12, 18, 30, 5)


@pytest.fixture(scope="session")
def tables() -> ExportTables:
    return ExportTables.load()


@pytest.fixture
def items() -> list[ExportItem]:
    """Shelling (asserted, ACLED), attack (denied), request (possible), in that order."""
    coded = coded_document()
    return [ExportItem.of(event, coded.document, ADDED) for event in coded.events]
