"""Bounded reads: NUL bytes and out-of-range numbers get 422 on both stores, series are bounded."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.conftest import TOKEN, no_pipeline
from api.seed import seed
from store.databases import BACKENDS, database
from tocsin.api import create_app
from tocsin.settings import Settings
from tocsin.store import Store

HUGE = 2**63


@pytest.fixture(scope="module", params=BACKENDS)
def any_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    with database(request.param, tmp_path_factory.mktemp("bounds")) as url:
        settings = Settings.from_env(environ={}, db_url=url, api_token=TOKEN)
        store = Store.open(url)
        seed(store, settings)
        app = create_app(settings, pipeline_factory=no_pipeline, store=store)
        with TestClient(app) as client:
            yield client
        store.close()


NUL_PATHS = [
    "/api/events?actor=a%00b",
    "/api/events?text=sh%00ell",
    "/api/events?doc_id=%00",
    "/api/incidents?country=PER%00",
    "/api/claims?country=%00",
    "/api/alerts?actor=a%00&recipient=b",
    "/api/signals/dyad?actor=CHL%00&recipient=PER",
    "/api/search?q=ch%00ile",
    "/api/events/ev%00x",
    "/api/documents/doc%00x",
    "/api/incidents/inc%00x",
    "/api/alerts/al%00x",
    "/api/claims/cl%00x",
    "/documents/doc%00x",
    "/incidents?actor=%00",
    "/search?q=a%00b",
]


@pytest.mark.parametrize("path", NUL_PATHS)
def test_nul_bytes_are_422(any_store: TestClient, path: str) -> None:
    response = any_store.get(path)
    assert response.status_code == 422, response.text
    assert "NUL" in response.text


HUGE_PATHS = [
    f"/api/events?offset={HUGE}",
    f"/api/events?limit={HUGE}",
    f"/api/incidents?offset={HUGE}",
    f"/api/incidents?min_sources={HUGE}",
    f"/api/incidents?quad_class={HUGE}",
    f"/api/documents?offset={HUGE}",
    f"/api/alerts?limit={HUGE}",
    f"/api/claims?limit={HUGE}",
    f"/api/actors?limit={HUGE}",
    f"/api/dyads?limit={HUGE}",
    f"/api/search?q=Chile&limit={HUGE}",
    "/api/events?offset=100001",
    "/api/events?offset=-1",
]


@pytest.mark.parametrize("path", HUGE_PATHS)
def test_out_of_range_numbers_are_422(any_store: TestClient, path: str) -> None:
    response = any_store.get(path)
    assert response.status_code == 422, response.text


def test_a_deep_page_within_the_bound_answers(any_store: TestClient) -> None:
    response = any_store.get("/api/events?offset=100000")
    assert response.status_code == 200
    assert response.json()["events"] == []
    assert response.json()["total"] > 0


def test_since_after_until_is_422(any_store: TestClient) -> None:
    response = any_store.get("/api/events?since=2026-05-08&until=2026-05-01")
    assert response.status_code == 422
    assert "is after" in response.text


def test_the_signals_request_of_the_report_is_a_fast_422(any_store: TestClient) -> None:
    began = time.perf_counter()
    response = any_store.get("/api/signals/country?country=AZE&since=0001-01-01&until=9999-12-31")
    elapsed = time.perf_counter() - began
    assert response.status_code == 422
    assert "max_series_periods" in response.json()["detail"]
    assert elapsed < 1.0


def test_a_long_range_by_week_fits_the_bound(any_store: TestClient) -> None:
    response = any_store.get(
        "/api/signals/country?country=PER&freq=week&since=2000-01-01&until=2030-12-31"
    )
    assert response.status_code == 200
    series = response.json()["series"]
    assert 1500 < len(series) <= 2000
    assert sum(p["incidents"] for p in series) > 0


def test_an_open_range_is_cut_to_the_latest_periods(tmp_path: Path) -> None:
    settings = Settings.from_env(
        environ={}, db_url=f"sqlite:///{tmp_path / 's.db'}", max_series_periods=2
    )
    store = Store.open(settings.db_url)
    seed(store, settings)
    with TestClient(create_app(settings, pipeline_factory=no_pipeline, store=store)) as client:
        body = client.get("/api/signals/country?country=PER").json()
        whole = client.get(
            "/api/signals/country?country=PER&since=2026-05-04&until=2026-05-05"
        ).json()
    store.close()
    assert body["truncated"] is True
    assert len(body["series"]) == 2
    assert body["series"][-1]["period"] == "2026-05-07"
    assert whole["truncated"] is False and len(whole["series"]) == 2
