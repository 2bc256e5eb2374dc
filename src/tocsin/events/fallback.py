"""A last resort for a missing recipient: an actor mentioned inside the trigger's own phrase.

"The Netherlands expelled two Russian diplomats": when the patterns found the actor but no
recipient, the nearest actor mention after the trigger in the trigger's own phrase is taken,
marked ``subtree.mention`` in ``evidence.recipient_rule`` and with lower confidence.

The phrase is the trigger's subtree without subjects and without clauses that have a subject of
their own ("…, while Colombia held elections"); complements that share the trigger's subject
stay in ("threatened *to cut off electricity to Nakhichevan*"). For protests and refusals,
purpose clauses and participles without a subject of their own stay in too, since they name
what the protest is against or what was refused ("blocked a road *to show their anger at* …",
"a march *calling for the removal of* …", "rejected an invitation *to attend a meeting of* …").
The mention must name another actor: another country, or the same country in another sector
("the army … the opposition"). For force and coercion, not a bare state that only names where
the act happened ("kill 15 in *Niger* village", "in *Myanmar's* Rakhine state"): the place's
own rules (:mod:`~tocsin.events.place_target`, the theatre's) read where. Other acts keep it
("eased emergency measures in *Montenegro* province" eased them on Montenegro).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from tocsin.context import DocContext
from tocsin.events.candidates import Candidate
from tocsin.events.inferred import with_inferred
from tocsin.events.matching import SOURCE_MARKERS
from tocsin.events.mentions import is_place
from tocsin.events.place_target import ANY_COUNTRY
from tocsin.models import ActorRef

RULE = "subtree.mention"
# Dependents that open another clause or name the subject or the doer ("killed *by* X and
# Y": a passive's agents): never searched for a recipient.
SKIPPED_DEPENDENTS = frozenset(
    {
        "agent",
        "nsubj",
        "nsubjpass",
        "csubj",
        "csubjpass",
        "advcl",
        "ccomp",
        "conj",
        "parataxis",
        "relcl",
        "acl",
        "mark",
        "cc",
        "punct",
        "appos",
        "dep",
    }
)
CONFIDENCE_FACTOR = 0.85
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# the prepositions of where, not of what ("anger *at* Chilean trade policy")
WHERE = LOCATIVE - {"at"}
# acts whose target a purpose clause states: "blocked a road *to show their anger at* X",
# "rejected an invitation *to meet* X"
PURPOSE_EVENTS = frozenset({"PROTEST", "REJECT"})
PLACED_FORCE = ANY_COUNTRY  # acts whose place stands for their target (place_target)


def with_subtree_recipient(
    candidate: Candidate, head: Token, ctx: DocContext, relation_of_another: Callable[[Token], bool]
) -> Candidate:
    """``candidate`` with a recipient from the trigger's subtree when it has none."""
    actor = candidate.actor
    if candidate.recipient is not None or actor is None or candidate.symmetric:
        return candidate
    phrase = _phrase_tokens(head, candidate.info.event in PURPOSE_EVENTS)
    for mention in ctx.mentions.within(candidate.trigger_end, head.right_edge.i + 1):
        if not phrase.issuperset(range(mention.token_start, mention.token_end)):
            continue
        last = ctx.doc[mention.token_end - 1]
        if _a_place(last):
            continue  # "blocked streets *in Hong Kong*": where, not whom
        if candidate.info.event in PLACED_FORCE and _names_a_place(last, mention.actor):
            continue  # "kill 15 in *Niger* village": where (the place's rules read it)
        if any(relation_of_another(t) for t in last.ancestors if t.i >= mention.token_end):
            continue  # "the chief of Israel's militia *ally*": not Israel
        if _another_actor(mention.actor, actor):
            return with_inferred(candidate, "recipient", mention.actor, RULE, CONFIDENCE_FACTOR)
    return candidate


def _a_place(token: Token) -> bool:
    """A country or city named after a locative preposition, as where something happened."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE and token.ent_type_ in PLACES


def _names_a_place(token: Token, party: ActorRef) -> bool:
    """A bare state naming the place where something happened: "kill 15 in *Niger* village",
    "in *Myanmar's* Rakhine state" (the words it modifies follow a locative preposition)."""
    if not party.country or not is_place(party):
        return False
    while token.dep_ in MODIFIER_DEPS and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in WHERE


def _another_actor(mention: ActorRef, actor: ActorRef) -> bool:
    """A party other than the actor: another country, or the same one in another sector."""
    if not mention.country or mention.text == actor.text:
        return False
    if mention.country != actor.country:
        return True
    return bool(mention.sector and actor.sector and mention.sector != actor.sector)


def _phrase_tokens(head: Token, purpose: bool) -> set[int]:
    """Indices of the trigger's subtree, leaving out subjects and clauses at any depth."""
    tokens = {head.i}
    stack = [c for c in head.children if _kept(c, purpose)]
    while stack:
        token = stack.pop()
        tokens.add(token.i)
        stack.extend(c for c in token.children if _kept(c, purpose))
    return tokens


def _kept(token: Token, purpose: bool) -> bool:
    """Not a subject, a source ("according to …") or another clause; with ``purpose``,
    clauses without a subject stay."""
    if token.lower_ in SOURCE_MARKERS:
        return False
    if token.dep_ not in SKIPPED_DEPENDENTS:
        return True
    if purpose and token.dep_ in ("advcl", "acl") and token.tag_ in ("VB", "VBG"):
        return not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") and c.lower_ != "to" for c in token.children
        )
    return False
