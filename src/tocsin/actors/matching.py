"""Phrase matchers built once from the dictionary: names (case kept) and agent nouns."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.entries import Agent, Alias

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
ARMED_MODIFIER_SECTORS = frozenset({"REB", "RAD", "MIL"})  # "*military* airstrike"
PEOPLE_SECTORS = frozenset({"CVL", "REL"})  # capitalised plurals of these are no names' parts
PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
PLACE_KEY = "place:"  # region names ("New Jersey") only block shorter names inside them
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„", "‘", "’", "``", "''"})


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    alias: Alias


@dataclass(frozen=True)
class AgentHit:
    start: int
    end: int
    agent: Agent


def pattern_doc(nlp: Language, text: str) -> Doc:
    """Tokens of a pattern: plain words are split on spaces (fast), the rest tokenised."""
    if PLAIN.fullmatch(text):
        return Doc(nlp.vocab, words=text.split())
    return nlp.make_doc(text)


def longest_first(spans: Iterable[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping ``(start, end, priority)`` spans: longest, then highest priority, first."""
    taken: set[int] = set()
    chosen = []
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), -s[2], s[0])):
        if not taken.intersection(range(span[0], span[1])):
            chosen.append(span)
            taken.update(range(span[0], span[1]))
    return sorted(chosen)


class DictionaryMatcher:
    """Finds dictionary names and agent words in a parsed document."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.agents = PhraseMatcher(nlp.vocab, attr="LOWER")
        for text in dictionary.aliases:
            self.names.add(text, [pattern_doc(nlp, text)])
        for key in dictionary.folded:
            self.folded.add(key, [pattern_doc(nlp, key)])
        for name in dictionary.regions:
            if name not in dictionary.aliases:  # "Georgia" stays the country
                self.names.add(PLACE_KEY + name, [pattern_doc(nlp, name)])
        for key in dictionary.agents:
            self.agents.add(key, [pattern_doc(nlp, key)])

    def find_names(self, doc: Doc) -> list[NameHit]:
        found: dict[tuple[int, int, int], Alias | None] = {}
        self._add_names(doc, found, list(range(len(doc))))
        kept = [t.i for t in doc if t.text not in QUOTE_MARKS]
        if len(kept) < len(doc):  # 'the "Euphrates Shield" factions': a name across quotes
            unquoted = Doc(doc.vocab, words=[doc[i].text for i in kept])
            self._add_names(unquoted, found, kept)
        found = _without_cut_countries(found)
        hits = []
        for s, e, p in longest_first(found):
            alias = found[(s, e, p)]
            if alias is not None:
                hits.append(NameHit(s, e, alias))
        return hits

    def _add_names(
        self, doc: Doc, found: dict[tuple[int, int, int], Alias | None], index: list[int]
    ) -> None:
        """Add the names matched in ``doc`` to ``found``, as spans of the document whose
        token ``index[i]`` is ``doc``'s token ``i``."""
        strings = doc.vocab.strings
        for match_id, start, end in self.names(doc):
            key = strings[match_id]
            alias = None if key.startswith(PLACE_KEY) else self.dictionary.aliases[key]
            span = (index[start], index[end - 1] + 1, alias.priority if alias else 99)
            found.setdefault(span, alias)
        for match_id, start, end in self.folded(doc) if self.dictionary.folded else ():
            alias = self.dictionary.folded[strings[match_id]]
            if _capitalised(doc, start, end):
                found.setdefault((index[start], index[end - 1] + 1, alias.priority), alias)

    def find_agents(self, doc: Doc, taken: set[int]) -> list[AgentHit]:
        """Agent phrases that end on a noun and overlap no name already found."""
        strings = doc.vocab.strings
        found = {}
        for match_id, start, end in self.agents(doc):
            agent = self.dictionary.agents[strings[match_id]]
            if taken.intersection(range(start, end)):
                continue
            if doc[end - 1].tag_ not in NOUN_TAGS and not self._armed_modifier(
                doc, start, end, agent
            ):
                continue
            if self._inside_name(doc, start, end):
                continue
            found[(start, end, 0)] = agent
        return [AgentHit(s, e, found[(s, e, p)]) for s, e, p in longest_first(found)]

    def _inside_name(self, doc: Doc, start: int, end: int) -> bool:
        """A lone capitalised non-title agent mid-sentence ("the Mirror") is part of a name,
        unless a possessive or a nationality gives it its owner ("Israel's *Cabinet*", "Iraqi
        *Kurds*") or it names a people or a faith's believers ("killed 20 *Christians*")."""
        token = doc[start]
        agent = self.dictionary.agents.get(token.lower_)
        if agent is not None and agent.plural and agent.sector in PEOPLE_SECTORS:
            return False
        return (
            end - start == 1
            and token.is_title
            and token.i > token.sent.start
            and token.tag_ in ("NNP", "NNPS")
            and not self._is_title_word(doc, start)
            and doc[start - 1].tag_ != "POS"
            and not (doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_title)
        )

    def _armed_modifier(self, doc: Doc, start: int, end: int, agent: Agent) -> bool:
        """An armed agent's word the parser tagged as an adjective of a noun of the fight
        (``armed_modifier_heads``: "troops raid *militant* hideout", "killed in a *terrorist*
        attack", "*military* airstrike"): the group it names, as "*rebel* positions"; not
        "terrorist activities"."""
        token = doc[end - 1]
        return (
            end - start == 1
            and agent.sector in ARMED_MODIFIER_SECTORS
            and token.tag_ == "JJ"
            and token.dep_ == "amod"
            and token.head.lower_ in self.dictionary.grammar.armed_modifier_heads
        )

    def _is_title_word(self, doc: Doc, i: int) -> bool:
        agent = self.dictionary.agents.get(doc[i].lower_)
        return agent is not None and agent.person


def _capitalised(doc: Doc, start: int, end: int) -> bool:
    """A name matched whatever its case still starts with a capital: a one-word name must,
    a longer one must have a capitalised word ("Free Syrian Army", "free Syrian army")."""
    words = [t for t in doc[start:end] if t.is_alpha]
    if not words:
        return False
    if len(words) == 1:
        return words[0].text[0].isupper()
    return any(t.text[0].isupper() for t in words)


def _without_cut_countries(
    found: dict[tuple[int, int, int], Alias | None],
) -> dict[tuple[int, int, int], Alias | None]:
    """Names that begin inside a country's name begun before them are no names: "*Sudan's
    army*" in "South Sudan's army" is not Sudan's (the longer match would win otherwise)."""
    countries = [
        (s, e)
        for (s, e, _), alias in found.items()
        if alias is not None and alias.entry.startswith("country.")
    ]
    return {
        key: alias
        for key, alias in found.items()
        if not any(s < key[0] < e < key[1] for s, e in countries)
    }
