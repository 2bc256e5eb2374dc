"""``tocsin demo``: code the bundled sample articles into the store, then serve the dashboard.

The reference article (2023-10-18) and the bundled real corpus — three months of the Syria
headlines behind UCDP GED events (November 2016 to January 2017) — are coded day by day, so
incidents, forecasts and alerts build up as they would have while the news came in. Running it
again adds nothing: stored documents are skipped.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import date
from itertools import groupby
from typing import Annotated, Any

import typer

from tocsin.extras import require
from tocsin.models import Document
from tocsin.settings import Settings

SAMPLE = "samples/blinken-azerbaijan-armenia.txt"
SAMPLE_DATE = date(2023, 10, 18)
SAMPLE_TITLE = "Blinken warned lawmakers that Azerbaijan could soon invade Armenia"
SAMPLE_SOURCE = "Politico/Azatutyun"


def sample_documents() -> list[Document]:
    """The bundled reference article and real corpus, in publication order."""
    from tocsin.backtest.corpus import load_corpus
    from tocsin.resources import data_path

    text = data_path(SAMPLE).read_text(encoding="utf-8").strip()
    reference = Document(
        id=Document.make_id(text),
        text=text,
        date=SAMPLE_DATE,
        title=SAMPLE_TITLE,
        source=SAMPLE_SOURCE,
        origin=SAMPLE,
    )
    documents = [reference, *load_corpus()]
    return sorted(documents, key=lambda d: (d.date or date.min, d.id))


def code_samples(
    pipeline: Any,
    store: Any,
    settings: Settings,
    echo: Callable[[str], None],
    documents: list[Document] | None = None,
) -> tuple[int, int]:
    """Code every sample (or each of ``documents``) not yet stored, a publication day at a time.

    Returns (documents added, events added).
    """
    from tocsin.api.coding import code_documents

    documents = sample_documents() if documents is None else documents
    added = events = 0
    for day, group in groupby(documents, key=lambda d: d.date):
        result = code_documents(pipeline, store, list(group), settings)
        added += len(result.new)
        events += len(result.events)
        for doc_id, message in result.failed:
            echo(f"tocsin demo: {doc_id}: {message}")
        if result.new:
            echo(f"tocsin demo: {day}: {len(result.new)} article(s), {len(result.events)} event(s)")
    return added, events


def demo_command(
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL (default: the db_url setting).")
    ] = None,
    serve: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Serve the dashboard after coding.")
    ] = True,
    port: Annotated[
        int | None, typer.Option("--port", help="Port to listen on (default: the port setting).")
    ] = None,
) -> None:
    """Code the bundled sample articles into the store and open the dashboard on 127.0.0.1."""
    from tocsin.pipeline import Pipeline
    from tocsin.store import Store
    from tocsin.store.engine import masked

    if serve:  # fail before coding, not after, when the server extra is missing
        require("fastapi", "server")
        require("uvicorn", "server")
    settings = Settings.from_env(db_url=db, port=port, host="127.0.0.1")

    def echo(message: str) -> None:
        typer.echo(message, err=True)

    store = Store.open(settings.db_url)
    loaded: list[Any] = []

    def pipeline() -> Any:
        if not loaded:
            loaded.append(Pipeline.load(settings))
        return loaded[0]

    try:
        wanted = {d.id for d in sample_documents()}
        if store.known_ids(wanted) == wanted:
            added = events = 0  # everything is stored: no need to load the pipeline
        else:
            echo(f"tocsin demo: coding the sample articles into {masked(settings.db_url)}")
            added, events = code_samples(pipeline(), store, settings, echo)
        total = store.count_documents()
    finally:
        store.close()
    echo(f"tocsin demo: {added} new article(s), {events} new event(s); {total} in the store")
    url = f"http://{settings.host}:{settings.port}/"
    if not serve:
        echo(f"tocsin demo: run `tocsin serve --db {masked(settings.db_url)}` and open {url}")
        return
    if not settings.api_token:
        settings = Settings.from_env(
            db_url=settings.db_url,
            port=settings.port,
            host=settings.host,
            api_token=secrets.token_urlsafe(18),
        )
        echo("tocsin demo: a token for this run lets the paste box code articles:")
        echo(f"tocsin demo: paste box at {url}code#token={settings.api_token}")
    echo(f"tocsin demo: dashboard at {url}  (Ctrl-C to stop)")
    from tocsin.api import create_app

    app = create_app(settings, pipeline_factory=pipeline)
    uvicorn = require("uvicorn", "server")
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_command)
