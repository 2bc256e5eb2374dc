"""Throughput of tocsin's full coding against spaCy's bare pipeline on the same text.

    .venv/bin/python scripts/bench_throughput.py [--repeat N]

Each side runs in its own process (so peak memory is its own) over the same documents: the
bundled reference article and crisis corpus, repeated N times with distinct ids. Sides: spaCy's
bare pipeline, tocsin as configured (learned layers on by default) and tocsin with the learned
layers off (``rules``). Prints sentences/s, articles/s and peak RSS for each, and the ratios of
both tocsin sides to spaCy.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from datetime import date

from tocsin.backtest.corpus import load_corpus
from tocsin.models import Document
from tocsin.resources import data_path


def sample_documents(repeat: int) -> list[Document]:
    texts = [data_path("samples/blinken-azerbaijan-armenia.txt").read_text(encoding="utf-8")]
    texts += [document.text for document in load_corpus()]
    return [
        Document(id=f"bench-{r}-{i}", text=text, date=date(2023, 10, 18))
        for r in range(repeat)
        for i, text in enumerate(texts)
    ]


def run_side(side: str, repeat: int) -> dict[str, float]:
    documents = sample_documents(repeat)
    if side == "spacy":
        from tocsin.nlp import load_spacy
        from tocsin.settings import Settings

        nlp = load_spacy(Settings.from_env().spacy_model)
        nlp(documents[0].text)  # warm-up outside the timing, as on the other side
        start = time.perf_counter()
        texts = (d.text for d in documents)
        sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=32))
    else:
        from tocsin.pipeline import Pipeline
        from tocsin.settings import Settings

        off = {"learned_factuality": False, "learned_event_types": False}
        pipeline = Pipeline.load(Settings.from_env(**(off if side == "rules" else {})))
        pipeline.code(documents[0])  # warm-up: lazy loads (dateparser, gazetteer) happen here
        start = time.perf_counter()
        sentences = sum(len(c.sentences) for c in pipeline.code_many(documents))
    seconds = time.perf_counter() - start
    return {
        "articles": len(documents),
        "sentences": sentences,
        "seconds": seconds,
        "sentences_per_s": sentences / seconds,
        "articles_per_s": len(documents) / seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--side", choices=["spacy", "tocsin", "rules"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        print(json.dumps(run_side(args.side, args.repeat)))
        return
    results = {}
    for side in ("spacy", "tocsin", "rules"):
        out = subprocess.run(
            [sys.executable, __file__, "--side", side, "--repeat", str(args.repeat)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results[side] = json.loads(out.strip().splitlines()[-1])
    print(f"{'':10}{'articles/s':>12}{'sentences/s':>13}{'peak MB':>10}")
    for side, r in results.items():
        print(
            f"{side:10}{r['articles_per_s']:12.1f}{r['sentences_per_s']:13.1f}"
            f"{r['peak_rss_mb']:10.0f}"
        )
    s = results["spacy"]
    for side, label in (("tocsin", "tocsin (learned layers on)"), ("rules", "rules only")):
        t = results[side]
        print(
            f"ratio {label}/spaCy: throughput {t['sentences_per_s'] / s['sentences_per_s']:.2f}, "
            f"peak memory {t['peak_rss_mb'] / s['peak_rss_mb']:.2f} "
            f"({t['articles']} articles, {t['sentences']} sentences)"
        )


if __name__ == "__main__":
    main()
