"""Syntax cues for places (``data/places/cues.yaml``) as one frozen object."""

from __future__ import annotations

from dataclasses import dataclass

from tocsin.resources import load_yaml


@dataclass(frozen=True)
class PlaceCues:
    locative_prepositions: frozenset[str]
    region_words: frozenset[str]
    city_words: frozenset[str]
    stop_names: frozenset[str]
    never_names: frozenset[str]
    target_verbs: frozenset[str]
    subcity_words: frozenset[str]
    movement_verbs: frozenset[str]
    name_articles: frozenset[str] = frozenset()
    border_words: frozenset[str] = frozenset()
    site_words: frozenset[str] = frozenset()
    attack_words: frozenset[str] = frozenset()

    @classmethod
    def load(cls, name: str = "places/cues.yaml") -> PlaceCues:
        data = load_yaml(name)
        return cls(
            locative_prepositions=frozenset(data["locative_prepositions"]),
            region_words=frozenset(data["region_words"]),
            city_words=frozenset(data["city_words"]),
            stop_names=frozenset(data["stop_names"]),
            never_names=frozenset(data["never_names"]),
            target_verbs=frozenset(data["target_verbs"]),
            subcity_words=frozenset(data["subcity_words"]),
            movement_verbs=frozenset(data["movement_verbs"]),
            name_articles=frozenset(data.get("name_articles") or ()),
            border_words=frozenset(data.get("border_words") or ()),
            site_words=frozenset(data.get("site_words") or ()),
            attack_words=frozenset(data.get("attack_words") or ()),
        )
