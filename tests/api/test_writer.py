"""Posted documents saved and analysed by a write process: the same store as in the server."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.conftest import TOKEN
from tocsin.alerts.tables import AlertRow
from tocsin.api import create_app
from tocsin.api.writer import WriteProcess
from tocsin.claims.tables import ClaimLinkRow, ClaimRow
from tocsin.incidents.tables import IncidentMentionRow, IncidentRow
from tocsin.settings import Settings
from tocsin.store import Store

ARTICLES = [
    (
        "2026-03-02",
        "Ecuador's army attacked rebel camps near the Colombian border on Monday, the defence "
        "ministry said. Colombia condemned the raid and demanded an explanation.",
    ),
    (
        "2026-03-03",
        "Colombia accused Ecuador of shelling a border village on Tuesday, officials said. "
        "Ecuador denied the report and threatened to respond.",
    ),
    (
        "2026-03-03",
        "Peru and Chile agreed to reopen their border crossings, the foreign ministers said.",
    ),
]
VOLATILE = {"created_at", "updated_at", "first_seen", "last_seen", "id"}


def _rows(store: Store) -> dict[str, list[tuple]]:
    """Incidents, mention links, claims, claim links and alerts, without times and row ids."""
    found: dict[str, list[tuple]] = {}
    with store.session() as session:
        for name, model in (
            ("incidents", IncidentRow),
            ("mentions", IncidentMentionRow),
            ("claims", ClaimRow),
            ("claim_links", ClaimLinkRow),
            ("alerts", AlertRow),
        ):
            columns = [c for c in model.__table__.columns if c.name not in VOLATILE]
            if name in ("incidents", "claims", "alerts"):
                columns.insert(0, model.__table__.c.id)
            found[name] = sorted(tuple(map(str, row)) for row in session.execute(select(*columns)))
    return found


def _post_all(tmp_path: Path, name: str, pipeline: object, write_process: bool) -> dict:
    settings = Settings.from_env(
        environ={},
        db_url=f"sqlite:///{tmp_path / name}",
        api_token=TOKEN,
        api_write_process=write_process,
    )
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(settings, pipeline_factory=lambda: pipeline)) as client:
        write = client.app.state.tocsin.write
        if write_process:
            assert isinstance(write, WriteProcess) and write.pid() != os.getpid()
        else:
            assert write is None
        for day, text in ARTICLES:
            answer = client.post(
                "/api/documents", json={"text": text, "date": day}, headers=headers
            )
            assert answer.status_code == 201, answer.text
            assert answer.json()["events"]
        assert client.get("/api/incidents").json()["incidents"]
    with Store.open(settings.db_url) as store:
        return _rows(store)


def test_a_write_process_stores_what_the_server_would(pipeline, tmp_path: Path) -> None:
    apart = _post_all(tmp_path, "apart.db", pipeline, write_process=True)
    inside = _post_all(tmp_path, "inside.db", pipeline, write_process=False)
    assert apart["incidents"] and apart["claims"]
    assert apart == inside


def test_a_store_the_app_was_given_is_written_by_the_server(tmp_path: Path) -> None:
    settings = Settings.from_env(environ={}, db_url=f"sqlite:///{tmp_path / 'given.db'}")
    store = Store.open(settings.db_url)
    assert create_app(settings, store=store).state.tocsin.write is None
    memory = Settings.from_env(environ={}, db_url="sqlite://")
    assert create_app(memory).state.tocsin.write is None
    store.close()
