"""The date vocabulary (``data/dates/expressions.yaml``) as one frozen object."""

from __future__ import annotations

from dataclasses import dataclass

from tocsin.resources import load_yaml


@dataclass(frozen=True)
class DateVocabulary:
    months: dict[str, int]
    weekdays: dict[str, int]
    number_words: dict[str, int]
    day_words: dict[str, int]
    relative_words: dict[str, int]
    future_cues: frozenset[str]
    not_a_date_before: frozenset[str]
    modal_cues: frozenset[str]

    @classmethod
    def load(cls, name: str = "dates/expressions.yaml") -> DateVocabulary:
        data = load_yaml(name)
        return cls(
            months=dict(data["months"]),
            weekdays=dict(data["weekdays"]),
            number_words=dict(data["number_words"]),
            day_words=dict(data["day_words"]),
            relative_words=dict(data["relative_words"]),
            future_cues=frozenset(data["future_cues"]),
            not_a_date_before=frozenset(data["not_a_date_before"]),
            modal_cues=frozenset(data["modal_cues"]),
        )
