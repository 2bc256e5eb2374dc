"""Benchmark ``tocsin code`` on a synthetic archive: one process versus Dask with 2 workers.

Generates N synthetic articles from templated sentences (written for this benchmark), writes
them to a JSONL archive, then runs ``tocsin code`` on it twice in subprocesses (``--engine
local`` and ``--engine dask``), each into its own fresh SQLite store, sampling the memory of
the whole process tree. Prints a Markdown table of articles/s, peak memory and the ratios.

    python scripts/bench_batch.py --articles 10000 --out batch-report.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import psutil

COUNTRIES = [
    ("Armenia", "Armenian", "Yerevan"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Turkey", "Turkish", "Ankara"),
    ("Iran", "Iranian", "Tehran"),
    ("Russia", "Russian", "Moscow"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Israel", "Israeli", "Jerusalem"),
    ("Egypt", "Egyptian", "Cairo"),
    ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("China", "Chinese", "Beijing"),
    ("Japan", "Japanese", "Tokyo"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Sudan", "Sudanese", "Khartoum"),
    ("Mali", "Malian", "Bamako"),
    ("Colombia", "Colombian", "Bogota"),
]
ROLES = ["foreign minister", "defence minister", "president", "prime minister", "ambassador"]
SURNAMES = [
    "Petrosyan",
    "Mammadov",
    "Kowalski",
    "Haddad",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Sokolov",
    "Mensah",
    "Duarte",
    "Farouk",
    "Novak",
    "Ibrahim",
    "Reyes",
]
TOWNS = [
    "the border town of Kalvar",
    "the village of Dovrin",
    "the port of Selmar",
    "the northern district of Orhan",
    "the market town of Vessel",
    "the hill post of Tarum",
    "the river crossing at Lennet",
    "the outskirts of Brava",
]
WEEKDAYS = [
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
    "last week",
    "earlier this month",
]
TOPICS = [
    "water rights",
    "a disputed railway",
    "prisoner exchanges",
    "border demarcation",
    "gas transit fees",
    "fishing quotas",
    "a stalled trade deal",
    "refugee returns",
]

CLI = "from tocsin.cli.main import run; run()"

TEMPLATES = [
    "{A} {role} {name} met {B} officials in {capB} {day} to discuss {topic}.",
    "{A} troops shelled {town} {day}, killing {n} soldiers, the {B} defence ministry said.",
    "{A} accused {B} of violating the ceasefire near {town}.",
    "The {adjB} government denied that its forces had attacked {town}.",
    "{A} threatened to impose sanctions on {B} over {topic}.",
    "Police in {capA} arrested {n} protesters who demanded the release of a journalist.",
    "{A} and {B} signed an agreement on {topic} in {capA} {day}.",
    "{A} could send troops to the border if talks on {topic} fail, two officials said.",
    "Thousands of people protested in {capA} {day} against the {topic} deal with {B}.",
    "{A} promised humanitarian aid to {B} after floods displaced {n} families.",
    "{A} {role} {name} urged {B} to return to negotiations on {topic}.",
    "{adjA} officials said {B} had expelled {n} diplomats from its embassy in {capB}.",
    "A drone strike hit a fuel depot in {town} {day}; {adjA} media blamed {B}.",
    "{A} recalled its ambassador from {capB} in protest at remarks about {topic}.",
    "Rebels ambushed a convoy near {town}, wounding {n} people, local officials said.",
    "{A} {role} {name} praised {B} for its help with {topic}.",
    "{B} rejected a proposal from {A} to hold a referendum on {topic}.",
    "The {adjA} parliament voted to suspend cooperation with {B} on {topic}.",
    "{A} mobilised reservists along its frontier with {B} {day}.",
    "Observers from {B} visited {town} {day} to inspect damage from the fighting.",
    "{A} offered to mediate between {B} and its neighbours over {topic}.",
    "About {n} residents fled {town} after {adjA} artillery fire {day}.",
]


def article(rng: random.Random, number: int, start: date) -> dict[str, str]:
    """One synthetic article: 4-9 templated sentences about a random pair of countries."""
    a, b = rng.sample(COUNTRIES, 2)
    sentences = []
    for template in rng.sample(TEMPLATES, rng.randint(4, 9)):
        sentences.append(
            template.format(
                A=a[0],
                B=b[0],
                adjA=a[1],
                adjB=b[1],
                capA=a[2],
                capB=b[2],
                role=rng.choice(ROLES),
                name=rng.choice(SURNAMES),
                town=rng.choice(TOWNS),
                day=rng.choice(WEEKDAYS),
                topic=rng.choice(TOPICS),
                n=rng.randint(2, 900),
            )
        )
    published = start + timedelta(days=rng.randint(0, 364))
    text = f"{a[2].upper()} (Bench Wire) — " + " ".join(sentences) + f" (ref {number})"
    return {
        "id": f"bench-{number:06d}",
        "text": text,
        "date": published.isoformat(),
        "source": "Bench Wire",
    }


def write_archive(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(json.dumps(article(rng, number, date(2023, 1, 1))) + "\n")


@dataclass
class Result:
    engine: str
    seconds: float
    coding_seconds: float  # until the analysis step (incidents, claims, alerts) starts
    peak_total_mb: float
    peak_process_mb: float
    coding_peak_total_mb: float
    documents: int
    copies: int
    events: int

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def coding_rate(self) -> float:
        return self.documents / self.coding_seconds if self.coding_seconds else 0.0


def _tree_rss(root: psutil.Process) -> tuple[int, int]:
    try:
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    sizes = []
    for proc in procs:
        try:
            sizes.append(proc.memory_info().rss)
        except psutil.Error:
            continue
    return sum(sizes), max(sizes, default=0)


def run(engine: str, archive: Path, workdir: Path) -> Result:
    db = workdir / f"{engine}.db"
    command = [
        sys.executable,
        "-c",
        CLI,
        "code",
        str(archive),
        "--engine",
        engine,
        "--db",
        f"sqlite:///{db}",
        "--format",
        "jsonl",
        "--commit-every",
        "50",
    ]
    peaks = [0, 0]
    coding_peaks = [0, 0]
    analysis_started: list[float] = []
    lines: list[str] = []
    started = time.perf_counter()
    with open(os.devnull, "w") as sink:
        proc = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE, text=True)
        watched = psutil.Process(proc.pid)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                total, single = _tree_rss(watched)
                peaks[0], peaks[1] = max(peaks[0], total), max(peaks[1], single)
                if not analysis_started:
                    coding_peaks[0] = max(coding_peaks[0], total)
                    coding_peaks[1] = max(coding_peaks[1], single)
                time.sleep(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        assert proc.stderr is not None
        for line in proc.stderr:  # the CLI announces the analysis step before it starts
            if line.startswith("analysing ") and not analysis_started:
                analysis_started.append(time.perf_counter())
            lines.append(line)
        proc.wait()
        done.set()
        sampler.join()
    finished = time.perf_counter()
    seconds = finished - started
    coding = (analysis_started[0] if analysis_started else finished) - started
    if proc.returncode != 0:
        raise SystemExit(f"{engine} run failed ({proc.returncode}):\n{''.join(lines)[-2000:]}")
    with sqlite3.connect(db) as conn:
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        copies = conn.execute(
            "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"
        ).fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return Result(
        engine,
        seconds,
        coding,
        peaks[0] / 2**20,
        peaks[1] / 2**20,
        coding_peaks[0] / 2**20,
        documents,
        copies,
        events,
    )


def report(results: list[Result], count: int) -> str:
    local, dask = results
    lines = [
        "# Batch throughput: one process versus Dask (2 workers)",
        "",
        f"Generated by `python scripts/bench_batch.py --articles {count}` on "
        f"{platform.machine()} with {os.cpu_count()} CPU cores, Python "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}.",
        f"{count:,} synthetic articles (4-9 templated sentences each, "
        "`scripts/bench_batch.py`), one JSONL archive, each run into a fresh SQLite store. "
        "Time includes loading the pipeline (once per process). Memory is sampled every 0.2 s "
        "over the whole process tree (client, scheduler and workers).",
        "",
        "| engine | articles stored | of which near-copies | events | seconds, coding "
        "| seconds, whole run | articles/s, coding | articles/s, whole run "
        "| peak memory while coding (MB) | peak memory, whole run (MB) | largest process (MB) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.engine} | {r.documents:,} | {r.copies:,} | {r.events:,} "
            f"| {r.coding_seconds:.1f} | {r.seconds:.1f} | {r.coding_rate:.1f} | {r.rate:.1f} "
            f"| {r.coding_peak_total_mb:.0f} | {r.peak_total_mb:.0f} | {r.peak_process_mb:.0f} |"
        )
    lines += [
        "",
        "Coding ends when the command announces its analysis step: incidents, claims and "
        "alerts are brought up to date over all new events in the one client process, after "
        "the engine has finished (memory is the sum over the whole process tree).",
        "",
        f"- throughput ratio dask / local, coding: **{dask.coding_rate / local.coding_rate:.2f}x**;"
        f" whole run: **{dask.rate / local.rate:.2f}x**",
        f"- peak memory ratio dask / local while coding (all processes): "
        f"**{dask.coding_peak_total_mb / local.coding_peak_total_mb:.2f}x**; whole run: "
        f"**{dask.peak_total_mb / local.peak_total_mb:.2f}x**",
        f"- largest single process ratio: **{dask.peak_process_mb / local.peak_process_mb:.2f}x**",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=None, help="Write the Markdown report here.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        archive = workdir / "archive.jsonl"
        write_archive(archive, args.articles)
        results = [run("local", archive, workdir), run("dask", archive, workdir)]
    text = report(results, args.articles)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
