"""Repeated reads answered from memory, and never a stale answer after a write."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import event

from api.conftest import TOKEN, no_pipeline
from api.seed import ARTICLES, build, seed
from tocsin.api import create_app
from tocsin.api.answers import AnswerCache
from tocsin.settings import Settings
from tocsin.store import Store


def app_over(tmp_path: Path) -> tuple[TestClient, Store]:
    settings = Settings.from_env(
        environ={}, db_url=f"sqlite:///{tmp_path / 'a.db'}", api_token=TOKEN
    )
    store = Store.open(settings.db_url)
    seed(store, settings)
    return TestClient(create_app(settings, pipeline_factory=no_pipeline, store=store)), store


def test_a_repeated_read_is_answered_from_memory_until_a_write(tmp_path: Path) -> None:
    client, store = app_over(tmp_path)
    with client:
        first = client.get("/api/documents?limit=10")
        statements: list[str] = []
        event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        again = client.get("/api/documents?limit=10")
        assert again.json() == first.json()
        assert statements == []  # no route query ran; the version was known from memory
        # a committed write moves the version on: the next read sees it
        extra = build({**ARTICLES[0], "id": "doc-api-new"})
        store.save([extra])
        after = client.get("/api/documents?limit=10").json()
        assert after["total"] == first.json()["total"] + 1
        assert "doc-api-new" in {d["id"] for d in after["documents"]}
        # errors are not kept
        assert client.get("/api/documents/nope").status_code == 404
        store.save([build({**ARTICLES[1], "id": "nope"})])
        assert client.get("/api/documents/nope").status_code == 200
    store.close()


def test_the_cache_is_bounded_by_entries_and_bytes() -> None:
    cache = AnswerCache(entries=3, total_bytes=100)
    for n in range(5):
        cache.put((f"/api/x{n}", b""), 1, (200, [], b"x" * 10))
    assert cache.get(("/api/x0", b""), 1) is None and cache.get(("/api/x4", b""), 1) is not None
    cache.put(("/api/big", b""), 1, (200, [], b"y" * 90))
    assert cache.get(("/api/x3", b""), 1) is None  # pushed out by bytes, least recent first
    assert cache.get(("/api/x4", b""), 1) is not None  # read just before
    assert cache.get(("/api/big", b""), 1) is not None
    assert cache.get(("/api/big", b""), 2) is None  # another store version


SCOPED_READS = [
    "/api/events?actor=CHL&limit=20",
    "/api/events?recipient=per",
    "/api/incidents?country=PER",
    "/api/incidents?actor=CHL&since=2026-01-01",
    "/api/signals/dyad?actor=CHL&recipient=PER&freq=week&since=2026-04-27&until=2026-05-31",
    "/api/signals/country?country=PER&since=2026-05-01&until=2026-05-31",
    "/api/claims?country=PER",
    "/api/events?actor=BOL",
    "/api/incidents?country=BOL",
    "/api/signals/country?country=BOL&since=2026-05-01&until=2026-05-31",
    "/api/claims?country=ARG",
]
SHARED_READS = ["/api/dyads", "/api/actors", "/api/documents?limit=10"]
ABOUT = {"BOL", "ARG"}  # what the first article written below is about


def _moved(article: dict, countries: dict[str, str], doc_id: str) -> dict:
    """``article`` with its parties' countries replaced and a new id."""

    def party(side: tuple) -> tuple:
        return (countries.get(side[0], side[0]), *side[1:])

    events = [(*e[:6], party(e[6]), party(e[7]), *e[8:]) for e in article["events"]]
    return {**article, "id": doc_id, "events": events}


def _write_and_analyse(store: Store, settings: Settings, article: dict) -> None:
    from tocsin.analysis import analyse_stored

    coded = build(article)
    store.save([coded])
    analyse_stored(store, [e.id for e in coded.events], settings)


def _read(client: TestClient, store: Store, paths: list[str]) -> tuple[dict, set[str]]:
    """Each answer, and the paths whose route ran a query (not answered from memory)."""
    answers: dict[str, object] = {}
    computed: set[str] = set()
    for path in paths:
        statements: list[str] = []

        def note(*args: object, found: list[str] = statements) -> None:
            found.append(str(args[2]))

        event.listen(store.engine, "before_cursor_execute", note)
        try:
            response = client.get(path)
        finally:
            event.remove(store.engine, "before_cursor_execute", note)
        assert response.status_code == 200, (path, response.text)
        answers[path] = response.json()
        if any("store_scopes" not in s and "store_version" not in s for s in statements):
            computed.add(path)  # a query besides reading versions
    return answers, computed


def _uncached(settings: Settings, store: Store, paths: list[str]) -> dict:
    """The answers of an app that has kept nothing yet."""
    with TestClient(create_app(settings, pipeline_factory=no_pipeline, store=store)) as fresh:
        return {path: fresh.get(path).json() for path in paths}


def test_a_write_empties_exactly_the_answers_it_affects(tmp_path: Path) -> None:
    from sqlalchemy import update

    from tocsin.incidents.tables import IncidentRow

    settings = Settings.from_env(
        environ={}, db_url=f"sqlite:///{tmp_path / 'a.db'}", api_token=TOKEN
    )
    store = Store.open(settings.db_url)
    seed(store, settings)
    reads = SCOPED_READS + SHARED_READS
    about = {p for p in SCOPED_READS if any(c in p.upper() for c in ABOUT)}
    incident_reads = {p for p in reads if any(w in p for w in ("incidents", "signals", "dyads"))}
    with TestClient(create_app(settings, pipeline_factory=no_pipeline, store=store)) as client:
        _read(client, store, reads)
        _, computed = _read(client, store, reads)
        assert computed == set()  # all from memory
        # an article about Bolivia and Argentina: only their answers and the shared ones change
        moved = _moved(ARTICLES[1], {"CHL": "BOL", "PER": "ARG"}, "doc-api-bol")
        _write_and_analyse(store, settings, moved)
        answers, computed = _read(client, store, reads)
        assert computed == about | set(SHARED_READS)
        assert answers["/api/incidents?country=BOL"]["incidents"]  # they did change
        assert answers["/api/claims?country=ARG"]["claims"]
        assert answers == _uncached(settings, store, reads)
        # an article about Chile and Peru: now theirs change
        _write_and_analyse(store, settings, {**ARTICLES[1], "id": "doc-api-chl"})
        answers, computed = _read(client, store, reads)
        assert computed == (set(SCOPED_READS) - about) | set(SHARED_READS)
        assert answers == _uncached(settings, store, reads)
        # a write that declares no keys (here, by hand) empties every answer of its group
        with store.session() as session:
            session.execute(
                update(IncidentRow).where(IncidentRow.actor_key == "BOL").values(status="x")
            )
        answers, computed = _read(client, store, reads)
        assert computed == incident_reads | {"/api/documents?limit=10"}  # by the store's version
        assert answers == _uncached(settings, store, reads)
    store.close()
