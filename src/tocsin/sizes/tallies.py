"""A day's tally: the deaths of a whole day across a war, not the toll of one act.

Daily reports sum a day's deaths over a whole country and then break them down: "128 persons
were killed yesterday, including 40 civilians, and 24 people were killed in aerial bombardment of
the International Coalition", "Shelling targets Azaz …; 66 dead yesterday, including 12 members of
the regime forces …". The 128 and the 66 are no act's toll; given to the acts named beside them,
one day's total of a war would count once for each act, in whichever conflict family each act
falls. :class:`DayTallies` finds such a tally — a count of the dead dated by a day word
("yesterday") that hangs from the count or from its verb of dying — and says whether an act is
named in the tally's own phrase ("24 people were killed yesterday *in shelling* on Douma", whose
toll it is) or elsewhere (the tally is not the act's). A tally broken down by kind ("including 2
members of the regime forces … and 18 civilians") reported by its verb of dying alone sums the
day's acts: the verb's record keeps the number as a cumulative count. The words are data
(``data/sizes/tallies.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tocsin.resources import load_yaml

#: a coordinated verb with its own subject is a clause of its own ("…, and 24 people were killed
#: in aerial bombardment"): its count is not part of the tally
OWN_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: a clause hanging from the tally's list ("13 civilians who died as a result of airstrikes")
#: names one of the day's acts, not the tally's
BREAKDOWN_CLAUSES = frozenset({"relcl", "acl"})


@dataclass(frozen=True)
class DayTallies:
    """Reads a day's tallies of the dead in a parsed sentence (see the module docstring)."""

    day_words: frozenset[str]
    breakdown_words: frozenset[str]

    @classmethod
    def load(cls, name: str = "sizes/tallies.yaml") -> DayTallies:
        data = load_yaml(name)
        return cls(
            day_words=frozenset(str(w).lower() for w in data["day_words"]),
            breakdown_words=frozenset(str(w).lower() for w in data["breakdown_words"]),
        )

    def not_the_acts(self, trigger: Token, is_death_word: Callable[[Token], bool]) -> set[int]:
        """Indexes of the words of every day's tally in ``trigger``'s sentence that is not the
        toll of ``trigger``'s act; a count whose noun is one of them is not the act's."""
        apart: set[int] = set()
        for top in self._tallies(trigger.sent, is_death_word):
            region = _region(top)
            if trigger.i in region and self._own(trigger, top):
                continue
            apart |= region
        return apart

    def summed(self, trigger: Token, is_death_word: Callable[[Token], bool]) -> set[int]:
        """Indexes of the words of a tally whose top is ``trigger`` itself and that breaks the
        day's dead down by kind ("27 were *killed* yesterday including 2 members of the regime
        forces … and 18 civilians"): a sum of the day's acts across the war, no one act's toll,
        though the verb of dying reports it (its count is cumulative)."""
        for top in self._tallies(trigger.sent, is_death_word):
            if top.i != trigger.i:
                continue
            region = _region(top)
            if any(trigger.doc[i].lower_ in self.breakdown_words for i in region):
                return region
        return set()

    def _tallies(self, sentence: Span, is_death_word: Callable[[Token], bool]) -> list[Token]:
        """The top word of each tally: the counted noun, or the verb of dying it is subject of."""
        tops = []
        for token in sentence:
            if token.lower_ not in self.day_words or token.head.i == token.i:
                continue
            anchor = token.head
            if is_death_word(anchor):  # "killed yesterday", "dead yesterday"
                counted = anchor.dep_ in ("acl", "amod")  # "26 killed yesterday"
                tops.append(anchor.head if counted else anchor)
            elif any(is_death_word(c) for c in anchor.children if c.dep_ in ("amod", "acl")):
                tops.append(anchor)  # "66 dead yesterday" parsed under the count
            elif token.i > 0 and _counted_death(token.nbor(-1), is_death_word):
                tops.append(token.nbor(-1).head)  # "58 dead yesterday" with the day on the act
        return tops

    def _own(self, trigger: Token, top: Token) -> bool:
        """``trigger`` is named in the tally's own phrase, not in its breakdown."""
        current = trigger
        while current.i != top.i:
            if current.lower_ in self.breakdown_words or current.dep_ in BREAKDOWN_CLAUSES:
                return False
            current = current.head
        return True


def _counted_death(word: Token, is_death_word: Callable[[Token], bool]) -> bool:
    """``dead`` in "58 dead": a word of dying that modifies a number."""
    return is_death_word(word) and word.dep_ in ("amod", "acl") and word.head.like_num


def _region(top: Token) -> set[int]:
    """The words of a tally: ``top``'s subtree but the coordinated clauses with their own
    subject."""
    region: set[int] = set()
    stack = [top]
    while stack:
        token = stack.pop()
        region.add(token.i)
        for child in token.children:
            own_clause = child.dep_ == "conj" and any(
                c.dep_ in OWN_CLAUSE_SUBJECTS for c in child.children
            )
            if not own_clause:
                stack.append(child)
    return region
