"""CAMEO code → PLOVER event and mode, QuadClass, Goldstein and ACLED category."""

from __future__ import annotations

from dataclasses import replace

from tocsin.errors import DataFileError
from tocsin.events.candidates import CameoInfo
from tocsin.models import PLOVER_EVENTS, Acled
from tocsin.resources import iter_tsv, load_yaml

CAMEO_FILE = "events/cameo.tsv"
ACLED_FILE = "events/acled.yaml"


def quad_class(code: str) -> int:
    """QuadClass of a CAMEO code from its two-digit root (1..4)."""
    root = int(code[:2])
    if root <= 4:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


class Ontology:
    """Lookup table of every CAMEO code, loaded once from the bundled data files."""

    def __init__(self, infos: dict[str, CameoInfo], acled_types: dict[str, str]) -> None:
        self._infos = infos
        self._acled_types = acled_types  # sub-event type -> event type

    @classmethod
    def load(cls) -> Ontology:
        acled_types = cls._load_acled()
        infos: dict[str, CameoInfo] = {}
        for row in iter_tsv(CAMEO_FILE):
            info = cls._parse_row(row, acled_types)
            if info.code in infos:
                raise DataFileError(f"{CAMEO_FILE}: duplicate CAMEO code {info.code}")
            infos[info.code] = info
        return cls(infos, acled_types)

    @staticmethod
    def _load_acled() -> dict[str, str]:
        data = load_yaml(ACLED_FILE)
        return {sub: event for event, subs in data["event_types"].items() for sub in subs}

    @staticmethod
    def _parse_row(row: dict[str, str], acled_types: dict[str, str]) -> CameoInfo:
        code = row["code"].strip()
        if not code.isdigit() or len(code) not in (3, 4):
            raise DataFileError(f"{CAMEO_FILE}: bad CAMEO code {code!r}")
        if row["plover"] not in PLOVER_EVENTS:
            raise DataFileError(f"{CAMEO_FILE}: {code}: unknown PLOVER event {row['plover']!r}")
        acled = None
        if row["acled_sub_event_type"]:
            sub = row["acled_sub_event_type"]
            if acled_types.get(sub) != row["acled_event_type"]:
                raise DataFileError(f"{CAMEO_FILE}: {code}: bad ACLED category {sub!r}")
            acled = Acled(row["acled_event_type"], sub)
        return CameoInfo(
            code=code,
            name=row["name"],
            event=row["plover"],
            mode=row["mode"] or None,
            context=tuple(c for c in row["context"].split(",") if c),
            quad_class=quad_class(code),
            goldstein=float(row["goldstein"]),
            acled=acled,
        )

    def __contains__(self, code: str) -> bool:
        return code in self._infos

    def __len__(self) -> int:
        return len(self._infos)

    def codes(self) -> list[str]:
        return sorted(self._infos)

    def lookup(self, cameo_code: str) -> CameoInfo:
        """The :class:`CameoInfo` of a code; a two-digit root means its ``x0`` code."""
        code = cameo_code + "0" if len(cameo_code) == 2 else cameo_code
        try:
            return self._infos[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {cameo_code!r}") from None

    def acled(self, sub_event_type: str) -> Acled:
        """The ACLED category of a sub-event type (exact ACLED wording)."""
        try:
            return Acled(self._acled_types[sub_event_type], sub_event_type)
        except KeyError:
            raise KeyError(f"unknown ACLED sub-event type {sub_event_type!r}") from None

    def sub_event_types(self) -> list[str]:
        return list(self._acled_types)

    def with_acled(self, info: CameoInfo, sub_event_type: str | None) -> CameoInfo:
        """``info`` with its ACLED category replaced (``None`` keeps it)."""
        if sub_event_type is None:
            return info
        return replace(info, acled=self.acled(sub_event_type))
