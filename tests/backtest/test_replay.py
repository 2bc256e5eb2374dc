"""The replay loop with a stand-in coder: incidents, alerts day by day, lead times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from incidents.factories import make_event
from tocsin.alerts.detectors import Thresholds
from tocsin.alerts.scan import find_alerts
from tocsin.backtest.replay import Backtest, MemoryLedger
from tocsin.models import Document
from tocsin.settings import Settings
from tocsin.signals.rows import rows_from_incidents
from tocsin.weights import SignalWeights


@dataclass(frozen=True)
class Coded:
    """What the pipeline yields per document (``CodedDocument``): the document and events."""

    document: Document
    events: tuple


CAMEO = {"ACCUSE": "112", "THREATEN": "138", "MOBILIZE": "150", "ASSAULT": "190"}


class LineCoder:
    """Codes lines ``ACTOR RECIPIENT EVENT [STATUS]``: one event per line."""

    def code_many(self, documents):
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


def test_replay_scores_alerts_against_later_violence(settings: Settings) -> None:
    ledger = MemoryLedger(settings, SignalWeights.load())
    result = Backtest(LineCoder(), settings, ledger).run(CORPUS)
    assert (result.days, result.documents, result.events) == (6, 7, 8)
    # Two copies of the 30 March attack are one incident with one independent source.
    assert result.incidents == 7
    (attack,) = [s for s in ledger.summaries() if s.date_start == date(2026, 3, 30)]
    assert (attack.n_mentions, attack.n_sources) == (2, 1)
    by_day = {a.alert.first_seen: a for a in result.score.alerts if a.alert.kind == "ladder"}
    warning = by_day[date(2026, 3, 23)]
    assert warning.alert.level == "warning"
    assert warning.lead_days == 7 and warning.true_positive
    assert result.score.violent_days == 2
    assert result.score.recall == 1.0
    assert 0 < result.score.precision <= 1.0
    assert not any(a.alert.actor == "GRC" for a in result.score.alerts)
    as_of = find_alerts(
        rows_from_incidents(ledger.summaries()),
        Thresholds(),
        SignalWeights.load(),
        date(2026, 3, 30),
    )
    (force,) = [a for a in as_of if a.kind == "ladder"]
    sentences = {e.sentence for e in ledger.evidence(force).evidence}
    assert sentences == {
        "IND PAK THREATEN",
        "IND/MIL PAK MOBILIZE",
        "IND PAK ASSAULT possible",
        "IND/MIL PAK/MIL ASSAULT",
    }
