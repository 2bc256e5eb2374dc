import typer
from typer.testing import CliRunner

from tocsin.cli.watch import code_and_store, register, watch
from tocsin.errors import EmptyInputError
from tocsin.settings import Settings

PAGE = """<html><head><title>Ministers meet</title></head><body><article>
<p>The foreign ministers of the two countries met in Vienna on Monday and agreed to resume talks
on the disputed border, officials said, after months in which the process had been frozen.</p>
</article></body></html>"""
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Ministers meet</title><link>{link}</link><guid>m1</guid></item></channel></rss>"""


def test_watch_once_hands_new_articles_on_and_remembers_them(web, tmp_path) -> None:
    link = web.add("/story", PAGE, headers={"Content-Type": "text/html"})
    feed = web.add("/feed.xml", FEED.format(link=link))
    settings = Settings.from_env(environ={}, db_url=f"sqlite:///{tmp_path / 'watch.db'}")
    documents, messages = [], []
    options = dict(interval=60, once=True, allow_private=True, echo=messages.append)
    watch([feed], settings, on_document=documents.append, **options)
    watch([feed], settings, on_document=documents.append, **options)  # a later run
    assert [d.url for d in documents] == [link]
    assert messages[0] == f"{feed}: ok, 1 new of 1" and messages[1] == f"{feed}: ok, 0 new of 1"


def test_watch_refuses_private_feeds_by_default(web, tmp_path) -> None:
    feed = web.add("/feed.xml", FEED.format(link=web.url("/story")))
    settings = Settings.from_env(environ={}, db_url=f"sqlite:///{tmp_path / 'watch.db'}")
    messages: list[str] = []
    watch(
        [feed],
        settings,
        on_document=lambda d: None,
        interval=60,
        once=True,
        allow_private=False,
        echo=messages.append,
    )
    assert "E401" in messages[0] and web.requests == []


class RecordingStore:
    def __init__(self) -> None:
        self.saved: list = []

    def has_document(self, doc_id: str) -> bool:
        return any(coded.document.id == doc_id for coded in self.saved)

    def save(self, coded) -> None:
        self.saved.append(coded)


def test_code_and_store_codes_with_the_pipeline(pipeline) -> None:
    from tocsin.models import Document

    text = "Police in the capital arrested twelve protesters on Monday, officials said."
    store, messages = RecordingStore(), []
    handle = code_and_store(pipeline, store, messages.append)
    handle(Document(id="d1", text=text, origin="http://news.example/1"))
    (coded,) = store.saved
    assert coded.document.id == "d1" and messages[0].startswith("http://news.example/1: ")


def test_code_and_store_reports_refused_documents() -> None:
    class Refusing:
        def code(self, document):
            raise EmptyInputError(f"{document.origin}: no text after cleaning")

    from tocsin.models import Document

    store, messages = RecordingStore(), []
    code_and_store(Refusing(), store, messages.append)(
        Document(id="d2", text="Share this", origin="http://news.example/2")
    )
    assert store.saved == [] and "E101" in messages[0]


def test_command_options() -> None:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for option in ("--interval", "--once", "--db", "--allow-private"):
        assert option in result.output


def test_watch_command_codes_and_stores(web, tmp_path, pipeline, monkeypatch) -> None:
    from tocsin.pipeline import Pipeline
    from tocsin.store import Store

    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, settings=None: pipeline))
    link = web.add("/story", PAGE, headers={"Content-Type": "text/html"})
    feed = web.add("/feed.xml", FEED.format(link=link))
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    app = typer.Typer()
    register(app)
    arguments = [feed, "--once", "--allow-private", "--db", db]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    again = CliRunner().invoke(app, arguments)
    assert again.exit_code == 0 and "0 new of 1" in again.output
    with Store(db) as store:
        (document,) = store.documents()
    assert document.url == link and "resume talks" in document.text


def test_code_and_store_skips_stored_documents_and_links_copies(pipeline, tmp_path) -> None:
    from pathlib import Path

    from tocsin.batch.dedup import CopyFinder
    from tocsin.models import Document
    from tocsin.store import Store

    texts = Path(__file__).resolve().parents[1] / "data" / "ingest" / "near_duplicates"
    original = (texts / "original.txt").read_text(encoding="utf-8")
    copy = (texts / "wire_copy.txt").read_text(encoding="utf-8")
    messages: list[str] = []
    with Store(f"sqlite:///{tmp_path / 'dup.db'}") as store:
        handle = code_and_store(pipeline, store, messages.append, CopyFinder())
        handle(Document(id="orig", text=original, origin="u1"))
        handle(Document(id="orig", text=original, origin="u1-again"))
        handle(Document(id="copy", text=copy, origin="u2"))
        assert store.duplicate_of("copy") == "orig"
        assert store.count_documents(duplicates=False) == 1
    assert messages[1] == "u1-again: already stored"
    assert messages[2].startswith("u2: near-duplicate of orig")
