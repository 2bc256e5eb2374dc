"""Read PETRARCH/Phoenix actor dictionaries into plain actor records.

An actor file is a series of blocks::

    # comment
    HAMID_KARZAI_ [AFGGOV]          # primary phrase, optional codes on the same line
    +KARZAI_  +H._KARZAI_           # synonyms (several may share a line)
        [AFGGOV 331108-730717]      # dated codes, one or more per line, usually indented
        [AFGELI >730718]
        [AFGELI]                    # an undated code: the default outside the dated ones

A block is a primary phrase with the synonyms and codes below it (codes may also follow the
phrase on its line, several of them). A block with dated codes becomes an entry with dated
roles; its undated code becomes an undated role that holds outside them. A block without any
code, or with only the null code ``[---]``, is PETRARCH's null entry: it is counted, not made an
actor. A primary phrase without a code on its line, written inside a block that has no code yet (no
blank or comment line between), is read as one more name of that block: the files use such
runs, with the "+" forgotten, for a person's or group's alternative names (PETRARCH 2 itself
would leave all but the last uncoded). Names are matched
case-insensitively (``folded``), since the files write them in capitals.

The line grammar is in :mod:`tocsin.actors.petrarch_text`; agent files in
:mod:`tocsin.actors.petrarch_agents`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tocsin.actors.petrarch_agents import is_agents_file, parse_agents, read_agents
from tocsin.actors.petrarch_text import (
    Code,
    ReadReport,
    parse_day,
    phrase_words,
    read_codes,
    split_code,
    strip_comment,
    words,
)
from tocsin.errors import DataFileError

__all__ = [
    "ActorFile",
    "is_agents_file",
    "parse_actors",
    "parse_agents",
    "parse_day",
    "read_actors",
    "read_agents",
    "split_code",
    "words",
]

ORG_HEADS = frozenset(
    {"army", "front", "party", "movement", "council", "brigade", "brigades", "forces", "force",
     "organization", "organisation", "group", "union", "alliance", "coalition", "committee",
     "declaration", "league", "militia", "corps", "battalion", "battalions", "legion",
     "division", "regiment", "guard", "guards", "network", "congress", "association",
     "federation", "commission", "agency", "ministry", "government", "regime", "authority",
     "administration", "assembly", "parliament", "court", "police", "navy", "jihad",
     "mujahideen", "taliban", "state", "republic", "tigers", "cell", "cells", "command"}
)  # fmt: skip
"""Last words that make a dated block an organisation rather than a person."""


@dataclass
class _Block:
    number: int
    phrase: str
    names: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    closed: bool = False  # a blank or comment line came after it


@dataclass
class ActorFile:
    """The records of an actor file and the report of how it was read."""

    records: list[dict[str, Any]]
    report: ReadReport


def parse_actors(lines: Iterable[str], prefix: str = "petrarch") -> list[dict[str, Any]]:
    """Actor records (the shape :func:`tocsin.actors.records.add_record` takes)."""
    return read_actors(lines, prefix).records


def read_actors(lines: Iterable[str], prefix: str = "petrarch") -> ActorFile:
    """Records and a :class:`ReadReport` of an actor file."""
    report = ReadReport("actors")
    blocks: list[_Block] = []
    for number, raw in enumerate(lines, 1):
        line = strip_comment(raw).strip()
        if not line:
            if blocks:
                blocks[-1].closed = True
            continue
        if line.startswith("+"):
            _synonyms(blocks, line, number, report)
        elif line.startswith("["):
            if not blocks:
                raise DataFileError(f"line {number}: code outside an actor block")
            blocks[-1].codes += read_codes(line, number, report)
        else:
            _primary(blocks, line, number, report)
    records = []
    used: dict[str, int] = {}
    for block in blocks:
        report.entries += 1
        report.names += 1 + len(block.names)
        report.dated_roles += sum(c.dated for c in block.codes)
        record = _record(block, prefix, report)
        if record is None:
            continue
        count = used.get(record["id"], 0)
        used[record["id"]] = count + 1
        if count:  # the same phrase twice in a file: keep both blocks apart
            record["id"] = f"{record['id']}~{count + 1}"
        records.append(record)
    report.records = len(records)
    return ActorFile(records, report)


def _synonyms(blocks: list[_Block], line: str, number: int, report: ReadReport) -> None:
    if not blocks:
        raise DataFileError(f"line {number}: synonym before any actor")
    block = blocks[-1]
    for part in line.split("+"):
        phrase = part.split("[", 1)[0]
        if _stray(phrase):
            report.warn(number, f"stray bracket in the name {phrase.strip()!r}; dropped")
        if phrase_words(phrase):
            block.names.append(phrase)
    if "[" in line:
        block.codes += read_codes(line, number, report)


def _primary(blocks: list[_Block], line: str, number: int, report: ReadReport) -> None:
    phrase = line.split("[", 1)[0]
    if _stray(phrase):
        report.warn(number, f"stray bracket in the name {phrase.strip()!r}; dropped")
    codes = read_codes(line, number, report) if "[" in line else []
    previous = blocks[-1] if blocks else None
    if previous is not None and not previous.closed and not previous.codes and not codes:
        # a name without "+" inside a block whose codes are still to come: one more name
        report.joined += 1
        previous.names.append(phrase)
        return
    if not phrase_words(phrase):
        raise DataFileError(f"line {number}: an actor line without a name")
    blocks.append(_Block(number, phrase, codes=codes))


def _stray(phrase: str) -> bool:
    return any(c in phrase for c in "[]{}")


def _record(block: _Block, prefix: str, report: ReadReport) -> dict[str, Any] | None:
    codes = [c for c in block.codes if not c.null]
    if not block.codes:
        report.uncoded += 1
        return None
    if not codes:
        report.null_coded += 1
        return None
    key = "-".join(w.lower() for w in phrase_words(block.phrase))
    name = words(block.phrase)
    names = [n for n in dict.fromkeys(words(p) for p in block.names) if n != name]
    record: dict[str, Any] = {"id": f"{prefix}.{key}", "name": name, "names": names}
    record["folded"] = True
    dated = [c for c in codes if c.dated]
    default = next((c for c in codes if not c.dated), None)
    if not dated:
        country, sector = split_code(default.code) if default else (None, None)
        kind = "org" if sector else "country"
        record.update({"kind": kind, "country": country, "sector": sector, "code": default.code})
        return record
    if all(split_code(c.code)[1] is None for c in codes):  # a state's names over time
        country = split_code((default or dated[-1]).code)[0]
        record.update({"kind": "country", "country": country, "sector": None, "code": country})
        return record
    roles = [_role(c) for c in dated]
    if default is not None:  # PETRARCH's default code: holds whenever no dated code does
        roles.append(_role(default))
    last = phrase_words(block.phrase)[-1].lower()
    record.update({"kind": "org" if last in ORG_HEADS else "person", "roles": roles})
    return record


def _role(code: Code) -> dict[str, Any]:
    country, sector = split_code(code.code)
    return {
        "country": country,
        "sector": sector,
        "title": code.code,
        "start": code.start,
        "end": code.end,
    }
