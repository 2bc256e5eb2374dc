import ipaddress

import httpx
import pytest

from tocsin.errors import UnsafeURLError
from tocsin.ingest.addresses import AddressGuard, is_public


def no_dns(host: str, port: int) -> list[str]:
    raise AssertionError(f"DNS lookup of {host} not expected")


@pytest.mark.parametrize(
    "address",
    [
        "10.1.2.3",
        "192.168.0.10",
        "172.16.5.4",
        "127.0.0.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fd00::1",
        "::ffff:127.0.0.1",
        "2002:7f00:1::",
        "::127.0.0.1",  # IPv4-compatible
        "::10.0.0.1",
        "::169.254.169.254",
        "64:ff9b::127.0.0.1",  # NAT64
        "64:ff9b::a9fe:a9fe",
        "64:ff9b::10.1.2.3",
        "64:ff9b:1::192.168.0.1",
        "::",
    ],
)
def test_non_public_addresses(address: str) -> None:
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "address",
    ["93.184.216.34", "2606:4700:4700::1111", "8.8.8.8", "64:ff9b::8.8.8.8", "::ffff:8.8.8.8"],
)
def test_public_addresses(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "url",
    ["http://10.0.0.8/", "https://192.168.1.1/admin", "http://127.0.0.1:8080/", "http://[::1]/"],
)
def test_literal_private_hosts_refused_without_lookup(url: str) -> None:
    with pytest.raises(UnsafeURLError, match="non-public"):
        AddressGuard(resolver=no_dns).addresses(httpx.URL(url))


def test_hostname_resolving_to_loopback_is_refused() -> None:
    guard = AddressGuard(resolver=lambda host, port: ["93.184.216.34", "127.0.0.1"])
    with pytest.raises(UnsafeURLError, match=r"127\.0\.0\.1"):
        guard.addresses(httpx.URL("https://intranet.example/"))


def test_localhost_by_name_is_refused() -> None:
    with pytest.raises(UnsafeURLError):
        AddressGuard().addresses(httpx.URL("http://localhost:9/"))


def test_allow_private_permits_loopback() -> None:
    guard = AddressGuard(allow_private=True, resolver=no_dns)
    assert guard.addresses(httpx.URL("http://127.0.0.1/")) == [ipaddress.ip_address("127.0.0.1")]


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://files.example/x", "gopher://a/"])
def test_other_schemes_refused(url: str) -> None:
    with pytest.raises(UnsafeURLError, match="scheme"):
        AddressGuard(allow_private=True, resolver=no_dns).addresses(httpx.URL(url))


def test_unresolvable_host() -> None:
    def fail(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    with pytest.raises(UnsafeURLError, match="cannot resolve"):
        AddressGuard(resolver=fail).addresses(httpx.URL("http://nowhere.invalid/"))


@pytest.mark.parametrize("url", ["http://[::127.0.0.1]:8765/", "http://[64:ff9b::7f00:1]/"])
def test_ipv6_forms_of_loopback_are_refused_without_lookup(url: str) -> None:
    with pytest.raises(UnsafeURLError, match="non-public"):
        AddressGuard(resolver=no_dns).addresses(httpx.URL(url))
