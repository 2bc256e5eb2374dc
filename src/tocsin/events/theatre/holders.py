"""``theatre.holders`` (× 0.7): the side holding the place an act of force hit, as its target.

War reports name who holds a place when it matters to the attack: "Shells kill four children in
*government-held* Aleppo", "a car bomb in a town *controlled by the SDF*", "explosions *in areas
of control of* the Turkish-backed factions", "Strike kills 19 civilians in *IS-held* village".
The fighting such an attack belongs to is that against the holders: UCDP counts the dead of
shelling, air strikes and blasts on a held place in the dyad of the holders and their enemy.
When an act of war (fighting, shelling, air strikes, a blast, a toll of killing) names no armed
target — none, a place, or only a civilian population — and its words say that its place is
held by a party of the war, that party is the target (``<rule>+theatre.holders``; the attacker,
when the text names none, is then the holders' enemy by ``theatre.opponent``). Never for
deliberate killing (executions, kidnappings, assassinations: ``one_sided_words`` and the covert
codes), nor when the named attacker is of the holders' own side; civilians a named attacker
hit are left to ``theatre.front_victims`` (the attacker's opponent on the front).

The words: "X-held", "X-controlled", "X controlled areas", "held by X", "controlled by X",
"under (the) control of X", "areas of control (or influence) of X"
(``holder_words``, ``holder_nouns`` in ``data/conflicts/theatres.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date

from spacy.tokens import Token

from tocsin.conflicts.theatres import Theatre
from tocsin.events.candidates import Candidate
from tocsin.events.inferred import with_inferred
from tocsin.events.theatre.core import EVENTS, TheatreCore
from tocsin.events.theatre.parties import missing, names_a_fighter
from tocsin.events.theatre.words import phrases
from tocsin.models import ActorRef, Mention

HOLDERS_RULE = "theatre.holders"
HOLDERS_FACTOR = 0.7
# a target that names no armed side: a population, or a place read as a party
POPULATION_SECTORS = frozenset({"CVL"})
PLACE_ENTRIES = ("place.", "country.", "territory.", "org-name.")
HYPHENS = frozenset({"-", "‑", "–"})
# "*under* the control of X", "areas *of* control of X" (not "battle *for* control of")
HOLDER_HEADS = frozenset({"under", "of"})


class Holders(TheatreCore):
    """The rule ``theatre.holders``."""

    def with_holders(
        self,
        candidate: Candidate,
        theatre: Theatre,
        when: date,
        tokens: Iterable[Token],
        mentions: Sequence[Mention],
        as_party: Callable[[ActorRef, Token], ActorRef],
        region: str | None = None,
    ) -> Candidate:
        """The party of the war that ``tokens`` (the words of the attack and its clause) say
        holds the place hit, as the target of an act of war naming no armed target:
        ``<rule>+theatre.holders``. ``as_party`` reads a mention (its actor, its head word) as
        the theatre's party (its own names, "the factions", the state's country)."""
        if candidate.info.event not in EVENTS or not self._act_of_war(candidate):
            return candidate
        if not self._no_armed_target(candidate):
            return candidate
        words = list(tokens)
        if phrases(self.one_sided, words):
            return candidate
        actor = candidate.actor
        named_actor = not missing(actor, candidate.actor_rule)
        if named_actor and not missing(candidate.recipient, candidate.recipient_rule):
            return candidate  # civilians a named attacker hit: ``theatre.front_victims``
        for holder in self._holders(words, mentions, as_party):
            if not (
                theatre.fights_beside_state(holder, when) or theatre.opponent(holder, when, region)
            ):
                continue
            if named_actor and actor is not None and not self.fight(theatre, actor, holder, when):
                continue
            rule = f"{candidate.recipient_rule}+{HOLDERS_RULE}" if candidate.recipient else None
            return with_inferred(
                candidate, "recipient", holder, rule or HOLDERS_RULE, HOLDERS_FACTOR
            )
        return candidate

    def _act_of_war(self, candidate: Candidate) -> bool:
        """Fighting, shelling, air strikes, a blast or a toll; not a covert act (an abduction,
        an assassination) unless a blast."""
        code = candidate.info.code
        if code.startswith(tuple(self.theatres.covert_codes)) and not self.blast(candidate):
            return False
        return self.fighting(candidate) or self.blast(candidate) or self.toll(candidate)

    @staticmethod
    def _no_armed_target(candidate: Candidate) -> bool:
        """No target, a place read as one, or only a civilian population."""
        target = candidate.recipient
        if missing(target, candidate.recipient_rule) or target is None:
            return True
        if target.sector in POPULATION_SECTORS:
            return True
        return target.sector is None and (target.entry or "").startswith(PLACE_ENTRIES)

    def _holders(
        self,
        words: list[Token],
        mentions: Sequence[Mention],
        as_party: Callable[[ActorRef, Token], ActorRef],
    ) -> Iterator[ActorRef]:
        """The parties the holder phrases among ``words`` name, in order."""
        seen: set[int] = set()
        for word in sorted(words, key=lambda t: t.i):
            if word.i in seen:
                continue
            seen.add(word.i)
            for head in self._holder_words(word):
                mention = _mention_at(head, mentions)
                if mention is None:
                    continue
                root = head.doc[mention.token_start : mention.token_end].root
                if not names_a_fighter(mention.actor, root) or mention.actor.sector is None:
                    continue
                yield as_party(mention.actor, root)

    def _holder_words(self, word: Token) -> list[Token]:
        """Words naming the holders in a phrase of holding at ``word``: "X-held", "X
        controlled", "held by X", "under the control of X", "areas of control of X"."""
        doc = word.doc
        low = word.lower_
        found: list[Token] = []
        if low in self.theatres.holder_words:
            for child in word.children:
                if child.dep_ == "agent":
                    found.extend(c for c in child.children if c.dep_ == "pobj")
            before = word.i - 1
            if before >= word.sent.start and (
                doc[before].text in HYPHENS or doc[before].tag_ == "POS"
            ):
                before -= 1  # "rebel*-*held", "the regime forces*'* controlled areas"
            if before >= word.sent.start and doc[before].pos_ in ("NOUN", "PROPN", "ADJ"):
                found.append(doc[before])
        elif low in self.theatres.holder_nouns and word.head.lower_ in HOLDER_HEADS:
            for child in word.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    found.extend(c for c in child.children if c.dep_ == "pobj")
        return found


def _mention_at(token: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The mention whose words hold ``token``."""
    return next((m for m in mentions if m.token_start <= token.i < m.token_end), None)
