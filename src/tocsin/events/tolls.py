"""A running toll and the attack that raises it: one event mention.

War reports add each attack's dead to a running toll: "shelling kills two and *raises* to 40
*the number* of people killed since the truce", "the death *toll rises* to 22 as a result of
the shelling", "an ambush kills three soldiers, *bringing* the number of troops killed this
month to 62". The toll counts the attack with earlier ones and reports no attack of its own.
The acts of force and casualty words in the clause of a word of rising whose phrase names a
toll (``rising`` and ``tolls`` in ``events/mentions.yaml``) are one mention, with those of the
clause it continues (a participle or a verb sharing its subject, the act a noun of rising is
said with). A coordinated clause with a subject of its own stays apart: in "more casualties
*raise* the toll to 6 in A and airstrikes kill people in B" the airstrikes are another attack.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tocsin.events.mention_words import mention_words

RULE_ID = "mention.toll.v1"
VERB_POS = frozenset({"VERB", "AUX"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CONTINUED = frozenset({"conj", "advcl", "xcomp", "acl"})
DETACHED_DEPS = frozenset({"dep", "appos", "npadvmod", "dobj", "nsubj", "attr"})
MAX_STEPS = 4
"""How far below the word of rising its toll may stand ("raises to 40 *the number* of …")."""


def _own_subject(token: Token) -> bool:
    relatives = mention_words().relative_pronouns
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ not in relatives for c in token.children)


def _is(token: Token, words: frozenset[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def toll_phrase(word: Token) -> Token | None:
    """The phrase below ``word`` that holds a toll noun within a few steps, through no other
    verb than a casualty word ("raised *the number of officers killed* this year to 40")."""
    tolls, consequences = mention_words().tolls, mention_words().consequences
    for token in word.subtree:
        if not _is(token, tolls) or token.i == word.i:
            continue
        node = token
        for _ in range(MAX_STEPS):
            if node.head.i == word.i or node.head.i == node.i:
                break
            node = node.head
            if node.pos_ in VERB_POS and not _is(node, consequences):
                break  # "the number of officers *killed*" may be parsed as a clause
        if node.head.i == word.i and node.i != word.i:
            return node
    return None


def names_toll(word: Token) -> bool:
    """Whether ``word`` has a toll phrase (:func:`toll_phrase`)."""
    return toll_phrase(word) is not None


def _detached_toll(word: Token) -> Token | None:
    """A toll the parser hung elsewhere, right after the word's phrase: "raises to 212*,
    the number* of people killed"."""
    doc = word.doc
    for token in doc[word.right_edge.i + 1 : word.sent.end]:
        if token.pos_ in ("PUNCT", "DET"):
            continue
        if _is(token, mention_words().tolls) and token.dep_ in DETACHED_DEPS:
            return token
        return None
    return None


def _clause(head: Token) -> set[int]:
    """The words of ``head``'s phrase without coordinated clauses of their own subject (and,
    below a word of rising, without coordinated verbs: "raised the toll to 9 in A and gunmen
    *attacked* B", its subject misread as a second place)."""
    rising = _is(head, mention_words().rising)
    cut = {
        t.i
        for c in head.children
        if c.dep_ == "conj" and (_own_subject(c) or (rising and c.pos_ in VERB_POS))
        for t in c.subtree
    }
    return {t.i for t in head.subtree} - cut


def _continued(word: Token) -> Token | None:
    """The word whose clause ``word`` continues: the verb it shares a subject with or hangs
    from as a participle, the act it is said with ("shells target X *with the rise* of …")."""
    head = word.head
    if head.i == word.i or _own_subject(word):
        return None
    if word.dep_ in CONTINUED:
        return head
    if word.pos_ in ("NOUN", "PROPN") and word.dep_ == "pobj" and head.head.i != head.i:
        return head.head
    return None


@dataclass(frozen=True)
class TollClause:
    """Token indices of a clause that raises a running toll, and of its toll phrase."""

    clause: frozenset[int]
    toll: frozenset[int]


def toll_clauses(sent: Span) -> list[TollClause]:
    """Each clause of ``sent`` that raises a running toll."""
    rising = mention_words().rising
    out = []
    for token in sent:
        if not _is(token, rising):
            continue
        phrase = toll_phrase(token) or _detached_toll(token)
        if phrase is None:
            continue
        toll = {t.i for t in phrase.subtree}
        clause = _clause(token) | toll
        governor = _continued(token)
        if governor is not None:
            clause |= _clause(governor)
        out.append(TollClause(frozenset(clause), frozenset(toll)))
    return out
