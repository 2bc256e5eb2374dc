"""Read-only queries the API and pages share (thin wrappers over the stages' functions)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select

from tocsin.incidents.access import session_scope


def incidents(store: Any, **filters: Any) -> list[dict[str, Any]]:
    """Incidents matching the filters of :class:`tocsin.incidents.IncidentFilters`."""
    from tocsin.incidents import list_incidents

    with session_scope(store) as session:
        return list_incidents(session, filters)


def count_incidents(store: Any) -> int:
    """How many incidents are stored."""
    from tocsin.incidents.tables import IncidentRow

    with session_scope(store) as session:
        return int(session.scalar(select(func.count()).select_from(IncidentRow)) or 0)


def incident(store: Any, incident_id: str) -> dict[str, Any] | None:
    """One incident with its active mentions, or None."""
    from tocsin.incidents.service import incident_record
    from tocsin.incidents.tables import IncidentRow

    with session_scope(store) as session:
        row = session.get(IncidentRow, incident_id)
        return None if row is None else incident_record(session, row)


def incident_of_event(store: Any, event_id: str) -> str | None:
    """The incident an event belongs to now, if any."""
    from tocsin.incidents.tables import IncidentMentionRow

    with session_scope(store) as session:
        return session.scalar(
            select(IncidentMentionRow.incident_id).where(
                IncidentMentionRow.event_id == event_id, IncidentMentionRow.active.is_(True)
            )
        )


def alerts(store: Any, **filters: Any) -> list[dict[str, Any]]:
    """Stored alerts, newest first, with their evidence."""
    from tocsin.alerts import list_alerts

    with session_scope(store) as session:
        return list_alerts(session, **filters)


def alerts_day(store: Any) -> date | None:
    """The latest day of data the stored alerts were detected as of."""
    from tocsin.alerts.lapse import data_day

    with session_scope(store) as session:
        return data_day(session)


def alert(store: Any, alert_id: str) -> dict[str, Any] | None:
    """One stored alert by id, or None."""
    from tocsin.alerts.service import get_alert

    with session_scope(store) as session:
        return get_alert(session, alert_id)


def actors(store: Any, limit: int = 500) -> list[dict[str, Any]]:
    """Actor countries and codes seen in events, with how often they act and are targeted."""
    from tocsin.store.schema import EventRow

    counts: dict[tuple[str, str | None], dict[str, Any]] = {}
    with store.session() as session:
        for role, country, code in (
            ("as_actor", EventRow.actor_country, EventRow.actor_code),
            ("as_recipient", EventRow.recipient_country, EventRow.recipient_code),
        ):
            query = (
                select(country, code, func.count())
                .where(or_(country.is_not(None), code.is_not(None)))
                .group_by(country, code)
            )
            for c, k, n in session.execute(query):
                key = (c or k, k)
                entry = counts.setdefault(
                    key, {"country": c, "code": k, "as_actor": 0, "as_recipient": 0}
                )
                entry[role] += int(n)
    rows = sorted(counts.values(), key=lambda r: -(r["as_actor"] + r["as_recipient"]))
    return rows[:limit]


def dyads(store: Any, since: date | None = None, until: date | None = None) -> list[dict]:
    """Every directed dyad with incidents, with totals over the period, busiest first."""
    from tocsin.signals.totals import dyad_totals

    with session_scope(store) as session:
        return [total.to_dict() for total in dyad_totals(session, since, until)]


def series_extent(
    store: Any, *, keys: tuple[str, str] | None = None, country: str | None = None
) -> tuple[date | None, date | None]:
    """First and last day of the dated incidents of a dyad (by keys) or of a country."""
    from tocsin.incidents.tables import IncidentRow

    query = select(func.min(IncidentRow.date_start), func.max(IncidentRow.date_start)).where(
        IncidentRow.n_mentions > 0
    )
    if keys is not None:
        query = query.where(IncidentRow.actor_key == keys[0], IncidentRow.recipient_key == keys[1])
    if country is not None:
        query = query.where(
            or_(IncidentRow.actor_key == country, IncidentRow.recipient_key == country)
        )
    with session_scope(store) as session:
        first, last = session.execute(query).one()
    return _as_day(first), _as_day(last)


def incident_extent(
    store: Any,
    *,
    country: str | None = None,
    actor: str | None = None,
    recipient: str | None = None,
) -> tuple[date | None, date | None]:
    """First and last day of the listed incidents (as :func:`incidents` filters them) of one
    key: ``country`` on either side, or ``actor``, or ``recipient``."""
    from tocsin.incidents.tables import IncidentRow

    query = select(func.min(IncidentRow.date_start), func.max(IncidentRow.date_start)).where(
        IncidentRow.n_mentions > 0
    )
    if country is not None:
        query = query.where(
            or_(IncidentRow.actor_key == country, IncidentRow.recipient_key == country)
        )
    if actor is not None:
        query = query.where(IncidentRow.actor_key == actor)
    if recipient is not None:
        query = query.where(IncidentRow.recipient_key == recipient)
    with session_scope(store) as session:
        first, last = session.execute(query).one()
    return _as_day(first), _as_day(last)


def _as_day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def dyad_series(
    store: Any,
    actor: str,
    recipient: str,
    freq: str = "day",
    since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """One directed dyad's series, every period present."""
    from tocsin.signals import dyad_series as series

    return [p.to_dict() for p in series(store, actor, recipient, freq, since, until)]


def country_series(
    store: Any,
    country: str,
    freq: str = "day",
    since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """What one country did or suffered, per period."""
    from tocsin.signals import country_series as series

    return [p.to_dict() for p in series(store, country, freq, since, until)]


def country_days(
    store: Any, country: str, since: date | None = None, until: date | None = None
) -> dict[date, dict[str, Any]]:
    """Every day of one country's history (or of ``since``…``until``) that has incidents, as a
    by-day series period.

    A day's period depends only on that day's incidents, so any by-day range of
    :func:`country_series` is these periods with the other days empty (:func:`day_range`).
    """
    from tocsin.signals import country_series as series

    return {
        p.period: p.to_dict() for p in series(store, country, "day", since, until) if p.incident_ids
    }


def dyad_days(
    store: Any, actor: str, recipient: str, since: date | None = None, until: date | None = None
) -> dict[date, dict[str, Any]]:
    """Every day of one directed dyad's history (or of ``since``…``until``) that has incidents
    (as :func:`country_days`)."""
    from tocsin.signals import dyad_series as series

    return {
        p.period: p.to_dict()
        for p in series(store, actor, recipient, "day", since, until)
        if p.incident_ids
    }


def day_range(
    days: dict[date, dict[str, Any]], actor: str, recipient: str, start: date, end: date
) -> list[dict[str, Any]]:
    """The by-day series ``start``…``end`` from the days that have incidents (``*_days``)."""
    from tocsin.signals.series import DyadPeriod

    out = []
    day = start
    while day <= end:
        out.append(days.get(day) or DyadPeriod(day, actor, recipient).to_dict())
        if day == end:  # the last day of the calendar has no next one
            break
        day += timedelta(days=1)
    return out


def search_documents(store: Any, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """Documents whose title or text contains ``text`` (case-insensitive)."""
    from tocsin.store.schema import DocumentRow

    query = (
        select(DocumentRow.id, DocumentRow.title, DocumentRow.date, DocumentRow.source)
        .where(
            or_(
                DocumentRow.title.icontains(text, autoescape=True),
                DocumentRow.text.icontains(text, autoescape=True),
            )
        )
        .order_by(DocumentRow.date.desc().nulls_last(), DocumentRow.id)
        .limit(limit)
    )
    with store.session() as session:
        return [
            {
                "id": doc_id,
                "title": title,
                "date": day.isoformat() if day else None,
                "source": source,
            }
            for doc_id, title, day, source in session.execute(query)
        ]
