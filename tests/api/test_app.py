"""The app: OpenAPI spec, offline docs, static files, lazy pipeline and store errors."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from api.conftest import no_pipeline
from tocsin.api import create_app
from tocsin.settings import Settings

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/events",
        "/api/events/{event_id}",
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/actors",
        "/api/dyads",
        "/api/signals/dyad",
        "/api/signals/country",
        "/api/alerts",
        "/api/alerts/{alert_id}",
        "/api/claims",
        "/api/claims/{claim_id}",
        "/api/search",
    ):
        assert path in paths, path
    assert "post" in paths["/api/documents"]
    assert not any(p.startswith("/dyad") for p in paths), "pages stay out of the API spec"


def test_docs_load_only_local_assets(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in html
    assert not EXTERNAL.search(html), "the docs page must not load anything from the internet"
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/swagger/swagger-ui.css").status_code == 200
    assert '"validatorUrl": null' in html


def test_static_files_are_served(client: TestClient) -> None:
    for name in ("style.css", "charts.js", "map.js", "code.js", "correct.js", "world.json"):
        assert client.get(f"/static/{name}").status_code == 200, name


def test_unreachable_store_is_503() -> None:
    settings = Settings.from_env(environ={}, db_url="nosuchdriver://nowhere/db")
    with TestClient(create_app(settings, pipeline_factory=no_pipeline)) as c:
        assert c.get("/api/documents").status_code == 503


def test_reading_never_loads_the_pipeline(client: TestClient) -> None:
    assert client.get("/api/events").status_code == 200
    assert client.app.state.tocsin.pipeline_loaded is False
