"""Check a pattern's conditions against one trigger token of a dependency parse."""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from tocsin.events.patterns import Pattern, PatternBook

OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# verbs whose adjective complement describes their subject ("the talks *became* tense"); after
# any other verb an "adjective complement" is a noun the tagger misread ("launches *offensive*")
LINKING_VERBS = frozenset(
    {
        "be",
        "become",
        "seem",
        "appear",
        "look",
        "feel",
        "remain",
        "stay",
        "get",
        "turn",
        "grow",
        "prove",
        "sound",
        "go",
        "come",
        "keep",
        "fall",
        "stand",
        "sit",
        "lie",
        "run",
        "end",
    }
)
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "advmod", "nummod", "poss"})
PREP_DEPS = frozenset({"prep", "agent", "prt", "dative"})
VERB_POS = frozenset({"VERB", "AUX"})
# a word inside a name ("the Freedom *Support* Act", "*March* 3") is not a trigger
ENTITY_TYPES_NOT_TRIGGERS = frozenset(
    {"DATE", "TIME", "ORG", "LAW", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "PERSON", "GPE", "LOC"}
)
NOUN_POS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
FINITE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD"})
HEADLINE_MARKS = frozenset({",", ":", ";", "–", "—", "-"})


def _inside_name(token: Token) -> bool:
    """A word inside a name is not a trigger; a plural noun is no person's name ("Violent
    *Clashes* continue …": a title-case headline the tagger read as a name), nor is a finite
    verb with a subject of its own."""
    if token.ent_type_ not in ENTITY_TYPES_NOT_TRIGGERS:
        return False
    if token.tag_ in FINITE_VERB_TAGS and any(c.dep_ == "nsubj" for c in token.children):
        return False  # "[The International Coalition *targets* ISIS]": a name ran over a verb
    return not (token.ent_type_ == "PERSON" and token.tag_ in PLURAL_TAGS)


def lemma(token: Token) -> str:
    """Lower-cased lemma (falls back to the form when the lemmatiser returned nothing)."""
    return (token.lemma_ or token.text).lower()


def forms(token: Token) -> set[str]:
    """The lemma and the lower-cased form of a token (headline tags are unreliable)."""
    return {lemma(token), token.lower_}


# an object word of a pattern that stands for any named place ("seize *Ramadi*")
PLACE_OBJECT = "<place>"
# entity labels a named place is not (the small model labels places GPE, LOC, FAC or ORG)
NOT_PLACES = frozenset({"NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"})


def _object_matches(obj: Token, words: tuple[str, ...]) -> bool:
    """The object is one of ``words``, or a proper name that is no person's full name when
    they hold :data:`PLACE_OBJECT` ("Taliban seize *Kunduz*", not "police capture *Ahmed
    Saleh*")."""
    if forms(obj) & set(words):
        return True
    # a place the tagger took for another word is still a place to the recogniser ("capture of
    # *Bakhmut*" tagged an adverb)
    named = obj.pos_ == "PROPN" or (obj.is_title and obj.ent_type_ in ("GPE", "LOC"))
    if PLACE_OBJECT not in words or not named or obj.dep_ in MODIFIER_DEPS:
        return False  # "seized *Exxon* assets": the assets are seized
    if obj.ent_type_ == "PERSON":  # the small model calls towns persons ("capture *Goma*")
        return not any(c.dep_ == "compound" for c in obj.children)  # not "*Ahmed Saleh*"
    return obj.ent_type_ not in NOT_PLACES


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)


def object_read_as_subject(verb: Token) -> Token | None:
    """The object of ``verb`` the parser read as the subject of a clause hung on it ("killed at
    least 85 *civilians* gathered for a festival": "civilians gathered" taken for a clause): the
    subject of a ``ccomp`` right after the verb, past adverbs and counts, when the verb has no
    object of its own; None otherwise."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        between = verb.doc[verb.i + 1 : subject.left_edge.i]
        if all(t.pos_ in ("ADV", "PART") for t in between):
            return subject
    return None


def headline_passive(verb: Token) -> bool:
    """A bare past tense a headline uses as a passive ("…, 14 civilians *killed*", "12
    *killed* yesterday"): a subject, with nothing before it but the sentence's start, a mark
    or the verb of saying whose complement it is ("Kiev says two servicemen *killed*"), no
    auxiliary, and no object or clause after the verb."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i:
        return False
    first = subject.left_edge
    if first.i == verb.sent.start or first.nbor(-1).text in HEADLINE_MARKS:
        return True
    before = first.nbor(-1)
    if before.lower_ == "that" and before.i > verb.sent.start:
        before = before.nbor(-1)
    return verb.dep_ == "ccomp" and before.i == verb.head.i


def counted(noun: Token) -> bool:
    """A number, or a noun with one ("*6 soldiers*")."""
    return noun.like_num or any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Armenia and Azerbaijan")."""
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def objects(token: Token) -> list[Token]:
    """Direct objects of a verb (the passive subject counts) or ``of``-objects of a noun."""
    found: list[Token] = []
    if token.pos_ in NOUN_POS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "against"):
                found.extend(c for c in prep.children if c.dep_ == "pobj")
        found.extend(c for c in token.children if c.dep_ == "compound")
        return found
    linking = token.lemma_.lower() in LINKING_VERBS
    for child in token.children:
        if child.dep_ in OBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS:
            found.extend(conjuncts(child))
        elif child.dep_ == "acomp" and not linking and child.i > token.i:
            found.append(child)
    for obj in list(found):  # "a cache *of weapons*", "*relief* teams", "*hunger* strike"
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    # "part *of* a military *aid* program"
                    found.append(pobj)
                    found.extend(c for c in pobj.children if c.dep_ == "compound")
            elif child.dep_ == "compound":
                found.append(child)
    return found


# words that open a source, not an argument: "according to", "quoted by"
SOURCE_MARKERS = frozenset({"according", "quoting"})


def prep_objects(token: Token, preps: Iterable[str] | None = None) -> list[tuple[str, Token]]:
    """``(preposition, object)`` pairs attached to ``token`` (optionally only some preps)."""
    wanted = set(preps) if preps is not None else None
    pairs: list[tuple[str, Token]] = []
    children = list(token.children)
    for child in list(children):  # "pulled out *of Mali*", "moved away *from* the border"
        bare = child.dep_ == "prep" and not any(c.dep_ == "pobj" for c in child.children)
        if child.lower_ in SOURCE_MARKERS:
            continue  # "*according to* a senator": who told, not whom the act is done to
        if child.dep_ in ("prt", "advmod") or bare:
            children.extend(c for c in child.children if c.dep_ == "prep")
    for child in children:
        if child.dep_ not in PREP_DEPS or child.pos_ not in ("ADP", "PART", "ADV"):
            continue
        if wanted is not None and child.lower_ not in wanted:
            continue
        for obj in child.children:
            if obj.dep_ in ("pobj", "pcomp"):
                pairs.extend((child.lower_, o) for o in conjuncts(obj))
    return pairs


def ancestor_among(
    token: Token, deps: frozenset[str], targets: Container[int], steps: int = 4
) -> int | None:
    """The index of the first of ``targets`` reached by climbing from ``token`` to its heads
    through arcs labelled ``deps``, at most ``steps`` arcs up; None when none is reached."""
    node = token
    for _ in range(steps):
        if node.dep_ not in deps or node.head.i == node.i:
            return None
        node = node.head
        if node.i in targets:
            return node.i
    return None


def modifiers(token: Token) -> list[Token]:
    """Words that qualify a trigger: modifiers, ``with``/``by``/``using`` instruments."""
    found = [c for c in token.children if c.dep_ in MODIFIER_DEPS]
    found.extend(obj for _, obj in prep_objects(token, ("with", "by", "using", "from")))
    for child in list(found):
        found.extend(c for c in child.children if c.dep_ in ("compound", "amod"))
    return found


# CAMEO code prefixes of acts of force: coercion by force, assault, fighting, mass violence
FORCE_CODES = ("18", "19", "20")

CLAUSE_BREAKS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj"})


def local_scope(token: Token) -> list[Token]:
    """The trigger's own phrase: its subtree without embedded clauses, plus, for a noun, the
    verb it hangs from and that verb's subject and object (``militants *detonated* a bomb``);
    not for a coordinated noun, an act of its own ("Explosion rocks Homs *and clashes* in …"),
    nor the nouns coordinated with a noun trigger."""
    noun = token.pos_ in NOUN_POS
    scope = [token]
    # a noun's coordinated nouns are acts of their own ("clashes *and an explosion* in …")
    stack = [c for c in token.children if not (noun and c.dep_ == "conj")]
    while stack:
        child = stack.pop()
        if child.dep_ in CLAUSE_BREAKS or (child.dep_ == "conj" and child.pos_ in VERB_POS):
            continue
        scope.append(child)
        stack.extend(child.children)
    if noun and token.dep_ not in ("conj", "parataxis"):
        head = token
        while head.pos_ not in VERB_POS and head.head.i != head.i and len(scope) < 400:
            head = head.head
            scope.append(head)
        if head.pos_ in VERB_POS:
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "prep", "npadvmod"):
                    scope.extend(child.subtree)
    return scope


def clause(token: Token) -> Token:
    """The verb heading the trigger's clause (the trigger itself for verbs)."""
    head = token
    while head.pos_ not in VERB_POS and head.head.i != head.i:
        head = head.head
    return head


@dataclass(frozen=True)
class Match:
    """A pattern that holds at a token, and the tokens its conditions used."""

    pattern: Pattern
    head: int  # token index of the trigger head
    span_start: int
    span_end: int
    used: frozenset[int]  # tokens consumed by the conditions (not triggers themselves)


class PatternMatcher:
    """Finds the most specific pattern that holds at a token."""

    def __init__(
        self,
        book: PatternBook,
        irregular: dict[str, str] | None = None,
        frames: frozenset[str] = frozenset(),
    ) -> None:
        self.book = book
        self.irregular = irregular or {}
        self.frames = frames  # "a *mediation* effort": a modifier that names the event

    def forms_of(self, token: Token) -> list[str]:
        """Lemma, form and, for inflected verbs the lemmatiser missed ("raped" → "rap"),
        the stem by suffix stripping and the irregular-verb table."""
        found = [lemma(token), token.lower_]
        low = token.lower_
        irregular = self.irregular.get(low)
        if irregular:
            found.append(irregular)
        if token.tag_ in ("VBD", "VBN") and low.endswith("ed"):
            found.extend((low[:-1], low[:-2]))
            if len(low) > 4 and low[-3] == low[-4]:
                found.append(low[:-3])  # "shelled" -> "shell" is covered, "stopped" -> "stop"
        elif token.tag_ == "VBG" and low.endswith("ing"):
            found.extend((low[:-3], low[:-3] + "e"))
        elif token.tag_ == "VBZ" and low.endswith("s"):
            found.append(low[:-1])
        return found

    def kind_of(self, token: Token) -> str | None:
        if token.pos_ in VERB_POS:
            return "verb"
        if token.pos_ in NOUN_POS:
            return "noun"
        if token.pos_ == "ADJ":
            return "adj"
        return None

    def match(self, token: Token) -> Match | None:
        kind = self.kind_of(token)
        if kind is None or _inside_name(token):
            return None
        if kind == "noun" and self._modifier_only(token):
            return None  # "*combat* readiness", "*attack* helicopter": a modifier, not an event
        if kind == "verb" and self._attribute(token):
            return None
        seen: set[str] = set()
        for form in self.forms_of(token):
            if form in seen:
                continue
            seen.add(form)
            for pattern in self.book.candidates(kind, form):
                if kind == "noun" and self._owner_only(token, pattern):
                    continue
                found = self._check(pattern, token)
                if found is not None:
                    return found
        return None

    def _modifier_only(self, token: Token) -> bool:
        """A noun modifying another, unless that one is a frame ("a *mediation* effort")."""
        if token.dep_ not in ("compound", "amod") or token.head.i < token.i:
            return False
        return not (token.dep_ == "compound" and lemma(token.head) in self.frames)

    @staticmethod
    def _owner_only(token: Token, pattern: Pattern) -> bool:
        """A noun owning another ("the *coalition*'s warplanes"): a party, not an act, unless
        the noun names force ("the *massacre*'s victims", "*casualties*' number")."""
        return token.dep_ == "poss" and not pattern.code.startswith(FORCE_CODES)

    @staticmethod
    def _attribute(token: Token) -> bool:
        """A participle before the noun it describes ("the *besieged* Ghouta", "the *targeted*
        areas"): a state of that noun, not an act the sentence reports."""
        return token.dep_ == "amod" and token.tag_ == "VBN" and token.head.i > token.i

    def _check(self, pattern: Pattern, token: Token) -> Match | None:
        used: set[int] = set()
        span_end = token.i + 1
        if pattern.passive_only and not is_passive(token):
            return None
        if pattern.active_only and is_passive(token):
            return None
        objs = objects(token)
        mods = modifiers(token)
        parts = [c for c in token.children if c.dep_ == "prt"]  # "push *back*"
        words = (*objs, *mods, *parts)
        blockers = {lemma(t) for t in words} | {t.lower_ for t in words}
        blockers |= {c.lower_ for c in token.children if c.dep_ == "prep"}  # "came *under* fire"
        # and of its object: "fire a missile *at* Jizan" is no test
        blockers |= {c.lower_ for o in objs for c in o.children if c.dep_ == "prep"}
        if pattern.unless and blockers & set(pattern.unless):
            return None
        if pattern.particle:
            hit = self._first(token.children, pattern.particle, ("prt", "prep", "advmod"))
            if hit is None or not self._is_particle(token, hit):
                return None
            span_end = max(span_end, hit.i + 1) if hit.i == span_end else span_end
        if pattern.prep:
            hit = self._first(token.children, pattern.prep, ("prep", "prt", "agent", "dative"))
            if hit is None or any(c.ent_type_ in ("DATE", "TIME") for c in hit.children):
                return None  # "called him a liar *on Tuesday*" is no "call on"
            if hit.i == token.i + 1:
                span_end = max(span_end, hit.i + 1)
        if pattern.object:
            hit = next((o for o in objs if _object_matches(o, pattern.object)), None)
            if hit is None:
                return None
            used.add(hit.i)
        if pattern.xcomp:
            comps = [
                c for c in token.children if c.dep_ in ("xcomp", "ccomp", "pcomp", "oprd", "acomp")
            ]
            comps.extend(o for _, o in prep_objects(token, ("to", "for", "of", "from")))
            hit = next((c for c in comps if forms(c) & set(pattern.xcomp)), None)
            if hit is None:
                return None
            used.add(hit.i)
        if pattern.modifier:
            hit = next((m for m in mods if forms(m) & set(pattern.modifier)), None)
            if hit is None:
                return None
            used.add(hit.i)
        if pattern.complement_modal and not any(
            c.dep_ in ("ccomp", "xcomp")
            and any(a.lower_ in pattern.complement_modal for a in c.children)
            for c in token.children
        ):
            return None
        if pattern.governor and not (
            token.dep_ == "pobj" and token.head.lower_ in pattern.governor
        ):
            return None
        if pattern.near:
            scope = list(clause(token).subtree)
            if token.dep_ == "acl":  # "barrels *dropped* on …": the noun the participle describes
                scope.append(token.head)
            hit = next((t for t in scope if t.i != token.i and forms(t) & set(pattern.near)), None)
            if hit is None:
                return None
        return Match(pattern, token.i, token.i, span_end, frozenset(used))

    @staticmethod
    def _is_particle(verb: Token, word: Token) -> bool:
        """ "pull *out*", "pulled its troops *out* of": a particle, not a preposition with its
        own object ("backed X *in* the dispute")."""
        if word.dep_ == "prt" or word.i == verb.i + 1:
            return True
        return word.i > verb.i and not any(c.dep_ == "pobj" for c in word.children)

    @staticmethod
    def _first(children: Iterable[Token], words: tuple[str, ...], deps: tuple[str, ...]):
        return next((c for c in children if c.dep_ in deps and c.lower_ in words), None)
