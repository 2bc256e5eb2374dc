from datetime import date

import pytest
import sqlalchemy as sa

from tocsin.ingest import ProblemLog
from tocsin.ingest.feeds import FeedWatcher
from tocsin.ingest.feedstate import SqlFeedState
from tocsin.ingest.fetch import FetchLimits, SafeFetcher
from tocsin.models import Document

ARTICLE = """<html><head><title>{title}</title></head><body><article>
<p>{body} Officials gave no further details when asked about the matter on the day, and the
ministry said it would publish a full statement after the cabinet met later in the week.</p>
</article></body></html>"""


def rss(items: list[tuple[str, str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>"
        "<pubDate>Mon, 02 Sep 2024 08:00:00 GMT</pubDate>"
        f"<description>Summary of {title}.</description></item>"
        for guid, title, link in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>'
        f"<link>http://example.invalid/</link>{entries}</channel></rss>"
    )


class Collected:
    def __init__(self) -> None:
        self.documents: list[Document] = []

    def __call__(self, document: Document) -> None:
        self.documents.append(document)


@pytest.fixture
def watcher():
    fetcher = SafeFetcher(allow_private=True, limits=FetchLimits(timeout=0.3))
    collected = Collected()
    log = ProblemLog()
    state = SqlFeedState(sa.create_engine("sqlite://"))
    feeds = FeedWatcher(fetcher, state, on_document=collected, on_problem=log)
    feeds.collected = collected
    feeds.log = log
    yield feeds
    fetcher.close()


def add_article(web, path: str, title: str, body: str) -> str:
    html = ARTICLE.format(title=title, body=body)
    return web.add(path, html, headers={"Content-Type": "text/html; charset=utf-8"})


def test_new_entries_are_fetched_once_in_order(watcher, web) -> None:
    first = add_article(web, "/a1", "Port reopens", "The port reopened to grain ships on Monday.")
    second = add_article(web, "/a2", "Talks stall", "Talks on the border stalled again on Monday.")
    feed = web.add(
        "/feed.xml",
        rss([("g2", "Talks stall", second), ("g1", "Port reopens", first)]),
        headers={"Content-Type": "application/rss+xml", "ETag": '"rev-1"'},
    )
    result = watcher.poll(feed)
    assert (result.status, result.entries, result.new) == ("ok", 2, 2)
    documents = watcher.collected.documents
    assert [d.url for d in documents] == [first, second]  # oldest first
    assert "reopened to grain ships" in documents[0].text
    assert documents[0].title == "Port reopens" and documents[0].source == "Example Wire"
    assert documents[0].date == date(2024, 9, 2)
    assert not watcher.log.problems

    again = watcher.poll(feed)
    assert again.status == "not-modified" and len(watcher.collected.documents) == 2
    assert web.requests[-1][1].get("If-None-Match") == '"rev-1"'


def test_seen_entries_are_skipped_when_feed_changes(watcher, web) -> None:
    first = add_article(web, "/a1", "Port reopens", "The port reopened to grain ships on Monday.")
    feed = web.add("/feed.xml", rss([("g1", "Port reopens", first)]))
    watcher.poll(feed)
    second = add_article(web, "/a2", "Talks stall", "Talks on the border stalled again on Monday.")
    web.add("/feed.xml", rss([("g2", "Talks stall", second), ("g1", "Port reopens", first)]))
    result = watcher.poll(feed)
    assert result.new == 1
    assert [d.url for d in watcher.collected.documents] == [first, second]


def test_malformed_feed_keeps_its_entries_with_a_warning(watcher, web) -> None:
    link = add_article(web, "/a1", "Curfew", "A curfew was declared in the city after riots.")
    broken = rss([("g1", "Curfew & riots", link)]).replace("</channel></rss>", "<item><title>")
    feed = web.add("/broken.xml", broken, headers={"Content-Type": "application/xml"})
    result = watcher.poll(feed)
    assert result.new == 1 and "curfew was declared" in watcher.collected.documents[0].text
    (warning,) = watcher.log.warnings
    assert warning.origin == feed and "malformed feed" in warning.message


def test_page_that_is_not_a_feed(watcher, web) -> None:
    feed = web.add("/notfeed", "<html><body><p>Hello", headers={"Content-Type": "text/html"})
    assert watcher.poll(feed).status == "failed"
    assert "not a readable feed" in watcher.log.warnings[0].message


def test_feed_timeout_is_a_warning_and_retried_next_poll(watcher, web) -> None:
    link = add_article(web, "/a1", "Strike", "Dock workers went on strike at dawn on Friday.")
    feed = web.add("/slow.xml", rss([("g1", "Strike", link)]), delay=1.0)
    assert watcher.poll(feed).status == "failed"
    (warning,) = watcher.log.warnings
    assert warning.code == "E402" and "retry" in warning.message
    web.add("/slow.xml", rss([("g1", "Strike", link)]))
    assert watcher.poll(feed).new == 1


def test_redirected_feed(watcher, web) -> None:
    link = add_article(web, "/a1", "Vote", "Parliament voted to extend the mission.")
    web.add("/new.xml", rss([("g1", "Vote", link)]))
    old = web.add("/old.xml", status=301, headers={"Location": "/new.xml"})
    assert watcher.poll(old).new == 1


def test_unreachable_article_falls_back_to_feed_text(watcher, web) -> None:
    missing = web.url("/gone")
    feed = web.add("/feed.xml", rss([("g1", "Gone", missing)]))
    result = watcher.poll(feed)
    assert result.new == 1
    (document,) = watcher.collected.documents
    assert document.text == "Summary of Gone." and document.url == missing
    assert "using the text carried in the feed" in watcher.log.warnings[0].message


def test_article_without_fallback_is_retried(watcher, web) -> None:
    link = web.url("/later")
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Atom Wire</title><id>urn:x</id><updated>2024-09-02T08:00:00Z</updated>"
        f'<entry><title>Later</title><id>urn:e1</id><link href="{link}"/>'
        "<updated>2024-09-02T08:00:00Z</updated></entry></feed>"
    )
    headers = {"Content-Type": "application/atom+xml", "ETag": '"a1"'}
    feed = web.add("/atom.xml", atom, headers=headers)
    assert watcher.poll(feed).new == 0
    assert "retry" in watcher.log.warnings[0].message
    add_article(web, "/later", "Later", "The envoy arrived in the capital on Monday.")
    assert watcher.poll(feed).new == 1
    assert watcher.collected.documents[0].source == "Atom Wire"


def test_private_feed_refused_without_permission(web) -> None:
    feed = web.add("/feed.xml", rss([]))
    log = ProblemLog()
    with SafeFetcher() as fetcher:
        state = SqlFeedState(sa.create_engine("sqlite://"))
        watcher = FeedWatcher(fetcher, state, on_document=Collected(), on_problem=log)
        assert watcher.poll(feed).status == "failed"
    assert log.errors[0].code == "E401" and web.requests == []


def test_run_once_polls_every_feed(watcher, web) -> None:
    link = add_article(web, "/a1", "Vote", "Parliament voted to extend the mission.")
    feeds = [web.add("/one.xml", rss([("g1", "Vote", link)])), web.add("/two.xml", rss([]))]
    polls = []
    watcher.run(feeds, interval=60, once=True, on_poll=polls.append)
    assert [r.status for r in polls[0]] == ["ok", "ok"]


def test_handler_failure_leaves_entry_for_the_next_poll(web) -> None:
    from tocsin.errors import StoreError

    link = add_article(web, "/a1", "Vote", "Parliament voted to extend the mission.")
    feed = web.add("/feed.xml", rss([("g1", "Vote", link)]), headers={"ETag": '"e1"'})
    calls: list[Document] = []

    def failing_once(document: Document) -> None:
        calls.append(document)
        if len(calls) == 1:
            raise StoreError("database is locked")

    log = ProblemLog()
    with SafeFetcher(allow_private=True) as fetcher:
        state = SqlFeedState(sa.create_engine("sqlite://"))
        watcher = FeedWatcher(fetcher, state, on_document=failing_once, on_problem=log)
        assert watcher.poll(feed).status == "failed"
        assert log.errors[0].code == "E300"
        assert watcher.poll(feed).new == 1  # validators were not saved: full feed fetched again
    assert len(calls) == 2


def test_entry_with_a_new_guid_but_known_link_is_not_fetched_again(watcher, web) -> None:
    link = add_article(web, "/a1", "Vote", "Parliament voted to extend the mission.")
    feed = web.add("/feed.xml", rss([("guid-1", "Vote", link)]))
    watcher.poll(feed)
    web.add("/feed.xml", rss([("guid-1-renamed", "Vote (updated)", link)]))
    assert watcher.poll(feed).new == 0
    assert len(watcher.collected.documents) == 1
