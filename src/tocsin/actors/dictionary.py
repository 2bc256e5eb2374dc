"""The actor dictionary: entries, their names, agent nouns and context rules, merged in layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tocsin.actors.entries import Affiliation, Agent, Alias, Entry

if TYPE_CHECKING:
    from tocsin.actors.coalitions import CoalitionRule, SharedAcronym
from tocsin.actors.grammar import Grammar


@dataclass(frozen=True)
class ContextualAlias:
    """A word that names ``entry`` only when the document also contains one of ``requires``."""

    text: str
    entry: str
    requires: tuple[str, ...]
    not_after: frozenset[str] = frozenset()
    not_before_upper: bool = True


@dataclass
class ActorDictionary:
    """Everything the resolver looks names up in. Built once at load time, then only read."""

    entries: dict[str, Entry] = field(default_factory=dict)
    aliases: dict[str, Alias] = field(default_factory=dict)  # by exact text
    folded: dict[str, Alias] = field(default_factory=dict)  # case-free names, by lower case
    agents: dict[str, Agent] = field(default_factory=dict)  # by lower-case text
    regions: dict[str, str] = field(default_factory=dict)  # "California" -> "USA"
    affiliations: dict[str, tuple[Affiliation, ...]] = field(default_factory=dict)  # by entry
    coalitions: tuple[CoalitionRule, ...] = ()
    shared_acronyms: tuple[SharedAcronym, ...] = ()
    pairs: tuple[str, ...] = ()
    contextual: tuple[ContextualAlias, ...] = ()
    ambiguous_capitals: frozenset[str] = frozenset()
    grammar: Grammar = field(default_factory=Grammar)

    def add_entry(self, entry: Entry) -> None:
        """Add or replace an entry (a later layer overrides an earlier one with the same id)."""
        self.entries[entry.id] = entry

    def add_alias(self, alias: Alias) -> None:
        """Add a name; on a clash the higher priority (then the earlier) alias is kept."""
        text = alias.text.strip()
        if not text or alias.entry not in self.entries:
            return
        table, key = (self.folded, text.lower()) if alias.folded else (self.aliases, text)
        current = table.get(key)
        if current is None or alias.priority > current.priority:
            table[key] = alias

    def add_agent(self, agent: Agent) -> None:
        key = agent.text.lower()
        if key not in self.agents:
            self.agents[key] = agent

    def override_agent(self, agent: Agent) -> None:
        self.agents[agent.text.lower()] = agent

    def states(self) -> frozenset[str]:
        """Country codes of the states and territories (not organisations) in the dictionary."""
        return frozenset(
            e.country
            for e in self.entries.values()
            if e.kind in ("country", "territory") and e.country
        )

    def names_of(self, entry_id: str) -> list[str]:
        every = [*self.aliases.values(), *self.folded.values()]
        return [a.text for a in every if a.entry == entry_id]

    def holders(self, country: str, title: str) -> list[Entry]:
        """People whose roles include ``title`` (case-insensitive) for ``country``."""
        wanted = title.lower()
        return [
            e
            for e in self.entries.values()
            if any(r.country == country and r.title.lower() == wanted for r in e.roles)
        ]
