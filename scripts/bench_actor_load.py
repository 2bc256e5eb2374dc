"""Load time and memory of the actor stage for several ``phoenix_layers`` settings.

Each configuration is loaded in its own process (after the spaCy pipeline, which is not
counted), the configurations alternating, and the median of the rounds is printed with its
ratio to the first configuration (measured in the same run, since the machine's load moves
absolute figures).

Run::

    .venv/bin/python scripts/bench_actor_load.py --rounds 3 none groups,milnonstate all
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

CHILD = r"""
import json, resource, sys, time
from tocsin.actors import ActorResolver
from tocsin.nlp import load_spacy
from tocsin.settings import Settings
settings = Settings.from_env(environ={"TOCSIN_PHOENIX_LAYERS": sys.argv[1]})
nlp = load_spacy(settings.spacy_model)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
resolver = ActorResolver.load(settings, nlp)
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "added_mb": (after - before) / 1024,
                  "peak_mb": after / 1024, "entries": len(resolver.dictionary.entries)}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("layers", nargs="*", default=["none", "groups,international,milnonstate"])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {layers: [] for layers in args.layers}
    for _ in range(args.rounds):
        for layers in args.layers:
            done = subprocess.run(
                [sys.executable, "-c", CHILD, layers], capture_output=True, text=True, check=True
            )
            runs[layers].append(json.loads(done.stdout.strip().splitlines()[-1]))
    first = args.layers[0]
    base_s = statistics.median(r["seconds"] for r in runs[first])
    base_mb = statistics.median(r["added_mb"] for r in runs[first])
    for layers, rows in runs.items():
        seconds = statistics.median(r["seconds"] for r in rows)
        added = statistics.median(r["added_mb"] for r in rows)
        peak = statistics.median(r["peak_mb"] for r in rows)
        print(
            f"{layers:40s} load {seconds:6.2f} s ({seconds / base_s:4.2f}x)  "
            f"+{added:6.1f} MB ({added / base_mb:4.2f}x)  peak {peak:6.1f} MB  "
            f"entries {int(rows[0]['entries'])}"
        )


if __name__ == "__main__":
    main()
