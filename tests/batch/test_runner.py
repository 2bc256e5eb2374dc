"""Batch runner: idempotent re-runs, resuming after an interruption, copies, failures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from batch.fakes import CountingCoder, article
from tocsin.batch import BatchRunner, RunLog
from tocsin.batch.progress import FINISHED, INTERRUPTED
from tocsin.models import Document
from tocsin.store import Store

LONG = (
    "The foreign ministers of Armenia and Azerbaijan met in Washington on Monday for a third "
    "round of talks on a peace treaty, officials said. The two delegations discussed the "
    "delimitation of the border, the opening of transport links across the region and the "
    "release of detainees held since the autumn, according to a statement issued after the "
    "meeting. Neither side announced an agreement."
)


def _store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'batch.db'}")


def test_rerun_adds_nothing_and_reemits_stored_events(tmp_path: Path, coder: CountingCoder) -> None:
    docs = [article(i) for i in range(7)]
    with _store(tmp_path) as store:
        first = BatchRunner(coder, store, commit_every=3)
        assert len(list(first.run(docs, signature="sig"))) == 7
        assert (first.stats.documents, first.stats.events) == (7, 7)
        second = BatchRunner(coder, store, commit_every=3)
        again = list(second.run(docs, signature="sig"))
        assert (second.stats.documents, second.stats.skipped) == (0, 7)
        assert len(again) == 7  # stored events are printed again, not recoded
        assert len(coder.coded) == 7
        assert store.count_documents() == 7 and store.count_events() == 7


def test_interrupted_run_resumes_from_its_cursor(tmp_path: Path, coder: CountingCoder) -> None:
    docs = [article(i) for i in range(10)]
    with _store(tmp_path) as store:
        runner = BatchRunner(coder, store, commit_every=4)
        stream = runner.run(docs, signature="archive", inputs="archive.jsonl")
        taken = [next(stream) for _ in range(5)]  # chunk 2 is saved, its cursor move not yet
        stream.close()  # like Ctrl-C: the generator stops mid-way
        assert len(taken) == 5
        run = RunLog(store).get(1)
        assert run is not None and run.status == INTERRUPTED and run.position == 4
        assert store.count_documents() == 8
        resumed = BatchRunner(coder, store, commit_every=4)
        rest = list(resumed.run(docs, signature="archive"))
        assert resumed.stats.resumed_from == 4
        assert (resumed.stats.skipped, resumed.stats.documents) == (4, 10)
        assert len(rest) == 6  # chunk 2 re-emitted from the store, then 2 new events
        assert store.count_documents() == 10 and store.count_events() == 10
        assert sorted(coder.coded) == sorted(d.id for d in docs)  # each coded exactly once
        final = RunLog(store).get(1)
        assert final is not None and final.status == FINISHED and final.documents == 10


def test_no_resume_starts_again_but_stores_nothing_twice(
    tmp_path: Path, coder: CountingCoder
) -> None:
    docs = [article(i) for i in range(6)]
    with _store(tmp_path) as store:
        stream = BatchRunner(coder, store, commit_every=2).run(docs, signature="s")
        next(stream)
        stream.close()
        runner = BatchRunner(coder, store, commit_every=2)
        list(runner.run(docs, signature="s", resume=False))
        assert runner.stats.resumed_from == 0
        assert runner.stats.skipped == 2 and runner.stats.documents == 4
        assert store.count_documents() == 6


def test_near_copy_is_linked_not_coded(tmp_path: Path, coder: CountingCoder) -> None:
    original = Document(id="doc-a", text=LONG, origin="a.txt")
    copy = Document(id="doc-b", text=LONG.replace("Monday", "Monday afternoon"), origin="b.txt")
    notices: list[str] = []
    with _store(tmp_path) as store:
        runner = BatchRunner(coder, store, notify=notices.append)
        list(runner.run([original, copy]))
        assert coder.coded == ["doc-a"]
        assert runner.stats.duplicates == 1
        assert store.duplicate_of("doc-b") == "doc-a"
        assert any("b.txt" in n and "near-duplicate of doc-a" in n for n in notices)
        # a later run finds copies of stored documents too
        later = BatchRunner(coder, store, notify=notices.append)
        third = Document(id="doc-c", text=LONG + " More talks are planned.", origin="c.txt")
        list(later.run([third]))
        assert store.duplicate_of("doc-c") == "doc-a"


def test_default_date_failures_and_no_store(coder: CountingCoder) -> None:
    notices: list[str] = []
    docs = [article(1), Document(id="doc-e", text="EMPTY", origin="e.txt"), article(2)]
    dated = article(3, date(2020, 1, 2))
    runner = BatchRunner(coder, None, default_date=date(2023, 9, 20), notify=notices.append)
    items = list(runner.run([*docs, dated]))
    assert [i.published for i in items] == [date(2023, 9, 20)] * 2 + [date(2020, 1, 2)]
    assert runner.stats.failed == 1 and runner.stats.documents == 3
    assert notices == ["error: e.txt: [E101] no text after cleaning"]
