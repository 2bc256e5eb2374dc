"""CPU of the analysis step per article, alerts detected on the dyads touched or on the store.

    python scripts/detection_cost.py --db /tmp/load.db --articles 20

Copies the store (a SQLite file, say one built by ``scripts/build_load_store.py``) twice,
codes the same new articles (those ``scripts/load_api.py``'s writer posts; every tenth dated
after the store's last day, so the day moves on) and saves them one at a time into each copy:
one analysed as the API does (``analyse_stored``: the dyads touched), the other with a full
detection (``analyse_pending``). Prints the CPU seconds per analysis and whether the two
copies hold the same alerts and evidence.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from load_api import _day, article_text
from sqlalchemy import select

from tocsin.alerts.tables import AlertEvidenceRow, AlertRow
from tocsin.analysis import analyse_pending, analyse_stored
from tocsin.incidents.store_reports import save_coded
from tocsin.models import Document
from tocsin.pipeline import Pipeline
from tocsin.settings import Settings
from tocsin.store import Store

VOLATILE = {"created_at", "delivered_at", "next_delivery_at", "delivery_attempts"}


def alert_rows(store: Store) -> tuple[list[dict], list[tuple]]:
    """Every alert (without when it was written) and every piece of evidence."""
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="a SQLite store file")
    parser.add_argument("--articles", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(3)
    documents = []
    for n in range(args.articles):
        day = _day(rng) if n % 10 != 9 else date(2024, 1, 1) + timedelta(days=n // 10)
        documents.append(Document(id=f"cost-{n}", text=article_text(rng, 5000 + n), date=day))
    settings = Settings.from_env(environ={})
    coded = [c for c in Pipeline.load(settings).code_many(documents) if hasattr(c, "events")]
    found = {}
    with tempfile.TemporaryDirectory() as folder:
        for mode in ("touched", "full"):
            path = Path(folder) / f"{mode}.db"
            shutil.copy(args.db, path)
            seconds = []
            with Store(f"sqlite:///{path}") as store:
                for item in coded:
                    event_ids = save_coded(store, [item])
                    began = time.process_time()
                    if mode == "touched":
                        analyse_stored(store, event_ids, settings)
                    else:
                        analyse_pending(store, settings)
                    seconds.append(time.process_time() - began)
                found[mode] = alert_rows(store)
            seconds.sort()
            median = seconds[len(seconds) // 2]
            print(f"{mode}: CPU per analysis median {median:.2f} s, max {seconds[-1]:.2f} s")
    alerts, evidence = found["full"]
    same = found["touched"] == found["full"]
    print(f"{len(alerts)} alerts, {len(evidence)} evidence rows; the same both ways: {same}")


if __name__ == "__main__":
    main()
