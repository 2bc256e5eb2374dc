"""Storage of documents, sentences and events: SQLite by default, PostgreSQL by URL."""

from tocsin.store.filters import EventFilter
from tocsin.store.store import Store

__all__ = ["EventFilter", "Store"]
