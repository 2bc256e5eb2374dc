"""Acts of force named as the backdrop of another: one mention with it.

A report often sets its attack in a campaign it names: "*since the start of the battle* for the
city", "*on the third day of the offensive*", "*in the shadow of* the attacks on the camp". The
campaign is the backdrop of what the sentence reports, not an attack of its own. An ASSAULT noun
that is the object of "of" after a noun of time or setting (``backdrops`` in
``events/mentions.yaml``: start, day, anniversary, shadow …), itself in a phrase of time or
setting ("since", "on", "in", "after" … or a bare phrase of time), belongs to the mention of
the act that phrase sets — the first trigger met climbing from the word it hangs from, or the
one nearest below that word — which stays the record's trigger.
"""

from __future__ import annotations

from spacy.tokens import Token

from tocsin.events.mention_words import mention_words

RULE_ID = "mention.backdrop.v1"
MAX_STEPS = 6
MAX_DEPTH = 12
ADVERBIAL_DEPS = frozenset({"npadvmod", "advmod", "tmod"})


def _backdrop_noun(node: Token) -> bool:
    words = mention_words().backdrops
    return node.lower_ in words or node.lemma_.lower() in words


def backdrop_phrase(trigger: Token) -> Token | None:
    """The phrase of time or setting whose "of" object ``trigger`` is (module docstring): its
    preposition, or its noun when it is a bare phrase of time; None when it is none."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    node = trigger
    framed = False
    for _ in range(MAX_STEPS):
        if node.dep_ != "pobj" or node.head.lower_ != "of":
            break
        noun = node.head.head
        if not _backdrop_noun(noun):
            break
        framed, node = True, noun
    if not framed:
        return None
    if node.dep_ in ADVERBIAL_DEPS:
        return node
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ != "of":
        return node.head
    return None


def in_backdrop(trigger: Token) -> bool:
    """Whether ``trigger`` names the campaign another act is set in (module docstring)."""
    return backdrop_phrase(trigger) is not None


def _depth(token: Token, top: Token) -> int:
    depth = 0
    while token.i != top.i and token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth if token.i == top.i else MAX_DEPTH


def _act_of(phrase: Token, acts: list[Token]) -> Token | None:
    """The act the phrase sets: the first trigger met climbing from the word it hangs from,
    or the trigger nearest below that word in the tree."""
    inside = {t.i for t in phrase.subtree}
    node = phrase.head
    for _ in range(MAX_DEPTH):
        below = [a for a in acts if a.i not in inside and _depth(a, node) < MAX_DEPTH]
        if below:
            return min(below, key=lambda a: (_depth(a, node), abs(a.i - node.i)))
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def backdrop_acts(triggers: list[Token]) -> dict[int, int]:
    """Each of ``triggers`` (token indices) named as the backdrop of another, mapped to it."""
    phrases = {t.i: backdrop_phrase(t) for t in triggers}
    acts = [t for t in triggers if phrases[t.i] is None]
    out = {}
    for trigger in triggers:
        phrase = phrases[trigger.i]
        act = _act_of(phrase, acts) if phrase is not None and phrase.head.i != phrase.i else None
        if act is not None:
            out[trigger.i] = act.i
    return out
