"""Dask engine: the same records as one process, into a store or partitioned Parquet."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from batch.articles import article_text
from batch.fakes import CountingCoder, article, fake_loader
from tocsin.engine.cluster import Cursor, DaskEngine
from tocsin.engine.local import LocalEngine
from tocsin.engine.shards import Shard, Target
from tocsin.export.items import ExportItem
from tocsin.export.parquet import read_dataset
from tocsin.models import Document
from tocsin.settings import Settings
from tocsin.store import Store


def by_id(record: dict) -> str:
    return record["id"]


def by_event(item: ExportItem) -> str:
    return item.event.id


def test_cursor_waits_for_earlier_shards() -> None:
    cursor = Cursor(0)
    for end in (10, 20, 30):
        cursor.submitted(end)
    assert cursor.finished(20) == 0
    assert cursor.finished(10) == 20
    cursor.read_up_to(35)  # a skipped chunk read while shard 30 is still running
    assert cursor.position == 20
    assert cursor.finished(30) == 30
    cursor.read_up_to(40)
    assert cursor.position == 40


def test_shard_key_is_stable() -> None:
    docs = (article(1), article(2))
    assert Shard(docs, 2).key == Shard(docs, 7).key
    assert Shard(docs, 2).key != Shard(docs[:1], 1).key


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """One local cluster (2 worker processes) shared by the tests of this module."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


@pytest.mark.slow
def test_dask_matches_single_process(tmp_path: Path, scheduler: str) -> None:
    docs = [article(i) for i in range(23)]
    settings = Settings.from_env(environ={})
    local_url = f"sqlite:///{tmp_path / 'local.db'}"
    dask_url = f"sqlite:///{tmp_path / 'dask.db'}"
    local = LocalEngine(settings, commit_every=5, pipeline=CountingCoder())
    local_items = list(local.run(docs, Target(db_url=local_url)))
    engine = DaskEngine(settings, scheduler=scheduler, shard_size=5, loader=fake_loader)
    dask_items = list(engine.run(docs, Target(db_url=dask_url), signature="s"))
    assert engine.stats.documents == 23 and engine.stats.events == 23
    assert sorted(dask_items, key=by_event) == sorted(local_items, key=by_event)
    with Store(local_url) as one, Store(dask_url) as many:
        assert [e.to_dict() for e in many.events()] == [e.to_dict() for e in one.events()]
    parquet = tmp_path / "parquet"
    again = DaskEngine(settings, scheduler=scheduler, shard_size=5, loader=fake_loader)
    list(again.run(docs, Target(parquet_dir=str(parquet), return_items=False)))
    table = read_dataset(parquet)
    records = sorted((json.loads(r) for r in table.column("record").to_pylist()), key=by_id)
    assert records == sorted((item.event.to_dict() for item in local_items), key=by_id)
    assert (parquet / "_shards").is_dir()
    rerun = DaskEngine(settings, scheduler=scheduler, shard_size=5, loader=fake_loader)
    list(rerun.run(docs, Target(parquet_dir=str(parquet))))
    assert rerun.stats.documents == 0 and rerun.stats.skipped == 23  # finished shards skipped
    assert read_dataset(parquet).num_rows == table.num_rows


@pytest.mark.slow
def test_dask_with_the_real_pipeline(pipeline, tmp_path: Path, scheduler: str) -> None:
    archive = [
        Document(id=f"doc-{n}", text=article_text(n), date=date(2023, 9, 12)) for n in range(6)
    ]
    expected = sorted((e.to_dict() for d in archive for e in pipeline.code(d).events), key=by_id)
    url = f"sqlite:///{tmp_path / 'real.db'}"
    engine = DaskEngine(pipeline.settings, scheduler=scheduler, shard_size=2)
    items = list(engine.run(archive, Target(db_url=url)))
    assert sorted((i.event.to_dict() for i in items), key=by_id) == expected
    with Store(url) as store:
        assert sorted((e.to_dict() for e in store.events()), key=by_id) == expected
