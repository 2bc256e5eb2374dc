"""One record per attack in a sentence: records of one act of force that the words left apart.

:mod:`tocsin.events.mentions` joins the triggers of one attack by the parse and by word order;
what it cannot join it leaves as separate records, and context inference then often gives them
the same parties: "*Shelling and targeting* between the regime forces and the factions in Daraa",
"45 dead from the organization *in the clashes and continued shelling* in the city", "warplanes
*kill* 21 members of the organization *in targeting* their headquarters". A demanding coder reads
one event there: the same attacker against the same target, in one sentence, at one place. So,
among the ASSAULT records of one sentence with one factuality, a record is folded into another
(its trigger kept in ``evidence.merged``) when

1. **its parties are the other's**: each of its actor and recipient is missing or is the other
   record's party (the same code, and the same named group where a dictionary named one) —
   a record with no parties, or with one of the other's, beside a full record of the same
   attack says nothing the full one does not, and two records with the same actor and
   recipient are one dyad's act;
2. **it names no other place**: the named places of each record's words are not both given
   and different, and the records' locations, when both have one, are the same — "Clashes in
   Daraa and shelling on Idlib" stays two, whatever their parties. A record's words run from
   the last boundary word (:mod:`tocsin.events.adjacent`'s ``boundaries``) between its trigger
   and the trigger before it to the last one before the next trigger; its named places are the
   gazetteer's places and the runs of capitalised words there that name no party, each with
   the noun it qualifies ("the *northern countryside* of Hama" is not "Hama"), and the nouns
   of ``place_nouns`` ("the *capital*");
3. **it tells no other victims**: a size or casualty word of its own that the other lacks, or
   another count, keeps it apart;
4. **neither is told as the time of the other** (``earlier``: "*after* the assassination of a
   commander, a new assassination kills …").

Two attacks on different named places or by different parties stay two.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Span, Token

from tocsin.context import MentionIndex
from tocsin.events.adjacent import is_party
from tocsin.events.mention_words import mention_words
from tocsin.events.theatre.parties import PEOPLE_RULE
from tocsin.models import ActorRef, Event
from tocsin.places.finder import COMPASS, PlaceFinder

RULE_ID = "records.same_attack.v1"
ASSAULT = "ASSAULT"
NAMED_ENTRY = "org."
FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "PUNCT", "NUM"})
MAX_EARLIER_STEPS = 3
GUESSED_ENTRIES = ("place.", "org-name.")
METONYM = "metonym"


def _party(party: ActorRef | None) -> tuple[str | None, str | None] | None:
    """A party as the scores and a coder compare it: its code, and the group a dictionary named."""
    if party is None:
        return None
    entry = party.entry or ""
    named = entry.split("#")[0] if entry.startswith(NAMED_ENTRY) else None
    return (party.code or party.text.lower(), named)


def _own_party(event: Event, role: str) -> ActorRef | None:
    """The party the text gave ``event`` in ``role``: not the people of the place inferred as
    the target of an act with neither party (``location.people``), which says no more than the
    place."""
    party = getattr(event, role)
    if role == "recipient" and (event.evidence.recipient_rule or "").startswith(PEOPLE_RULE):
        return None
    return party


def _within(inner: Event, outer: Event) -> bool:
    """Each party of ``inner`` is missing or is that of ``outer``."""
    for role in ("actor", "recipient"):
        mine = _party(_own_party(inner, role))
        if mine is not None and mine != _party(getattr(outer, role)):
            return False
    return True


def _fullness(event: Event) -> int:
    return (event.actor is not None) + (event.recipient is not None)


def _trigger_tokens(event: Event, sent: Span) -> list[Token]:
    """The tokens of the record's trigger and of the triggers merged into it."""
    starts = {event.trigger.start}
    for label in event.evidence.merged:
        offset = label.rsplit("@", 1)[-1].split(":", 1)[0]
        if offset.isdigit():
            starts.add(int(offset))
    return [t for t in sent if t.idx in starts]


def _cuts(events: list[Event], sent: Span) -> list[int]:
    """Where one attack's words end and the next one's begin: between two neighbouring
    trigger words of the sentence's records, the last boundary word (a coordinator, a comma,
    "while" …: ``boundaries``), if any. "Clashes in the north *and* south of Hama *and*
    shelling on Daraa": Hama is the clashes'."""
    words = mention_words().boundaries
    triggers = sorted({t.i for e in events for t in _trigger_tokens(e, sent)})
    cuts = []
    for left, right in pairwise(triggers):
        between = [t.i for t in sent.doc[left + 1 : right] if t.lower_ in words]
        if between:
            cuts.append(between[-1])
    return cuts


def _region(token: Token, sent: Span, cuts: list[int]) -> tuple[int, int]:
    """The words of the attack ``token`` tells: between the cuts around it (token indices)."""
    start = max((c + 1 for c in cuts if c < token.i), default=sent.start)
    end = min((c for c in cuts if c > token.i), default=sent.end)
    return start, end


def _qualifier(head: Token) -> tuple[str, ...]:
    """The noun a name qualifies, with its modifiers: "the *northern countryside* of Hama",
    "Hama *countryside*"; nothing for a name standing alone."""
    noun = None
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        noun = head.head.head
    elif head.dep_ in ("compound", "poss", "amod", "nmod") and head.head.pos_ == "NOUN":
        noun = head.head
    if noun is None:
        return ()
    mods = sorted(c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c != head)
    return (*mods, noun.lower_)


def _named_party(token: Token, mentions: MentionIndex) -> bool:
    """A word of an actor mention resolved to a party (a code or a dictionary entry), not a
    place, a capital standing for its state, a name guessed from its form ("*Syrian* Badia")
    or a bare name the tagger found ("Tal Shihab")."""
    mention = mentions.at(token.i)
    if mention is None or not is_party(token, mentions):
        return False
    if (mention.actor.entry or "").startswith(GUESSED_ENTRIES) or mention.rule == METONYM:
        return False  # "*the Eastern Ghouta*", "the south of *Damascus*", "*Syrian Badia*"
    return bool(mention.actor.code or mention.actor.entry)


def _capitalised(token: Token, sent: Span) -> bool:
    """A word written as a name: capitalised, not the sentence's first, not a function word."""
    if token.i == sent.start or token.pos_ in FUNCTION_POS:
        return False
    return token.text[:1].isupper()  # "Dar’a", "Fu’aa": not str.istitle


def _names(sent: Span, mentions: MentionIndex, finder: PlaceFinder | None) -> list[Span]:
    """The place names of the sentence: the gazetteer's, and runs of capitalised words that
    name no party and are no trigger word of time, quantity or casualties."""
    words = mention_words()
    found = [p.span for p in finder.find(sent, mentions)] if finder is not None else []
    taken = {i for span in found for i in range(span.start, span.end)}
    run: list[Token] = []
    for token in [*sent, None]:
        name = (
            token is not None
            and token.i not in taken
            and _capitalised(token, sent)
            and not _named_party(token, mentions)
            and not {token.lower_, token.lemma_.lower()} & (words.unanchored | words.consequences)
        )
        if name:
            run.append(token)  # type: ignore[arg-type]
            continue
        if run:
            found.append(sent.doc[run[0].i : run[-1].i + 1])
            run = []
    found.extend(sent.doc[t.i : t.i + 1] for t in sent if _unnamed_place(t))
    return found


def _unnamed_place(token: Token) -> bool:
    """A place the words set apart without a name: a noun of ``place_nouns`` ("the *capital*"),
    or one with a point of the compass ("the *western countryside*", "the *north* of Hama")."""
    if token.pos_ not in ("NOUN", "PROPN") or _capitalised(token, token.sent):
        return False
    if token.lower_ in mention_words().place_nouns or token.lower_ in COMPASS:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lower_ in COMPASS for c in token.children)


def named_places(
    event: Event, sent: Span, names: list[Span], cuts: list[int]
) -> frozenset[tuple[str, ...]]:
    """The names of places around the record's triggers (each with the noun it qualifies),
    trigger words aside ("*Clashes* in Daraa": Daraa)."""
    triggers = _trigger_tokens(event, sent)
    skip = {t.i for t in triggers}
    places = set()
    for trigger in triggers:
        start, end = _region(trigger, sent, cuts)
        for span in names:
            if skip & set(range(span.start, span.end)):
                continue
            if start <= span.start and span.end <= end:
                places.add((*_qualifier(span.root), span.text.lower()))
    return frozenset(places)


def _earlier(token: Token) -> bool:
    """A trigger told as the time of another act ("*after* the airstrikes killed 12", "two
    days *after* two bombings hit the city"): an earlier event, not this one."""
    earlier = mention_words().earlier
    if any(c.lower_ in earlier for c in token.children if c.dep_ in ("mark", "prep")):
        return True  # "*after* troops attacked the town", "two days *after* the bombing"
    node = token
    for _ in range(MAX_EARLIER_STEPS):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in earlier and node.dep_ in ("prep", "mark", "advmod"):
            return True
    return False


def _same_place(a: Event, b: Event, sent: Span, names: list[Span], cuts: list[int]) -> bool:
    if a.location is not None and b.location is not None and a.location.name != b.location.name:
        return False
    here, there = named_places(a, sent, names, cuts), named_places(b, sent, names, cuts)
    return not (here and there and here != there)


def _same_time(a: Event, b: Event, sent: Span) -> bool:
    """Neither main trigger is told as the time of the other (both now, or both earlier)."""
    heads = [[t for t in sent if t.idx == e.trigger.start] for e in (a, b)]
    return {_earlier(t) for t in heads[0]} == {_earlier(t) for t in heads[1]}


def _victims(event: Event, sent: Span) -> bool:
    """The record counts or names its victims (a size, a casualty word among its triggers)."""
    if event.size is not None and not event.size.is_empty():
        return True
    consequences = mention_words().consequences
    return any(
        t.lower_ in consequences or t.lemma_.lower() in consequences
        for t in _trigger_tokens(event, sent)
    )


def _same_victims(a: Event, b: Event, sent: Span) -> bool:
    """``b`` tells no victims, or no others than ``a`` tells: the same size, or both
    uncounted casualty words."""
    if not _victims(b, sent):
        return True
    return _victims(a, sent) and a.size == b.size


def _label(event: Event) -> str:
    return f"{event.trigger.text}@{event.trigger.start}:{RULE_ID}"


def one_record_per_attack(
    events: list[Event],
    sent: Span,
    mentions: MentionIndex,
    finder: PlaceFinder | None = None,
) -> list[Event]:
    """``events`` (one sentence's records) with each ASSAULT record that another of the same
    attack holds folded into it (see the module docstring); ``finder`` finds the gazetteer's
    place names (without it, capitalised words only)."""
    assaults = [e for e in events if e.event == ASSAULT]
    if len(assaults) < 2:
        return events
    names = _names(sent, mentions, finder)
    cuts = _cuts(assaults, sent)
    order = sorted(assaults, key=lambda e: -_fullness(e))  # the fullest first, stable
    kept: list[Event] = []
    for event in order:
        host = next(
            (
                k
                for k in kept
                if k.factuality.status == event.factuality.status
                and _within(event, k)
                and _same_place(k, event, sent, names, cuts)
                and _same_time(k, event, sent)
                and _same_victims(k, event, sent)
            ),
            None,
        )
        if host is None:
            kept.append(event)
            continue
        folded = replace(
            host,
            evidence=replace(
                host.evidence,
                merged=(*host.evidence.merged, _label(event), *event.evidence.merged),
            ),
        )
        kept[kept.index(host)] = folded
    ids = {e.id for e in kept}
    out = []
    for e in events:
        if e.event != ASSAULT:
            out.append(e)
        elif e.id in ids:
            out.append(next(k for k in kept if k.id == e.id))
    return out
