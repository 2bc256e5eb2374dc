"""``/api/search``."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_search_finds_documents_and_event_sentences(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "talks"}).json()
    assert [d["id"] for d in body["documents"]] == ["doc-api-4"]
    assert [e["event"] for e in body["events"]] == ["AGREE"]


def test_search_treats_wildcards_literally(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "%_"}).json()
    assert body["documents"] == [] and body["events"] == []


def test_search_needs_a_query(client: TestClient) -> None:
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/search", params={"q": "a"}).status_code == 422
