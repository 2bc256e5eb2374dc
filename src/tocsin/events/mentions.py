"""One record per event mention: triggers of one act of force merged into one candidate.

A sentence often names one attack through several triggers: "regime forces *shelled* the town,
*killing* three", "*shells* *target* the city", "three *killed* in an army *assault*",
"*airstrikes* on Idlib *kill* 12". Two ASSAULT triggers are one mention when one governs the
other directly or through one preposition (subject, object, prepositional object, adverbial or
participial clause, compound; "raids *cause* casualties"), or are coordinated without phrases of
their own ("killed *and* injured", "bombing *and* raids on X"), but not through a coordination
of acts with their own phrases ("clashes in A *and* shelling on B" stays two), nor into a
clause with its own subject, and the actors they name do not differ. The
candidates of the act are kept — the governing act where several are named, never the killing
or wounding it caused while an act is named — with a narrower code of the same kind, or a
specific code where the act has only the generic 190; each takes the
actor and recipient it lacks from the other triggers (a party named by the words before one
that is only a place), and lists them in ``merged`` (``evidence.merged`` of the record).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from tocsin.context import MentionIndex
from tocsin.events.adjacent import adjacent_pairs
from tocsin.events.backdrop import backdrop_acts
from tocsin.events.candidates import Candidate
from tocsin.events.mention_words import mention_words
from tocsin.events.tolls import toll_clauses
from tocsin.models import ActorRef

RULE_ID = "mention.merge.v1"
LINK_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "csubj",
        "dobj",
        "pobj",
        "advcl",
        "xcomp",
        "acl",
        "relcl",
        "compound",
        "npadvmod",
        "amod",
        "nmod",
        "attr",
        "oprd",
        "pcomp",
        "ccomp",
        "agent",
    }
)
"""Dependencies through which one trigger is part of another's mention."""
GENERIC_CODES = frozenset({"19", "190"})
AS_CLAUSE_RULE = "advcl.as"  # the killer of a casualty word named by its "as" clause
MEANS_PREPOSITIONS = frozenset({"by", "through"})
SCENE_PREPOSITIONS = frozenset({"in", "during"})  # "killed 15 worshippers *in* an attack"
PLACE_ENTRY = "place."
GEOGRAPHY_ENTRIES = ("country.", "territory.")


CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
FELL_RULE = "killed.nsubj"  # a side of fighting read from those who fell in it
RESULT_STEPS = frozenset(
    {
        "dobj",
        "attr",
        "oprd",
        "ccomp",
        "xcomp",
        "acl",
        "advcl",
        "conj",
        "pobj",
        "prep",
        "amod",
        "compound",
        "nmod",
        "npadvmod",
        "appos",
        "nummod",
    }
)
"""Dependencies a consequence climbs to reach the act it results from."""
MAX_RESULT_STEPS = 6
PHRASE_STEPS = frozenset({"pobj", "pcomp", "prep", "conj"})
"""Dependencies an act climbs to the consequence whose phrase holds it."""
LOOSE_SUBJECT_DEPS = frozenset({"advmod", "npadvmod", "dep"})


def consequence_words() -> frozenset[str]:
    """Words that name what an attack did to people rather than the act itself."""
    return mention_words().consequences


def _own_subject(clause: Token) -> bool:
    """True when ``clause`` has a subject of its own, not a relative pronoun standing for the
    noun it hangs from ("the raids *which* targeted the town")."""
    relatives = mention_words().relative_pronouns
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ not in relatives for c in clause.children)


def _coordinated(a: Token, b: Token) -> bool:
    """ "*killed* and *injured*": two consequences; "*bombing* and *raids* on X": two acts that
    share their attachments (the first has no phrase of its own before the second)."""
    if b.dep_ != "conj" or b.head.i != a.i:
        return False
    if not _is_act(a) and not _is_act(b):
        return True
    nouns = a.pos_ in ("NOUN", "PROPN") and b.pos_ in ("NOUN", "PROPN")
    return nouns and not any(c.dep_ in ("prep", "acl", "relcl") and c.i < b.i for c in a.children)


def _bare_consequences(a: Token, b: Token) -> bool:
    """ "leaving *casualties* and *wounded*": a casualty word with no words of its own,
    coordinated with the verb whose object is another casualty word (a parse of the pair of
    nouns as a second verb)."""
    if b.dep_ != "conj" or a.dep_ not in ("dobj", "attr", "oprd") or a.head.i != b.head.i:
        return False
    if a.i > b.i or _is_act(a) or _is_act(b):
        return False
    return not any(c.dep_ not in ("cc", "punct", "advmod", "prep") for c in b.children)


def _caused_by(a: Token, b: Token) -> bool:
    """ "*raids* … *cause* casualties", "*shelling* *leaves* five dead": ``b`` is the object of
    a verb whose subject is ``a``."""
    verb = b.head
    if b.dep_ not in ("dobj", "attr", "oprd") or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    return any(a.i == s.i or a.i in {t.i for t in s.conjuncts} for s in subjects)


def _accompanies(a: Token, b: Token) -> bool:
    """ "clashes *accompanied by* shelling", "forces *backed by* shelling achieve an *advance*":
    ``b`` is the agent of a participle of accompaniment on ``a`` or on the subject of ``a``
    (or of the light verb whose object ``a`` is)."""
    prep = b.head
    if b.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("by", "with"):
        return False
    participle = prep.head
    if participle.lemma_.lower() not in mention_words().accompaniments or participle.i == prep.i:
        return False
    holder = participle.head
    if holder.i == a.i:
        return True
    if holder.dep_ not in SUBJECT_DEPS:
        return False
    verb = holder.head
    return verb.i == a.i or any(c.i == a.i and c.dep_ in ("dobj", "attr") for c in verb.children)


def _stages(a: Token, b: Token) -> bool:
    """ "the forces *advance* in the north and *control* three villages": stages of one ground
    offensive coordinated under one subject."""
    stages = mention_words().stages
    if b.dep_ != "conj" or _own_subject(b) or a.lemma_.lower() not in stages:
        return False
    if b.lemma_.lower() not in stages:
        return False
    # "*achieve* an *advancement* and *control* a town": the stage is its verb's object
    verb = a.head if a.dep_ == "dobj" and a.pos_ in ("NOUN", "PROPN") else a
    return b.head.i == verb.i


def linked(a: Token, b: Token) -> bool:
    """True when ``b`` hangs from ``a`` directly or through one preposition or agent word, or is
    coordinated with a word that does ("*shells* and *raids* target the city"); a clause with
    its own subject is another event ("… killed 100 *as* troops *were battling* …")."""
    if _coordinated(a, b) or _caused_by(a, b) or _accompanies(a, b) or _stages(a, b):
        return True
    if _bare_consequences(a, b) or _scene_of_object(a, b) or _result_of_headline_verb(a, b):
        return True
    while b.dep_ == "conj" and b.head.i != b.i and b.head.pos_ in ("NOUN", "PROPN"):
        b = b.head
    if b.dep_ in CLAUSE_DEPS and _own_subject(b):
        return False
    head = b.head
    if b.dep_ in LINK_DEPS and head.i == a.i and b.i != a.i:
        return True
    if b.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in MEANS_PREPOSITIONS:
        return head.head.i == a.i  # "kill 2 families *by targeting* …": the means of the act
    if b.dep_ != "pobj" or head.dep_ not in ("prep", "agent"):
        return False
    return head.head.i == a.i


def _result_of_headline_verb(a: Token, b: Token) -> bool:
    """ "Jihadists *ambush* convoy …, *killing* 37": a headline's verb parsed as a modifier of
    its object, the sentence's root, from which the participle of result after a comma hangs."""
    obj = b.head
    if b.dep_ != "acl" or b.tag_ != "VBG" or obj.dep_ != "ROOT" or b.i < 1:
        return False
    if b.doc[b.i - 1].text != "," or a.dep_ != "compound" or a.head.i != obj.i:
        return False
    return a.i > obj.sent.start


def _scene_of_object(a: Token, b: Token) -> bool:
    """ "kill 15 worshippers *in* mosque *attack*": ``b`` is the act in which ``a``'s object
    was hit, hung by the parser from the object rather than from the verb."""
    head = b.head
    if b.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in SCENE_PREPOSITIONS:
        return False
    obj = head.head
    return obj.dep_ == "dobj" and obj.head.i == a.i and a.pos_ in ("VERB", "AUX")


def result_of(act: Token, consequence: Token, acts: set[int]) -> bool:
    """True when ``consequence`` reports what ``act`` did: climbing from it through objects,
    participles, phrases and shared-subject coordination reaches ``act`` or a verb whose subject
    is ``act`` ("shelling *leaves* people *killed*", "raids target the town *leaving*
    casualties", "airstrikes target X and *cause* casualties"), passing no other act and no
    clause with a subject of its own."""
    if _is_act(consequence) or not _is_act(act):
        return False
    subjects = [c for c in consequence.children if c.dep_ in SUBJECT_DEPS]
    if any(t.i in acts and t.i != act.i for s in subjects for t in s.subtree):
        return False  # "Car bomb kills 4 in A, warplanes strike B": the bomb's casualties
    return _climbs_to(consequence, act, acts) or _phrase_of(act, consequence, acts)


def _phrase_of(act: Token, consequence: Token, acts: set[int]) -> bool:
    """ "six casualties and dozens of injuries *in raids*": ``act`` is the object of a phrase
    of ``consequence`` or of a word coordinated with it or governed by it."""
    node = act
    if node.dep_ not in ("pobj", "pcomp"):
        return False
    for _ in range(MAX_RESULT_STEPS):
        if node.dep_ not in PHRASE_STEPS or node.head.i == node.i:
            return False
        node = node.head
        if node.i == consequence.i:
            return True
        if node.i in acts or node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _climbs_to(consequence: Token, act: Token, acts: set[int]) -> bool:
    node = consequence
    for _ in range(MAX_RESULT_STEPS):
        if node.dep_ not in RESULT_STEPS or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and node.i != consequence.i and _own_subject(node):
            return False  # "… and B *killed* Y": a coordinated clause of its own
        node = node.head
        if node.i == act.i:
            return True
        if node.i in acts:
            return False
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS] or [
            c for c in node.children if c.i < node.i and c.dep_ in LOOSE_SUBJECT_DEPS
        ]  # "Artillery *shelling* leaves …" parsed with the subject as a modifier
        if any(act.i == s.i or act.i in {t.i for t in s.conjuncts} for s in subjects):
            return True
        own = node.pos_ in ("VERB", "AUX") and _own_subject(node)
        if own and not _loose_participle(node, acts):
            return False
    return False


def _loose_participle(verb: Token, acts: set[int]) -> bool:
    """ "shelling targets A and its *countryside leaving* casualties": a participle of result
    whose subject the parser took from the words before it, a place or people, not an act."""
    if verb.tag_ != "VBG" or verb.dep_ not in CLAUSE_DEPS:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return not any(t.i in acts for s in subjects for t in s.subtree)


def _actor_key(actor: ActorRef) -> str:
    return actor.code or actor.text


def _actors(bundle: list[Candidate], doc: Doc) -> set[str]:
    """The attackers ``bundle`` names; a place or bare country read as one is none, and so is
    the subject of a casualty word's bare participle ("Two *soldiers* killed …": the victims)."""
    return {
        _actor_key(c.actor)
        for c in bundle
        if c.actor is not None
        and not is_place(c.actor)
        and not _victims_subject(doc[c.trigger_start], c)
    }


def _without_victims_as_attacker(
    bundle: list[Candidate], linked_to: list[Candidate]
) -> list[Candidate]:
    """``bundle`` without an attacker that is the victims of the act it is linked to: "kill 50
    soldiers in Burkina Faso *attack*", where the attack's modifier lies inside the victims'
    words. A side of fighting read from those who fell in it ("soldiers *killed in clashes*
    with militants": rule ``killed.nsubj``) stays: fighting has two sides."""
    victims = {  # not the doer of an act its object names ("repel an attack *by* X")
        c.recipient.text
        for c in linked_to
        if c.recipient is not None and ".by" not in (c.recipient_rule or "")
    }
    return [
        replace(c, actor=None, actor_rule=None)
        if c.actor is not None and c.actor.text in victims and c.actor_rule != FELL_RULE
        else c
        for c in bundle
    ]


def _as_told(candidate: Candidate, doc: Doc) -> Candidate:
    """``candidate`` with the victims a bare participle's subject names as its recipient."""
    if candidate.actor is None or not _victims_subject(doc[candidate.trigger_start], candidate):
        return candidate
    if candidate.recipient is not None and not is_place(candidate.recipient):
        return replace(candidate, actor=None, actor_rule=None)
    return replace(
        candidate,
        actor=None,
        actor_rule=None,
        recipient=candidate.actor,
        recipient_rule=f"{candidate.actor_rule}.victims",
    )


def _victims_subject(head: Token, candidate: Candidate) -> bool:
    """A casualty word as a headline's bare participle with its subject: the subject is what
    was killed or wounded, not who attacked."""
    if _is_act(head) or head.tag_ not in ("VBN", "VBD"):
        return False
    if not (candidate.actor_rule or "").startswith("nsubj"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "dobj") for c in head.children)


def is_place(party: ActorRef) -> bool:
    """A place or a bare state or territory standing where the target is: "attack *Burkina
    Faso* town of Arbinda, killing 35 civilians" — the people it names come first."""
    entry = party.entry or ""
    return entry.startswith(PLACE_ENTRY) or (
        party.sector is None and entry.startswith(GEOGRAPHY_ENTRIES)
    )


def _fill(
    party: ActorRef | None, rule: str | None, others: list[Candidate], role: str
) -> tuple[ActorRef | None, str | None]:
    """``party`` unless missing or only a place; then the first named one of ``others``. A
    party of no country gives way to one of the same sector with a country ("kills 92 *Chadian
    soldiers* in attack on *army*": the army is Chad's)."""
    if party is not None and not is_place(party):
        if party.country is None and party.sector is not None:
            for candidate in others:
                other = getattr(candidate, role)
                if other is not None and other.sector == party.sector and other.country:
                    return other, getattr(candidate, f"{role}_rule")
        return party, rule
    for candidate in others:
        other = getattr(candidate, role)
        if other is not None and not is_place(other):
            return other, getattr(candidate, f"{role}_rule")
    return party, rule


def _is_act(token: Token) -> bool:
    consequences = consequence_words()
    return token.lemma_.lower() not in consequences and token.lower_ not in consequences


def _main(bundles: dict[int, list[Candidate]], doc: Doc, aside: set[int] | None = None) -> int:
    """The act rather than what it did to people ("*stormed* …, killing five": stormed), the
    governing one among acts, never a toll or a backdrop (``aside``) while another is named; a
    narrower code of the same kind, or a specific code where the chosen one is the generic 190,
    wins."""
    every = [h for h in bundles if h not in (aside or ())] or list(bundles)
    acts = [h for h in every if _is_act(doc[h])]
    heads = acts or every
    governors = [h for h in heads if not any(linked(doc[o], doc[h]) for o in heads if o != h)]
    main = governors[0] if governors else heads[0]
    code = bundles[main][0].info.code
    if code in GENERIC_CODES:
        specific = [h for h in heads if bundles[h][0].info.code not in GENERIC_CODES]
        if specific:
            return specific[0]
    narrower = [  # "a car *bomb* (1832) *exploded* (183)": the narrower code of the same kind
        h
        for h in heads
        if bundles[h][0].info.code.startswith(code) and len(bundles[h][0].info.code) > len(code)
    ]
    return narrower[0] if narrower else main


def _join_adjacent(
    bundles: dict[int, list[Candidate]],
    sent: Span,
    mentions: MentionIndex,
    root: Callable[[int], int],
    group_of: dict[int, int],
) -> None:
    """Join groups of triggers that follow each other with no anchored boundary between them,
    unless they name different attackers."""
    doc = sent.doc
    members: dict[int, list[int]] = {}
    for h in bundles:
        members.setdefault(root(h), []).append(h)
    keys = list(members)
    spans = [
        frozenset(
            i for h in members[k] for c in bundles[h] for i in range(c.trigger_start, c.trigger_end)
        )
        for k in keys
    ]
    for i, j in adjacent_pairs(spans, sent, mentions):
        a, b = root(keys[i]), root(keys[j])
        if a == b:
            continue
        named_a = {k for h in bundles if root(h) == a for k in _actors(bundles[h], doc)}
        named_b = {k for h in bundles if root(h) == b for k in _actors(bundles[h], doc)}
        if named_a and named_b and named_a != named_b:
            continue  # two attackers: two attacks
        group_of[b] = a


def _join_tolls(
    bundles: dict[int, list[Candidate]],
    sent: Span,
    root: Callable[[int], int],
    group_of: dict[int, int],
) -> set[int]:
    """Join the triggers of a clause that raises a running toll (:mod:`tocsin.events.tolls`);
    the heads of those in its toll phrase, which count earlier attacks too: their attackers are
    the war's, their victims, counts and places not the attack's."""
    counted: set[int] = set()
    for toll in toll_clauses(sent):
        members = [h for h in sorted(bundles) if h in toll.clause]
        for h in members[1:]:
            a, b = root(members[0]), root(h)
            if a != b:
                group_of[b] = a
        if len(members) > 1:
            counted.update(h for h in members if h in toll.toll)
    return counted


def _join_backdrops(
    bundles: dict[int, list[Candidate]],
    doc: Doc,
    root: Callable[[int], int],
    group_of: dict[int, int],
) -> set[int]:
    """Join each campaign named as another act's backdrop to that act
    (:mod:`tocsin.events.backdrop`); the heads so joined, whose parties are the war's, their
    counts and places not the act's."""
    joined = set()
    for h, act in backdrop_acts([doc[h] for h in sorted(bundles)]).items():
        if root(h) != root(act):
            group_of[root(h)] = root(act)
        joined.add(h)
    return joined


def merge_mentions(
    candidates: list[Candidate],
    doc: Doc,
    sent: Span | None = None,
    mentions: MentionIndex | None = None,
) -> list[Candidate]:
    """The candidates of one sentence with the ASSAULT triggers of one mention merged; with
    the sentence and its actor mentions, neighbouring triggers that no anchored boundary sets
    apart are one mention too (:mod:`tocsin.events.adjacent`)."""
    bundles: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.info.event == "ASSAULT":
            bundles.setdefault(c.trigger_start, []).append(c)
    if len(bundles) < 2:
        return candidates
    group_of = {h: h for h in bundles}
    acts = {h for h in bundles if _is_act(doc[h])}

    def root(h: int) -> int:
        while group_of[h] != h:
            h = group_of[h]
        return h

    links = [
        (a, b)
        for a in bundles
        for b in bundles
        if a != b and (linked(doc[a], doc[b]) or result_of(doc[a], doc[b], acts))
    ]
    for a, b in links:
        bundles[b] = _without_victims_as_attacker(bundles[b], bundles[a])
    for a, b in links:
        named_a, named_b = _actors(bundles[a], doc), _actors(bundles[b], doc)
        if named_a and named_b and not named_a & named_b:
            continue  # two attackers: two attacks
        group_of[root(b)] = root(a)
    counted = _join_tolls(bundles, sent, root, group_of) if sent is not None else set()
    aside = counted | _join_backdrops(bundles, doc, root, group_of)
    syntactic = {h: root(h) for h in bundles}
    if sent is not None and mentions is not None:
        _join_adjacent(bundles, sent, mentions, root, group_of)
    groups: dict[int, dict[int, list[Candidate]]] = {}
    for h, bundle in bundles.items():
        groups.setdefault(root(h), {})[h] = bundle
    replaced: dict[int, list[Candidate]] = {}
    dropped: set[int] = set()
    for group in groups.values():
        if len(group) < 2 or len({k for b in group.values() for k in _actors(b, doc)}) > 1:
            continue
        main = _main(group, doc, aside)
        others = [_as_told(c, doc) for h in sorted(group) if h != main for c in group[h]]
        targets = [  # casualties joined only by word order name victims, not the act's target,
            # unless the act's clause named their killer ("Protesters killed as security forces
            # open fire"); a toll's victims are those of earlier attacks too
            c
            for c in others
            if (
                syntactic[c.trigger_start] == syntactic[main]
                or _is_act(doc[c.trigger_start])
                or (c.actor_rule or "").startswith(AS_CLAUSE_RULE)
            )
            and c.trigger_start not in counted
        ]
        labels = tuple(
            f"{doc[h].text}@{doc[h].idx}:{group[h][0].rule}" for h in sorted(group) if h != main
        )
        heads = tuple(  # a toll's or a backdrop's counts and places are not the act's
            h for h in sorted(group) if h != main and h not in aside
        )
        joined = tuple(h for h in heads if syntactic[h] != syntactic[main])
        merged = []
        for c in group[main]:
            actor, actor_rule = _fill(c.actor, c.actor_rule, others, "actor")
            recipient, recipient_rule = _fill(c.recipient, c.recipient_rule, targets, "recipient")
            if actor is not None and recipient is not None and actor == recipient:
                recipient, recipient_rule = c.recipient, c.recipient_rule
            merged.append(
                replace(
                    c,
                    actor=actor,
                    actor_rule=actor_rule,
                    recipient=recipient,
                    recipient_rule=recipient_rule,
                    confidence=max([c.confidence, *(o.confidence for o in others)]),
                    symmetric=c.symmetric
                    and all(o.symmetric for o in others if _is_act(doc[o.trigger_start])),
                    merged=c.merged + labels,
                    merged_heads=c.merged_heads + heads,
                    joined_heads=c.joined_heads + joined,
                    parts=c.parts + tuple(others),
                )
            )
        replaced[main] = merged
        dropped.update(h for h in group if h != main)
    mains = set(replaced)
    out: list[Candidate] = []
    for c in candidates:
        if c.info.event != "ASSAULT" or c.trigger_start not in dropped | mains:
            out.append(c)
        elif c.trigger_start in replaced:
            out.extend(replaced.pop(c.trigger_start))
    return out
