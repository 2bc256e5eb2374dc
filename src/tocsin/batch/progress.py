"""Batch runs in the store: which input, how far it got, what it counted, how it ended."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from tocsin.store import Store
from tocsin.store.schema import BatchRunRow

RUNNING, FINISHED, INTERRUPTED = "running", "finished", "interrupted"
COUNTS = ("documents", "skipped", "duplicates", "failed", "events")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class RunState:
    """A run's id and the number of input documents already handled (its cursor)."""

    id: int
    position: int
    resumed: bool
    counts: dict[str, int] = field(default_factory=dict)


class RunLog:
    """Reads and writes the ``batch_runs`` table of a store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def start(self, signature: str, inputs: str, *, resume: bool = True) -> RunState:
        """Resume the latest unfinished run of the same input, or start a new one."""
        with self.store.session() as session:
            if resume:
                query = (
                    select(BatchRunRow)
                    .where(BatchRunRow.signature == signature, BatchRunRow.status != FINISHED)
                    .order_by(BatchRunRow.id.desc())
                    .limit(1)
                )
                row = session.scalars(query).first()
                if row is not None:
                    row.status = RUNNING
                    row.updated_at = _now()
                    counts = {name: getattr(row, name) for name in COUNTS}
                    return RunState(row.id, row.position, resumed=True, counts=counts)
            now = _now()
            row = BatchRunRow(
                signature=signature,
                inputs=inputs,
                position=0,
                documents=0,
                skipped=0,
                duplicates=0,
                failed=0,
                events=0,
                status=RUNNING,
                started_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            return RunState(row.id, 0, resumed=False)

    def advance(self, run_id: int, position: int, counts: dict[str, int]) -> None:
        """Record that the first ``position`` documents are handled, with the counts so far."""
        with self.store.session() as session:
            row = session.get(BatchRunRow, run_id)
            if row is None:
                return
            row.position = max(row.position, position)
            for name, value in counts.items():
                setattr(row, name, value)
            row.updated_at = _now()

    def finish(
        self, run_id: int, status: str = FINISHED, counts: dict[str, int] | None = None
    ) -> None:
        """Close a run as finished or interrupted, with its final counts."""
        with self.store.session() as session:
            row = session.get(BatchRunRow, run_id)
            if row is not None:
                for name, value in (counts or {}).items():
                    setattr(row, name, value)
                row.status = status
                row.updated_at = _now()
                row.finished_at = _now() if status == FINISHED else None

    def get(self, run_id: int) -> BatchRunRow | None:
        with self.store.session() as session:
            return session.get(BatchRunRow, run_id)
