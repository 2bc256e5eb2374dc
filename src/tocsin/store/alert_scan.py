"""The day alerts were last detected over the whole store (table ``alert_scan``).

A detection may look only at the dyads an analysis touched when every other dyad's alerts are
already what a detection as of the same day gives: that is, when the last detection brought all
of them up to date as of that day and incidents have not changed since but through analyses.
Anything else that changes incidents (a rebuild, a hand split) forgets the day.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from tocsin.store.schema import AlertScanRow


def scanned_day(session: Session) -> date | None:
    """The day of the last detection over every dyad, if nothing changed incidents since."""
    row = session.get(AlertScanRow, 1)
    return row.day if row is not None else None


def mark_scanned(session: Session, day: date | None) -> None:
    """Record that every dyad's alerts are up to date as of ``day`` (``None``: they may not be)."""
    row = session.get(AlertScanRow, 1)
    if row is None:
        if day is None:
            return
        row = AlertScanRow(id=1)
        session.add(row)
    row.day = day
    session.flush()
