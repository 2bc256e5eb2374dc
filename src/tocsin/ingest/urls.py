"""URL inputs: fetch an article safely and turn it into a :class:`Document`."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx

from tocsin.errors import UnsupportedInputError
from tocsin.ingest.fetch import FetchLimits, FetchResult, SafeFetcher
from tocsin.ingest.problems import Problem, ProblemHandler
from tocsin.ingest.wholefile import html_document, text_document
from tocsin.models import Document
from tocsin.settings import Settings

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})


def is_url(item: str) -> bool:
    """True for ``scheme://…`` inputs (unsafe schemes are refused later, with a message)."""
    return bool(_URL.match(item))


def _looks_like_html(content: bytes) -> bool:
    head = content[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml"))


def document_from_response(
    result: FetchResult, origin: str, on_problem: ProblemHandler, *, use_hostname: bool = True
) -> Document:
    """A document from a fetched page: HTML main text, or plain text.

    ``source`` is the site's name, else (with ``use_hostname``) the host name.
    """
    if result.truncated:
        on_problem(Problem(origin, f"response cut at {len(result.content):,} bytes", False))
    kind = result.content_type
    if kind in HTML_TYPES or (not kind and _looks_like_html(result.content)):
        return html_document(
            result.content, origin, on_problem, url=result.url, use_hostname=use_hostname
        )
    if kind in TEXT_TYPES:
        document = text_document(result.content, origin, on_problem)
        host = httpx.URL(result.url).host if use_hostname else None
        return Document(
            id=document.id, text=document.text, url=result.url, source=host, origin=origin
        )
    raise UnsupportedInputError(f"unsupported content type {kind or '(none)'!r}")


class UrlReader:
    """Reads URL inputs through one :class:`SafeFetcher`."""

    def __init__(self, fetcher: SafeFetcher) -> None:
        self.fetcher = fetcher

    @classmethod
    def from_settings(cls, settings: Settings, *, allow_private: bool = False) -> UrlReader:
        limits = FetchLimits(
            max_bytes=settings.max_input_bytes,
            timeout=settings.fetch_timeout,
            deadline=settings.fetch_deadline,
        )
        return cls(SafeFetcher(allow_private=allow_private, limits=limits))

    def close(self) -> None:
        self.fetcher.close()

    def read(self, url: str, on_problem: ProblemHandler) -> Iterator[Document]:
        """The document at ``url`` (errors propagate as :class:`TocsinError` subclasses)."""
        yield document_from_response(self.fetcher.fetch(url), url, on_problem)
