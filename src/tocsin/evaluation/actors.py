"""Actor scores on PLOVER gold-standard records (``plover_gsr_cameo.json``).

Two numbers, both per record of the gold file:

* **mention coverage** (actor stage only): share of gold source/target parties whose country is
  among the countries of the actor mentions tocsin finds in the sentence;
* **event agreement** (whole pipeline): share of records for which one coded event has a gold
  source country as actor and a gold target country as recipient (records without a target need
  only the actor), by country and by country + sector (a gold party without a sector accepts any).

The gold file writes every intergovernmental body as ``IGO`` and every NGO as ``NGO``, and uses a
few pre-ISO codes (``JAP``); tocsin codes are mapped onto that scheme before comparing. The
records' dates are placeholders, so sentences are coded without a date.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pycountry

from tocsin.errors import InputError
from tocsin.models import ActorRef

if TYPE_CHECKING:
    from tocsin.pipeline import Pipeline

GOLD_COUNTRY_ALIASES = {"JAP": "JPN", "ROM": "ROU", "ZAR": "COD", "SUD": "SDN"}
GOLD_SECTOR_ALIASES = {"JRN": "MED", "CIV": "CVL", "***": None, "MOS": "REL", "SOC": "CVL"}
EXTRA_COUNTRIES = frozenset({"XKX"})


@dataclass(frozen=True)
class Party:
    text: str
    country: str
    sector: str | None


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    sources: tuple[Party, ...]
    targets: tuple[Party, ...]


def _party(item: Any) -> Party | None:
    if not isinstance(item, dict) or not item.get("code"):
        return None
    code = str(item["code"]).upper()
    sector = item.get("sector")
    sector = str(sector)[:3].upper() if sector else None
    sector = GOLD_SECTOR_ALIASES.get(sector, sector) if sector else None
    return Party(str(item.get("actorText", "")), GOLD_COUNTRY_ALIASES.get(code, code), sector)


def _parties(value: Any) -> tuple[Party, ...]:
    items = value if isinstance(value, list) else [value]
    return tuple(p for p in (_party(i) for i in items) if p is not None)


def read_records(path: str | Path, limit: int | None = None) -> Iterator[GoldRecord]:
    """Gold records with at least one coded source (documentation records are skipped)."""
    n = 0
    for record in json.loads(Path(path).read_text(encoding="utf-8")):
        sources = _parties(record.get("source"))
        if not record.get("text") or not sources:
            continue
        if limit is not None and n >= limit:
            return
        n += 1
        yield GoldRecord(
            str(record["id"]), str(record["text"]), sources, _parties(record.get("target"))
        )


def gold_country(actor: ActorRef) -> str | None:
    """tocsin's country in the gold file's scheme (IGOs as ``IGO``, NGOs as ``NGO``,
    transnational armed groups such as ``IMGSUN`` as ``IMG``)."""
    if actor.country and not _is_state(actor.country):  # an organisation's own code
        if actor.country.startswith("IMG"):  # CAMEO's international militarized groups
            return "IMG"
        return "NGO" if actor.country == "NGO" else "IGO"
    if actor.sector in ("IGO", "NGO") and not actor.country:
        return actor.sector
    return actor.country


def _is_state(code: str | None) -> bool:
    if not code:
        return False
    return code in EXTRA_COUNTRIES or pycountry.countries.get(alpha_3=code) is not None


def _matches(actor: ActorRef | None, parties: tuple[Party, ...], sector: bool) -> bool:
    if actor is None:
        return False
    country = gold_country(actor)
    return any(
        p.country == country and (not sector or p.sector is None or p.sector == actor.sector)
        for p in parties
    )


def mention_coverage(pipeline: Pipeline, records: Iterable[GoldRecord]) -> dict[str, Any]:
    """Share of gold parties whose country is among the sentence's actor mentions."""
    found = total = 0
    for record in records:
        doc = pipeline.nlp(record.text)
        countries = {gold_country(m.actor) for m in pipeline.actors.resolve(doc, None).mentions}
        for party in record.sources + record.targets:
            total += 1
            found += party.country in countries
    return {"parties": total, "found": found, "coverage": found / total if total else 0.0}


def event_agreement(pipeline: Pipeline, records: Iterable[GoldRecord]) -> dict[str, Any]:
    """Share of records where one event has a gold source as actor and target as recipient."""
    n = country_hits = sector_hits = 0
    for record in records:
        n += 1
        try:
            events = pipeline.code_text(record.text)
        except InputError:  # e.g. refused by language detection: no events, a miss
            events = []
        for sector in (False, True):
            hit = any(
                _matches(e.actor, record.sources, sector)
                and (not record.targets or _matches(e.recipient, record.targets, sector))
                for e in events
            )
            if sector:
                sector_hits += hit
            else:
                country_hits += hit
    return {
        "records": n,
        "country": country_hits / n if n else 0.0,
        "country_sector": sector_hits / n if n else 0.0,
    }


def evaluate(pipeline: Pipeline, path: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Both scores on a PLOVER gold-standard file."""
    records = list(read_records(path, limit))
    return {
        "mentions": mention_coverage(pipeline, records),
        "events": event_agreement(pipeline, records),
    }
