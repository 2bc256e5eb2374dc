"""Closed word lists for reading actor phrases (``data/actors/grammar.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tocsin.resources import load_yaml


@dataclass(frozen=True)
class Grammar:
    modifiers: frozenset[str] = frozenset()
    locative: frozenset[str] = frozenset()
    right_prepositions: frozenset[str] = frozenset()
    right_prepositions_plural: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    place_modifiers: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    personal: frozenset[str] = frozenset()
    plural: frozenset[str] = frozenset()
    neuter: frozenset[str] = frozenset()
    context_sectors: frozenset[str] = frozenset()
    agent_adjectives: frozenset[str] = frozenset()
    country_nouns: frozenset[str] = frozenset()
    abroad_agents: frozenset[str] = frozenset()
    stance_prefixes: frozenset[str] = frozenset()
    backing_words: frozenset[str] = frozenset()
    affiliate_words: frozenset[str] = frozenset()
    provenance_words: frozenset[str] = frozenset()
    feature_words: frozenset[str] = frozenset()
    feature_prefixes: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    company_suffixes: frozenset[str] = frozenset()
    compass_words: frozenset[str] = frozenset()
    headline_act_words: frozenset[str] = frozenset()
    armed_modifier_heads: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> Grammar:
        data: dict[str, Any] = load_yaml("actors/grammar.yaml")
        pronouns = data["pronouns"]

        def words(key: str, source: dict[str, Any] = data) -> frozenset[str]:
            return frozenset(str(w) for w in source.get(key) or ())

        return cls(
            modifiers=words("modifiers"),
            locative=words("locative_prepositions"),
            right_prepositions=words("right_prepositions"),
            right_prepositions_plural=words("right_prepositions_plural"),
            articles=words("articles"),
            place_modifiers=words("place_modifiers"),
            name_particles=words("name_particles"),
            personal=words("personal", pronouns),
            plural=words("plural", pronouns),
            neuter=words("neuter", pronouns),
            context_sectors=words("context_sectors"),
            agent_adjectives=words("agent_adjectives"),
            country_nouns=words("country_nouns"),
            abroad_agents=words("abroad_agents"),
            stance_prefixes=words("stance_prefixes"),
            backing_words=words("backing_words"),
            affiliate_words=words("affiliate_words"),
            provenance_words=words("provenance_words"),
            feature_words=words("feature_words"),
            feature_prefixes=words("feature_prefixes"),
            group_nouns=words("group_nouns"),
            company_suffixes=words("company_suffixes"),
            compass_words=words("compass_words"),
            headline_act_words=words("headline_act_words"),
            armed_modifier_heads=words("armed_modifier_heads"),
        )
