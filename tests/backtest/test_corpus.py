"""The bundled crisis corpus: readable, dated, several outlets, wire copies."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tocsin.backtest.corpus import REAL_SPAN, crisis_corpus, load_corpus
from tocsin.errors import InputError
from tocsin.incidents.sources import copy_groups
from truth.test_ucdp import write_ged


def test_bundled_real_corpus_is_the_syria_headlines() -> None:
    docs = load_corpus()
    assert len(docs) > 1000
    assert min(d.date for d in docs) >= REAL_SPAN[0] and max(d.date for d in docs) <= REAL_SPAN[1]
    assert all(d.id.startswith("ged-") and d.text == d.title for d in docs)
    assert len({(d.date, d.text) for d in docs}) == len(docs)  # one document per headline a day
    assert Counter(d.source for d in docs).most_common(1)[0][0] == "SOHR"


def test_ged_headlines_as_a_corpus(tmp_path: Path) -> None:
    path = write_ged(
        tmp_path / "ged.csv",
        [
            {
                "id": "1",
                "date_start": "2020-05-01",
                "date_end": "2020-05-01",
                "side_a": "Government of Ruritania",
                "side_b": "Ruritanian insurgents",
                "type_of_violence": "1",
                "best": "3",
                "source_article": '"Wire,2020-05-02,Army shells the river town";'
                '"Monitor,2020-05-02,Army shells the river town";'
                '"Wire,1753-01-01,A date no article has";'
                '"Wire,2020-06-20,A late summary"',
            },
        ],
    )
    docs = load_corpus(path)
    assert [(d.date.isoformat(), d.text) for d in docs] == [
        ("2020-05-02", "Army shells the river town"),
        ("2020-06-20", "A late summary"),
    ]
    assert load_corpus(path, until=date(2020, 5, 31))[-1].text == "Army shells the river town"


def test_bundled_crisis_corpus_shape() -> None:
    docs = crisis_corpus()
    assert len(docs) >= 40
    assert len({d.id for d in docs}) == len(docs)
    dates = [d.date for d in docs]
    assert dates == sorted(dates)
    assert (max(dates) - min(dates)).days >= 49  # about eight weeks
    assert len(Counter(d.source for d in docs)) >= 4


def test_corpus_contains_wire_copies() -> None:
    docs = crisis_corpus()
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
    assert [d.id for d in load_corpus(path, since=date(2026, 3, 2))] == ["b"]
    path.write_text(json.dumps({"id": "c", "text": "No date."}) + "\n")
    with pytest.raises(InputError, match="needs id, date and text"):
        load_corpus(path)
    path.write_text("{not json\n")
    with pytest.raises(InputError, match="line 1 is not JSON"):
        load_corpus(path)
    with pytest.raises(InputError, match="no such corpus"):
        load_corpus(tmp_path / "missing.jsonl")
