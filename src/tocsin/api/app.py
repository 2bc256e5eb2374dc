"""The app factory: REST API under ``/api``, dashboard pages, offline docs at ``/docs``."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError, OperationalError
from starlette.exceptions import HTTPException

import tocsin
from tocsin.api.answers import AnswerCacheMiddleware
from tocsin.api.docs import mount_docs
from tocsin.api.guards import NulGuardMiddleware, ReadBudgetMiddleware
from tocsin.api.headers import SecurityHeadersMiddleware
from tocsin.api.limits import BodyLimitMiddleware, body_limit_for
from tocsin.api.state import AppState, PipelineFactory
from tocsin.errors import StoreError
from tocsin.settings import Settings
from tocsin.store.budget import BudgetSpent, current_budget

STATIC = Path(__file__).parent / "static"
MACHINE_PATHS = ("/api/", "/static/", "/openapi.json", "/docs")


def create_app(
    settings: Settings | None = None,
    pipeline_factory: PipelineFactory | None = None,
    store: Any | None = None,
) -> FastAPI:
    """Build the web app.

    ``pipeline_factory`` returns a loaded :class:`~tocsin.pipeline.Pipeline`; it is called once,
    the first time a document is coded. ``store`` defaults to the store at ``settings.db_url``.
    """
    from tocsin.api.pages import error_page
    from tocsin.api.pages import router as pages
    from tocsin.api.routes import alerts, documents, records, search, signals

    settings = settings or Settings.from_env()
    app = FastAPI(
        title="tocsin",
        version=tocsin.__version__,
        description="Sourced, structured political event records, incidents, signals and alerts.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.tocsin = AppState(settings, pipeline_factory, store)
    app.router.add_event_handler("shutdown", app.state.tocsin.close)
    app.add_middleware(ReadBudgetMiddleware, seconds=settings.api_request_seconds)
    app.add_middleware(BodyLimitMiddleware, max_bytes=body_limit_for(settings.max_document_chars))
    state = app.state.tocsin
    app.add_middleware(
        AnswerCacheMiddleware,
        versions=lambda scopes: state.store.versions(scopes),
        known=state.known_versions,
    )
    app.add_middleware(NulGuardMiddleware)  # before anything reads the request
    app.add_middleware(SecurityHeadersMiddleware)  # outermost: on every answer, even a 413
    for module in (documents, records, signals, alerts, search):
        app.include_router(module.router)
    app.include_router(pages)
    mount_docs(app)  # before /static, whose mount would otherwise shadow /static/swagger
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(StoreError)
    async def store_unavailable(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(BudgetSpent)
    async def budget_spent(request: Request, exc: BudgetSpent) -> JSONResponse:
        return _too_long(settings, exc.reason)

    @app.exception_handler(OperationalError)
    async def query_stopped(request: Request, exc: OperationalError) -> JSONResponse:
        budget = current_budget()
        if budget is not None and budget.spent():  # the statement was stopped on purpose
            return _too_long(settings, budget.reason or "stopped")
        return JSONResponse({"detail": "the store cannot answer now; try again"}, 503)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # the default answer echoes the input, and JSON cannot hold 1e309 (inf): a 500
        return JSONResponse({"detail": json_safe(jsonable_encoder(exc.errors()))}, 422)

    @app.exception_handler(DataError)
    async def bad_value(request: Request, exc: DataError) -> JSONResponse:
        return JSONResponse({"detail": "a value is out of the range the store accepts"}, 422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith(MACHINE_PATHS) or request.method != "GET":
            return await http_exception_handler(request, exc)
        return error_page(request, exc.status_code, str(exc.detail))

    return app


def json_safe(value: Any) -> Any:
    """``value`` with every non-finite float (inf, nan) written as a string."""
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, dict):
        return {key: json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(item) for item in value]
    return value


def _too_long(settings: Settings, reason: str) -> JSONResponse:
    detail = (
        f"the request {reason}; the limit is {settings.api_request_seconds:g} s "
        "(api_request_seconds): narrow the filters"
    )
    return JSONResponse({"detail": detail}, status_code=503)
