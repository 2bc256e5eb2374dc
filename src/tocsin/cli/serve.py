"""``tocsin serve``: the REST API and the dashboard, served by uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from tocsin.extras import require
from tocsin.settings import Settings

#: seconds an idle connection is kept open: longer than clients keep theirs (httpx 5 s), so a
#: client never sends a request on a connection the server is closing at the same moment
KEEP_ALIVE_SECONDS = 75


def serve_app(settings: Settings, *, log_level: str = "info") -> None:
    """Serve the app for ``settings`` until interrupted (the pipeline loads on first coding)."""
    from tocsin.api import create_app

    uvicorn = require("uvicorn", "server")
    app = create_app(settings)
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
