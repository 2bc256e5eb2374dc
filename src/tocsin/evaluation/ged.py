"""Scores on real war reporting: the headlines of a UCDP GED export against its events.

Every distinct headline (``tocsin.truth.ucdp.headlines``) is coded as one document dated by its
article. A headline is in the holdout part when any event behind it is. Per part, and both for
all entries and for those the form rule of :mod:`tocsin.evaluation.ged_filter` keeps:

* ``both_sides``: share of headlines with an asserted or alleged ASSAULT record whose actor and
  recipient are the two sides of one of its events (either order; sides mapped by
  :mod:`tocsin.evaluation.ged_sides`); ``both_sides_strict`` without the supporters table;
* ``one_side`` (``one_side_strict``): … whose actor or recipient is a side of one of its events;
* ``assault_per_headline``: asserted or alleged ASSAULT records per headline
  (``assault_any_per_headline`` counts every factuality);
* ``no_assault``: share of headlines without an asserted or alleged ASSAULT record;
* ``killed``: for headlines behind one event that has one source, the largest ``size.killed``
  of the headline's records against the event's ``best``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING, Any

from tocsin.errors import CodingCrashError, InputError
from tocsin.evaluation.ged_filter import RULE_ID as FILTER_RULE
from tocsin.evaluation.ged_filter import is_headline
from tocsin.evaluation.ged_sides import SideMapper
from tocsin.isolate import code_stream_isolated
from tocsin.models import Dateline, Document, Event
from tocsin.truth.ucdp import GedEvent, Headline, headlines, main_country, read_ged

if TYPE_CHECKING:
    from tocsin.pipeline import Pipeline

PARTS = ("dev", "holdout", "both")
HAPPENED = frozenset({"asserted", "alleged"})
BATCH_SIZE = 64


@dataclass(frozen=True)
class Scored:
    """One headline's outcome."""

    headline: Headline
    is_headline: bool
    both: bool
    both_strict: bool
    one: bool
    one_strict: bool
    assaults: int
    assaults_any: int
    killed: int | None
    refused: bool
    records: tuple[Event, ...] = field(repr=False, default=())

    @property
    def single(self) -> GedEvent | None:
        """The event when the headline stands behind exactly one single-source event."""
        events = self.headline.events
        return events[0] if len(events) == 1 and len(events[0].sources) == 1 else None


def select(
    path: str | Path,
    part: str = "both",
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[Headline]:
    """The headlines of ``path`` in the part and date window asked for, in date order."""
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}; use one of {', '.join(PARTS)}")
    chosen = []
    for item in headlines(read_ged(path)):
        if since is not None and item.date < since:
            continue
        if until is not None and item.date > until:
            continue
        if part != "both" and item.holdout != (part == "holdout"):
            continue
        chosen.append(item)
        if limit is not None and len(chosen) >= limit:
            break
    return chosen


def code_headlines(
    pipeline: Pipeline, items: list[Headline], default_country: str | None = None
) -> Iterator[tuple[Event, ...] | InputError]:
    """The records of each headline in order, or the error of one the pipeline refused or
    crashed on (a crash fails its headline alone). With ``default_country``, each headline
    has its events' country as its dateline (that of the export, ``default_country``, when
    its rows name none): the country a monitor's feed or a wire's dateline says the report is
    about, which the headline alone does not."""
    documents = (
        Document(
            id=f"ged-{n}",
            text=item.text,
            date=item.date,
            source=item.office,
            dateline=_dateline(item, default_country),
        )
        for n, item in enumerate(items)
    )
    for coded in code_stream_isolated(pipeline, documents, batch_size=BATCH_SIZE):
        # a CodedDocument has events, a CodingFailure an error (duck-typed: evaluation does not
        # import the pipeline it scores)
        events = getattr(coded, "events", None)
        yield coded.error if events is None else events


def _dateline(item: Headline, default_country: str | None) -> Dateline | None:
    """The country of the headline's events (one only), else ``default_country``."""
    if default_country is None:
        return None
    named = {e.country for e in item.events if e.country}
    if len(named) > 1:
        return None
    place = named.pop() if named else default_country
    return Dateline(place=place)


def score_headline(
    item: Headline,
    records: tuple[Event, ...] | None,
    sides: SideMapper,
    default_country: str | None = None,
) -> Scored:
    """Score one headline's records against its events' sides; an event whose row names no
    country (a non-state conflict in an export without the ``country`` column) is taken to be
    in ``default_country``, the country most of the export's events name."""
    events = records or ()
    assaults = [e for e in events if e.event == "ASSAULT"]
    happened = [e for e in assaults if e.factuality.status in HAPPENED]
    both = {False: False, True: False}
    one = {False: False, True: False}
    for truth in item.events:
        where = truth.country or default_country
        country = sides.country_of(where) if where else None
        side_a = sides.side(truth.side_a, country, truth.date_start)
        side_b = sides.side(truth.side_b, country, truth.date_start)
        for record in happened:
            for strict in (False, True):
                a = (
                    side_a.matches(record.actor, item.date, strict),
                    side_a.matches(record.recipient, item.date, strict),
                )
                b = (
                    side_b.matches(record.actor, item.date, strict),
                    side_b.matches(record.recipient, item.date, strict),
                )
                if (a[0] and b[1]) or (b[0] and a[1]):
                    both[strict] = True
                if any(a) or any(b):
                    one[strict] = True
    killed = [e.size.killed for e in events if e.size is not None and e.size.killed is not None]
    return Scored(
        headline=item,
        is_headline=is_headline(item.text),
        both=both[False],
        both_strict=both[True],
        one=one[False],
        one_strict=one[True],
        assaults=len(happened),
        assaults_any=len(assaults),
        killed=max(killed) if killed else None,
        refused=records is None,
        records=events,
    )


def summarise(scored: list[Scored]) -> dict[str, Any]:
    """The figures of the module docstring over ``scored``."""
    n = len(scored)

    def share(count: int) -> float | None:
        return round(count / n, 3) if n else None

    singles = [(s, s.single) for s in scored if s.single is not None]
    with_count = [(s, e) for s, e in singles if s.killed is not None]
    errors = [abs(s.killed - e.best) for s, e in with_count if s.killed is not None]
    return {
        "headlines": n,
        "both_sides": share(sum(s.both for s in scored)),
        "both_sides_strict": share(sum(s.both_strict for s in scored)),
        "one_side": share(sum(s.one for s in scored)),
        "one_side_strict": share(sum(s.one_strict for s in scored)),
        "assault_per_headline": round(sum(s.assaults for s in scored) / n, 3) if n else None,
        "assault_any_per_headline": round(sum(s.assaults_any for s in scored) / n, 3)
        if n
        else None,
        "no_assault": share(sum(s.assaults == 0 for s in scored)),
        "refused": sum(s.refused for s in scored),
        "killed": {
            "single_event_headlines": len(singles),
            "with_count": len(with_count),
            "exact": round(sum(s.killed == e.best for s, e in singles) / len(singles), 3)
            if singles
            else None,
            "exact_when_counted": round(
                sum(s.killed == e.best for s, e in with_count) / len(with_count), 3
            )
            if with_count
            else None,
            "median_abs_error": median(errors) if errors else None,
        },
    }


def part_report(scored: list[Scored]) -> dict[str, Any]:
    kept = [s for s in scored if s.is_headline]
    return {
        "filtered": summarise(kept),
        "unfiltered": summarise(scored),
        "dropped_by_filter": len(scored) - len(kept),
    }


def describe(record: Event) -> str:
    """``ACTOR EVENT RECIPIENT (status, rule)`` for a miss listing."""

    def code(party: Any) -> str:
        return (party.code or party.text) if party is not None else "-"

    return (
        f"{code(record.actor)} {record.event} {code(record.recipient)} "
        f"({record.factuality.status}, {record.evidence.rule})"
    )


def misses(scored: Iterable[Scored], n: int) -> list[dict[str, Any]]:
    """The first ``n`` dev headlines (kept by the filter) without both sides right."""
    out = []
    for s in scored:
        if len(out) >= n:
            break
        if s.headline.holdout or not s.is_headline or s.both:
            continue
        out.append(
            {
                "date": s.headline.date.isoformat(),
                "office": s.headline.office,
                "headline": s.headline.text,
                "sides": sorted({f"{e.side_a} / {e.side_b}" for e in s.headline.events}),
                "best": [e.best for e in s.headline.events],
                "records": [describe(r) for r in s.records],
            }
        )
    return out


def evaluate(
    pipeline: Pipeline,
    path: str | Path,
    part: str = "both",
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
    show_misses: int = 0,
    datelines: bool = True,
) -> dict[str, Any]:
    """The report of ``tocsin eval`` on a GED export (dev misses only, never holdout); without
    ``datelines``, each headline is coded alone, as ``tocsin code`` reads a line that names no
    country."""
    if show_misses and part == "holdout":
        raise ValueError("misses are shown for the dev part only; the holdout is never read")
    items = select(path, part, since, until, limit)
    country = main_country(read_ged(path))
    sides = SideMapper.load(pipeline.actors.lookup)
    coded = list(code_headlines(pipeline, items, country if datelines else None))
    crashes = [c for c in coded if isinstance(c, CodingCrashError)]
    scored = [
        score_headline(item, None if isinstance(c, InputError) else c, sides, country)
        for item, c in zip(items, coded, strict=True)
    ]
    report: dict[str, Any] = {
        "file": Path(path).name,
        "part": part,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "filter": FILTER_RULE,
        "main_country": country,
        "datelines": datelines,
    }
    for name in ("dev", "holdout"):
        if part in (name, "both"):
            report[name] = part_report(
                [s for s in scored if s.headline.holdout == (name == "holdout")]
            )
    report["crashed"] = {"count": len(crashes), "errors": [str(c) for c in crashes[:5]]}
    report["sides"] = sides.table()
    if show_misses:
        report["misses"] = misses(scored, show_misses)
    return report
