"""Statements per request on a store of a few thousand rows: no scans, no query per row.

Every read endpoint and page answers with a number of SQL statements that does not grow with
the rows it returns (no query per row) and never loads a whole table to find one item.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, select

from api.bigstore import fill
from tocsin.api import create_app
from tocsin.api.cache import VersionCache
from tocsin.settings import Settings
from tocsin.store import Store

#: most statements any one request may make (a page shows several parts of the store)
MOST_API = 6
MOST_PAGE = 14


class Counter:
    def __init__(self) -> None:
        self.statements: list[tuple[str, Any]] = []

    def __call__(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        self.statements.append((statement, parameters))


def full_scans(path: Path, statements: list[tuple[str, Any]]) -> list[str]:
    """Tables SQLite would read whole (``SCAN t`` with no index) to run the statements."""
    found = []
    with sqlite3.connect(path) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        for statement, parameters in statements:
            if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters):
                detail = row[-1]
                words = detail.split()
                if words[0] == "SCAN" and words[1] in tables and " USING " not in detail:
                    found.append(detail)
    return found


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, Counter, dict]]:
    path: Path = tmp_path_factory.mktemp("big") / "big.db"
    settings = Settings.from_env(environ={}, db_url=f"sqlite:///{path}")
    store = Store.open(settings.db_url)
    rows = fill(store, settings)
    counter = Counter()
    event.listen(store.engine, "before_cursor_execute", counter)
    rows["path"] = path  # type: ignore[assignment]
    with TestClient(create_app(settings, store=store)) as client:
        yield client, counter, rows
    store.close()


def ids(client: TestClient) -> dict[str, str]:
    from tocsin.alerts.tables import AlertRow
    from tocsin.claims.tables import ClaimRow
    from tocsin.incidents.tables import IncidentRow
    from tocsin.store.schema import EventRow

    store = client.app.state.tocsin.store  # type: ignore[attr-defined]
    with store.session() as session:
        return {
            "event": session.scalar(select(EventRow.id).order_by(EventRow.id.desc())),
            "doc": session.scalar(select(EventRow.doc_id).order_by(EventRow.id.desc())),
            "incident": session.scalar(
                select(IncidentRow.id).order_by(IncidentRow.n_mentions.desc())
            ),
            "alert": session.scalar(select(AlertRow.id).order_by(AlertRow.id.desc())),
            "claim": session.scalar(select(ClaimRow.id).order_by(ClaimRow.id.desc())),
        }


def requests(found: dict[str, str]) -> list[tuple[str, str, int]]:
    """(name, path, most statements) of every read endpoint and page."""
    return [
        ("events", "/api/events?limit=200", MOST_API),
        ("events by actor", "/api/events?actor=CHL&limit=200", MOST_API),
        ("event", f"/api/events/{found['event']}", MOST_API),
        ("incidents", "/api/incidents?limit=200", MOST_API),
        ("incident", f"/api/incidents/{found['incident']}", MOST_API),
        ("alerts", "/api/alerts?limit=200", MOST_API),
        ("alert", f"/api/alerts/{found['alert']}", MOST_API),
        ("claims", "/api/claims?limit=200", MOST_API),
        ("claim", f"/api/claims/{found['claim']}", MOST_API),
        ("documents", "/api/documents?limit=200", MOST_API),
        ("document", f"/api/documents/{found['doc']}", MOST_API),
        ("dyads", "/api/dyads", MOST_API),
        ("actors", "/api/actors", MOST_API),
        ("dyad series", "/api/signals/dyad?actor=CHL&recipient=PER&freq=week", MOST_API),
        ("country series", "/api/signals/country?country=PER&freq=week", MOST_API),
        ("search", "/api/search?q=Chile&limit=100", MOST_API),
        ("page /", "/", MOST_PAGE),
        ("page incidents", "/incidents", MOST_PAGE),
        ("page incident", f"/incidents/{found['incident']}", MOST_PAGE),
        ("page event", f"/events/{found['event']}", MOST_PAGE),
        ("page document", f"/documents/{found['doc']}", MOST_PAGE),
        ("page alerts", "/alerts", MOST_PAGE),
        ("page claims", "/claims", MOST_PAGE),
        ("page dyad", "/dyad?actor=CHL/MIL&recipient=PER/MIL", MOST_PAGE),
        ("page map", "/map", MOST_PAGE),
        ("page search", "/search?q=Chile", MOST_PAGE),
    ]


MARKS = itertools.count(1)


def measure(client: TestClient, counter: Counter, path: str) -> int:
    client.get(path)  # warm: the store's first use and caches are not what is measured
    counter.statements.clear()
    # a query string not asked before, so the whole answer is not one kept from earlier
    response = client.get(path + ("&" if "?" in path else "?") + f"_={next(MARKS)}")
    assert response.status_code == 200, (path, response.text[:300])
    return len(counter.statements)


def test_the_store_is_big_enough(big: tuple[TestClient, Counter, dict]) -> None:
    _, _, rows = big
    assert rows["events"] >= 3000
    assert rows["incidents"] >= 1000
    assert rows["claims"] >= 1000
    assert rows["alerts"] >= 5


def test_statements_per_request_are_few(
    big: tuple[TestClient, Counter, dict], capsys: pytest.CaptureFixture[str]
) -> None:
    client, counter, _ = big
    found = ids(client)
    assert all(found.values()), found
    counts = {name: (measure(client, counter, path), most) for name, path, most in requests(found)}
    with capsys.disabled():
        print("\nstatements per request:")
        for name, (count, _) in counts.items():
            print(f"  {name:16} {count}")
    over = {name: count for name, (count, most) in counts.items() if count > most}
    assert not over, over


ONE_ITEM_OR_PAGE = (
    "events",
    "events by actor",
    "event",
    "incidents",
    "incident",
    "alerts",
    "alert",
    "claims",
    "claim",
    "documents",
    "document",
    "dyad series",
    "country series",
)


def test_items_and_pages_read_no_whole_table(big: tuple[TestClient, Counter, dict]) -> None:
    client, counter, rows = big
    found = ids(client)
    wanted = [(n, p) for n, p, _ in requests(found) if n in ONE_ITEM_OR_PAGE]
    assert len(wanted) == len(ONE_ITEM_OR_PAGE)
    scans = {}
    state = client.app.state.tocsin  # type: ignore[attr-defined]
    for name, path in wanted:
        client.get(path)
        state.cache = VersionCache()  # what routes keep is read again, so it is measured
        measure(client, counter, path)
        assert counter.statements, name
        if found_scans := full_scans(rows["path"], counter.statements):
            scans[name] = found_scans
    assert not scans, scans
