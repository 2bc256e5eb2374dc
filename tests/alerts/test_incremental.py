"""Detection on the dyads an analysis touched stores the same alerts as a full detection.

The crisis corpus, and ten weeks of border shelling, air strikes and rebel raids written here,
are coded once, then saved one article at a time into two stores: one analysed as the API does
(only the events just stored, alerts detected on the dyads they touch), the other analysed with
a full detection over the whole store each time. Their alerts and evidence must be the same row
for row, in publication order and in a shuffled order (where most articles leave the latest day
where it was). The forecast thresholds are lowered so that pairs and families raise alerts too.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import tocsin.alerts.incremental as incremental
from tocsin.alerts.tables import AlertEvidenceRow, AlertRow
from tocsin.analysis import analyse_pending, analyse_stored
from tocsin.backtest.corpus import crisis_corpus
from tocsin.forecast.model import ForecastModel
from tocsin.incidents.store_reports import save_coded
from tocsin.models import Document
from tocsin.settings import Settings
from tocsin.store import Store

VOLATILE = {"created_at", "delivered_at", "next_delivery_at", "delivery_attempts"}
WORDS = (
    "Armenia accused Azerbaijan of violating the ceasefire.",
    "Iran threatened to close its border with Azerbaijan.",
    "Georgia condemned the detention of its citizens in Russia.",
    "Mali's government accused rebels of blocking the road to Kidal.",
)
VILLAGES = ("Sotk", "Kut", "Jermuk", "Goris", "Kapan", "Vardenis", "Tegh")


def war_corpus() -> list[Document]:
    """Ten weeks of words between neighbours, air strikes every nine days, then two weeks of
    shelling across a border and four of rebel raids."""
    start = date(2024, 3, 4)
    docs = [
        Document(id=f"w-{n:02d}", text=f"{WORDS[n % 4]} Desk {n}.", date=start + timedelta(n))
        for n in range(70)
    ]
    for n in range(0, 70, 9):
        day = start + timedelta(days=n)
        text = (
            f"Turkish jets bombed Kurdish fighters in northern Iraq on {day:%A}, killing "
            f"{n % 5 + 2} people, Iraqi officials said."
        )
        docs.append(Document(id=f"t-{n:02d}", text=text, date=day))
    for n in range(28):
        day = start + timedelta(days=42 + n)
        if n < 12:
            text = (
                f"Azerbaijani troops shelled the Armenian village of {VILLAGES[n % 7]} on "
                f"{day:%A}, killing {n + 3} soldiers, the Armenian defence ministry said."
            )
            docs.append(Document(id=f"s-{n:02d}", text=text, date=day))
        text = (
            f"Rebels attacked a Malian army base near Kidal on {day:%A}, killing {n + 5} "
            "soldiers, the army said."
        )
        docs.append(Document(id=f"r-{n:02d}", text=text, date=day))
    return docs


@pytest.fixture(scope="module", params=["crises", "war"])
def coded(request: pytest.FixtureRequest, pipeline: Any) -> list[Any]:
    documents = crisis_corpus() if request.param == "crises" else war_corpus()
    items = [c for c in pipeline.code_many(documents) if hasattr(c, "events")]
    return sorted(items, key=lambda c: (c.document.date, c.document.id))


@pytest.fixture
def low_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled forecast model with thresholds low enough for these small corpora."""
    bundled = ForecastModel.load()
    lowered = replace(bundled, thresholds={"info": 0.005, "warning": 0.02, "critical": 0.05})
    monkeypatch.setattr(ForecastModel, "load", classmethod(lambda cls, *a, **k: lowered))


def alert_tables(store: Store) -> tuple[list[dict], list[tuple]]:
    """Every alert (without when it was written) and every piece of evidence, in a stable order."""
    with store.session() as session:
        alerts = [
            {k: v for k, v in vars(row).items() if not k.startswith("_") and k not in VOLATILE}
            for row in session.scalars(select(AlertRow).order_by(AlertRow.id))
        ]
        evidence = sorted(
            (e.alert_id, e.incident_id, e.event_id, e.doc_id, e.sentence)
            for e in session.scalars(select(AlertEvidenceRow))
        )
    return alerts, evidence


def replay(path: Path, items: list[Any], settings: Settings, touched: bool) -> tuple:
    with Store(f"sqlite:///{path}") as store:
        for item in items:
            event_ids = save_coded(store, [item])
            if touched:
                analyse_stored(store, event_ids, settings)
            else:
                analyse_pending(store, settings)  # everything queued: a full detection
        return alert_tables(store)


@pytest.mark.parametrize("order", ["published", "shuffled"])
def test_touched_detection_stores_what_a_full_detection_stores(
    coded: list[Any],
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    low_thresholds: None,
    order: str,
) -> None:
    settings = replace(settings, forecast_alert_max_level="critical")  # the thresholds' levels
    items = list(coded)
    if order == "shuffled":
        random.Random(17).shuffle(items)
    calls: list[int] = []
    partial = incremental.touched_alerts

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return partial(*args, **kwargs)

    monkeypatch.setattr(incremental, "touched_alerts", counted)
    touched = replay(tmp_path / "touched.db", items, settings, touched=True)
    full = replay(tmp_path / "full.db", items, settings, touched=False)
    alerts, evidence = full
    scopes = {a["scope"] for a in alerts}
    assert "dyad" in scopes and scopes & {"pair", "family"}  # detectors and forecasts fired
    assert len({a["level"] for a in alerts}) > 1
    assert evidence
    assert touched[0] == alerts
    assert touched[1] == evidence
    if order == "shuffled":  # most articles left the day where it was: detected incrementally
        assert len(calls) > len(items) // 2
