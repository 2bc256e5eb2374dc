"""Refusals: a negated cooperative event ("will *not* release") is coded as a REJECT event."""

from __future__ import annotations

from spacy.tokens import Token

from tocsin.errors import DataFileError
from tocsin.events.matching import NOUN_POS, VERB_POS, lemma
from tocsin.resources import load_yaml

NEGATION_FILE = "events/negation.yaml"
RULE_ID = "negation.refusal.v1"
NEGATORS = frozenset({"not", "n't", "never", "no"})
FAILURES = frozenset({"fail"})  # verbs whose complement did not happen


class Refusals:
    """CAMEO prefix of a cooperative code → the refusal code that replaces it when negated."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        self._prefixes = sorted(table, key=len, reverse=True)

    @classmethod
    def load(cls, known_codes: set[str]) -> Refusals:
        table = {str(k): str(v) for k, v in load_yaml(NEGATION_FILE)["refusals"].items()}
        bad = [v for v in table.values() if v not in known_codes]
        if bad:
            raise DataFileError(f"{NEGATION_FILE}: unknown codes {bad}")
        return cls(table)

    def refusal(self, code: str) -> str | None:
        """The refusal code for a cooperative ``code`` (longest matching prefix)."""
        for prefix in self._prefixes:
            if code.startswith(prefix):
                return self.table[prefix]
        return None

    @staticmethod
    def negation(trigger: Token) -> Token | None:
        """The negation of the trigger's predicate: its own, its light verb's or copula's."""
        heads = [trigger]
        if (trigger.pos_ in NOUN_POS and trigger.dep_ in ("dobj", "attr")) or (
            trigger.pos_ == "ADJ" and trigger.head.pos_ in VERB_POS
        ):
            heads.append(trigger.head)
        for head in heads:
            for child in head.children:
                if child.dep_ == "neg" and child.lower_ in NEGATORS and child.i < trigger.i:
                    return child
            if head.dep_ == "xcomp" and lemma(head.head) in FAILURES and head.head.i < head.i:
                return head.head  # "*failed* to reach an agreement"
        return None
