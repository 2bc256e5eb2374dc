"""Load the actor dictionaries that ship with tocsin (``tocsin/data/actors``)."""

from __future__ import annotations

from tocsin.actors.coalitions import CoalitionRule, SharedAcronym
from tocsin.actors.dictionary import ActorDictionary, ContextualAlias
from tocsin.actors.entries import CAPITAL_PRIORITY, Agent, Alias
from tocsin.actors.grammar import Grammar
from tocsin.actors.inflect import plural
from tocsin.actors.phoenix import load_phoenix
from tocsin.actors.records import add_record, people_records
from tocsin.resources import iter_tsv, load_yaml

# later layers win name clashes: a person's or organisation's own name beats a capital metonym
PRIORITY = {
    "capital": CAPITAL_PRIORITY,
    "country": 0,
    "region": 1,
    "territory": 2,
    "org": 3,
    "person": 4,
}


def load_bundled(phoenix: frozenset[str] = frozenset()) -> ActorDictionary:
    """The bundled dictionary: countries, territories, regions, organisations, peoples, people,
    agents, and below them the ``phoenix`` layers named (:mod:`tocsin.actors.phoenix`)."""
    dictionary = ActorDictionary(grammar=Grammar.load())
    load_countries(dictionary)
    load_collectives(dictionary)
    for record in load_yaml("actors/territories.yaml")["territories"]:
        add_record(dictionary, {**record, "kind": "territory"}, PRIORITY["territory"])
    for record in load_yaml("actors/organisations.yaml")["organisations"]:
        add_record(dictionary, {**record, "kind": "org"}, PRIORITY["org"])
    load_armed_groups(dictionary)
    for record in load_yaml("actors/peoples.yaml")["peoples"]:
        add_record(dictionary, {**record, "kind": "org", "folded": True}, PRIORITY["org"])
    for record in people_records(iter_tsv("actors/people.tsv")):
        add_record(dictionary, {**record, "id": f"person.{record['id']}"}, PRIORITY["person"])
    load_agents(dictionary)
    dictionary.regions.update(
        {row["name"]: row["country"] for row in iter_tsv("actors/regions.tsv")}
    )
    if phoenix:
        load_phoenix(dictionary, phoenix)
    return dictionary


def load_countries(dictionary: ActorDictionary) -> None:
    """ISO countries (generated table) plus curated names, demonyms, metonyms and old names."""
    curated = load_yaml("actors/country_names.yaml")
    extra = curated["countries"]
    dictionary.ambiguous_capitals = frozenset(curated.get("ambiguous_capitals") or ())
    for row in iter_tsv("actors/countries.tsv"):
        iso3 = row["iso3"]
        more = extra.get(iso3) or {}
        official = row["official_name"].removeprefix("the ")
        names = [n for n in (row["common_name"], row["name"], official) if n and "," not in n]
        record = {
            "id": f"country.{iso3}",
            "name": (list(more.get("names") or ()) + names + [row["name"]])[0],
            "kind": "country",
            "country": iso3,
            "names": names + list(more.get("names") or ()),
            "adj": more.get("adj") or (),
            "metonyms": more.get("metonyms") or (),
            "historical": more.get("historical") or (),
        }
        add_record(dictionary, record, PRIORITY["country"])
        capital = row["capital"]
        if capital and capital not in dictionary.ambiguous_capitals:
            dictionary.add_alias(
                Alias(capital, record["id"], "metonym", "GOV", PRIORITY["capital"])
            )


def load_armed_groups(dictionary: ActorDictionary) -> None:
    """Armed groups (names matched whatever their case, but acronyms) and the coalitions."""
    data = load_yaml("actors/armed_groups.yaml")
    for record in data["groups"]:
        add_record(dictionary, {**record, "kind": "org", "folded": True}, PRIORITY["org"])
    dictionary.coalitions = tuple(
        CoalitionRule(str(item["entry"]), frozenset(str(c) for c in item["cues"]))
        for item in data.get("coalitions") or ()
    )
    dictionary.shared_acronyms = tuple(
        SharedAcronym(
            str(item["text"]),
            tuple(
                CoalitionRule(str(c["entry"]), frozenset(str(cue) for cue in c["cues"]))
                for c in item["choices"]
            ),
        )
        for item in data.get("shared_acronyms") or ()
    )


def load_collectives(dictionary: ActorDictionary) -> None:
    data = load_yaml("actors/collectives.yaml")
    for record in data["regions"]:
        add_record(dictionary, {**record, "kind": "region"}, PRIORITY["region"])
    dictionary.pairs = tuple(data.get("pairs") or ())
    dictionary.contextual = tuple(
        ContextualAlias(
            text=item["text"],
            entry=item["entry"],
            requires=tuple(item["requires"]),
            not_after=frozenset(item.get("not_after") or ()),
            not_before_upper=bool(item.get("not_before_upper", True)),
        )
        for item in data.get("contextual") or ()
    )


def agents_from(sectors: dict[str, dict[str, list[str]]]) -> list[Agent]:
    """Agent words of an ``agents.yaml``-shaped mapping, with generated plurals."""
    found: list[Agent] = []
    for sector, groups in sectors.items():
        for kind in ("person", "group", "exact"):
            for item in groups.get(kind) or ():
                singular, _, irregular = str(item).partition("|")
                person = kind == "person"
                if kind == "exact" or singular == irregular:
                    found.append(Agent(singular, sector, person, plural=True))
                    continue
                found.append(Agent(singular, sector, person))
                found.append(Agent(irregular or plural(singular), sector, person, plural=True))
    return found


def load_agents(dictionary: ActorDictionary) -> None:
    for agent in agents_from(load_yaml("actors/agents.yaml")["sectors"]):
        dictionary.add_agent(agent)
