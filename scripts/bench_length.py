"""Coding time per KB of text from 1 KB to 1 MB, with full stops and without.

    .venv/bin/python scripts/bench_length.py [--sizes 1,10,100,300,1000] [--repeat 1]

The text is the bundled reference article repeated to each size (KB of 1,000 characters).
"Punctuated" keeps it as written; "unpunctuated" removes every full stop, question and
exclamation mark and every line break, so the whole text is one paragraph with no
sentence end. Each size is coded once by a loaded pipeline with the default settings (its
time budget lifted so the largest size can finish) and the table gives seconds, seconds per
KB, sentences, events and the document's recorded warnings. Flat seconds per KB means the cost
is linear in the input. Seconds are wall-clock; the per-KB figure is CPU time of the process,
which a shared machine disturbs less.
"""

from __future__ import annotations

import argparse
import re
import time

from tocsin.models import Document
from tocsin.pipeline import Pipeline
from tocsin.resources import data_path
from tocsin.settings import Settings

STOPS = re.compile(r"[.!?…]+|\s*\n\s*")


def text_of(size_kb: int, punctuated: bool) -> str:
    """The reference article repeated to ``size_kb`` thousand characters."""
    article = data_path("samples/blinken-azerbaijan-armenia.txt").read_text(encoding="utf-8")
    if not punctuated:
        article = STOPS.sub(" ", article)
    chars = size_kb * 1000
    text = (article.strip() + ("\n\n" if punctuated else " ")) * (chars // len(article) + 1)
    return text[:chars].rsplit(" ", 1)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100,300,1000", help="sizes in KB, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (the best is kept)")
    args = parser.parse_args()
    pipeline = Pipeline.load(Settings.from_env(document_seconds=0.0))
    pipeline.code(Document(id="warm", text=text_of(1, True)))  # lazy loads happen here
    print("| text | KB | seconds | CPU s/KB | sentences | events | warnings |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for punctuated in (True, False):
        for size in (int(s) for s in args.sizes.split(",")):
            text = text_of(size, punctuated)
            best = cpu = float("inf")
            for run in range(args.repeat):
                start, start_cpu = time.perf_counter(), time.process_time()
                coded = pipeline.code(Document(id=f"bench-{size}-{run}", text=text))
                best = min(best, time.perf_counter() - start)
                cpu = min(cpu, time.process_time() - start_cpu)
            kind = "punctuated" if punctuated else "unpunctuated"
            warnings = "; ".join(coded.document.sanitised) or "–"
            kb = len(text) / 1000
            print(
                f"| {kind} | {kb:,.0f} | {best:,.2f} | {cpu / kb:.4f} "
                f"| {len(coded.sentences):,} | {len(coded.events):,} | {warnings} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
