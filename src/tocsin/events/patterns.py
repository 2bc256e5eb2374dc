"""Trigger patterns: versioned data records (``verbs.invade.v1``) indexed by lemma."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from tocsin.errors import DataFileError
from tocsin.resources import data_path, load_yaml

PATTERN_DIR = "events/patterns"
KINDS = ("verb", "noun", "adj")
CONDITIONS = ("particle", "prep", "object", "xcomp", "modifier", "near", "governor")
FAMILIES = (
    "appeal",
    "intent",
    "demand",
    "reject",
    "threaten",
    "accede",
    "accuse",
    "investigate",
    "demo",
    "hunger",
    "strike",
    "obstruct",
    "riot",
)


@dataclass(frozen=True)
class Pattern:
    """One trigger rule: a lemma, the words that must go with it and the CAMEO code it gives.

    Conditions (all optional, each one that is present must hold):
    ``particle`` a phrasal-verb particle ("call *off*"), ``prep`` a preposition attached to the
    trigger ("call *on*"), ``object`` the lemma of the direct object (or, for nouns, of the
    ``of``-object; ``<place>`` stands for any proper name that is no person's: "seize
    *Ramadi*"), ``xcomp`` the verb of an open complement ("refuse *to meet*"),
    ``modifier`` a modifier of the trigger ("*air* strike", "*suicide* bombing"),
    ``near`` a word anywhere in the trigger's clause, ``governor`` the preposition whose object
    the trigger is ("under *fire*"). ``unless`` words block the rule when they
    appear as object, modifier, particle or preposition (false friends: "attack on
    *inflation*", "push *back*", "came *under* fire in Mali" is no visit).
    """

    id: str
    kind: str
    lemmas: tuple[str, ...]
    code: str
    particle: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    xcomp: tuple[str, ...] = ()
    modifier: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    governor: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()  # roles searched for the recipient, in order
    actor: tuple[str, ...] = ()  # roles searched for the actor, in order (defaults by kind)
    acled: str | None = None  # ACLED sub-event type set by this rule
    family: str | None = None  # complement family whose topic refines the code
    symmetric: bool = False
    statement: bool = False  # a bare statement: used only when nothing else fires
    passive_only: bool = False
    active_only: bool = False
    complement_modal: tuple[str, ...] = ()  # "warned it *would* respond", "said X *must* go"

    @property
    def specificity(self) -> int:
        """How many conditions the rule requires (more specific rules win)."""
        return sum(1 for name in CONDITIONS if getattr(self, name)) + int(
            bool(self.complement_modal)
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str) -> Pattern:
        try:
            values = dict(data)
            for key, value in list(values.items()):
                if isinstance(value, list) and any(isinstance(v, bool) for v in value):
                    raise DataFileError(f"{source}: {data.get('id')}: quote yes/no/on/off in {key}")
                if isinstance(value, list):
                    values[key] = tuple(str(v).lower() for v in value)
            if isinstance(values.get("lemmas"), str):
                values["lemmas"] = (values["lemmas"].lower(),)
            values["code"] = str(values["code"])
            pattern = cls(**values)
        except TypeError as exc:
            raise DataFileError(f"{source}: pattern {data.get('id')!r}: {exc}") from exc
        if pattern.kind not in KINDS:
            raise DataFileError(f"{source}: {pattern.id}: kind must be one of {KINDS}")
        if pattern.family is not None and pattern.family not in FAMILIES:
            raise DataFileError(f"{source}: {pattern.id}: unknown family {pattern.family!r}")
        return pattern


class PatternBook:
    """All trigger patterns, indexed by (kind, lemma) for constant-time lookup per token."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = tuple(patterns)
        index: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        for pattern in patterns:
            for lemma in pattern.lemmas:
                index[(pattern.kind, lemma)].append(pattern)
        # most specific first, so the first rule whose conditions hold is the best one
        self._index = {
            key: tuple(sorted(items, key=lambda p: -p.specificity)) for key, items in index.items()
        }

    @classmethod
    def load(cls, directory: str = PATTERN_DIR) -> PatternBook:
        patterns: list[Pattern] = []
        seen: set[str] = set()
        for file in sorted(data_path(directory).glob("*.yaml")):
            name = f"{directory}/{file.name}"
            content = load_yaml(name)
            for item in content.get("patterns") or ():
                pattern = Pattern.from_dict(item, name)
                if pattern.id in seen:
                    raise DataFileError(f"{name}: duplicate pattern id {pattern.id}")
                seen.add(pattern.id)
                patterns.append(pattern)
        return cls(patterns)

    def candidates(self, kind: str, lemma: str) -> tuple[Pattern, ...]:
        """Patterns for a lemma, most specific first."""
        return self._index.get((kind, lemma), ())

    def __len__(self) -> int:
        return len(self.patterns)
