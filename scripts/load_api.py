"""Load the read API of a running or freshly started ``tocsin serve`` and report latencies.

Bounded by design: loopback addresses only, at most 64 clients, at most 600 seconds, and it
stops by itself. Each client loops over the read endpoints (with varied filters) for the
duration; with ``--writer`` one more client posts new articles to ``/api/documents`` one after
the other (the server must then have an API token, given with ``--token``). Prints a Markdown
table per endpoint: requests, requests/s, p50, p99, errors (non-2xx answers and failures).

    python scripts/load_api.py --db sqlite:////tmp/load.db --clients 20 --seconds 60
    python scripts/load_api.py --db sqlite:////tmp/load.db --clients 20 --seconds 60 --writer

With ``--db`` the script starts ``tocsin serve`` on a free loopback port and stops it at the
end; with ``--url http://127.0.0.1:PORT`` it loads a server already running.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx

MAX_CLIENTS = 64
MAX_SECONDS = 600
COUNTRIES = ["ARM", "AZE", "GEO", "TUR", "IRN", "RUS", "UKR", "FRA", "DEU", "ISR", "EGY", "IND"]
EVENTS = ["ASSAULT", "THREATEN", "ACCUSE", "PROTEST", "REQUEST", "AGREE", "COERCE", "AID"]
SERVE = "from tocsin.cli.main import run; run()"
#: an idle connection is dropped before uvicorn's default keep-alive (5 s) could close it
KEEP_IDLE_SECONDS = 3.0


def _day(rng: random.Random) -> date:
    return date(2023, 1, 1) + timedelta(days=rng.randint(0, 364))


def endpoint_requests(rng: random.Random) -> dict[str, str]:
    """One request per read endpoint, with filters drawn at random (name → path)."""
    a, b = rng.sample(COUNTRIES, 2)
    start = _day(rng)
    end = start + timedelta(days=rng.choice([7, 30, 90, 365]))
    return {
        "events": f"/api/events?actor={a}&limit=50&offset={rng.choice([0, 0, 50, 500])}",
        "incidents": f"/api/incidents?country={a}&since={start}&limit=50",
        "dyads": "/api/dyads",
        "actors": "/api/actors?limit=100",
        "alerts": f"/api/alerts?limit={rng.choice([20, 100])}",
        "claims": f"/api/claims?country={b}&limit=50",
        "signals": f"/api/signals/dyad?actor={a}&recipient={b}&freq=week&since={start}&until={end}",
        "country": f"/api/signals/country?country={a}&freq=day&since={start}&until={end}",
    }


@dataclass
class Tally:
    """Latencies (seconds) and errors of one endpoint."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    failures: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _check_loopback(url: str) -> None:
    host = urlsplit(url).hostname or ""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        raise SystemExit(f"refused: {url} is not a loopback address (this script loads 127.0.0.1)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(
    db: str, token: str, python: str, own_session: bool = False
) -> tuple[subprocess.Popen[bytes], str]:
    """``tocsin serve`` on a free loopback port; returns the process and its base URL.

    With ``own_session`` the server runs in a session of its own, as a service manager starts
    it: on Linux with automatic task groups, the CPU is then shared between it and the load
    script (and any other session) instead of the two sharing one session's part."""
    port = _free_port()
    env = {**os.environ, "TOCSIN_API_TOKEN": token}
    command = [python, "-c", SERVE, "serve", "--db", db, "--host", "127.0.0.1"]
    command += ["--port", str(port)]
    proc = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=own_session,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise SystemExit(f"server exited ({proc.returncode}):\n{err[-2000:]}")
        try:
            if httpx.get(f"{url}/api/documents?limit=1", timeout=5).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("server did not answer within 120 s")


async def reader(
    client: httpx.AsyncClient, seed: int, stop_at: float, tallies: dict[str, Tally]
) -> None:
    rng = random.Random(seed)
    while time.monotonic() < stop_at:
        for name, path in endpoint_requests(rng).items():
            if time.monotonic() >= stop_at:
                return
            began = time.perf_counter()
            tally = tallies[name]
            try:
                response = await client.get(path)
                await response.aread()
                tally.statuses[response.status_code] += 1
                if response.status_code >= 400:
                    tally.errors += 1
            except httpx.HTTPError as exc:
                tally.errors += 1
                tally.statuses[0] += 1
                tally.failures[f"{type(exc).__name__}: {exc}"[:120]] += 1
            tally.latencies.append(time.perf_counter() - began)


def article_text(rng: random.Random, number: int) -> str:
    """A short new article for the writer (distinct text, so each one is coded)."""
    a, b = rng.sample(["Armenia", "Azerbaijan", "Georgia", "Turkey", "Iran", "Russia"], 2)
    return (
        f"{a} accused {b} of shelling a border village on Monday, officials said. "
        f"{b} denied the report and threatened to respond. "
        f"Talks on the dispute were postponed, a statement numbered {number} said."
    )


async def writer(
    client: httpx.AsyncClient, token: str, stop_at: float, tallies: dict[str, Tally]
) -> None:
    rng = random.Random(99)
    number = int(time.time())
    headers = {"Authorization": f"Bearer {token}"}
    tally = tallies["write"]
    while time.monotonic() < stop_at:
        number += 1
        body = {"text": article_text(rng, number), "date": str(_day(rng))}
        began = time.perf_counter()
        try:
            response = await client.post("/api/documents", json=body, headers=headers)
            tally.statuses[response.status_code] += 1
            if response.status_code >= 400:
                tally.errors += 1
        except httpx.HTTPError as exc:
            tally.errors += 1
            tally.statuses[0] += 1
            tally.failures[f"{type(exc).__name__}: {exc}"[:120]] += 1
        tally.latencies.append(time.perf_counter() - began)


async def load(url: str, clients: int, seconds: float, token: str | None) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    limits = httpx.Limits(
        max_connections=clients + 2,
        max_keepalive_connections=clients + 2,
        keepalive_expiry=KEEP_IDLE_SECONDS,
    )
    timeout = httpx.Timeout(60.0)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=timeout) as client:
        if token:  # warm the pipeline up once, outside the measurement
            await client.post(
                "/api/documents",
                json={"text": "Armenia accused Azerbaijan of shelling a village."},
                headers={"Authorization": f"Bearer {token}"},
            )
        stop_at = time.monotonic() + seconds
        tasks = [reader(client, seed, stop_at, tallies) for seed in range(clients)]
        if token:
            tasks.append(writer(client, token, stop_at, tallies))
        await asyncio.gather(*tasks)
    return tallies


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(tallies: dict[str, Tally], seconds: float) -> str:
    lines = [
        "| endpoint | requests | requests/s | p50 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|",
    ]
    reads = [t for name, t in tallies.items() if name != "write"]
    everything = [x for t in reads for x in t.latencies]
    for name in sorted(tallies):
        t = tallies[name]
        lines.append(
            f"| {name} | {len(t.latencies):,} | {len(t.latencies) / seconds:.1f} "
            f"| {_pct(t.latencies, 0.5) * 1000:.0f} | {_pct(t.latencies, 0.99) * 1000:.0f} "
            f"| {t.errors} |"
        )
    lines.append(
        f"| all reads | {len(everything):,} | {len(everything) / seconds:.1f} "
        f"| {_pct(everything, 0.5) * 1000:.0f} | {_pct(everything, 0.99) * 1000:.0f} "
        f"| {sum(t.errors for t in reads)} |"
    )
    failures: dict[str, int] = defaultdict(int)
    for t in tallies.values():
        for what, count in t.failures.items():
            failures[what] += count
    lines += [f"\nfailed at the connection {n}×: {what}" for what, n in sorted(failures.items())]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", help="Store URL to serve (the script starts tocsin serve).")
    where.add_argument("--url", help="Base URL of a running server on a loopback address.")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--writer", action="store_true", help="One client posts articles.")
    parser.add_argument("--token", help="API token of a running server (with --url --writer).")
    parser.add_argument("--json", type=Path, help="Also write the raw figures here as JSON.")
    parser.add_argument(
        "--own-session",
        action="store_true",
        help="With --db: start the server in a session of its own (as a service manager does).",
    )
    args = parser.parse_args()
    if not 1 <= args.clients <= MAX_CLIENTS:
        raise SystemExit(f"--clients must be 1..{MAX_CLIENTS}")
    if not 1 <= args.seconds <= MAX_SECONDS:
        raise SystemExit(f"--seconds must be 1..{MAX_SECONDS}")
    proc = None
    token = args.token
    if args.db:
        token = secrets.token_hex(16)
        proc, url = start_server(args.db, token, sys.executable, args.own_session)
    else:
        url = args.url
    _check_loopback(url)
    try:
        tallies = asyncio.run(load(url, args.clients, args.seconds, token if args.writer else None))
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    mode = "with one writer" if args.writer else "reads only"
    mode += ", server in its own session" if args.own_session and args.db else ""
    print(f"{args.clients} clients, {args.seconds:g} s, {mode}, {url}")
    print(report(tallies, args.seconds))
    if args.json:
        data = {
            name: {
                "requests": len(t.latencies),
                "p50": _pct(t.latencies, 0.5),
                "p99": _pct(t.latencies, 0.99),
                "mean": statistics.fmean(t.latencies) if t.latencies else 0.0,
                "errors": t.errors,
                "statuses": dict(t.statuses),
                "failures": dict(t.failures),
            }
            for name, t in tallies.items()
        }
        args.json.write_text(json.dumps(data, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
