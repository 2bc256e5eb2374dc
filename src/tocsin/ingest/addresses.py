"""Which hosts a fetch may connect to: public addresses only, unless private ones are allowed.

The host of every URL (and of every redirect hop) is resolved first and each address is
checked; one private, loopback, link-local, reserved or multicast address refuses the URL
before any connection is made.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

import httpx

from tocsin.errors import UnsafeURLError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]
ALLOWED_SCHEMES = frozenset({"http", "https"})


def system_resolver(host: str, port: int) -> list[str]:
    """Addresses of ``host`` from the system resolver, in its order of preference."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone index
        if address not in seen:
            seen.append(address)
    return seen


NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
COMPATIBLE = ipaddress.IPv6Network("::/96")  # deprecated IPv4-compatible form, ::127.0.0.1


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries: mapped (::ffff:a.b.c.d), IPv4-compatible
    (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d, RFC 6052 and 8215), 6to4 or Teredo."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in COMPATIBLE and int(address) > 1:  # :: and ::1 are not IPv4
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if any(address in network for network in NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    return None


def is_public(address: IPAddress) -> bool:
    """True for globally routable unicast addresses; an IPv6 address that carries an IPv4 one
    (mapped, compatible, NAT64, 6to4, Teredo) is judged as that IPv4 address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = embedded_ipv4(address)
        if embedded is not None:
            return is_public(embedded)
    return address.is_global and not address.is_multicast


def check_scheme(url: httpx.URL) -> None:
    """Refuse anything but ``http``/``https`` URLs with a host."""
    if url.scheme not in ALLOWED_SCHEMES:
        raise UnsafeURLError(f"scheme {url.scheme or '(none)'!r} refused; only http and https")
    if not url.host:
        raise UnsafeURLError("URL has no host")


class AddressGuard:
    """Resolves a URL's host and returns the addresses it is safe to connect to."""

    def __init__(self, *, allow_private: bool = False, resolver: Resolver | None = None) -> None:
        self.allow_private = allow_private
        self._resolve = resolver or system_resolver

    def addresses(self, url: httpx.URL) -> list[IPAddress]:
        """Checked addresses for ``url``; raises :class:`UnsafeURLError` when one is refused."""
        check_scheme(url)
        host = url.host
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            found = [ipaddress.ip_address(host)]
        except ValueError:
            try:
                found = [ipaddress.ip_address(a) for a in self._resolve(host, port)]
            except (OSError, UnicodeError, ValueError) as exc:
                raise UnsafeURLError(f"cannot resolve host {host!r}: {exc}") from exc
        if not found:
            raise UnsafeURLError(f"host {host!r} has no address")
        if not self.allow_private:
            refused = [a for a in found if not is_public(a)]
            if refused:
                raise UnsafeURLError(
                    f"host {host!r} resolves to non-public address {refused[0]}; "
                    "refused (use --allow-private to permit)"
                )
        return found
