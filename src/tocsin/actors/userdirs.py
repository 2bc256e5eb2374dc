"""Actors and agents from the user's ``actors_dirs``, validated field by field.

Each YAML file holds ``actors:`` (records shaped like the bundled dictionaries: id, name, kind,
country, sector, names, adj, metonyms, historical, roles) and/or ``agents:`` (sector → person,
group or exact words, as in ``tocsin/data/actors/agents.yaml``). User entries win over bundled
ones. A mistake stops loading with ``FILE:LINE: actors[i].field: what is wrong``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from tocsin.actors.bundled import agents_from
from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.entries import KINDS
from tocsin.actors.records import add_record
from tocsin.actors.userfile import USER_PRIORITY
from tocsin.userdata import UserFile, check_mapping, check_words, yaml_files

FILE_FIELDS = ("provenance", "version", "actors", "agents")
ACTOR_FIELDS = (
    "id",
    "name",
    "kind",
    "country",
    "sector",
    "names",
    "adj",
    "metonyms",
    "historical",
    "roles",
)
ROLE_FIELDS = ("country", "sector", "title", "start", "end")
AGENT_KINDS = ("person", "group", "exact")
COUNTRY = re.compile(r"^[A-Z]{2,6}$")
SECTOR = re.compile(r"^[A-Z]{3}$")


def _check_code(file: UserFile, at: list, value: object, pattern: re.Pattern[str]) -> None:
    if value is not None and not (isinstance(value, str) and pattern.match(value)):
        raise file.error(at, f"{value!r} is not a code like {pattern.pattern}")


def _check_actor(file: UserFile, at: list, item: object) -> None:
    record = check_mapping(file, at, item, ACTOR_FIELDS, ("id", "name"))
    if record.get("kind") is not None and record["kind"] not in KINDS:
        raise file.error([*at, "kind"], f"must be one of {', '.join(KINDS)}")
    _check_code(file, [*at, "country"], record.get("country"), COUNTRY)
    _check_code(file, [*at, "sector"], record.get("sector"), SECTOR)
    for name in ("names", "adj", "metonyms", "historical"):
        if name in record:
            check_words(file, [*at, name], record[name])
    roles = record.get("roles") or []
    if not isinstance(roles, list):
        raise file.error([*at, "roles"], "expected a list of roles")
    for index, role in enumerate(roles):
        where = [*at, "roles", index]
        check_mapping(file, where, role, ROLE_FIELDS)
        _check_code(file, [*where, "country"], role.get("country"), COUNTRY)
        _check_code(file, [*where, "sector"], role.get("sector"), SECTOR)
        for name in ("start", "end"):
            value = role.get(name)
            if value is None or isinstance(value, date):
                continue
            try:
                date.fromisoformat(str(value))
            except ValueError:
                raise file.error([*where, name], f"{value!r} is not a date YYYY-MM-DD") from None


def _check_agents(file: UserFile, agents: object) -> None:
    sectors = check_mapping(file, ["agents"], agents, agents if isinstance(agents, dict) else ())
    for sector, groups in sectors.items():
        _check_code(file, ["agents", sector], sector, SECTOR)
        check_mapping(file, ["agents", sector], groups, AGENT_KINDS)
        for kind, words in groups.items():
            check_words(file, ["agents", sector, kind], words)


def load_actors_file(dictionary: ActorDictionary, path: Path) -> int:
    """Check one user file, then layer it over ``dictionary``; returns what it added."""
    file = UserFile.read(path)
    content = check_mapping(file, [], file.data or {}, FILE_FIELDS)
    actors = content.get("actors") or []
    if not isinstance(actors, list):
        raise file.error(["actors"], "expected a list of actors")
    for index, item in enumerate(actors):
        _check_actor(file, ["actors", index], item)
    if content.get("agents"):
        _check_agents(file, content["agents"])
    for record in actors:
        add_record(dictionary, record, USER_PRIORITY)
    agents = agents_from(content.get("agents") or {})
    for agent in agents:
        dictionary.override_agent(agent)
    return len(actors) + len(agents)


def load_actors_dirs(dictionary: ActorDictionary, directories: Iterable[str]) -> int:
    """Layer every YAML file of ``directories`` over ``dictionary``, in order."""
    return sum(load_actors_file(dictionary, path) for path in yaml_files(directories))
