"""Main text, title and publication date of an HTML page (trafilatura, with a plain fallback)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError, XMLSyntaxError

from tocsin.errors import EmptyInputError
from tocsin.ingest.records import parse_date

# htmldate's extensive search guesses from any date in the page (copyright lines, sidebars);
# only dates found in the page's markup or URL are trusted as publication dates.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class Extracted:
    """What an HTML page yields; ``fallback`` is True when no main text was found."""

    text: str
    title: str | None = None
    date: date | None = None
    source: str | None = None  # the site's name from its metadata (og:site_name …)
    hostname: str | None = None
    fallback: bool = False


def _plain_text(markup: str) -> str:
    """All visible text of the page, one block per line (scripts and styles dropped)."""
    try:
        root = lxml_html.document_fromstring(markup)
    except (ParserError, XMLSyntaxError, ValueError):
        return ""
    for node in root.xpath("//script|//style|//noscript|//template"):
        node.drop_tree()
    lines = (" ".join(part.split()) for part in root.itertext())
    return "\n".join(line for line in lines if line)


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None


def _netloc(url: str | None) -> str | None:
    return urlsplit(url).netloc if url else None


def _safe_date(value: str | None) -> date | None:
    try:
        return parse_date(value)
    except ValueError:
        return None


def extract_html(markup: str, url: str | None = None) -> Extracted:
    """Extract the article; raises :class:`EmptyInputError` when the page has no text at all."""
    raw = trafilatura.extract(
        markup,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    data = json.loads(raw) if raw else {}
    text = (data.get("text") or "").strip()
    if text:
        hostname = _host(url) or data.get("hostname") or None
        site = data.get("source-hostname") or None
        # trafilatura falls back to the URL's host when the page names no site
        source = site if site and site not in {hostname, _netloc(url)} else None
        return Extracted(
            text, data.get("title") or None, _safe_date(data.get("date")), source, hostname
        )
    plain = _plain_text(markup)
    if not plain.strip():
        raise EmptyInputError("no text found in the HTML")
    return Extracted(plain, data.get("title") or None, _safe_date(data.get("date")), fallback=True)
