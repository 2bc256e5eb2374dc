"""A last resort for a missing recipient: an actor mentioned inside the trigger's own phrase.

"The Netherlands expelled two Russian diplomats": when the patterns found the actor but no
recipient, the nearest actor mention after the trigger in the trigger's own phrase — its
subtree without subjects and without clauses of their own ("…, while Colombia held elections")
— of another country than the actor is taken, marked ``subtree.mention`` in
``evidence.recipient_rule`` and with lower confidence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tocsin.context import DocContext
from tocsin.events.candidates import Candidate

RULE = "subtree.mention"
# Dependents that open another clause or name the subject: never searched for a recipient.
SKIPPED_DEPENDENTS = frozenset(
    {
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
        "xcomp",
        "mark",
        "cc",
        "punct",
        "appos",
        "dep",
    }
)
CONFIDENCE_FACTOR = 0.85


def with_subtree_recipient(candidate: Candidate, head: Token, ctx: DocContext) -> Candidate:
    """``candidate`` with a recipient from the trigger's subtree when it has none."""
    actor = candidate.actor
    if candidate.recipient is not None or actor is None or candidate.symmetric:
        return candidate
    phrase = _phrase_tokens(head)
    for mention in ctx.mentions.within(candidate.trigger_end, head.right_edge.i + 1):
        if not phrase.issuperset(range(mention.token_start, mention.token_end)):
            continue
        country = mention.actor.country
        if country and country != actor.country and mention.actor.text != actor.text:
            return replace(
                candidate,
                recipient=mention.actor,
                recipient_rule=RULE,
                confidence=round(candidate.confidence * CONFIDENCE_FACTOR, 3),
            )
    return candidate


def _phrase_tokens(head: Token) -> set[int]:
    """Indices of the trigger's subtree, leaving out subjects and clauses at any depth."""
    tokens = {head.i}
    stack = [c for c in head.children if c.dep_ not in SKIPPED_DEPENDENTS]
    while stack:
        token = stack.pop()
        tokens.add(token.i)
        stack.extend(c for c in token.children if c.dep_ not in SKIPPED_DEPENDENTS)
    return tokens
