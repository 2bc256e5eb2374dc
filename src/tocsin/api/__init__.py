"""The REST API and the dashboard: a thin layer over the store, incidents, signals and alerts."""

from tocsin.api.app import create_app

__all__ = ["create_app"]
