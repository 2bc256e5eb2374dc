"""Store: idempotent saves, filters and records that round-trip, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from store.records import coded_document
from tocsin.models import Document
from tocsin.store import EventFilter, Store
from tocsin.store.migrate import head_revision
from tocsin.store.schema import DocumentRow, EventRow, SentenceRow


def _rows(store: Store) -> tuple[int, int, int]:
    with store.session() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(table))
            for table in (DocumentRow, SentenceRow, EventRow)
        )


def test_save_is_idempotent(store: Store) -> None:
    coded = coded_document()
    assert store.save(coded) is True
    assert _rows(store) == (1, 3, 3)
    assert store.save(coded) is False
    assert store.save_many([coded, coded]) == 0
    assert _rows(store) == (1, 3, 3)


def test_records_round_trip(store: Store) -> None:
    coded = coded_document()
    assert coded.events
    store.save(coded)
    for event in coded.events:
        assert store.event(event.id) == event
    assert store.document(coded.document.id) == coded.document
    assert store.sentences(coded.document.id) == list(coded.sentences)
    assert store.has_document(coded.document.id)
    assert not store.has_document("doc-missing")


def test_filters(store: Store) -> None:
    coded = coded_document()
    store.save(coded)
    shelling, denial, request = coded.events
    assert [e.id for e in store.events(actor="AZE")] == [shelling.id]
    assert [e.id for e in store.events(actor="azemil")] == [shelling.id]
    assert [e.id for e in store.events(recipient="RUS")] == [request.id]
    assert {e.id for e in store.events(event="assault")} == {shelling.id, denial.id}
    assert [e.id for e in store.events(cameo="19", status=["asserted"])] == [shelling.id]
    assert [e.id for e in store.events(location="ARM")] == [shelling.id]
    assert [e.id for e in store.events(text="diplomat")] == [request.id]
    # the denial is dated "2023-09" (first day 09-01); the undated request takes the
    # publication date 2023-09-12
    assert [e.id for e in store.events(until=date(2023, 9, 5))] == [denial.id]
    assert {e.id for e in store.events(since=date(2023, 9, 12))} == {shelling.id, request.id}
    assert store.count_events(EventFilter(status=["possible", "denied"])) == 2
    assert len(store.events(limit=2)) == 2
    assert len(store.events(limit=2, offset=2)) == 1
    assert store.events(doc_id="doc-other") == []


def test_near_duplicate_is_linked_not_coded(store: Store) -> None:
    coded = coded_document()
    store.save(coded)
    copy = Document(id="doc-copy", text=coded.document.text + " Updated.", date=date(2023, 9, 13))
    assert store.mark_duplicate(copy, coded.document.id) is True
    assert store.mark_duplicate(copy, coded.document.id) is False
    assert store.duplicate_of("doc-copy") == coded.document.id
    assert store.count_documents() == 2
    assert store.count_documents(duplicates=True) == 1
    assert store.count_events() == 3
    prints = dict(store.fingerprints())
    assert set(prints) == {coded.document.id, "doc-copy"}
    assert all(0 <= value < 2**64 for value in prints.values())


def test_documents_listing_and_reopen(db_url: str) -> None:
    first = coded_document()
    second = coded_document(first.document.text.replace("Sotk", "Jermuk"), date(2023, 9, 14))
    with Store(db_url) as store:
        assert store.save([first, second]) is True
        assert store.revision() == head_revision()
    with Store.open(db_url) as again:  # reopening migrates nothing and keeps the rows
        assert {d.id for d in again.documents()} == {first.document.id, second.document.id}
        assert len(again.documents(limit=1, offset=1)) == 1
        assert again.count_events() == 6


def test_failed_document_leaves_no_partial_rows(store: Store) -> None:
    good = coded_document()
    other = coded_document(good.document.text + " More.")
    orphan = replace(other.events[0], id="ev-orphan", doc_id="doc-does-not-exist")
    broken = replace(other, events=(orphan,))
    assert store.save_many([good, broken]) == 1
    assert store.has_document(good.document.id)
    assert not store.has_document(broken.document.id)
    assert store.sentences(broken.document.id) == []
    assert store.event("ev-orphan") is None


def test_unreachable_database_is_a_store_error() -> None:
    import pytest

    from tocsin.errors import StoreError

    with pytest.raises(StoreError, match="cannot reach or migrate"):
        Store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
