"""The bundled crisis corpus: readable, dated, several outlets, wire copies."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tocsin.backtest.corpus import load_corpus
from tocsin.errors import InputError
from tocsin.incidents.sources import copy_groups


def test_bundled_corpus_shape() -> None:
    docs = load_corpus()
    assert len(docs) >= 40
    assert len({d.id for d in docs}) == len(docs)
    dates = [d.date for d in docs]
    assert dates == sorted(dates)
    assert (max(dates) - min(dates)).days >= 49  # about eight weeks
    assert len(Counter(d.source for d in docs)) >= 4


def test_corpus_contains_wire_copies() -> None:
    docs = load_corpus()
    groups = copy_groups((d.id, d.text) for d in docs)
    copies = {doc: head for doc, head in groups.items() if doc != head}
    assert copies, "some articles reprint others"
    by_id = {d.id: d for d in docs}
    assert all(by_id[c].source != by_id[h].source for c, h in copies.items())


def test_jsonl_corpus(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    rows = [
        {"id": "b", "date": "2026-03-02", "text": "Greece praised Turkey.", "source": "X"},
        {"id": "a", "date": "2026-03-01", "text": "Turkey criticised Greece."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert [d.id for d in load_corpus(path)] == ["a", "b"]
    path.write_text(json.dumps({"id": "c", "text": "No date."}) + "\n")
    with pytest.raises(InputError, match="needs id, date and text"):
        load_corpus(path)
