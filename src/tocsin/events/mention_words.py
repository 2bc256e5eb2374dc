"""The word lists of ``events/mentions.yaml``, read once for the rules that tell one event
mention from several (:mod:`tocsin.events.mentions`, :mod:`tocsin.events.adjacent`), and the
weapons that are an act's means, not its parties (:mod:`tocsin.events.theatre.parties`), and
the verbs of reacting to another's act (:mod:`tocsin.events.headline`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tocsin.resources import load_yaml


@dataclass(frozen=True)
class MentionWords:
    """Each list of ``events/mentions.yaml`` as a set of lower-case words."""

    consequences: frozenset[str]
    relative_pronouns: frozenset[str]
    accompaniments: frozenset[str]
    stages: frozenset[str]
    boundaries: frozenset[str]
    unanchored: frozenset[str]
    party_prepositions: frozenset[str]
    rising: frozenset[str]
    tolls: frozenset[str]
    backdrops: frozenset[str]
    place_nouns: frozenset[str]
    earlier: frozenset[str]
    instruments: frozenset[str]
    reactions: frozenset[str]


@cache
def mention_words() -> MentionWords:
    """The bundled lists (read once per process; the file is package data)."""
    data = load_yaml("events/mentions.yaml")
    return MentionWords(
        **{name: frozenset(data[name]) for name in MentionWords.__dataclass_fields__}
    )
