"""Read PETRARCH/Phoenix text dictionaries (actors and agents) into plain actor records.

Actor files hold one actor per block::

    # comment
    HAMID_KARZAI_ [AFGGOV]          # name, optional code on the same line
    +KARZAI_                        # synonym
    MOHAMMED_ZAHIR_SHAH_
    [AFGGOV 331108-730717]          # dated code: YYMMDD-YYMMDD, >YYMMDD, <YYMMDD
    [AFGELI 730718-070723]

Agent files map nouns to sector codes with a ``~`` prefix::

    LAWMAKER_ {LAWMAKERS_} [~LEG]
    TROOPS_ [~MIL]

The format is described in the PETRARCH documentation (Open Event Data Alliance); this reader is
our own implementation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from tocsin.errors import DataFileError

CODE = re.compile(r"\[([~A-Z0-9]+)(?:\s+([<>]?\d{6,8})(?:-(\d{6,8}))?)?\]")
AGENT_LINE = re.compile(r"^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]{3})\]")
REGION_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS"})
YEAR_PIVOT = 30  # two-digit years below this are 20xx


def words(token: str) -> str:
    """``HAMID_KARZAI_`` → ``Hamid Karzai`` (PETRARCH names are upper case, ``_``-joined)."""
    text = " ".join(part for part in token.strip().split("_") if part)
    return " ".join(
        w if len(w) <= 3 and w.isupper() and "." not in w and len(text) <= 4 else w.capitalize()
        for w in text.split()
    )


def parse_day(value: str) -> date:
    digits = value.lstrip("<>")
    if len(digits) == 8:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    yy = int(digits[:2])
    year = 2000 + yy if yy < YEAR_PIVOT else 1900 + yy
    return date(year, int(digits[2:4]), int(digits[4:6]))


def split_code(code: str) -> tuple[str | None, str | None]:
    """``AFGGOV`` → (AFG, GOV); ``USA`` → (USA, None); ``IGOUNO`` → (UNO, IGO)."""
    if code[:3] in REGION_PREFIXES:
        return (code[3:6] or None), code[:3]
    return code[:3] or None, (code[3:6] or None)


def _role(match: re.Match[str]) -> dict[str, Any]:
    code, first, second = match.group(1), match.group(2), match.group(3)
    country, sector = split_code(code)
    role: dict[str, Any] = {"country": country, "sector": sector, "title": code}
    if first and first.startswith(">"):
        role["start"] = parse_day(first)
    elif first and first.startswith("<"):
        role["end"] = parse_day(first)
    elif first:
        role["start"] = parse_day(first)
        role["end"] = parse_day(second) if second else None
    return role


def parse_actors(lines: Iterable[str], prefix: str = "petrarch") -> list[dict[str, Any]]:
    """Actor records (the shape :func:`tocsin.actors.records.add_record` takes)."""
    records: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                raise DataFileError(f"line {number}: synonym before any actor")
            current["names"].append(words(stripped[1:].split("[")[0]))
            continue
        code = CODE.search(stripped)
        if stripped.startswith("["):
            if current is None or code is None:
                raise DataFileError(f"line {number}: code outside an actor block")
            _add_code(current, code)
            continue
        name = words(stripped.split("[")[0])
        current = {
            "id": f"{prefix}.{stripped.split('[')[0].strip().strip('_').lower()}",
            "name": name,
            "names": [],
            "roles": [],
            "codes": [],
        }
        records.append(current)
        if code is not None:
            _add_code(current, code)
    return [_finish(r) for r in records]


def _add_code(record: dict[str, Any], code: re.Match[str]) -> None:
    if code.group(2):
        record["roles"].append(_role(code))
    else:
        record["codes"].append(code.group(1))


def _finish(record: dict[str, Any]) -> dict[str, Any]:
    codes = record.pop("codes")
    if record["roles"]:
        record["kind"] = "person"
        if codes:  # an undated code is the default outside the dated ones
            country, _ = split_code(codes[0])
            for role in record["roles"]:
                role["country"] = role["country"] or country
        return record
    if not codes:
        raise DataFileError(f"actor {record['name']!r} has no code")
    country, sector = split_code(codes[0])
    record.pop("roles")
    record.update({"kind": "org" if sector else "country", "country": country, "sector": sector})
    return record


def parse_agents(lines: Iterable[str]) -> dict[str, dict[str, list[str]]]:
    """Agent nouns by sector: ``{"LEG": {"group": ["lawmaker|lawmakers", ...]}}``."""
    sectors: dict[str, dict[str, list[str]]] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        match = AGENT_LINE.match(line)
        if not match or "!" in match.group(1):
            continue
        singular = words(match.group(1)).lower()
        plural = words(match.group(2)).lower() if match.group(2) else ""
        item = f"{singular}|{plural}" if plural else singular
        sectors.setdefault(match.group(3), {}).setdefault("group", []).append(item)
    return sectors


def is_agents_file(lines: list[str]) -> bool:
    return any("[~" in line for line in lines)
