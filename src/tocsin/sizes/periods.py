"""Counts told as totals over a period, not as the toll of one day's event.

"About 2,500 people were killed in July", "more than 800 killed during 12 consecutive days of
shelling", "the death toll since the start of the offensive rose to 355": the number is true, but
it sums days, weeks or months of a war. :class:`PeriodCues` reads the count's own clause (the
words governed by the verb or noun the count hangs from, without other clauses) for a span of
time — a preposition with a length of time ("in 62 days", "during the past 5 days", "in the first
six weeks"), a length of time as the subject ("20 days of battles leave …", "a week of clashes
kills …"), "since" opening a running total (not "the deadliest attack since …") or a toll raised
to a number ("more casualties raise the death toll to 250"). A count inside "after" and an act
told by its gerund or a noun of dying ("After killing about 60 civilians in Idlib province…
bombing kills 16 in Idlib city", "after the death of 467 civilians in their massacres") is a
**backdrop**: the acts before the report's own, summed; it is the toll of no other act of the
sentence (:meth:`PeriodCues.backdrop`). A named month or year ("in May",
"the bombing in 2019") is left to the event's date: it dates one event as often as it sums a
month, and a date of month or year precision is kept out of daily deaths anyway
(:func:`tocsin.signals.units.deaths_of_the_day`). The vocabulary is data
(``data/sizes/periods.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tocsin.resources import load_yaml

CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "parataxis", "csubj", "csubjpass"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
MAX_FILLERS = 4


@dataclass(frozen=True)
class PeriodCues:
    """The words that tell a span of time (see the module docstring)."""

    span_prepositions: frozenset[str]
    span_fillers: frozenset[str]
    time_units: frozenset[str]
    since_rankers: frozenset[str]
    running_total_verbs: frozenset[str]
    running_total_nouns: frozenset[str]
    backdrop_prepositions: frozenset[str]
    backdrop_nouns: frozenset[str]
    number_words: frozenset[str]  # "six weeks": the count vocabulary's number words

    @classmethod
    def load(
        cls, name: str = "sizes/periods.yaml", counts: str = "sizes/counts.yaml"
    ) -> PeriodCues:
        data = load_yaml(name)
        words = {key: frozenset(str(w).lower() for w in data[key]) for key in KEYS}
        numbers = frozenset(str(w).lower() for w in load_yaml(counts)["number_words"])
        return cls(**words, number_words=numbers)

    def backdrop(self, noun: Token) -> Token | None:
        """The "after" that opens the backdrop the counted ``noun`` belongs to, if any: "after
        *killing* 38 civilians", "after the *death* of 467 civilians"."""
        previous, current = noun, noun.head
        while current.i != previous.i:
            if (
                current.lower_ in self.backdrop_prepositions
                and current.dep_ == "prep"
                and previous.dep_ in ("pcomp", "pobj")
                and (previous.tag_ == "VBG" or previous.lemma_.lower() in self.backdrop_nouns)
            ):
                return current
            previous, current = current, current.head
        return None

    def covers_period(self, noun: Token) -> bool:
        """True when the clause the counted ``noun`` belongs to spans a period of time."""
        if self.backdrop(noun) is not None:
            return True
        clause = _clause_of(noun)
        region = sorted(_region(clause, noun), key=lambda t: t.i)
        if any(self._span_at(token) for token in region):
            return True
        # the people counted described by a clause of their own: "1050 martyrs *who were killed
        # since the escalation*", "civilians killed in 45 days of shelling"
        own = [t for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree]
        if any(self._span_at(token) for token in own):
            return True
        return any(  # "since the war began, …": a clause opened by "since"
            child.dep_ == "advcl"
            and any(m.lower_ == "since" and m.dep_ == "mark" for m in child.children)
            and not self._ranks(clause)
            for child in clause.children
        )

    def _span_at(self, token: Token) -> bool:
        word = token.lower_
        if word == "since":
            return not self._ranks(token.head)
        if word not in self.span_prepositions:
            if word in self.time_units and word != "day":  # "20 days of battles leave …"
                return token.dep_ in ("nsubj", "nsubjpass")
            if token.lemma_.lower() in self.running_total_verbs:  # "raise the death toll to"
                return any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self.running_total_nouns
                    for c in token.children
                )
            return False
        seen = 0
        current = _next(token)
        while current is not None and seen <= MAX_FILLERS:
            lower = current.lower_
            if lower in self.time_units:
                return seen > 0 or word != "in"  # "in days" alone is no length
            if not (current.like_num or lower in self.number_words or lower in self.span_fillers):
                return False
            seen += 1
            current = _next(current)
        return False

    def _ranks(self, head: Token) -> bool:
        """``the deadliest attack since …``, ``the first … since``: "since" ranks the event."""
        words = [head, *head.children, *head.head.children]  # one level up: a misparsed clause
        return any(w.lower_ in self.since_rankers or w.tag_ == "JJS" for w in words)


KEYS = (
    "span_prepositions",
    "span_fillers",
    "time_units",
    "since_rankers",
    "running_total_verbs",
    "running_total_nouns",
    "backdrop_prepositions",
    "backdrop_nouns",
)


def _next(token: Token) -> Token | None:
    return token.nbor(1) if token.i + 1 < len(token.doc) else None


def _clause_of(noun: Token) -> Token:
    """The head of the clause a counted noun belongs to: its verb, else the sentence's root."""
    current = noun
    while current.head.i != current.i:
        if current.pos_ in ("VERB", "AUX") or current.dep_ in CLAUSE_DEPS:
            return current
        current = current.head
    return current


def _region(clause: Token, noun: Token) -> list[Token]:
    """The clause's words, leaving out other clauses hanging from it (not the count's own)."""
    keep = []
    stack = [clause]
    while stack:
        token = stack.pop()
        keep.append(token)
        for child in token.children:
            clause = child.dep_ in CLAUSE_DEPS or (  # a coordinated clause with its own subject
                child.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in child.children)
            )
            if clause and child.i != noun.i and noun not in child.subtree:
                continue
            stack.append(child)
    return keep
