"""The REST API and the dashboard: a thin layer over the store, incidents, signals and alerts."""

from tocsin.extras import require

require("fastapi", "server")

from tocsin.api.app import create_app  # noqa: E402

__all__ = ["create_app"]
