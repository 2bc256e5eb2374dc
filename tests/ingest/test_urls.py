from tocsin.ingest import ProblemLog, iter_documents
from tocsin.ingest.fetch import FetchLimits, SafeFetcher
from tocsin.ingest.urls import UrlReader, is_url

ARTICLE = """<html><head><title>Ministers sign water accord</title>
<meta name="date" content="2024-06-11"></head><body><article>
<p>The two ministers signed an accord on sharing the river's water on Tuesday, ending a
dispute that had closed the border crossing for three months, officials said.</p>
<p>Under the deal, a joint commission will publish monthly figures on the flow of water at the
dam and meet twice a year to settle complaints.</p></article></body></html>"""


def read(urls: list[str], settings, reader: UrlReader | None = None):
    log = ProblemLog()
    documents = list(iter_documents(urls, settings, on_problem=log, urls=reader))
    return documents, log


def test_url_input_gives_article_document(settings, web) -> None:
    url = web.add("/story", ARTICLE, headers={"Content-Type": "text/html; charset=utf-8"})
    reader = UrlReader(SafeFetcher(allow_private=True))
    (document,), log = read([url], settings, reader)
    assert "signed an accord" in document.text
    assert document.title == "Ministers sign water accord"
    assert document.date is not None and document.date.isoformat() == "2024-06-11"
    assert document.origin == url and document.url == url
    assert not log.problems


def test_url_input_plain_text_and_unsupported_type(settings, web) -> None:
    text_url = web.add("/t", "Rebels shelled the town.", headers={"Content-Type": "text/plain"})
    pdf_url = web.add("/p", b"%PDF-1.7", headers={"Content-Type": "application/pdf"})
    reader = UrlReader(SafeFetcher(allow_private=True, limits=FetchLimits(timeout=2)))
    documents, log = read([text_url, pdf_url], settings, reader)
    assert [d.text for d in documents] == ["Rebels shelled the town."]
    (error,) = log.errors
    assert error.origin == pdf_url and "application/pdf" in error.message


def test_loopback_url_refused_unless_allowed(settings, web) -> None:
    url = web.add("/story", ARTICLE, headers={"Content-Type": "text/html"})
    documents, log = read([url], settings)
    assert documents == [] and log.errors[0].code == "E401" and web.requests == []
    log = ProblemLog()
    allowed = list(iter_documents([url], settings, on_problem=log, allow_private=True))
    assert len(allowed) == 1


def test_is_url() -> None:
    assert is_url("https://a.example/x") and is_url("ftp://a/b")
    assert not is_url("notes/file.txt") and not is_url("-")
