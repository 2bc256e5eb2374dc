"""The count vocabulary (``data/sizes/counts.yaml``) as one frozen object."""

from __future__ import annotations

from dataclasses import dataclass

from tocsin.resources import load_yaml

CATEGORIES = ("killed", "injured", "displaced", "arrested", "participants")


@dataclass(frozen=True)
class Category:
    name: str
    object_verbs: frozenset[str]
    subject_verbs: frozenset[str]
    nouns: frozenset[str]
    adjectives: frozenset[str]


@dataclass(frozen=True)
class CountVocabulary:
    categories: tuple[Category, ...]
    causative_verbs: frozenset[str]
    people_nouns: frozenset[str]
    not_people: frozenset[str]
    vague: dict[str, tuple[int, bool]]
    number_words: dict[str, int]
    multipliers: dict[str, int]
    scale_words: dict[str, int]
    fractions: dict[str, float]
    approximate_cues: frozenset[str]
    closing_place_words: frozenset[str] = frozenset()
    member_sectors: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()

    @classmethod
    def load(cls, name: str = "sizes/counts.yaml") -> CountVocabulary:
        data = load_yaml(name)
        categories = tuple(
            Category(
                name=key,
                object_verbs=frozenset(entry["object_verbs"]),
                subject_verbs=frozenset(entry["subject_verbs"]),
                nouns=frozenset(entry["nouns"]),
                adjectives=frozenset(entry["adjectives"]),
            )
            for key, entry in data["categories"].items()
            if key in CATEGORIES
        )
        return cls(
            categories=categories,
            causative_verbs=frozenset(data["causative_verbs"]),
            people_nouns=frozenset(data["people_nouns"]),
            not_people=frozenset(data["not_people"]),
            member_sectors=frozenset(data.get("member_sectors") or ()),
            collective_nouns=frozenset(data.get("collective_nouns") or ()),
            vague={
                k: (int(v["value"]), bool(v["approximate"]))
                for k, v in data["vague_quantities"].items()
            },
            number_words=dict(data["number_words"]),
            multipliers=dict(data["multipliers"]),
            scale_words=dict(data["scale_words"]),
            fractions={k: float(f) for k, f in data["fractions"].items()},
            approximate_cues=frozenset(data["approximate_cues"]),
            closing_place_words=frozenset(data.get("closing_place_words", ())),
        )

    def by_noun(self, lemma: str) -> Category | None:
        return next((c for c in self.categories if lemma in c.nouns), None)

    def by_adjective(self, lemma: str) -> Category | None:
        return next((c for c in self.categories if lemma in c.adjectives), None)

    def by_object_verb(self, lemma: str) -> Category | None:
        return next((c for c in self.categories if lemma in c.object_verbs), None)

    def by_subject_verb(self, lemma: str) -> Category | None:
        return next((c for c in self.categories if lemma in c.subject_verbs), None)
