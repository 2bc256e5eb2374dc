"""Headlines the parser reads as one noun phrase.

"Ukrainian army pounds rebels in the east", "Separatists pound Donetsk airport": a headline in
the present tense with no article often parses with its verb as a plural noun ("pounds",
"shells", "strikes") and no finite verb at all, or with the actor's own noun taken for the
verb ("The regime *forces* shell …"). In such a sentence — no finite verb outside an actor
mention — a noun
(or an adjective: "militias *shell* villages") whose singular form is the lemma of a verb
pattern of an act of force (no particle or nearby-word condition; an object condition holds when
the first noun after the word fits it: "*retakes villages*"), standing right after
an actor mention (past a closing quotation mark: 'The "Islamic State" *shells* …') and outside
any prepositional phrase, is read as the verb: the mention before it is the actor
(``headline.subject``), the first mention after it that names another party the recipient
(``headline.object``). A headline closed by its source ("…, rebels say", "…, police say") is
read so before the comma. A noun naming an act of force may stand where the actor would ("Aerial
bombardment *kills* …", "Bombing *targets* …"): the act's actor is then the party named as its
modifier or possessor ("*Ukraine's* counteroffensive *retakes* …"), else none. The rule id
gets ``+headline.v1`` and the confidence is lower.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tocsin.context import DocContext
from tocsin.events.candidates import Candidate
from tocsin.events.matching import FINITE_VERB_TAGS, PLACE_OBJECT, forms
from tocsin.events.mention_words import mention_words
from tocsin.events.ontology import Ontology
from tocsin.events.patterns import Pattern, PatternBook
from tocsin.events.refine import Refiner
from tocsin.models import ActorRef, Mention

RULE_SUFFIX = "+headline.v1"
FINITE_TAGS = FINITE_VERB_TAGS | {"MD"}  # a modal makes a headline finite too
# a word tagged as a finite verb but attached as a noun's modifier ("shells *rebel* districts")
ATTRIBUTIVE_DEPS = frozenset({"amod", "compound"})
NOUN_TAGS = frozenset({"NNS", "NN", "NNP", "NNPS"})
# a verbless headline's verb may also be tagged as an adjective ("militias *shell* villages")
# or as a bare infinitive in a compound ("Herders *attack* farming community …")
READ_AS_VERB_TAGS = NOUN_TAGS | {"JJ", "VB"}
FORCE_EVENTS = frozenset({"ASSAULT"})
CONFIDENCE = 0.55
CLOSING_QUOTE_TAGS = frozenset({"''"})
ATTRIBUTION_WORDS = 6  # at most so many words from the comma to the verb of saying


def swallowed(sentence: Span, ctx: DocContext) -> set[int]:
    """Finite verbs that are the actor's own noun: right after an actor mention and before a
    noun ("The regime *forces* shell …": the parser took the noun for the verb and the verb for
    a noun). Not before a noun that names a party itself ("Israel *strikes* Hamas targets":
    the verb, with its object's party after it), nor a verb of reacting to another's act ("UN
    *condemns* attack on school": ``reactions`` in ``events/mentions.yaml``)."""
    doc = ctx.doc
    reactions = mention_words().reactions
    return {
        t.i
        for t in sentence
        if t.tag_ == "VBZ"
        and t.lower_ not in reactions
        and t.i > sentence.start
        and t.i + 1 < sentence.end
        and ctx.mentions.at(t.i - 1) is not None
        and doc[t.i + 1].tag_ in NOUN_TAGS
        and ctx.mentions.at(t.i + 1) is None
    }


def verbless(sentence: Span, ctx: DocContext | None = None) -> bool:
    """True when no token of ``sentence`` is a finite verb; with ``ctx``, neither inside an
    actor mention nor one of its :func:`swallowed` nouns. A word tagged as a finite verb but
    attached as a noun's modifier is no verb ("Army shells *rebel* districts")."""
    skip = swallowed(sentence, ctx) if ctx is not None else set()
    return not any(
        t.tag_ in FINITE_TAGS
        and t.dep_ not in ATTRIBUTIVE_DEPS
        and t.i not in skip
        and (ctx is None or ctx.mentions.at(t.i) is None)
        for t in sentence
    )


def _conditioned(pattern: Pattern) -> bool:
    """True when ``pattern`` needs more than its lemma and an object to fire."""
    return bool(
        pattern.particle
        or pattern.prep
        or pattern.xcomp
        or pattern.near
        or pattern.modifier
        or pattern.passive_only
        or pattern.statement
    )


def _object_after(token: Token, pattern: Pattern) -> bool:
    """``pattern``'s object condition holds for the first noun after the verbless headline's
    verb ("*retakes villages* near …"; a place's name for ``<place>``: "recaptures *Izium*"),
    read by word order, as the parser hung the words on the wrong heads."""
    for word in token.doc[token.i + 1 : token.sent.end]:
        if word.tag_ in ("DT", "JJ", "CD", "PRP$") or word.dep_ == "compound":
            continue
        if forms(word) & set(pattern.object):
            return True
        return PLACE_OBJECT in pattern.object and word.is_title and word.ent_type_ != "PERSON"
    return False


def _fits(pattern: Pattern, token: Token) -> bool:
    """``pattern`` can be read at ``token``, a verbless headline's verb: no condition but its
    lemma, or an object that follows (:func:`_object_after`)."""
    if _conditioned(pattern):
        return False
    return not pattern.object or _object_after(token, pattern)


def _verb_forms(token: Token) -> list[str]:
    word = token.lower_
    forms = [word]
    if word.endswith("es") and len(word) > 4:
        forms.append(word[:-2])
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    return forms


def _force_noun(token: Token, book: PatternBook, ontology: Ontology) -> bool:
    """True when ``token`` is a noun naming an act of force ("Aerial *bombardment* kills …",
    "*Bombing* target …"): the subject of a verbless headline that names no actor. The tagger
    takes some for adjectives ("Ukrainian *offensive* recaptures …")."""
    if token.tag_ not in NOUN_TAGS and token.tag_ != "JJ":
        return False
    return any(
        ontology.lookup(p.code).event in FORCE_EVENTS
        for form in {token.lower_, token.lemma_.lower()}
        for p in book.candidates("noun", form)
    )


def _object_of_act(word: Token, book: PatternBook, ontology: Ontology) -> bool:
    """True when ``word`` closes a phrase hung on a noun of an act of force before it ("air
    strikes *on Gaza City* kill …", "attack *on the army post* leaves …"): the act's target,
    not the subject of the verb after it."""
    for ancestor in word.ancestors:
        if ancestor.dep_ == "prep":
            return ancestor.head.i < word.i and _force_noun(ancestor.head, book, ontology)
    return False


def _first_of_pair(subject: Mention, ctx: DocContext) -> Mention:
    """The first of two parties joined by "and" before the verb ("Somali troops and clan
    militias *retake* …"): the parser rarely coordinates them in a verbless headline."""
    joint = subject.token_start - 1
    while joint > 0 and ctx.doc[joint].dep_ in ("amod", "compound"):
        joint -= 1  # "troops and *paramilitary* forces": past the mention's own modifiers
    if joint < 1 or ctx.doc[joint].lower_ != "and":
        return subject
    first = ctx.mentions.at(joint - 1)
    return first if first is not None and first.actor.sector is not None else subject


def _word_before(token: Token) -> int:
    """The index of the word before ``token``, past a closing quotation mark (the "Islamic
    State" *shells* …: a name in quotes is still the subject right before the verb)."""
    before = token.i - 1
    while before > token.sent.start and token.doc[before].tag_ in CLOSING_QUOTE_TAGS:
        before -= 1
    return before


def _doer_of(act: Token, ctx: DocContext) -> Mention | None:
    """The party whose act of force ``act`` is, named right before it as its modifier or
    possessor ("*Ukrainian* offensive", "*Ukraine's* counteroffensive")."""
    before = act.i - 1
    if before > act.sent.start and ctx.doc[before].tag_ == "POS":
        before -= 1
    if before < act.sent.start:
        return None
    found = ctx.mentions.at(before)
    return found if found is not None and found.actor.country is not None else None


def _described(subject: Mention, ctx: DocContext) -> Mention:
    """The party a participle phrase describes, when ``subject`` is named inside it ("Somali
    forces *backed by US drones* retake …": the forces retake, the drones back them)."""
    for ancestor in ctx.doc[subject.token_start].ancestors:
        if ancestor.dep_ == "acl" and ancestor.tag_ == "VBN":
            described = ctx.mentions.at(ancestor.head.i)
            return described if described is not None else subject
    return subject


def _same_party(found: ActorRef, actor: ActorRef | None) -> bool:
    """True when a mention after the verb is the subject again ("targets the airbase after
    advancing in *its* vicinity"): no one is their own target."""
    return actor is not None and (
        found == actor or (found.code is not None and found.code == actor.code)
    )


def _noun_root(sentence: Span) -> list[Token]:
    """The sentence's root when it is a noun with a subject and an object: a verb the parser
    tagged as a noun."""
    root = sentence.root
    deps = {c.dep_ for c in root.children}
    return [root] if root.tag_ in NOUN_TAGS and {"nsubj", "dobj"} <= deps else []


def _attributed_head(sentence: Span, book: PatternBook) -> Span | None:
    """The words before a closing attribution ("Gunmen *storm* hotel, police say"): the
    sentence's root is a verb of saying (a statement pattern's lemma) whose subject follows the
    last comma before it, a few words from it."""
    root = sentence.root
    if not any(p.statement for p in book.candidates("verb", root.lemma_.lower())):
        return None
    commas = [t.i for t in sentence if t.text == "," and t.i < root.i]
    if not commas or root.i - commas[-1] > ATTRIBUTION_WORDS:
        return None
    # the parser may hang a noun of the words before the comma on it too ("Iraqi *forces* and
    # Shia militias retake Tikrit, government says"): a subject after the comma is enough
    subjects = [c.i for c in root.children if c.dep_ == "nsubj"]
    if not any(i > commas[-1] for i in subjects):
        return None
    head = sentence.doc[sentence.start : commas[-1]]
    return head if len(head) >= 3 else None


def headline_candidates(
    sentence: Span,
    ctx: DocContext,
    book: PatternBook,
    ontology: Ontology,
    refiner: Refiner | None = None,
) -> list[Candidate]:
    """The act of force of a verbless headline read by word order, or nothing. A headline
    with a finite verb in a clause of its own is read so only at its root, when the parser hung
    a subject and an object on that noun ("Separatists *storm* Debaltseve as troops retreat")."""
    if len(sentence) < 3:
        return []
    span = _attributed_head(sentence, book) or sentence
    tokens = list(span) if verbless(span, ctx) else _noun_root(span)
    for token in tokens:
        if token.i == sentence.start or token.tag_ not in READ_AS_VERB_TAGS:
            continue
        if ctx.mentions.at(token.i) is not None:
            continue
        if token.dep_ == "pobj" or any(a.dep_ == "prep" for a in token.ancestors):
            continue  # "killed in army *assault*": a noun inside a phrase, not the verb
        before = _word_before(token)
        if _object_of_act(ctx.doc[before], book, ontology):
            continue  # "Air strikes on *Gaza City* kill …": the target, read by the act's noun
        subject = ctx.mentions.at(before)
        if subject is None and before in swallowed(sentence, ctx):
            subject = ctx.mentions.at(before - 1)
        if subject is None and not _force_noun(ctx.doc[before], book, ontology):
            continue
        if subject is None:
            subject = _doer_of(ctx.doc[before], ctx)
        second = None
        if subject is not None:
            second = _described(subject, ctx)
            subject = _first_of_pair(second, ctx)
        for form in _verb_forms(token):
            patterns = [p for p in book.candidates("verb", form) if _fits(p, token)]
            patterns = [p for p in patterns if ontology.lookup(p.code).event in FORCE_EVENTS]
            if not patterns:
                continue
            pattern = patterns[0]
            actor = subject.actor if subject is not None else None
            target = next(
                (
                    m
                    for m in ctx.mentions.mentions
                    if token.i < m.token_start < span.end and not _same_party(m.actor, actor)
                ),
                None,
            )
            if pattern.symmetric and second is not None and second is not subject:
                target = second  # "Sudan army and paramilitary forces *battle* …": the pair
            rule, sub_event = pattern.id, pattern.acled
            if refiner is not None:  # "Police *shoot* dead five protesters": the cue's type
                _, rule, sub_event = refiner.with_cue(token, pattern.code, rule, sub_event)
            info = ontology.with_acled(ontology.lookup(pattern.code), sub_event)
            return [
                Candidate(
                    trigger_start=token.i,
                    trigger_end=token.i + 1,
                    info=info,
                    rule=f"{rule}{RULE_SUFFIX}",
                    actor=actor,
                    recipient=target.actor if target is not None else None,
                    actor_rule="headline.subject" if actor is not None else None,
                    recipient_rule="headline.object" if target is not None else None,
                    confidence=CONFIDENCE,
                    symmetric=pattern.symmetric,
                )
            ]
    return []


def with_headline_reading(
    candidates: list[Candidate],
    sentence: Span,
    ctx: DocContext,
    book: PatternBook,
    ontology: Ontology,
    refiner: Refiner | None = None,
) -> list[Candidate]:
    """``candidates`` with the word-order reading of a verbless headline in front (the ACLED
    sub-event type of its cue read by ``refiner``; the pattern's own code kept); a noun
    reading of the same word is dropped, and so is the statement of a closing attribution
    ("…, police *say*": the source of the act, not an event of its own)."""
    found = headline_candidates(sentence, ctx, book, ontology, refiner)
    if not found:
        return candidates
    dropped = {found[0].trigger_start}
    if _attributed_head(sentence, book) is not None:
        dropped.add(sentence.root.i)
    return found + [c for c in candidates if c.trigger_start not in dropped]
