"""Throughput of tocsin's full coding against spaCy's bare pipeline on the same text.

    .venv/bin/python scripts/bench_throughput.py [--repeat N] [--rounds R] [--corpus real]

Each side runs in its own process (so peak memory is its own) over the same documents: the
bundled reference article and crisis corpus (or, with ``--corpus real``, the bundled Syria
headlines), repeated N times with distinct ids. Sides: spaCy's
bare pipeline, and tocsin with its learned layers set through the environment of its process
(``TOCSIN_LEARNED_FACTUALITY``, ``TOCSIN_LEARNED_EVENT_TYPES``): ``rules`` (both off),
``factuality`` (the factuality model alone), ``both`` (the factuality model and the
event-type layer: the default). Prints sentences/s, articles/s and peak RSS for each, and
the ratio of each tocsin side to spaCy measured in the same round, by wall clock and by the
CPU time of the process (less sensitive to other jobs on a shared machine); with
``--rounds R`` the sides take turns R times and the median ratio of each side over the
rounds is printed last.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from datetime import date

from tocsin.backtest.corpus import crisis_corpus, load_corpus
from tocsin.models import Document
from tocsin.resources import data_path

SIDES = {
    "rules": {"TOCSIN_LEARNED_FACTUALITY": "false", "TOCSIN_LEARNED_EVENT_TYPES": "false"},
    "factuality": {"TOCSIN_LEARNED_FACTUALITY": "true", "TOCSIN_LEARNED_EVENT_TYPES": "false"},
    "both": {"TOCSIN_LEARNED_FACTUALITY": "true", "TOCSIN_LEARNED_EVENT_TYPES": "true"},
}
LABELS = {
    "rules": "rules only",
    "factuality": "factuality model only",
    "both": "factuality model + event-type layer (default)",
}


def sample_documents(repeat: int, corpus: str = "crises") -> list[Document]:
    texts = [data_path("samples/blinken-azerbaijan-armenia.txt").read_text(encoding="utf-8")]
    bundled = load_corpus() if corpus == "real" else crisis_corpus()
    texts += [document.text for document in bundled]
    return [
        Document(id=f"bench-{r}-{i}", text=text, date=date(2023, 10, 18))
        for r in range(repeat)
        for i, text in enumerate(texts)
    ]


def run_side(side: str, repeat: int, corpus: str) -> dict[str, float]:
    documents = sample_documents(repeat, corpus)
    if side == "spacy":
        from tocsin.nlp import load_spacy
        from tocsin.settings import Settings

        nlp = load_spacy(Settings.from_env().spacy_model)
        nlp(documents[0].text)  # warm-up outside the timing, as on the other side
        start, cpu = time.perf_counter(), time.process_time()
        texts = (d.text for d in documents)
        sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=32))
    else:
        from tocsin.pipeline import Pipeline
        from tocsin.settings import Settings

        settings = Settings.from_env()  # the layers as the side's environment sets them
        pipeline = Pipeline.load(settings)
        pipeline.code(documents[0])  # warm-up: lazy loads (dateparser, gazetteer) happen here
        start, cpu = time.perf_counter(), time.process_time()
        sentences = sum(len(c.sentences) for c in pipeline.code_many(documents))
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu
    return {
        "articles": len(documents),
        "sentences": sentences,
        "seconds": seconds,
        "sentences_per_s": sentences / seconds,
        "articles_per_s": len(documents) / seconds,
        "cpu_seconds": cpu_seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "load_average": os.getloadavg()[0],
    }


def run_round(repeat: int, corpus: str, turn: int = 0) -> dict[str, dict[str, float]]:
    """Every side once, each in its own process, one after the other; the order turns by one
    side each round, so no side always runs first or last."""
    sides = ["spacy", *SIDES]
    results = {}
    for side in sides[turn % len(sides) :] + sides[: turn % len(sides)]:
        out = subprocess.run(
            [sys.executable, __file__, "--side", side, "--repeat", str(repeat), "--corpus", corpus],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, **SIDES.get(side, {})},
        ).stdout
        results[side] = json.loads(out.strip().splitlines()[-1])
    return results


def report(results: dict[str, dict[str, float]]) -> dict[str, tuple[float, float]]:
    """Print one round; return each tocsin side's throughput ratios to spaCy (wall, CPU)."""
    results = {side: results[side] for side in ("spacy", *SIDES)}
    print(f"{'':12}{'articles/s':>12}{'sentences/s':>13}{'CPU s':>8}{'peak MB':>10}{'load':>7}")
    for side, r in results.items():
        print(
            f"{side:12}{r['articles_per_s']:12.1f}{r['sentences_per_s']:13.1f}"
            f"{r['cpu_seconds']:8.2f}{r['peak_rss_mb']:10.0f}{r['load_average']:7.2f}"
        )
    s = results["spacy"]
    ratios = {}
    for side, label in LABELS.items():
        t = results[side]
        wall = t["sentences_per_s"] / s["sentences_per_s"]
        cpu = (s["cpu_seconds"] / s["sentences"]) / (t["cpu_seconds"] / t["sentences"])
        ratios[side] = (wall, cpu)
        print(
            f"ratio {label}/spaCy: throughput {wall:.2f} (by CPU time {cpu:.2f}), "
            f"peak memory {t['peak_rss_mb'] / s['peak_rss_mb']:.2f} "
            f"({t['articles']} articles, {t['sentences']} sentences)"
        )
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--corpus", choices=["crises", "real"], default="crises")
    parser.add_argument("--side", choices=["spacy", *SIDES], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        print(json.dumps(run_side(args.side, args.repeat, args.corpus)))
        return
    rounds = []
    for n in range(args.rounds):
        print(f"round {n + 1}, load average {os.getloadavg()[0]:.2f}")
        rounds.append(report(run_round(args.repeat, args.corpus, n)))
    if args.rounds > 1:
        for side, label in LABELS.items():
            wall = sorted(r[side][0] for r in rounds)
            cpu = sorted(r[side][1] for r in rounds)
            print(
                f"median ratio {label}/spaCy over {args.rounds} rounds: "
                f"{statistics.median(wall):.2f} ({wall[0]:.2f}-{wall[-1]:.2f}), "
                f"by CPU time {statistics.median(cpu):.2f} ({cpu[0]:.2f}-{cpu[-1]:.2f})"
            )


if __name__ == "__main__":
    main()
