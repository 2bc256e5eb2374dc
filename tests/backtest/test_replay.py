"""The replay loop with a stand-in coder: incidents, alerts day by day, forecasts each Sunday."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from incidents.factories import make_event
from tocsin.backtest.ledgers import MemoryLedger
from tocsin.backtest.replay import Backtest
from tocsin.backtest.scoring import FiredAlert, score, violent_days
from tocsin.models import Document
from tocsin.settings import Settings
from tocsin.weights import SignalWeights


@dataclass(frozen=True)
class Coded:
    """What the pipeline yields per document (``CodedDocument``): the document and events."""

    document: Document
    events: tuple


CAMEO = {"ACCUSE": "112", "THREATEN": "138", "MOBILIZE": "150", "ASSAULT": "190"}


class LineCoder:
    """Codes lines ``ACTOR RECIPIENT EVENT [STATUS]``: one event per line."""

    def code_many(self, documents, batch_size: int = 32):
        for doc in documents:
            events = []
            for i, line in enumerate(doc.text.splitlines()):
                actor, recipient, kind, *status = line.split()
                spec = {
                    "doc": doc.id,
                    "sentence": i,
                    "actor": actor,
                    "recipient": recipient,
                    "event": kind,
                    "cameo": CAMEO[kind],
                    "date": doc.date.isoformat(),
                    "status": status[0] if status else "asserted",
                    "text": line,
                }
                events.append(make_event(spec, i))
            yield Coded(doc, tuple(events))


def doc(ident: str, day: int, month: int, text: str, source: str = "North") -> Document:
    return Document(id=ident, text=text, date=date(2026, month, day), source=source)


CORPUS = [
    doc("a", 2, 3, "IND PAK ACCUSE"),
    doc("b", 3, 3, "GRC TUR ACCUSE"),
    doc("c", 16, 3, "IND PAK THREATEN"),
    doc("d", 23, 3, "IND/MIL PAK MOBILIZE\nIND PAK ASSAULT possible"),
    doc("e", 30, 3, "IND/MIL PAK/MIL ASSAULT"),
    doc("f", 30, 3, "IND/MIL PAK/MIL ASSAULT", source="Metro"),
    doc("g", 6, 4, "IND/MIL PAK/MIL ASSAULT"),
]


class CrashingCoder(LineCoder):
    """Raises on any chunk holding a document that says ``CRASH``."""

    def code_many(self, documents, batch_size: int = 32):
        documents = list(documents)
        if any("CRASH" in d.text for d in documents):
            raise IndexError("list index out of range")
        return list(super().code_many(documents, batch_size))


def test_a_crash_on_one_document_fails_it_alone(settings: Settings) -> None:
    corpus = [*CORPUS[:3], doc("x", 17, 3, "CRASH"), *CORPUS[3:]]
    crashed = Backtest(CrashingCoder(), settings).run(corpus)
    clean = Backtest(LineCoder(), settings).run(CORPUS)
    assert crashed.failed == 1
    assert crashed.incidents == clean.incidents


def test_replay_scores_alerts_against_later_violence(settings: Settings) -> None:
    settings = replace(settings, dyad_alert_max_level="critical")  # the detectors' own levels
    ledger = MemoryLedger(settings, SignalWeights.load())
    replay = Backtest(LineCoder(), settings, ledger).run(CORPUS)
    assert replay.days == 36  # every calendar day from 2 March to 6 April
    assert (replay.documents, replay.events) == (7, 8)
    # Two copies of the 30 March attack are one incident with one independent source.
    assert replay.incidents == 7
    (attack,) = [s for s in ledger.summaries() if s.date_start == date(2026, 3, 30)]
    assert (attack.n_mentions, attack.n_sources) == (2, 1)
    # Sectors roll up: every India–Pakistan incident is one dyad of two states and one pair.
    assert {u.id for u in replay.table.units.values()} == {
        "pair:IND–PAK",
        "dyad:IND–PAK",
        "pair:GRC–TUR",
        "dyad:GRC–TUR",
    }
    fired = [FiredAlert.of(e) for e in replay.episodes]
    ladder = [a for a in fired if a.kind == "ladder" and a.scope == "dyad"]
    assert ladder, "the climb from threats to mobilisation is an alert"
    (climb,) = ladder  # repeats within the merge window are one alert
    assert climb.first_seen == date(2026, 3, 16)  # threats: an info
    assert climb.since("warning") == date(2026, 3, 23)  # mobilisation: a warning
    assert climb.level == "critical" and climb.since("critical") == date(2026, 3, 30)
    result = score(fired, violent_days(replay.table), horizon_days=28)
    (scored,) = [a for a in result.alerts if a.alert.id == climb.id]
    assert scored.lead_days == 14 and scored.true_positive
    assert result.violent_days == 4  # 30 March and 6 April, for the pair and its dyad
    assert 0 < result.recall <= 1.0
    assert not any(a.unit.startswith("GRC") and a.level != "info" for a in fired)
    # a forecast every Sunday for every pair seen by then
    assert {f.unit.key for f in replay.forecasts} == {"IND–PAK", "GRC–TUR"}
    assert all(f.week.weekday() == 0 for f in replay.forecasts)
    evidence = ledger.evidence(climb_alert(replay, climb.id))
    assert "IND/MIL PAK MOBILIZE" in {e.sentence for e in evidence.evidence}


def climb_alert(replay, alert_id: str):
    (episode,) = [e for e in replay.episodes if e.alert.id == alert_id]
    return episode.alert


def test_by_default_detectors_on_fine_dyads_raise_infos(settings: Settings) -> None:
    replay = Backtest(LineCoder(), settings).run(CORPUS)
    detected = [e for e in replay.episodes if e.alert.kind != "forecast"]
    assert detected and {e.level for e in detected} == {"info"}
