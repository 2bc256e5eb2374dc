"""Refinements after a pattern fired: what a request/threat is about, and ACLED sub-events.

* Topics: "called on X to *release* the prisoners" makes an appeal a 0253, "threatened to
  use *force*" a 138. The topic is read from the trigger's complement and object.
* ACLED cues: the weapon or setting in the clause ("drone", "IED", "suicide bomber",
  "tear gas" at a protest) decides the ACLED sub-event type, and may sharpen the CAMEO code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from tocsin.errors import DataFileError
from tocsin.events.matching import forms, local_scope
from tocsin.resources import load_yaml

TOPICS_FILE = "events/topics.yaml"
CUES_FILE = "events/acled_cues.yaml"
DATE_ENTITIES = frozenset({"DATE", "TIME"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "SEC"})
COMPLEMENT_DEPS = frozenset(
    {"dobj", "xcomp", "ccomp", "prep", "attr", "dative", "pcomp", "oprd", "acomp", "advcl", "prt"}
)
SKIPPED_DEPS = frozenset({"relcl", "acl", "appos", "nsubj", "punct", "cc", "conj", "parataxis"})
# prepositions that set the scene (time, place) rather than say what is asked or threatened
SCENE_PREPS = frozenset(
    {
        "in",
        "at",
        "during",
        "after",
        "before",
        "since",
        "amid",
        "despite",
        "following",
        "throughout",
        "until",
        "ahead",
        "near",
        "outside",
    }
)
TERRITORY_TYPES = ("Government regains territory", "Non-state actor overtakes territory")


@dataclass(frozen=True)
class Topic:
    id: str
    lemmas: frozenset[str]
    codes: dict[str, str]  # family -> CAMEO code


@dataclass(frozen=True)
class Cue:
    id: str
    sub_event: str
    applies: tuple[str, ...]  # CAMEO code prefixes the cue may refine
    any: frozenset[str]
    also: frozenset[str]  # when given, one of these must be in the clause too
    code: str | None  # sharper CAMEO code, if the cue implies one
    bonus: float  # confidence added when the cue decides (weapon cues are specific)
    # a word of ``any`` that does not count when one of these is in the clause too ("mine
    # workers", "a gold mine")
    except_with: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def matches(self, scope: set[str]) -> bool:
        """Whether the words of a clause carry this cue."""
        found = {w for w in scope & self.any if not scope & self.except_with.get(w, frozenset())}
        return bool(found) and (not self.also or bool(scope & self.also))


def _words(values: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or ())


class Refiner:
    """Applies topic and ACLED-cue tables, loaded once."""

    def __init__(
        self,
        topics: list[Topic],
        cues: list[Cue],
        state_words: frozenset[str] = frozenset(),
        non_state_words: frozenset[str] = frozenset(),
    ) -> None:
        self.topics = tuple(topics)
        self.cues = tuple(cues)
        self.state_words = state_words
        self.non_state_words = non_state_words

    @classmethod
    def load(cls, known_sub_events: set[str], known_codes: set[str]) -> Refiner:
        topics_data = load_yaml(TOPICS_FILE)
        topics = [
            Topic(t["id"], _words(t["lemmas"]), {k: str(v) for k, v in t["codes"].items()})
            for t in topics_data["topics"]
        ]
        cues: list[Cue] = []
        cue_data = load_yaml(CUES_FILE)
        for c in cue_data["cues"]:
            cue = Cue(
                id=c["id"],
                sub_event=c["sub_event"],
                applies=tuple(str(a) for a in c["applies"]),
                any=_words(c["any"]),
                also=_words(c.get("also")),
                code=str(c["code"]) if c.get("code") else None,
                bonus=float(c.get("bonus", 0.05)),
                except_with={
                    str(k).lower(): _words(v) for k, v in (c.get("except_with") or {}).items()
                },
            )
            if cue.sub_event not in known_sub_events:
                raise DataFileError(f"{CUES_FILE}: {cue.id}: unknown sub-event {cue.sub_event!r}")
            cues.append(cue)
        for topic in topics:
            for code in topic.codes.values():
                if code not in known_codes:
                    raise DataFileError(f"{TOPICS_FILE}: {topic.id}: unknown code {code}")
        for cue in cues:
            if cue.code is not None and cue.code not in known_codes:
                raise DataFileError(f"{CUES_FILE}: {cue.id}: unknown code {cue.code}")
        territory = cue_data.get("territory_actors") or {}
        return cls(topics, cues, _words(territory.get("state")), _words(territory.get("non_state")))

    # -- topics ---------------------------------------------------------------------------
    def topic_code(self, trigger: Token, family: str) -> tuple[str, str] | None:
        """``(code, topic id)`` for what a request, threat or refusal is about."""
        words = self._complement_words(trigger)
        for topic in self.topics:
            if family in topic.codes and words & topic.lemmas:
                return topic.codes[family], topic.id
        return None

    @staticmethod
    def _complement_words(trigger: Token) -> set[str]:
        """Words of what is asked, promised or threatened: objects, complements and the
        prepositional phrases that say "on"/"for"/"by" what, three levels deep at most."""
        words: set[str] = set()
        stack = [(c, 1) for c in trigger.children if c.dep_ in COMPLEMENT_DEPS]
        while stack:
            token, depth = stack.pop()
            if token.dep_ == "prep" and token.lower_ in SCENE_PREPS:
                continue
            words |= forms(token)
            if depth < 4:
                stack.extend((c, depth + 1) for c in token.children if c.dep_ not in SKIPPED_DEPS)
        return words

    # -- ACLED ----------------------------------------------------------------------------
    def acled_cue(self, trigger: Token, code: str) -> Cue | None:
        """The first cue (in data-file order) that applies to ``code`` in this clause."""
        scope: set[str] = set()
        for token in local_scope(trigger):
            if token.ent_type_ not in DATE_ENTITIES:  # "On 5 *March*": no march
                scope |= forms(token)
        for cue in self.cues:
            if not any(code.startswith(prefix) for prefix in cue.applies):
                continue
            if cue.matches(scope):
                return cue
        return None

    def with_cue(
        self, trigger: Token, code: str, rule: str, sub_event: str | None
    ) -> tuple[str, str, str | None]:
        """``(code, rule, sub_event)`` refined by the first cue that applies, when the
        pattern gives no sub-event of its own: the cue's sub-event, its narrower code, its id
        appended to the rule."""
        cue = self.acled_cue(trigger, code) if sub_event is None else None
        if cue is None:
            return code, rule, sub_event
        if cue.code is not None and not code.startswith(cue.code):
            code = cue.code
        return code, f"{rule}+{cue.id}", cue.sub_event

    def cue_bonus(self, rule: str) -> float:
        """Confidence bonus of the cue named in a rule id (``...+cues.air.v1``)."""
        for cue in self.cues:
            if rule.endswith("+" + cue.id):
                return cue.bonus
        return 0.0

    @staticmethod
    def territory(sub_event: str | None, actor_sector: str | None) -> str | None:
        """Who took the ground decides between ACLED's two territorial sub-events."""
        if sub_event not in TERRITORY_TYPES or actor_sector is None:
            return sub_event
        return TERRITORY_TYPES[0] if actor_sector in STATE_SECTORS else TERRITORY_TYPES[1]

    def territory_sector(self, trigger: Token) -> str | None:
        """ "GOV" or "REB" from the words of the subject ("ISIS *fighters* retook ..") when the
        actor resolver gave no sector; non-state words win ("*pro-government militias*")."""
        words: set[str] = set()
        for child in trigger.children:
            if child.dep_ in ("nsubj", "agent"):
                for token in child.subtree:
                    words |= forms(token)
        if words & self.non_state_words:
            return "REB"
        if words & self.state_words:
            return "GOV"
        return None
