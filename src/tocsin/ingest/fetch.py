"""A careful HTTP GET: http(s) only, checked addresses, bounded size and time, manual redirects.

Each hop is resolved and checked by :class:`AddressGuard`, then the connection is made to the
checked address itself (the ``Host`` header and TLS server name keep the original host), so a
second DNS answer cannot point the request elsewhere. Bodies are streamed and cut at
``max_bytes``; the whole fetch must finish within ``deadline`` seconds.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass, field
from email.message import Message
from types import TracebackType
from typing import Any

import httpx

from tocsin.errors import FetchError, FetchTimeoutError, UnsafeURLError
from tocsin.ingest.addresses import AddressGuard, IPAddress, Resolver

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "tocsin/0.1 (+https://pypi.org/project/tocsin/)"


@dataclass(frozen=True)
class FetchLimits:
    """Bounds on one fetch."""

    max_bytes: int = 10_000_000
    timeout: float = 15.0  # connect/read/write timeout of each hop, seconds
    deadline: float = 60.0  # all hops and the body together, seconds
    max_redirects: int = 5


@dataclass(frozen=True)
class FetchResult:
    """A response: final URL, status, lower-cased headers and (possibly cut) body."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""
    truncated: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        message = Message()
        message["content-type"] = self.headers.get("content-type", "")
        value = message.get_param("charset")
        return value if isinstance(value, str) and value else None


class Watchdog:
    """Shuts the connection of one request down when its time is up.

    httpx's timeouts bound each step (connect, one read) but not their sum, so a server that
    trickles its headers a byte at a time could hold a fetch for ever. The watchdog learns the
    request's socket from httpcore's trace events and, at the deadline, shuts it down from a
    timer thread: the blocked read returns at once and the fetch fails as late.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def trace(self, name: str, info: dict[str, Any]) -> None:
        """httpcore trace hook: remember the socket of each new connection."""
        if name in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None:
                with self._lock:
                    self._sockets.append(sock)
                    late = self.fired
                if late:
                    self._shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()


def _pinned(url: httpx.URL, address: IPAddress) -> tuple[httpx.URL, dict[str, str], dict]:
    """The URL to connect to ``address``, with the Host header and TLS name of ``url``."""
    headers = {"Host": url.netloc.decode("ascii")}
    extensions = {"sni_hostname": url.host} if url.scheme == "https" else {}
    return url.copy_with(host=str(address)), headers, extensions


class SafeFetcher:
    """Fetches http(s) URLs within :class:`FetchLimits`, refusing unsafe addresses."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        limits: FetchLimits | None = None,
        resolver: Resolver | None = None,
        transport: httpx.BaseTransport | None = None,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.limits = limits or FetchLimits()
        self.guard = AddressGuard(allow_private=allow_private, resolver=resolver)
        self._client = httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(self.limits.timeout),
            transport=transport,
            trust_env=False,  # a proxy would bypass the address checks
            # connections are keyed by the pinned address; never reuse one verified for
            # another host name on the same address
            limits=httpx.Limits(max_keepalive_connections=0),
            headers={"User-Agent": user_agent},
        )

    def __enter__(self) -> SafeFetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> FetchResult:
        """GET ``url``, following up to ``max_redirects`` checked redirects.

        Returns responses with status below 400 (``304 Not Modified`` included); raises
        :class:`FetchError` subclasses otherwise.
        """
        started = time.monotonic()
        try:
            current = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise UnsafeURLError(f"invalid URL: {exc}") from exc
        for _ in range(self.limits.max_redirects + 1):
            result = self._hop(current, headers or {}, started)
            if result.status in REDIRECT_STATUSES and "location" in result.headers:
                try:
                    current = current.join(result.headers["location"])
                except httpx.InvalidURL as exc:
                    raise FetchError(f"bad redirect location: {exc}") from exc
                continue
            if result.status >= 400:
                raise FetchError(f"HTTP {result.status} from {result.url}")
            return result
        raise FetchError(f"more than {self.limits.max_redirects} redirects")

    def _hop(self, url: httpx.URL, headers: dict[str, str], started: float) -> FetchResult:
        addresses = self.guard.addresses(url)
        last_error: Exception | None = None
        for address in addresses:
            remaining = self.limits.deadline - (time.monotonic() - started)
            if remaining <= 0:
                raise self._late(url)
            target, host_header, extensions = _pinned(url, address)
            watchdog = Watchdog(remaining)
            step = min(self.limits.timeout, remaining)  # no step may outlast the deadline
            request = self._client.build_request(
                "GET",
                target,
                headers={**headers, **host_header},
                extensions={**extensions, "trace": watchdog.trace},
                timeout=httpx.Timeout(step),
            )
            try:
                with watchdog:
                    return self._send(request, url, started)
            except httpx.ConnectError as exc:
                if watchdog.fired:
                    raise self._late(url) from exc
                last_error = exc
                continue
            except httpx.TimeoutException as exc:
                if watchdog.fired or time.monotonic() - started >= self.limits.deadline:
                    raise self._late(url) from exc
                raise FetchTimeoutError(f"timed out fetching {url}") from exc
            except httpx.HTTPError as exc:
                if watchdog.fired:
                    raise self._late(url) from exc
                raise FetchError(f"cannot fetch {url}: {exc}") from exc
        raise FetchError(f"cannot connect to {url.host}: {last_error}")

    def _late(self, url: httpx.URL) -> FetchTimeoutError:
        return FetchTimeoutError(f"fetching {url} took more than {self.limits.deadline:g} s")

    def _send(self, request: httpx.Request, url: httpx.URL, started: float) -> FetchResult:
        response = self._client.send(request, stream=True)
        try:
            body = bytearray()
            truncated = False
            if response.status_code not in REDIRECT_STATUSES and response.status_code != 304:
                for chunk in response.iter_bytes():
                    if time.monotonic() - started > self.limits.deadline:
                        raise self._late(url)
                    body.extend(chunk)
                    if len(body) > self.limits.max_bytes:
                        del body[self.limits.max_bytes :]
                        truncated = True
                        break
            headers = {k.lower(): v for k, v in response.headers.items()}
            return FetchResult(str(url), response.status_code, headers, bytes(body), truncated)
        finally:
            response.close()
