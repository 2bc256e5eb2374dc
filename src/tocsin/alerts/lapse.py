"""Whether each level of a stored alert is still detected, as of the latest day of data.

A stored alert keeps the last day a detection of each level (or above) repeated it
(``detected``). As of the day the store's alerts were last detected (:func:`data_day`), a level
is *still detected* when a detection at that level repeated the alert that day; otherwise it
lapsed after its last day (a warning repeated since only by infos stands as a warning until
then).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from tocsin.alerts.model import LEVELS
from tocsin.store.alert_scan import scanned_day


@dataclass(frozen=True)
class Lapse:
    """One level of an alert: the last day it was detected (``None``: not recorded), and
    whether that is the latest day of data."""

    level: str
    until: date | None
    standing: bool


def data_day(session: Session) -> date | None:
    """The day alerts were last detected as of over the whole store, or (when no detection
    since incidents last changed has said so) the latest day of an incident in a dyad."""
    from tocsin.alerts.incremental import latest_day

    return scanned_day(session) or latest_day(session, set())


def lapses(detected: Mapping[str, str], level: str, day: date | None) -> list[Lapse]:
    """The alert's own level, then each lower level last detected on another day than the
    level above it (a warning repeated since by infos: the warning, then the info), each with
    the last day it was detected (``detected``: level → ISO day, as the alerts' JSON holds it)
    and whether it is still detected on ``day`` (never, without a day of data)."""
    out: list[Lapse] = []
    for name in reversed(LEVELS[: LEVELS.index(level) + 1]):
        until = date.fromisoformat(detected[name]) if name in detected else None
        if out and until == out[-1].until:
            continue
        out.append(Lapse(name, until, until is not None and day is not None and until >= day))
    return out
