"""Which clause a phrase belongs to: the dependency path between an event trigger and a phrase.

Dates, places and counts attach to the event of their own clause. Two tokens are in the same
clause when the dependency path between them crosses no clausal boundary (an adverbial,
complement or relative clause, or a coordinated verb). Among phrases of the trigger's clause
the nearest one on the tree wins.
"""

from __future__ import annotations

from spacy.tokens import Token

BOUNDARY_DEPS = frozenset({"advcl", "ccomp", "relcl", "parataxis", "csubj", "csubjpass"})
VERBAL = frozenset({"VERB", "AUX"})


def _ancestors(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _is_boundary(token: Token, deps: frozenset[str] = BOUNDARY_DEPS) -> bool:
    """A clause starts at ``token``; coordinated verbs count unless ``deps`` is narrowed."""
    if token.dep_ in deps:
        return True
    return (
        deps is BOUNDARY_DEPS
        and token.dep_ == "conj"
        and token.pos_ in VERBAL
        and token.head.pos_ in VERBAL
    )


def clause_path(trigger: Token, other: Token) -> tuple[int, int]:
    """``(boundaries crossed, path length)`` between two tokens of one sentence."""
    up_a = _ancestors(trigger)
    up_b = _ancestors(other)
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, token in enumerate(up_a):
        if token.i in index_b:
            m = index_b[token.i]
            below = up_a[:n] + up_b[:m]
            return sum(1 for t in below if _is_boundary(t)), n + m
    return 99, 99  # different sentences


def clause_crossings(
    trigger: Token, other: Token, deps: frozenset[str] = BOUNDARY_DEPS
) -> tuple[int, int, int]:
    """``(boundaries entered below the meeting point on other's side, on trigger's side, length)``.

    A phrase inside another clause than the trigger's (``while talks went on in Istanbul``)
    has a boundary on its own side; a phrase of a clause that embeds the trigger's (``In
    Kharkiv, officials said a missile hit …``) only on the trigger's side.
    """
    up_a = _ancestors(trigger)
    up_b = _ancestors(other)
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, token in enumerate(up_a):
        if token.i in index_b:
            m = index_b[token.i]
            down = sum(1 for t in up_b[:m] if _is_boundary(t, deps))
            up = sum(1 for t in up_a[:n] if _is_boundary(t, deps))
            return down, up, n + m
    return 99, 99, 99


def same_clause(trigger: Token, other: Token) -> bool:
    return clause_path(trigger, other)[0] == 0
