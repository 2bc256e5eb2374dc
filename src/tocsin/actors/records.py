"""Turn plain records (from bundled files, user YAML/CSV or PETRARCH dictionaries) into entries.

A record is a mapping::

    {id, name, kind, country, sector, names: [...], adj: [...], metonyms: ["Pentagon:MIL"],
     historical: [...], roles: [{country, sector, title, start, end}], folded: false,
     affiliations: [{relation, with, start, end}]}

``folded: true`` matches the names (not the demonyms or metonyms) whatever their case, for
dictionaries written in capitals (PETRARCH/Phoenix); a one-word folded name must still be
capitalised in the text, and a one-word name written in capitals (an acronym: "IS", "SDF") or
a name written in lower case ("anti-balaka") is matched only as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.entries import KINDS, RELATIONS, Affiliation, Alias, Entry, Role
from tocsin.errors import DataFileError

ACRONYM = re.compile(r"[A-Z0-9][A-Z0-9.&/-]*")
"""A one-word name written in capitals ("IS", "SDF", "U.N."): matched only as written."""

PEOPLE_PLURAL_ENDINGS = (
    "an",
    "i",
    "ite",
    "er",
    "ot",
    "kh",
    "ek",
    "ik",
    "en",
    "ar",
    "ee",
    "rb",
    "at",
    "urk",
)


def parse_date(value: Any) -> date | None:
    """``2021-01-26`` (or a ``date``) → date; empty → ``None``."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise DataFileError(f"bad date {value!r} in actor dictionary") from exc


def _text_list(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def _clean(value: Any) -> str | None:
    text = str(value).strip() if value not in (None, "") else ""
    return text or None


def role_of(raw: Mapping[str, Any], default_country: str | None = None) -> Role:
    return Role(
        country=_clean(raw.get("country")) or default_country,
        sector=_clean(raw.get("sector")),
        title=str(raw.get("title") or ""),
        start=parse_date(raw.get("start")),
        end=parse_date(raw.get("end")),
    )


def add_record(dictionary: ActorDictionary, record: Mapping[str, Any], priority: int = 0) -> Entry:
    """Add one record's entry and names to ``dictionary`` and return the entry."""
    entry_id = _clean(record.get("id"))
    name = _clean(record.get("name"))
    if not entry_id or not name:
        raise DataFileError(f"actor record needs an id and a name: {dict(record)!r}")
    kind = str(record.get("kind") or ("person" if record.get("roles") else "org"))
    if kind not in KINDS:
        raise DataFileError(f"{entry_id}: unknown kind {kind!r} (expected one of {KINDS})")
    roles = tuple(role_of(r, _clean(record.get("country"))) for r in record.get("roles") or ())
    # a person with roles is only their roles; an organisation keeps its own country and
    # sector outside them (an armed group before its first dated role is still that group)
    own = not roles or kind != "person"
    entry = Entry(
        id=entry_id,
        name=name,
        kind=kind,
        country=_clean(record.get("country")) if own else None,
        sector=_clean(record.get("sector")) if own else None,
        roles=roles,
    )
    dictionary.add_entry(entry)
    folded = bool(record.get("folded"))
    for text in [name, *_text_list(record.get("names")), *_text_list(record.get("historical"))]:
        fold = folded and _foldable(text)
        dictionary.add_alias(Alias(text, entry_id, "dict", None, priority, fold))
    for text in _text_list(record.get("adj")):
        dictionary.add_alias(Alias(text, entry_id, "demonym", None, priority))
        if text.endswith(PEOPLE_PLURAL_ENDINGS):  # "Armenians", "Azeris": the people
            dictionary.add_alias(Alias(text + "s", entry_id, "people", "CVL", priority))
    affiliations = tuple(_affiliation(entry_id, a) for a in record.get("affiliations") or ())
    if affiliations:
        dictionary.affiliations[entry_id] = affiliations
    for text in _text_list(record.get("metonyms")):
        word, _, sector = text.partition(":")
        dictionary.add_alias(Alias(word.strip(), entry_id, "metonym", sector or "GOV", priority))
    return entry


def _foldable(text: str) -> bool:
    """A name to match whatever its case: not an acronym ("IS") and not written in lower case
    ("anti-balaka", matched as written)."""
    acronym = ACRONYM.fullmatch(text) is not None and any(c.isalpha() for c in text)
    return not acronym and any(c.isupper() for c in text)


def _affiliation(entry_id: str, raw: Mapping[str, Any]) -> Affiliation:
    relation, other = str(raw.get("relation") or ""), _clean(raw.get("with"))
    if relation not in RELATIONS or not other:
        raise DataFileError(
            f"{entry_id}: an affiliation needs a relation ({', '.join(RELATIONS)}) and a 'with': "
            f"{dict(raw)!r}"
        )
    return Affiliation(relation, other, parse_date(raw.get("start")), parse_date(raw.get("end")))


def people_records(rows: Iterable[Mapping[str, str]]) -> list[dict[str, Any]]:
    """Group one-row-per-role tables (``people.tsv``, user CSV) into person records."""
    grouped: dict[str, dict[str, Any]] = {}
    for row in rows:
        person_id = (row.get("id") or "").strip()
        if not person_id:
            continue
        record = grouped.setdefault(
            person_id,
            {"id": person_id, "name": row.get("name"), "kind": "person", "names": [], "roles": []},
        )
        record["names"] += _text_list(row.get("aliases") or row.get("names"))
        if row.get("title") or row.get("start") or row.get("sector"):
            record["roles"].append(row)
        elif not record["roles"]:
            record["kind"] = row.get("kind") or "org"
            record["country"], record["sector"] = row.get("country"), row.get("sector")
    return list(grouped.values())
