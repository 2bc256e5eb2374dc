"""``tocsin demo`` codes the bundled samples once; ``tocsin serve`` serves the configured store."""

from __future__ import annotations

from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from tocsin.cli import demo, serve
from tocsin.cli.demo import SAMPLE_DATE, code_samples, sample_documents
from web.conftest import LiveServer, demo_documents


def commands() -> typer.Typer:
    """A CLI holding only the two commands under test."""
    app = typer.Typer()
    demo.register(app)
    serve.register(app)
    return app


def test_samples_are_the_reference_article_and_the_real_corpus() -> None:
    documents = sample_documents()
    reference = [d for d in documents if d.date == SAMPLE_DATE]
    assert len(reference) == 1 and "Blinken" in reference[0].text
    real = [d for d in documents if d.id.startswith("ged-")]
    assert len(real) > 1000 and {d.source for d in real} >= {"SOHR", "Reuters News"}
    assert [d.date for d in documents] == sorted(d.date for d in documents)


def test_demo_data_has_events_incidents_and_alerts(demo_server: LiveServer) -> None:
    import httpx

    def get(path: str) -> Any:
        return httpx.get(demo_server.url + path, timeout=30).json()

    ids = {d.id for d in demo_documents()}
    assert demo_server.store.known_ids(ids) == ids
    assert get("/api/events")["total"] > 1000
    assert get("/api/incidents")["incidents"]
    alerts = get("/api/alerts?limit=1000")["alerts"]
    assert alerts, "the war escalates: alerts must fire"
    assert {"family", "dyad"} <= {a["dyad_level"] for a in alerts}


def test_coding_the_samples_again_adds_nothing(pipeline, demo_server: LiveServer) -> None:
    store = demo_server.store
    before = (store.count_documents(), store.count_events())
    added = code_samples(pipeline, store, demo_server.settings, lambda m: None, demo_documents())
    assert added == (0, 0)
    assert (store.count_documents(), store.count_events()) == before


def test_demo_command_no_serve(pipeline, demo_server: LiveServer, monkeypatch) -> None:
    from tocsin.pipeline import Pipeline

    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, settings=None: pipeline))
    result = CliRunner().invoke(
        commands(), ["demo", "--no-serve", "--db", demo_server.settings.db_url]
    )
    assert result.exit_code == 0, result.output
    assert "0 new article(s)" in result.stderr
    assert "tocsin serve --db" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("token", [None, "secret"])
def test_serve_command_passes_host_port_and_db(monkeypatch, tmp_path, token) -> None:
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    if token:
        monkeypatch.setenv("TOCSIN_API_TOKEN", token)
    else:
        monkeypatch.delenv("TOCSIN_API_TOKEN", raising=False)
    db = f"sqlite:///{tmp_path / 'served.db'}"
    result = CliRunner().invoke(
        commands(), ["serve", "--db", db, "--host", "127.0.0.1", "--port", "9123"]
    )
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 9123)
    assert seen["app"].state.tocsin.settings.db_url == db
    assert ("writes (POST) are refused" in result.stderr) is (token is None)
