"""User dictionaries layered over the bundled one: YAML, CSV or PETRARCH text.

YAML::

    actors:
      - {id: person.jane-doe, name: Jane Doe, names: [Doe], kind: person,
         roles: [{country: ARM, sector: GOV, title: Ombudsman, start: 2022-01-01}]}
      - {id: org.example-front, name: Example Front, country: ARM, sector: REB}
    agents:
      REB: {person: [freedom fighter], group: [liberation front]}

CSV: one row per role, columns ``id,name,names,country,sector,title,start,end,kind``
(``names`` ``|``-separated). Anything else is read as a PETRARCH actor or agent dictionary.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml

from tocsin.actors.bundled import agents_from
from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.petrarch import is_agents_file, read_actors, read_agents
from tocsin.actors.petrarch_agents import agents_by_sector
from tocsin.actors.records import add_record, people_records
from tocsin.errors import DataFileError

USER_PRIORITY = 10


def read_user_file(path: Path) -> dict[str, Any]:
    """The file as ``{"actors": [...records], "agents": {...}}``; a PETRARCH file also gives
    ``"report"``, the :class:`~tocsin.actors.petrarch_text.ReadReport` of how it was read."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read actor dictionary: {exc}") from exc
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise DataFileError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(data, dict):
            raise DataFileError(f"{path}: expected a mapping with 'actors' and/or 'agents'")
        return {"actors": data.get("actors") or [], "agents": data.get("agents") or {}}
    if suffix == ".csv":
        rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
        return {"actors": people_records(rows), "agents": {}}
    lines = text.splitlines()
    try:
        if is_agents_file(lines):
            agents = read_agents(lines)
            return {
                "actors": [],
                "agents": agents_by_sector(agents.phrases),
                "report": agents.report,
            }
        actors = read_actors(lines, prefix=f"user.{path.stem.lower()}")
    except DataFileError as exc:
        raise DataFileError(f"{path}: {exc}") from exc
    return {"actors": actors.records, "agents": {}, "report": actors.report}


def load_user_file(dictionary: ActorDictionary, path: Path) -> int:
    """Layer ``path`` over ``dictionary``; returns how many actors and agents it added."""
    data = read_user_file(path)
    for record in data["actors"]:
        add_record(dictionary, record, USER_PRIORITY)
    agents = agents_from(data["agents"])
    for agent in agents:
        dictionary.override_agent(agent)
    return len(data["actors"]) + len(agents)
