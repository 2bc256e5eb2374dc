import time

import httpx
import pytest

from tocsin.errors import FetchError, FetchTimeoutError, UnsafeURLError
from tocsin.ingest.fetch import FetchLimits, SafeFetcher

PUBLIC = "93.184.216.34"


def public_dns(host: str, port: int) -> list[str]:
    return [PUBLIC]


@pytest.fixture
def fetcher():
    with SafeFetcher(allow_private=True, limits=FetchLimits(timeout=2.0)) as client:
        yield client


def test_fetch_page(fetcher: SafeFetcher, web) -> None:
    url = web.add("/a", "<html><body>hi</body></html>", headers={"Content-Type": "text/html"})
    result = fetcher.fetch(url)
    assert result.status == 200 and result.content == b"<html><body>hi</body></html>"
    assert result.content_type == "text/html" and not result.truncated


def test_redirects_are_followed(fetcher: SafeFetcher, web) -> None:
    web.add("/old", status=301, headers={"Location": "/mid"})
    web.add("/mid", status=302, headers={"Location": web.url("/new")})
    web.add("/new", "moved here", headers={"Content-Type": "text/plain; charset=utf-8"})
    result = fetcher.fetch(web.url("/old"))
    assert result.url == web.url("/new") and result.content == b"moved here"
    assert result.charset == "utf-8"


def test_redirect_loop_is_bounded(web) -> None:
    web.add("/loop", status=302, headers={"Location": "/loop"})
    limits = FetchLimits(max_redirects=3)
    with (
        SafeFetcher(allow_private=True, limits=limits) as client,
        pytest.raises(FetchError, match="more than 3 redirects"),
    ):
        client.fetch(web.url("/loop"))
    assert len(web.requests) == 4


def test_body_is_cut_at_the_limit(web) -> None:
    url = web.add("/big", b"x" * 50_000, headers={"Content-Type": "text/plain"})
    with SafeFetcher(allow_private=True, limits=FetchLimits(max_bytes=1_000)) as client:
        result = client.fetch(url)
    assert result.truncated and len(result.content) == 1_000


def test_slow_server_times_out_quickly(web) -> None:
    url = web.add("/slow", "late", delay=1.5)
    with SafeFetcher(allow_private=True, limits=FetchLimits(timeout=0.2)) as client:
        started = time.monotonic()
        with pytest.raises(FetchTimeoutError):
            client.fetch(url)
    assert time.monotonic() - started < 1.4


def test_http_errors_raise(fetcher: SafeFetcher, web) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.fetch(web.url("/missing"))


def test_loopback_refused_by_default_without_any_request(web) -> None:
    url = web.add("/secret", "internal")
    with SafeFetcher() as client, pytest.raises(UnsafeURLError):
        client.fetch(url)
    assert web.requests == []


def test_redirect_to_private_address_is_refused_before_connecting() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "http://10.0.0.5/metadata"})

    client = SafeFetcher(resolver=public_dns, transport=httpx.MockTransport(handler))
    with client, pytest.raises(UnsafeURLError, match=r"10\.0\.0\.5"):
        client.fetch("http://news.example/story")
    (request,) = seen
    # the connection goes to the checked address, with the original Host header
    assert request.url.host == PUBLIC and request.headers["host"] == "news.example"


def test_non_http_scheme_refused() -> None:
    with SafeFetcher(allow_private=True) as client, pytest.raises(UnsafeURLError):
        client.fetch("file:///etc/hostname")
