"""One act of force told along a sentence: neighbouring triggers that nothing sets apart.

Headlines and monitor bulletins name one attack through several words the parser often cannot
link ("4 killed by bombardment *targeted* Madaya", "Regime forces *target* Duma city,
*Casualties* reported", "Aerial bombardment *target* neighbourhoods of Aleppo again and *cause*
casualties"), and join distinct attacks in one sentence ("*Clashes* in A and *shelling* on B").
What sets two attacks apart is a boundary (a coordinator, a comma, "while", "after" …) with a
place or target of their own on both sides of it. Two neighbouring groups of ASSAULT triggers
(in word order) are one mention unless such a boundary lies between them: the words between
them and around them are read for *anchors* — nouns that are not a trigger, not a casualty word,
not a word of time or quantity (``events/mentions.yaml``: ``boundaries``, ``unanchored``), not a
modifier of a trigger ("*air* and ground strikes") and not a party (an actor mention other than
a place) unless a name taken as object ("shells hit *Damascus*"): "*Clashes* in Daraa and
*shelling* on Idlib" stays two, "Shelling *and* clashes between the army and IS in the desert"
is one.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Span, Token

from tocsin.context import MentionIndex
from tocsin.events.matching import ancestor_among
from tocsin.events.mention_words import mention_words

RULE_ID = "mention.adjacent.v1"
NOUN_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "conj", "cc", "poss"})
PLACE_ENTRIES = ("place.", "country.", "territory.")


def is_party(token: Token, mentions: MentionIndex) -> bool:
    """A word of an actor mention that names who acts or suffers, not where."""
    mention = mentions.at(token.i)
    if mention is None:
        return False
    entry = mention.actor.entry or ""
    return not (entry.startswith(PLACE_ENTRIES) and mention.actor.sector is None)


def _modifies_trigger(token: Token, triggers: frozenset[int]) -> bool:
    """ "*air* and *ground* strikes", "*artillery* shelling": a word qualifying a trigger."""
    return ancestor_among(token, MODIFIER_DEPS, triggers) is not None


def is_anchor(token: Token, triggers: frozenset[int], mentions: MentionIndex) -> bool:
    """A noun naming a place or target of its own (see the module docstring)."""
    words = mention_words()
    if token.pos_ not in NOUN_POS or token.i in triggers:
        return False
    lower, lemma = token.lower_, token.lemma_.lower()
    if {lower, lemma} & (words.consequences | words.unanchored):
        return False
    if _modifies_trigger(token, triggers):
        return False
    return not is_party(token, mentions) or (token.pos_ == "PROPN" and _object(token))


def _object(token: Token) -> bool:
    """A word the verb or the phrase of place it hangs from takes as object ("hit *Damascus*",
    "clashes in *Daraa*"), not an agent ("an attack *by* IS") or an owner ("fighters *of* the
    SDF")."""
    node = token
    while node.dep_ in ("conj", "compound") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj":
        return node.head.lower_ not in mention_words().party_prepositions
    return node.dep_ == "dobj"


def _boundaries(
    sent: Span, start: int, end: int, triggers: frozenset[int], mentions: MentionIndex
) -> list[int]:
    """Token indices of boundary words in ``[start, end)``, but not those joining two parties
    ("shelling by the regime forces *and* the factions") or inside a list of places."""
    words = mention_words().boundaries
    return [
        t.i
        for t in sent.doc[start:end]
        if t.lower_ in words
        and not _joins_parties(t, mentions)
        and not _in_list(t, sent, triggers, mentions)
    ]


def _in_list(token: Token, sent: Span, triggers: frozenset[int], mentions: MentionIndex) -> bool:
    """ "targets A, B *and* Daraa city *and* its countryside": the first noun after the boundary
    is coordinated with one before it, is a name or has an owner ("*its* countryside"), and is
    neither a trigger nor a party."""
    for following in sent.doc[token.i + 1 : sent.end]:
        if following.pos_ in ("DET", "ADJ", "NUM", "PRON", "PUNCT", "CCONJ"):
            continue
        return (
            following.dep_ == "conj"
            and (following.pos_ == "PROPN" or any(c.dep_ == "poss" for c in following.children))
            and following.i not in triggers
            and not is_party(following, mentions)
        )
    return False


def _joins_parties(token: Token, mentions: MentionIndex) -> bool:
    """ "shelling by the regime forces *and* the factions": a coordinator between two
    parties of one prepositional phrase."""
    head = token.head
    if token.dep_ != "cc" or not is_party(head, mentions):
        return False
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj":
        return False  # "killing two children and an old woman *and* warplanes raid …"
    return any(c.dep_ == "conj" and is_party(c, mentions) for c in head.children)


def _anchored(
    sent: Span, start: int, end: int, triggers: frozenset[int], mentions: MentionIndex
) -> bool:
    return any(is_anchor(t, triggers, mentions) for t in sent.doc[max(start, sent.start) : end])


def adjacent_pairs(
    groups: Sequence[frozenset[int]], sent: Span, mentions: MentionIndex
) -> list[tuple[int, int]]:
    """Positions ``(i, j)`` in ``groups`` (token sets of trigger groups) of neighbours in word
    order that no anchored boundary sets apart. The words before a boundary are read back to
    the start of the run of groups already joined, those after it up to the next boundary
    before the next group."""
    order = sorted(range(len(groups)), key=lambda i: min(groups[i]))
    triggers = frozenset(t for g in groups for t in g)
    cuts = []
    for left, right in pairwise(order):
        start = min(groups[right])
        end = max((t for t in groups[left] if t < start), default=min(groups[left]))
        cuts.append(_boundaries(sent, end + 1, start, triggers, mentions))
    pairs = []
    run_start = sent.start
    for k, (left, right) in enumerate(pairwise(order)):
        between = cuts[k]
        after = cuts[k + 1] if k + 1 < len(cuts) else None
        region_end = after[0] if after else sent.end
        if (
            between
            and _anchored(sent, run_start, between[-1], triggers, mentions)
            and _anchored(sent, between[-1] + 1, region_end, triggers, mentions)
        ):
            run_start = between[-1] + 1
            continue
        pairs.append((left, right))
    return pairs
