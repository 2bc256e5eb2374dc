"""``tocsin serve``: the REST API and the dashboard, served by uvicorn."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Annotated, Any

import typer

from tocsin.extras import require
from tocsin.settings import Settings

#: seconds an idle connection is kept open: longer than clients keep theirs (httpx 5 s), so a
#: client never sends a request on a connection the server is closing at the same moment
KEEP_ALIVE_SECONDS = 75


#: objects allocated between two collections of the youngest generation (Python's default is
#: 700): answers and cached reads allocate many short-lived objects, and each collection that
#: reaches the oldest generation stops every request while it walks all of them
YOUNG_COLLECTION = 50_000


def collect_less() -> None:
    """Exclude everything alive now (modules, the app, a loaded pipeline) from the garbage
    collector's walks, and collect the young generation less often: a full collection of a
    server with a language model walks some 400,000 objects, and under load took up to 0.7 s,
    during which no request moved."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION, 20, 100)


def _pipeline_then_collect_less(settings: Settings) -> Callable[[], Any]:
    def load() -> Any:
        from tocsin.pipeline import Pipeline

        pipeline = Pipeline.load(settings)
        collect_less()  # the model's objects live as long as the server
        return pipeline

    return load


def serve_app(settings: Settings, *, log_level: str = "info") -> None:
    """Serve the app for ``settings`` until interrupted (the pipeline loads on first coding)."""
    from tocsin.api import create_app

    uvicorn = require("uvicorn", "server")
    app = create_app(settings, pipeline_factory=_pipeline_then_collect_less(settings))
    collect_less()
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level=log_level,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )


def serve_command(
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL (default: the db_url setting).")
    ] = None,
    host: Annotated[
        str | None, typer.Option("--host", help="Address to bind (default: the host setting).")
    ] = None,
    port: Annotated[
        int | None, typer.Option("--port", help="Port to listen on (default: the port setting).")
    ] = None,
) -> None:
    """Serve the dashboard and the REST API (OpenAPI at /openapi.json, docs at /docs)."""
    from tocsin.store.engine import masked

    settings = Settings.from_env(db_url=db, host=host, port=port)
    typer.echo(
        f"tocsin: serving {masked(settings.db_url)} on http://{settings.host}:{settings.port}/",
        err=True,
    )
    if not settings.api_token:
        typer.echo("tocsin: no api_token set, so writes (POST) are refused", err=True)
    serve_app(settings)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
