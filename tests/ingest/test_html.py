from datetime import date

import pytest

from tocsin.errors import EmptyInputError
from tocsin.ingest.html import extract_html

BODY = (
    "<p>The army said troops had crossed the river near the town overnight, according to a "
    "statement read on state radio, and that engineers were building a second bridge.</p>"
)


def test_date_from_url_when_page_has_none() -> None:
    page = extract_html(
        f"<html><body><article>{BODY}</article></body></html>",
        url="https://news.example/2023/09/20/troops-cross-river",
    )
    assert page.date == date(2023, 9, 20) and page.hostname == "news.example"
    assert page.source is None  # the host name is not a site name


def test_site_name_from_metadata() -> None:
    markup = (
        '<html><head><meta property="og:site_name" content="Frontier Herald"></head>'
        f"<body><article>{BODY}</article></body></html>"
    )
    assert extract_html(markup, url="https://herald.example/a").source == "Frontier Herald"


def test_no_date_is_invented() -> None:
    page = extract_html(f"<html><body><article>{BODY}</article></body></html>")
    assert page.date is None and page.title is None


def test_fallback_keeps_visible_text_without_scripts() -> None:
    page = extract_html("<div>Ceasefire<script>track()</script><span>holds</span>")
    assert "Ceasefire" in page.text and "holds" in page.text and "track" not in page.text


def test_page_without_text() -> None:
    with pytest.raises(EmptyInputError):
        extract_html("<html><body><style>p {}</style></body></html>")
