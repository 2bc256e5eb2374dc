"""The store: documents, sentences and events in SQLite (default) or PostgreSQL (by URL)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tocsin.errors import StoreError
from tocsin.fingerprint import fingerprint as simhash
from tocsin.fingerprint import from_signed, to_signed
from tocsin.models import Document, Event, Sentence
from tocsin.store import migrate as migrations
from tocsin.store.chunks import id_chunks
from tocsin.store.engine import make_engine, masked, sqlite_path, without_secrets
from tocsin.store.filters import EventFilter
from tocsin.store.rows import (
    document_row,
    event_row,
    sentence_row,
    to_document,
    to_event,
    to_sentence,
)
from tocsin.store.schema import AnalysisQueueRow, DocumentRow, EventRow, SentenceRow
from tocsin.store.version import current_version, scope_versions, touched, watch_writes
from tocsin.store.watch import FileVersions

if TYPE_CHECKING:
    from tocsin.pipeline import CodedDocument

#: receives a coded document the database refused, and the error
OnFailure = Callable[[Any, Exception], None]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _values(row: Any) -> dict[str, Any]:
    """The column values of an ORM row object, for a bulk insert."""
    return {column.key: getattr(row, column.key) for column in row.__mapper__.column_attrs}


def _event_keys(events: Iterable[dict[str, Any]]) -> set[str]:
    """The countries and actor codes of event rows: what ``actor``/``recipient`` filter on."""
    names = ("actor_country", "actor_code", "recipient_country", "recipient_code")
    return {event[name] for event in events for name in names if event.get(name)}


class Store:
    """Transactional, idempotent storage of coded documents.

    Opening a store migrates it to the newest schema. Saving a document whose id is already
    stored changes nothing, so re-running a batch never duplicates rows.
    """

    def __init__(self, url: str, *, migrate: bool = True, must_exist: bool = False) -> None:
        self.url = url
        try:
            path = sqlite_path(url)
        except Exception as exc:  # not a URL at all
            raise StoreError(self._secret_free(f"{url}: cannot open the store: {exc}")) from exc
        if must_exist and path is not None and not path.is_file():
            raise StoreError(
                f"{masked(url)}: there is no store at {path} (is the path right? this command "
                "only reads, so it does not create one)"
            )
        try:
            self.engine = make_engine(url)
        except Exception as exc:  # bad URL or missing driver
            raise StoreError(self._secret_free(f"{url}: cannot open the store: {exc}")) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        watch_writes(self._sessions)
        if migrate:
            self.migrate()
        self._file_versions = FileVersions(path, self._read_versions) if path else None

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (and migrate) the store at ``url``."""
        return cls(url)

    @classmethod
    def open_existing(cls, url: str) -> Store:
        """Open the store at ``url`` for a command that only reads: a SQLite file that does not
        exist is an error (a mistyped path), not a new empty store."""
        return cls(url, must_exist=True)

    def _secret_free(self, text: str) -> str:
        return without_secrets(text, self.url)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._file_versions is not None:
            self._file_versions.close()
        self.engine.dispose()

    # -- schema --------------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the schema up to date (``alembic upgrade head``); a no-op when current."""
        try:
            if migrations.current_revision(self.engine) == migrations.head_revision():
                return
            migrations.upgrade(self.engine)
        except OperationalError as exc:
            raise StoreError(
                self._secret_free(f"{self.url}: cannot reach or migrate the store: {exc}")
            ) from exc

    def version(self) -> int:
        """A number that grows with every committed write (for caches of reads)."""
        with self.session() as session:
            return current_version(session)

    def versions(self, scopes: Sequence[str] | None) -> int | tuple[int, ...]:
        """The versions of ``scopes`` (see :mod:`tocsin.store.version`); the store's version
        when ``scopes`` is None. What a cached read keeps to know it is still valid. A SQLite
        file's are answered from memory while the file has not changed
        (:mod:`tocsin.store.watch`)."""
        if self._file_versions is not None:
            return self._file_versions.versions(scopes)
        return self._read_versions(scopes)

    def known_versions(self, scopes: Sequence[str] | None) -> int | tuple[int, ...] | None:
        """:meth:`versions` when they can be answered from memory without a statement (a
        SQLite file that has not changed since they were read), else None."""
        if self._file_versions is None:
            return None
        return self._file_versions.known(scopes)

    def _read_versions(self, scopes: Sequence[str] | None) -> int | tuple[int, ...]:
        if scopes is None:
            return self.version()
        with self.session() as session:
            return scope_versions(session, scopes)

    def revision(self) -> str | None:
        """The schema revision of the database."""
        return migrations.current_revision(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block succeeds and rolls back otherwise."""
        with self._sessions() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    # -- writing -------------------------------------------------------------------------
    def save(self, coded: CodedDocument | Iterable[CodedDocument]) -> bool:
        """Save one coded document (or several); True when anything new was stored."""
        items = [coded] if hasattr(coded, "document") else list(coded)  # type: ignore[arg-type]
        return self.save_many(items) > 0

    def save_many(self, items: Sequence[CodedDocument], on_failure: OnFailure | None = None) -> int:
        """Save coded documents in one transaction; returns how many were new.

        Documents already stored are skipped. If another writer stores one of them at the same
        time, or one of them cannot be stored, the batch falls back to saving document by
        document: with ``on_failure``, each document the database refuses is handed to it
        (and the others are saved); without, the error is raised. A database that cannot be
        reached (``OperationalError``) always raises.
        """
        if not items:
            return 0
        try:
            with self.session() as session:
                return self._add(session, items)
        except OperationalError:
            raise
        except Exception as exc:
            if on_failure is None and not isinstance(exc, IntegrityError):
                raise
        saved = 0
        for item in items:
            try:
                with self.session() as session:
                    saved += self._add(session, [item])
            except OperationalError:
                raise
            except IntegrityError as exc:  # stored concurrently by another writer, or refused
                if on_failure is not None and not self.has_document(item.document.id):
                    on_failure(item, exc)
            except Exception as exc:
                if on_failure is None:
                    raise
                on_failure(item, exc)
        return saved

    def _add(self, session: Session, items: Sequence[CodedDocument]) -> int:
        """Insert the documents not yet stored, with their sentences and events (bulk)."""
        ids = list({item.document.id for item in items})
        known: set[str] = set()
        for chunk in id_chunks(ids):
            known.update(session.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(chunk))))
        now = _now()
        documents: list[dict[str, Any]] = []
        sentences: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for item in items:
            document = item.document
            if document.id in known:
                continue
            known.add(document.id)
            print_ = to_signed(simhash(document.text))
            documents.append(
                _values(document_row(document, fingerprint=print_, now=now, coded=True))
            )
            sentences += [_values(sentence_row(document.id, s)) for s in item.sentences]
            seen: set[str] = set()
            for event in item.events:
                if event.id not in seen:
                    seen.add(event.id)
                    events.append(_values(event_row(event, document.date)))
        queued = [{"event_id": event["id"], "queued_at": now} for event in events]
        touched(session, "events", _event_keys(events))
        for model, rows in (
            (DocumentRow, documents),
            (SentenceRow, sentences),
            (EventRow, events),
            (AnalysisQueueRow, queued),  # the analysis step takes them from here
        ):
            if rows:
                session.execute(insert(model), rows)
        return len(documents)

    def mark_duplicate(
        self, document: Document, original_id: str, fingerprint: int | None = None
    ) -> bool:
        """Store ``document`` uncoded, linked to the stored ``original_id`` it copies."""
        print_ = simhash(document.text) if fingerprint is None else fingerprint
        try:
            with self.session() as session:
                row = session.get(DocumentRow, document.id)
                if row is not None:
                    if row.id != original_id and row.duplicate_of is None and not row.coded_at:
                        row.duplicate_of = original_id
                    return False
                session.add(
                    document_row(
                        document,
                        fingerprint=to_signed(print_),
                        now=_now(),
                        coded=False,
                        duplicate_of=original_id,
                    )
                )
            return True
        except IntegrityError:
            return False

    # -- reading -------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        with self.session() as session:
            return session.get(DocumentRow, doc_id) is not None

    def known_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of ``doc_ids`` are stored."""
        ids = list(set(doc_ids))
        found: set[str] = set()
        with self.session() as session:
            for chunk in id_chunks(ids):
                found.update(
                    session.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(chunk)))
                )
        return found

    def document(self, doc_id: str) -> Document | None:
        with self.session() as session:
            row = session.get(DocumentRow, doc_id)
            return to_document(row) if row is not None else None

    def duplicate_of(self, doc_id: str) -> str | None:
        """The id of the document ``doc_id`` was stored as a copy of, if any."""
        with self.session() as session:
            row = session.get(DocumentRow, doc_id)
            return row.duplicate_of if row is not None else None

    def documents(
        self, limit: int = 100, offset: int = 0, *, with_text: bool = True
    ) -> list[Document]:
        """Stored documents, oldest ingested first (their text left empty unless ``with_text``)."""
        columns = [c for c in DocumentRow.__table__.columns if with_text or c.name != "text"]
        query = (
            select(*columns)
            .order_by(DocumentRow.ingested_at, DocumentRow.id)
            .offset(offset)
            .limit(limit)
        )
        with self.session() as session:
            rows = [dict(row._mapping) for row in session.execute(query)]
        return [to_document(DocumentRow(**{"text": "", **values})) for values in rows]

    def count_documents(self, *, duplicates: bool | None = None) -> int:
        """Number of stored documents (only copies, or only originals, when asked)."""
        query = select(func.count()).select_from(DocumentRow)
        if duplicates is True:
            query = query.where(DocumentRow.duplicate_of.is_not(None))
        elif duplicates is False:
            query = query.where(DocumentRow.duplicate_of.is_(None))
        with self.session() as session:
            return int(session.scalar(query) or 0)

    def document_summaries(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        """The given documents without their text (title, date, source…), in one statement."""
        ids = list(dict.fromkeys(doc_ids))
        columns = [c for c in DocumentRow.__table__.columns if c.name != "text"]
        found: dict[str, Document] = {}
        with self.session() as session:
            for chunk in id_chunks(ids):
                for row in session.execute(select(*columns).where(DocumentRow.id.in_(chunk))):
                    values = dict(row._mapping)
                    found[values["id"]] = to_document(DocumentRow(text="", **values))
        return found

    def sentence_starts(self, doc_ids: Iterable[str]) -> dict[tuple[str, int], int]:
        """Where each sentence of the given documents starts: ``(doc id, index) → offset``."""
        ids = list(dict.fromkeys(doc_ids))
        found: dict[tuple[str, int], int] = {}
        with self.session() as session:
            for chunk in id_chunks(ids):
                query = select(SentenceRow.doc_id, SentenceRow.index, SentenceRow.start).where(
                    SentenceRow.doc_id.in_(chunk)
                )
                for doc_id, index, start in session.execute(query):
                    found[(doc_id, index)] = start
        return found

    def sentences(self, doc_id: str) -> list[Sentence]:
        query = select(SentenceRow).where(SentenceRow.doc_id == doc_id).order_by(SentenceRow.index)
        with self.session() as session:
            return [to_sentence(row) for row in session.scalars(query)]

    def fingerprints(self, chunk: int = 10_000) -> Iterator[tuple[str, int]]:
        """(document id, unsigned fingerprint) of every stored document, oldest first."""
        query = (
            select(DocumentRow.id, DocumentRow.fingerprint)
            .where(DocumentRow.fingerprint.is_not(None))
            .order_by(DocumentRow.ingested_at, DocumentRow.id)
            .execution_options(yield_per=chunk)
        )
        with self.session() as session:
            for doc_id, value in session.execute(query):
                yield doc_id, from_signed(int(value))

    def event(self, event_id: str) -> Event | None:
        with self.session() as session:
            row = session.get(EventRow, event_id)
            return to_event(row.record) if row is not None else None

    def events_by_ids(self, event_ids: Iterable[str]) -> list[Event]:
        """The stored events among ``event_ids``, in the order given."""
        ids = list(dict.fromkeys(event_ids))
        found: dict[str, Event] = {}
        with self.session() as session:
            for chunk in id_chunks(ids):
                query = select(EventRow.id, EventRow.record).where(EventRow.id.in_(chunk))
                for event_id, record in session.execute(query):
                    found[event_id] = to_event(record)
        return [found[i] for i in ids if i in found]

    def events(self, filters: EventFilter | None = None, **kwargs: Any) -> list[Event]:
        """Events matching ``filters`` (or keyword arguments of :class:`EventFilter`)."""
        return list(self.iter_events(EventFilter.of(filters, **kwargs)))

    def iter_events(
        self, filters: EventFilter | None = None, chunk: int = 1000, **kwargs: Any
    ) -> Iterator[Event]:
        """Stream matching events in a stable order without loading them all."""
        query = EventFilter.of(filters, **kwargs).apply(select(EventRow.record))
        with self.session() as session:
            for record in session.scalars(query.execution_options(yield_per=chunk)):
                yield to_event(record)

    def iter_events_with_documents(
        self, filters: EventFilter | None = None, chunk: int = 1000, **kwargs: Any
    ) -> Iterator[tuple[Event, Document, datetime | None]]:
        """Matching events with their document's metadata (text left out) and coding time."""
        query = EventFilter.of(filters, **kwargs).apply(
            select(
                EventRow.record,
                DocumentRow.id,
                DocumentRow.date,
                DocumentRow.title,
                DocumentRow.url,
                DocumentRow.source,
                DocumentRow.language,
                DocumentRow.coded_at,
            ).join(DocumentRow, DocumentRow.id == EventRow.doc_id)
        )
        with self.session() as session:
            for (
                record,
                doc_id,
                published,
                title,
                url,
                source,
                language,
                coded_at,
            ) in session.execute(query.execution_options(yield_per=chunk)):
                document = Document(
                    id=doc_id,
                    text="",
                    date=published,
                    title=title,
                    url=url,
                    source=source,
                    language=language,
                )
                yield to_event(record), document, coded_at

    def count_events(self, filters: EventFilter | None = None, **kwargs: Any) -> int:
        query = EventFilter.of(filters, **kwargs).apply(
            select(func.count()).select_from(EventRow), paginate=False
        )
        with self.session() as session:
            return int(session.scalar(query) or 0)
