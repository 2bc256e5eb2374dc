"""The coding cache: a second replay of the same corpus reads its coded documents."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from backtest.test_replay import CORPUS, LineCoder, doc
from tocsin.backtest.cache import CodingCache, cache_key, code_fingerprint
from tocsin.backtest.replay import Backtest
from tocsin.settings import Settings


class CountingCoder(LineCoder):
    """The line coder, counting the documents it was asked to code."""

    def __init__(self) -> None:
        self.coded = 0

    def code_many(self, documents, batch_size: int = 32):
        for item in super().code_many(documents, batch_size):
            self.coded += 1
            yield item


def test_a_second_replay_reads_the_coded_documents(settings: Settings, tmp_path: Path) -> None:
    cache = CodingCache(tmp_path / "cache")
    first_coder, second_coder = CountingCoder(), CountingCoder()
    first = Backtest(first_coder, settings, cache=cache).run(CORPUS)
    second = Backtest(second_coder, settings, cache=cache).run(CORPUS)
    assert (first_coder.coded, second_coder.coded) == (7, 0)
    assert not first.coding_cached and second.coding_cached
    assert (second.documents, second.events, second.incidents) == (7, 8, 7)
    assert [e.alert.id for e in second.episodes] == [e.alert.id for e in first.episodes]
    assert [f.probability for f in second.forecasts] == [f.probability for f in first.forecasts]
    assert len(list((tmp_path / "cache").glob("coded-*.pickle"))) == 1


def test_the_key_follows_the_corpus_and_the_settings(settings: Settings) -> None:
    key = cache_key(CORPUS, settings, "en_core@1")
    assert key == cache_key(list(CORPUS), settings, "en_core@1")
    edited = [*CORPUS[:-1], doc("g", 6, 4, "IND/MIL PAK/MIL ASSAULT possible")]
    assert cache_key(edited, settings, "en_core@1") != key
    assert cache_key(CORPUS[:-1], settings, "en_core@1") != key
    assert cache_key(CORPUS, replace(settings, infer_parties=False), "en_core@1") != key
    assert cache_key(CORPUS, settings, "en_core@2") != key
    # the store a replay fills is not part of how documents are coded
    assert cache_key(CORPUS, replace(settings, db_url="sqlite:///other.db"), "en_core@1") == key


def test_the_code_fingerprint_leaves_out_what_runs_after_coding(tmp_path: Path) -> None:
    for name in ("events/rules.py", "data/events/verbs.yaml", "forecast/features.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("one\n", encoding="utf-8")
    (tmp_path / "data/forecast").mkdir(parents=True)
    (tmp_path / "data/forecast/model.yaml").write_text("one\n", encoding="utf-8")
    before = code_fingerprint(str(tmp_path))
    code_fingerprint.cache_clear()
    (tmp_path / "forecast/features.py").write_text("two\n", encoding="utf-8")
    (tmp_path / "data/forecast/model.yaml").write_text("two\n", encoding="utf-8")
    assert code_fingerprint(str(tmp_path)) == before
    code_fingerprint.cache_clear()
    (tmp_path / "data/events/verbs.yaml").write_text("two\n", encoding="utf-8")
    assert code_fingerprint(str(tmp_path)) != before
    code_fingerprint.cache_clear()


def test_an_unreadable_file_is_a_miss(tmp_path: Path) -> None:
    cache = CodingCache(tmp_path)
    assert cache.load("absent") is None
    cache.path("broken").write_bytes(b"not a pickle")
    assert cache.load("broken") is None
    cache.save("good", ["one", "two"])
    assert cache.load("good") == ["one", "two"]
