"""Every answer carries a Content-Security-Policy that forbids framing and foreign scripts."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_pages_forbid_framing_and_foreign_scripts(client: TestClient) -> None:
    for path in ("/", "/incidents", "/documents/doc-api-1", "/api/events", "/nope"):
        response = client.get(path)
        policy = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy, path
        assert "script-src 'self';" in policy and "unsafe-inline" not in policy, path
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"


def test_the_api_docs_may_start_swagger_and_are_not_framed(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "script-src 'self' 'unsafe-inline'" in policy


def test_an_over_limit_answer_has_the_headers_too(client: TestClient) -> None:
    response = client.post("/api/documents", content=b"x" * 10_000_000)
    assert response.status_code == 413
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
