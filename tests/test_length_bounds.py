"""Cost linear in input: long stretches without a stop are cut, overlong sentences skipped,
and a document that runs past its time budget fails alone."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.conftest import TOKEN
from batch.cliapp import cli_app
from tocsin.api import create_app
from tocsin.batch.failures import FailureLog
from tocsin.models import Document
from tocsin.sentence_bound import SentenceBound
from tocsin.settings import Settings
from tocsin.store import Store

CLAUSES = [
    "rebels of the northern front shelled the market of Kidal on Monday",
    "the army of Mali answered with air strikes on their camps near Gao",
    "police in Bamako arrested dozens of protesters outside the parliament",
    "the government of Niger recalled its ambassador from Paris in protest",
]


def run_on(words: int) -> str:
    """Clauses joined by commas and conjunctions, with no full stop, of about ``words`` words."""
    out: list[str] = []
    i = 0
    while sum(len(c.split()) for c in out) < words:
        out.append(CLAUSES[i % len(CLAUSES)] + ("," if i % 2 else " and"))
        i += 1
    return " ".join(out).rstrip(",d ").removesuffix(" an")


def pipeline_with(pipeline, **settings) -> object:
    """The session pipeline (its stages shared) with other settings."""
    other = copy.copy(pipeline)
    other.settings = replace(pipeline.settings, **settings)
    return other


def test_a_long_stretch_without_a_stop_is_cut_into_bounded_sentences(pipeline) -> None:
    text = run_on(700)
    coded = pipeline.code(Document(id="run-on", text=text))
    doc = pipeline.nlp(text)
    lengths = [len(s) for s in doc.sents]
    bound = pipeline.settings.max_sentence_tokens
    assert len(doc) > 3 * bound
    assert max(lengths) <= bound, lengths
    # cut at a clause break (after a comma or before "and"), not in the middle of a clause
    for sent in list(doc.sents)[1:]:
        assert doc[sent.start - 1].text == "," or sent[0].lower_ == "and", sent.text[:40]
    assert len(coded.sentences) == len(lengths)
    assert any(e.event == "ASSAULT" for e in coded.events)  # still coded, not skipped
    assert any("max_sentence_tokens" in w for w in coded.document.sanitised)


def test_ordinary_sentences_are_not_cut(pipeline) -> None:
    text = ". ".join(c[0].upper() + c[1:] for c in CLAUSES) + "."
    coded = pipeline.code(Document(id="plain", text=text))
    assert len(coded.sentences) == len(CLAUSES)
    assert coded.document.sanitised == ()


def test_the_bound_is_a_setting_and_zero_turns_it_off(nlp) -> None:
    doc = nlp.make_doc(run_on(120))
    assert SentenceBound(0)(doc) is doc and not doc.user_data
    SentenceBound(40)(doc)
    starts = [t.i for t in doc if t.is_sent_start and t.i > 0]
    pieces = zip([0, *starts], [*starts, len(doc)], strict=True)
    assert starts and all(b - a <= 40 for a, b in pieces)


def test_a_sentence_past_max_sentence_chars_is_skipped_with_a_warning(pipeline) -> None:
    strict = pipeline_with(pipeline, max_sentence_chars=200)
    long = CLAUSES[0][0].upper() + CLAUSES[0][1:] + ", " + ", ".join(CLAUSES[1:]) + "."
    short = "Police in Dakar arrested ten protesters on Friday."
    assert len(long) > 200
    coded = strict.code(Document(id="skip", text=f"{long} {short}"))
    assert len(coded.sentences) == 2
    assert {e.sentence_index for e in coded.events} == {1}  # only the short one is coded
    (warning,) = coded.document.sanitised
    assert "sentence(s) 0 (" in warning and "max_sentence_chars" in warning
    assert {e.sentence_index for e in pipeline.code(Document(id="all", text=long)).events}


def test_a_document_past_its_time_budget_fails_alone(pipeline) -> None:
    hasty = pipeline_with(pipeline, document_seconds=1.0)
    documents = [
        Document(id="before", text="Police in Dakar arrested ten protesters on Friday."),
        Document(id="huge", text=run_on(12_000)),
        Document(id="after", text="Rebels shelled the market of Kidal on Monday."),
    ]
    results = list(hasty.code_many(documents))
    assert [hasattr(r, "events") for r in results] == [True, False, True]
    error = results[1].error
    assert error.code == "E109" and "document_seconds" in str(error)


def test_a_batch_quarantines_the_document_past_its_budget(
    pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = cli_app(pipeline_with(pipeline, document_seconds=1.0), monkeypatch)
    archive = tmp_path / "batch.jsonl"
    records = [
        {"id": "a", "text": "Police in Dakar arrested ten protesters on Friday."},
        {"id": "huge", "text": run_on(12_000)},
        {"id": "b", "text": "Rebels shelled the market of Kidal on Monday."},
    ]
    archive.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'budget.db'}"
    result = CliRunner().invoke(app, ["code", str(archive), "--db", url])
    assert result.exit_code == 3, result.stderr
    assert "E109" in result.stderr
    with Store(url) as store:
        assert store.known_ids(["a", "huge", "b"]) == {"a", "b"}
        (failure,) = FailureLog(store).list()
    assert (failure.stage, failure.code) == ("code", "E109")


def test_the_api_parses_outside_the_write_lock(pipeline, tmp_path: Path) -> None:
    settings = Settings.from_env(
        environ={}, db_url=f"sqlite:///{tmp_path / 'api.db'}", api_token=TOKEN
    )
    store = Store.open(settings.db_url)
    seen: list[bool] = []
    app = create_app(settings, pipeline_factory=lambda: watched, store=store)

    class Watched:
        def code_many(self, documents, batch_size: int = 32):
            seen.append(app.state.tocsin.coding_lock.locked())
            return pipeline.code_many(documents, batch_size)

    watched = Watched()
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(app) as client:
        answer = client.post(
            "/api/documents", json={"text": "Rebels shelled Kidal on Monday."}, headers=headers
        )
    assert answer.status_code == 201, answer.text
    assert seen == [False]


def test_the_api_answers_422_when_the_budget_is_spent(pipeline, tmp_path: Path) -> None:
    settings = Settings.from_env(
        environ={}, db_url=f"sqlite:///{tmp_path / 'api.db'}", api_token=TOKEN
    )
    hasty = pipeline_with(pipeline, document_seconds=1.0)
    app = create_app(settings, pipeline_factory=lambda: hasty, store=Store.open(settings.db_url))
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(app) as client:
        answer = client.post("/api/documents", json={"text": run_on(12_000)}, headers=headers)
        assert answer.status_code == 422
        assert "document_seconds" in answer.json()["detail"]
        assert client.get("/api/documents").json()["total"] == 0
