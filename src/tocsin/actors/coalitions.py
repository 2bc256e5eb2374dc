"""An unnamed coalition in war reporting ("the coalition", "coalition aircraft") is the military
coalition of the document's war: the one whose cues (entries or countries, listed under
``coalitions`` in ``data/actors/armed_groups.yaml``) the document names, or its dateline's
country names ("Coalition air strike kills 20 in Saada" under a Yemeni dateline). With no cue,
or cues of two coalitions, the words stay what the agent dictionary makes of them (rule
``coalition``). An acronym two forces share ("SNA": the Syrian or the Somali National Army) is
read the same way: the force whose cues the rest of the document names (``shared_acronyms``,
rule ``acronym.context``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.found import Found

RULE = "coalition"
ACRONYM_RULE = "acronym.context"
WORD = "coalition"
# ``doc.user_data`` key of the document's dateline place ("Yemen", "SANAA", "DONETSK, Ukraine")
DATELINE = "tocsin_dateline"


@dataclass(frozen=True)
class CoalitionRule:
    """``entry`` stands for an unnamed coalition in a document naming any of ``cues``."""

    entry: str
    cues: frozenset[str]


@dataclass(frozen=True)
class SharedAcronym:
    """An acronym two forces share ("SNA": the Syrian and the Somali National Army): the one
    whose cues the document names is meant (``shared_acronyms`` in ``armed_groups.yaml``)."""

    text: str
    choices: tuple[CoalitionRule, ...]


def _cues(doc: Doc, found: list[Found], dictionary: ActorDictionary) -> set[str]:
    """The entries and countries the document's mentions and its dateline name."""
    named = {f.actor.entry.split("#", 1)[0] for f in found if f.actor.entry}
    named |= {f.actor.country for f in found if f.actor.country}
    return named | _dateline_countries(doc, dictionary)


def with_shared_acronyms(
    doc: Doc, found: list[Found], dictionary: ActorDictionary, when: date | None
) -> list[Found]:
    """``found`` with each shared acronym read as the force of the document's war (rule
    ``acronym.context``); with no cue, or cues of two of its forces, it stays as matched."""
    result = list(found)
    for shared in dictionary.shared_acronyms:
        entries = {c.entry for c in shared.choices}
        hits = [
            i
            for i, f in enumerate(result)
            if doc[f.start].text == shared.text
            and (f.actor.entry or "").split("#", 1)[0] in entries
        ]
        if not hits:
            continue
        others = [f for i, f in enumerate(result) if i not in hits]
        named = _cues(doc, others, dictionary)
        fired = [c for c in shared.choices if c.cues & named]
        if len(fired) != 1 or fired[0].entry not in dictionary.entries:
            continue
        entry = dictionary.entries[fired[0].entry]
        for i in hits:
            f = result[i]
            if (f.actor.entry or "").split("#", 1)[0] != entry.id:
                result[i] = replace(f, actor=entry.ref(f.actor.text, when), rule=ACRONYM_RULE)
    return result


def with_coalitions(
    doc: Doc, found: list[Found], dictionary: ActorDictionary, when: date | None
) -> list[Found]:
    """``found`` with bare coalition agents replaced by the coalition of the document's war."""
    named = _cues(doc, found, dictionary)
    fired = [rule for rule in dictionary.coalitions if rule.cues & named]
    if len(fired) != 1 or fired[0].entry not in dictionary.entries:
        return found
    entry = dictionary.entries[fired[0].entry]
    result = []
    for f in found:
        if f.kind == "agent" and _bare_coalition(doc, f, dictionary):
            f = replace(f, actor=entry.ref(f.actor.text, when), rule=RULE, kind="org")
        result.append(f)
    return result


def _bare_coalition(doc: Doc, f: Found, dictionary: ActorDictionary) -> bool:
    """ "the coalition", "coalition aircraft": the word and military nouns only."""
    words = [t.lower_ for t in doc[f.start : f.end] if t.lower_ not in dictionary.grammar.articles]
    if not words or words[0] != WORD:
        return False
    rest = " ".join(words[1:])
    agent = dictionary.agents.get(rest)
    return not rest or (agent is not None and agent.sector == "MIL")


def _dateline_countries(doc: Doc, dictionary: ActorDictionary) -> set[str]:
    """The countries of the dateline's place names, as the actor dictionary knows them."""
    place = doc.user_data.get(DATELINE)
    if not isinstance(place, str):
        return set()
    found: set[str] = set()
    for part in (p.strip() for p in place.split(",")):
        alias = dictionary.aliases.get(part) or dictionary.aliases.get(part.title())
        alias = alias or dictionary.folded.get(part.lower())
        entry = dictionary.entries.get(alias.entry) if alias is not None else None
        if entry is not None and entry.country:
            found.add(entry.country)
    return found
