"""``/api/documents``: listing, reading, and the guarded write path."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.conftest import TOKEN, no_pipeline
from tocsin.api import create_app
from tocsin.settings import Settings


def test_list_documents_counts_and_pages(client: TestClient) -> None:
    body = client.get("/api/documents", params={"limit": 2}).json()
    assert body["total"] == 4
    assert [d["id"] for d in body["documents"]] == ["doc-api-1", "doc-api-2"]
    assert "text" not in body["documents"][0]
    second = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert [d["id"] for d in second["documents"]] == ["doc-api-3", "doc-api-4"]


def test_get_document_has_text_sentences_and_event_count(client: TestClient) -> None:
    body = client.get("/api/documents/doc-api-1").json()
    assert body["text"].startswith("LIMA — Chilean troops shelled")
    assert [s["index"] for s in body["sentences"]] == [0, 1]
    assert body["events"] == 2
    assert body["date"] == "2026-05-04"


def test_unknown_document_is_404(client: TestClient) -> None:
    response = client.get("/api/documents/doc-nope")
    assert response.status_code == 404
    assert "doc-nope" in response.json()["detail"]


def test_bad_paging_is_422(client: TestClient) -> None:
    assert client.get("/api/documents", params={"limit": 0}).status_code == 422
    assert client.get("/api/documents", params={"offset": -1}).status_code == 422


def test_write_without_token_is_401(client: TestClient) -> None:
    response = client.post("/api/documents", json={"text": "Chile thanked Peru."})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_write_with_wrong_token_is_401(client: TestClient) -> None:
    response = client.post(
        "/api/documents",
        json={"text": "Chile thanked Peru."},
        headers={"Authorization": "Bearer wrong"},
    )
    assert response.status_code == 401


def test_writes_refused_when_no_token_is_configured(seeded) -> None:
    store, settings = seeded
    app = create_app(
        Settings.from_env(environ={}, db_url=settings.db_url),
        pipeline_factory=no_pipeline,
        store=store,
    )
    with TestClient(app) as c:
        response = c.post(
            "/api/documents",
            json={"text": "Chile thanked Peru."},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
    assert response.status_code == 403
    assert "api_token" in response.json()["detail"]


def test_invalid_json_is_422(client: TestClient, auth: dict[str, str]) -> None:
    response = client.post(
        "/api/documents",
        content=b'{"text": "unterminated',
        headers={**auth, "Content-Type": "application/json"},
    )
    assert response.status_code == 422


def test_neither_text_nor_url_is_422(client: TestClient, auth: dict[str, str]) -> None:
    for body in ({}, {"text": "   "}, {"title": "only a title"}):
        assert client.post("/api/documents", json=body, headers=auth).status_code == 422


def test_bad_date_is_422(client: TestClient, auth: dict[str, str]) -> None:
    response = client.post(
        "/api/documents", json={"text": "Chile thanked Peru.", "date": "18/10/2023"}, headers=auth
    )
    assert response.status_code == 422


def test_private_url_is_refused_before_fetching(client: TestClient, auth: dict[str, str]) -> None:
    response = client.post("/api/documents", json={"url": "http://127.0.0.1:9/x"}, headers=auth)
    assert response.status_code == 422


@pytest.mark.parametrize(
    "text",
    ["word " * 40_000, "Chile thanked Peru. " * 100],
    ids=["body-over-the-size-limit", "text-over-the-character-limit"],
)
def test_too_large_documents_are_413(seeded, text: str) -> None:
    store, settings = seeded
    small = Settings.from_env(
        environ={}, db_url=settings.db_url, api_token=TOKEN, max_document_chars=1000
    )
    with TestClient(create_app(small, pipeline_factory=no_pipeline, store=store)) as c:
        response = c.post(
            "/api/documents", json={"text": text}, headers={"Authorization": f"Bearer {TOKEN}"}
        )
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]


def test_a_document_id_with_slashes_has_its_pages(tmp_path) -> None:
    from dataclasses import replace

    from api.seed import ARTICLES, build
    from tocsin.store import Store

    settings = Settings.from_env(environ={}, db_url=f"sqlite:///{tmp_path / 's.db'}")
    doc_id = "wire/2026/05/chile peru?#1"
    coded = build({**ARTICLES[0], "id": doc_id})
    store = Store.open(settings.db_url)
    store.save([replace(coded, document=replace(coded.document, id=doc_id))])
    quoted = "wire/2026/05/chile%20peru%3F%231"
    with TestClient(create_app(settings, pipeline_factory=no_pipeline, store=store)) as c:
        api = c.get(f"/api/documents/{quoted}")
        assert api.status_code == 200 and api.json()["id"] == doc_id
        page = c.get(f"/documents/{quoted}")
        assert page.status_code == 200 and "Chilean troops shelled" in page.text
        event = c.get("/api/events", params={"doc_id": doc_id}).json()["events"][0]
        event_page = c.get(f"/events/{event['id']}")
        assert f'href="/documents/{quoted}"' in event_page.text
        assert c.get("/documents/wire/2026/05/other").status_code == 404
    store.close()
