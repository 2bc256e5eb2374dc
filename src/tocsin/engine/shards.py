"""Shards: consecutive runs of documents sent to one worker, and what the worker returns."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from tocsin.batch.failures import Failure
from tocsin.export.items import ExportItem
from tocsin.models import Document


@dataclass(frozen=True)
class Target:
    """Where workers write: a store URL, or a Parquet directory (then no store is used)."""

    db_url: str | None = None
    parquet_dir: str | None = None
    return_items: bool = True  # send the events back to the client (to print them)


@dataclass(frozen=True)
class Shard:
    """Documents for one task; ``end`` is the input position just after the last of them."""

    documents: tuple[Document, ...]
    end: int

    @property
    def key(self) -> str:
        """Stable name of the shard: a hash of its document ids (names its Parquet files)."""
        digest = hashlib.sha256("\n".join(d.id for d in self.documents).encode("utf-8"))
        return "shard-" + digest.hexdigest()[:16]


@dataclass(frozen=True)
class ShardResult:
    """What a worker did with one shard."""

    key: str
    end: int
    documents: int
    events: int
    failures: tuple[Failure, ...] = ()  # records the pipeline or the store refused
    items: tuple[ExportItem, ...] = field(default=())
