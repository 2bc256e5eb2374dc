"""Source and recipient of a trigger, read from the dependency parse.

Actors are never guessed from words: an argument is a syntactic position (subject, object,
prepositional object, passive agent, possessor, controller of a complement) whose words the
actor resolver has tagged as a mention. Each party carries the rule that found it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from tocsin.actors.entries import PEOPLE_PREFIX, make_code
from tocsin.context import DocContext
from tocsin.events.inferred import state_party
from tocsin.events.matching import (
    FORCE_CODES,
    NOUN_POS,
    PASSIVE_SUBJECT_DEPS,
    VERB_POS,
    conjuncts,
    counted,
    forms,
    headline_passive,
    is_passive,
    lemma,
    object_read_as_subject,
    prep_objects,
)
from tocsin.events.mention_words import mention_words
from tocsin.events.mentions import FELL_RULE, PLACE_ENTRY, is_place
from tocsin.events.patterns import Pattern
from tocsin.models import ActorRef, Mention
from tocsin.places.finder import COMPASS

NAMED_ENTRIES = ("org.", PEOPLE_PREFIX)
"""Entries of named groups and peoples (not kinds of actor, places or states)."""

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
ACCUSED_PREPOSITIONS = frozenset({"of", "for", "with", "over"})
PLACE_ENTRIES = ("place.", "territory.")  # a town or a region, not a state
COUNTRY_ENTRY = "country."  # a state named by its name or adjective
WHERE_PREPOSITIONS = frozenset({"in", "at", "during"})  # "killed *in* Niger ambush"
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# where, under an argument's head, the words naming the actor may sit ("the government of X")
INNER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod"})
CONDITIONS = frozenset({"if", "unless", "until"})
DEFAULT_VERB_RECIPIENT = ("dobj", "dative", "prep:against", "prep:on", "prep:with", "prep:to")
DEFAULT_NOUN_RECIPIENT = ("prep:against", "prep:on", "prep:of", "prep:into", "prep:with")
DEFAULT_NOUN_ACTOR = ("poss", "prep:by", "modifier", "light", "prep:from")
STATE_ENTRIES = ("country.", "place.")  # a state by its name or a place of it, whatever sector
CIVILIAN_SECTOR = "CVL"
POST_PREPOSITIONS = ("at", "near", "outside")  # "kills 14 *at* an army base"
# where a gerund stands as a noun ("*shelling* by the regime forces kills …", "rocket *shelling*
# by …"): its doer follows "by", as a noun's does
NOMINAL_DEPS = frozenset({"csubj", "nsubj", "nsubjpass", "dobj", "pobj", "ROOT", "acl", "appos"})


@dataclass(frozen=True)
class Party:
    mention: Mention
    rule: str


@dataclass(frozen=True)
class ArgumentConfig:
    """Vocabulary the argument finder needs (loaded from ``events/arguments.yaml``)."""

    light_verbs: frozenset[str]
    object_control: frozenset[str]  # "urge X to ...": the object controls the complement
    irregular: dict[str, str] = field(default_factory=dict)  # "staged" -> "stage"
    stative: frozenset[str] = frozenset()  # "is opposed to": a state of the subject
    frames: frozenset[str] = frozenset()  # "a mediation *effort*": the phrase the event heads
    relational: frozenset[str] = frozenset()  # "Israel's *ally*" is someone else
    subject_adjuncts: frozenset[str] = frozenset()  # "killed two *by shelling*": the subject's
    counted: frozenset[str] = frozenset()  # "31 killed *including* 4 soldiers": among the dead
    armed_sectors: frozenset[str] = frozenset()  # sectors of a party of the fighting
    doer_of_nouns: frozenset[str] = frozenset()  # "shelling *of the army*": the army fired
    doer_of_sectors: frozenset[str] = frozenset()  # the sectors such an "of" names as doer
    claim_verbs: frozenset[str] = frozenset()  # "*claimed* responsibility for the bombing"
    claim_nouns: frozenset[str] = frozenset()  # "claimed *responsibility* for the bombing"
    population_places: frozenset[str] = frozenset()  # "a Nigerian *village*": its civilians
    object_verbs: frozenset[str] = frozenset()  # never without an object: "Rebels *killed* in …"
    accused_verbs: frozenset[str] = frozenset()  # "*accused of* killing": the accused did it
    resultatives: frozenset[str] = frozenset()  # "shot *dead*", "stabbed *to death*"
    object_particles: frozenset[str] = frozenset()  # "airliner *shot down*": it was shot
    rival_words: frozenset[str] = frozenset()  # "*rival* militias clash": both sides
    describing: frozenset[str] = frozenset()  # "militants *linked* to IS attacked": theirs
    deliberation: frozenset[str] = frozenset()  # "US *weighs* military strike": its doer-to-be
    dying_verbs: frozenset[str] = frozenset()  # "five soldiers *die* in ambush": died of it
    attributing_verbs: frozenset[str] = frozenset()  # "attack *blamed on* X": X did it
    vehicle_nouns: frozenset[str] = frozenset()  # "buses *carrying* students": the students
    carrying_verbs: frozenset[str] = frozenset()

    def claimer_verb(self, noun: Token) -> Token | None:
        """The verb whose subject claims the act ``noun`` names: "IS *claimed* responsibility
        for the bombing", "IS *claims* suicide attacks" (``None`` for any other construction)."""
        if noun.dep_ == "dobj" and lemma(noun.head) == "claim":
            return noun.head  # "IS *claims* the attack"
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for":
            return None
        claimed = prep.head
        verb = claimed.head
        if lemma(claimed) not in self.claim_nouns or claimed.dep_ != "dobj":
            return None
        return verb if lemma(verb) in self.claim_verbs else None

    def headline_passive(self, verb: Token) -> bool:
        """A headline's passive in the past tense ("…, 6 soldiers killed", "Protesters
        *killed* as …"): its subject is who it was done to, not who did it. The subject must be
        counted unless the verb never goes without an object ("Thousands *demonstrated*" is
        active)."""
        if not headline_passive(verb):
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        return (
            lemma(verb) in self.object_verbs
            or counted(subject)
            or self._resultative(verb)
            or any(
                f"{lemma(verb)} {c.lower_}" in self.object_particles
                for c in verb.children
                if c.dep_ == "prt"
            )
        )

    def _resultative(self, verb: Token) -> bool:
        """ "Policeman shot *dead*", "Journalist stabbed *to death*": the state the act left
        its object in, with no object named; an active verb would name it ("gunmen shot *him*
        dead"), so the subject is whom it was done to."""
        for child in verb.children:
            if child.dep_ in ("oprd", "acomp", "advmod") and child.lower_ in self.resultatives:
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ == "to"
                and any(c.lower_ in self.resultatives for c in child.children if c.dep_ == "pobj")
            ):
                return True
        return False

    def anchor(self, noun: Token) -> Token:
        """The noun whose phrase holds an event noun's parties: "a mediation *effort* between"."""
        if noun.dep_ == "compound" and lemma(noun.head) in self.frames:
            return noun.head
        return noun

    def is_passive(self, verb: Token) -> bool:
        """A passive, unless the participle states the subject's stance ("is committed to")."""
        return is_passive(verb) and verb.lower_ not in self.stative

    def relation_of_another(self, noun: Token) -> bool:
        """ "Israel's *ally*": a relational noun whose possessor names the other party (not
        "its European Community *partners*", whose own words name them)."""
        if noun.lower_ not in self.relational:
            return False
        return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)

    def is_light(self, verb: Token) -> bool:
        return (
            lemma(verb) in self.light_verbs or self.irregular.get(verb.lower_) in self.light_verbs
        )


class ArgumentFinder:
    """Finds the parties of an event around its trigger."""

    def __init__(self, config: ArgumentConfig) -> None:
        self.config = config

    # -- mentions -------------------------------------------------------------------------
    def mentions_at(self, token: Token, ctx: DocContext, doer: bool = False) -> list[Mention]:
        """Mentions naming the phrase headed by ``token`` and its coordinated phrases; for a
        ``doer``, not a place its "in" phrase names ("a bomb blast *in Syria's* Afrin kills
        …": where, not who)."""
        found: list[Mention] = []
        heads = conjuncts(token)
        for head in heads:
            mention = self._mention_of(head, ctx, depth=0, doer=doer)
            if mention is None and not found:
                return []  # "talks ..., Pelosi and Eshoo": a bad coordination, not a list
            if mention is not None and mention not in found:
                found.append(mention)
                heads += _inner_conjuncts(mention, ctx, heads)
        return found

    def _mention_of(
        self, token: Token, ctx: DocContext, depth: int, doer: bool = False
    ) -> Mention | None:
        mention = ctx.mentions.at(token.i)
        if mention is not None or depth > 2:
            return mention
        if self.config.relation_of_another(token):
            return None  # "Israel's militia *ally*", "Iran's proxies": not Israel, not Iran
        for child in token.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                continue  # "*its* allies" are not the country "its" refers to
            if child.dep_ in INNER_DEPS:
                inner = self._mention_of(child, ctx, depth + 1)
                if inner is not None and doer and self._struck_place(token, inner, ctx):
                    continue  # "Twin *church* bombings kill dozens": where, not who
                if inner is not None:
                    return self._population(token, inner)
        if depth == 0 and lemma(token) in self.config.vehicle_nouns:
            carried = self._carried(token, ctx)
            if carried is not None:
                return carried
        if depth == 0:
            for prep, obj in prep_objects(token, ("of", "in", "from", "for")):
                inner = self._mention_of(obj, ctx, depth + 1)
                if inner is not None and doer and prep == "in" and is_place(inner.actor):
                    continue
                if inner is not None and prep == "in":  # "burn villages *in Myanmar*"
                    return self._population(token, inner, counted_people=counted(token))
                if inner is not None:
                    return inner
        return None

    def _carried(self, vehicle: Token, ctx: DocContext) -> Mention | None:
        """The people a vehicle carries, the party it stands for ("fired on buses *carrying
        students*", "a convoy *transporting troops*")."""
        for clause in vehicle.children:
            if clause.dep_ != "acl" or lemma(clause) not in self.config.carrying_verbs:
                continue
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                mention = ctx.mentions.at(obj.i)
                if mention is not None:
                    return mention
        return None

    def _place_hit(self, mention: Mention, ctx: DocContext, noun: Token | None = None) -> bool:
        """A place of people before an act of force is where it struck, not who struck: the
        *school* of "Kebbi school raid", the *church* of "church attack"; so is a town or a
        region the gazetteer or the dictionary names as a place ("*Kashmir* gunbattle",
        "*Belgorod* shelling"), though not a state ("*Israeli* strike") unless its name, not
        its adjective, stands in a phrase of where the act took place ("killed *in Niger*
        ambush", "*in* Kenya mall attack")."""
        head = ctx.doc[mention.token_end - 1]
        entry = mention.actor.entry or ""
        where = mention.actor.sector is None and entry.startswith(PLACE_ENTRIES)
        if not where and noun is not None and entry.startswith(COUNTRY_ENTRY):
            words = ctx.doc[mention.token_start : mention.token_end].text.lower()
            named = words == (mention.actor.name or "").lower()  # "Niger", not "Russian"
            where = (named and _state_named_where(head, noun)) or _after_compass(mention, ctx)
        return where or bool(forms(head) & self.config.population_places)

    def _struck_place(self, act: Token, mention: Mention, ctx: DocContext) -> bool:
        """A place of people modifying a noun of an act of force ("*church* bombings", "*school*
        attack"): the place struck, not the doer."""
        return lemma(act) in self.config.doer_of_nouns and self._place_hit(mention, ctx)

    def _population(self, place: Token, mention: Mention, counted_people: bool = False) -> Mention:
        """The civilians of a bare state named on a place of its people ("attack a *Nigerian*
        village") or as where people were counted ("kill 7 Christians *in Nigeria*", whoever
        the noun names): ``population.NGA``, not Nigeria's forces; any other mention as it is."""
        actor = mention.actor
        if not counted_people and not forms(place) & self.config.population_places:
            return mention
        if actor.country is None or not is_place(actor):
            return mention
        people = state_party(actor.country, CIVILIAN_SECTOR, actor.text, None, "population")
        return replace(mention, actor=people)

    def coordinated_nationals(self, party: Mention, ctx: DocContext) -> list[Mention]:
        """The other states' forces of one noun with coordinated nationalities: "*Indian* and
        Chinese troops clash" names Indian troops beside the Chinese ones the mention holds.
        Each is a mention of the adjective, with the state of its own and the kind of the
        noun (``IND``/``MIL``); none when the noun has no such coordination. Another named
        group or people coordinated before the noun is a party of its own, as it is named
        ("*Al-Shabaab* and ISIS militants", "*Tiv* and Fulani militias")."""
        doc = ctx.doc
        noun = doc[party.token_end - 1]
        found: list[Mention] = []
        for modifier in noun.children:
            if modifier.dep_ not in ("amod", "compound", "nmod") or modifier.i > noun.i:
                continue
            for word in [modifier, *modifier.conjuncts]:
                other = ctx.mentions.at(word.i)
                if other is None or other == party:
                    continue
                if _other_named(other.actor, party.actor):
                    found.append(other)
                    continue
                country = other.actor.country
                joined = bool(modifier.conjuncts)  # "*Azerbaijani* and Karabakh forces"
                if country is not None and _state_beside_its_rebels(other, party, word, joined):
                    found.append(other)  # "*Colombia* and ELN rebels resume talks"
                    continue
                if country is None or country == party.actor.country:
                    continue
                if other.actor.entry == party.actor.entry:  # the resolver shared the noun
                    found.append(other)
                    continue
                if not is_place(other.actor):
                    continue
                actor = replace(
                    party.actor,
                    text=f"{other.actor.text} {noun.text}",
                    country=country,
                    code=make_code(country, party.actor.sector),
                )
                found.append(replace(other, actor=actor))
        return found

    # -- actors ---------------------------------------------------------------------------
    def actors(self, trigger: Token, pattern: Pattern, ctx: DocContext) -> list[Party]:
        if trigger.pos_ in NOUN_POS and pattern.kind == "noun":
            noun = self.config.anchor(trigger)
            if _under_verb(noun) is not None:
                return self._under_actors(noun, ctx)
            return self._noun_actors(noun, pattern, ctx)
        if pattern.kind == "adj":
            return self._adj_actors(trigger, ctx)
        found = self._verb_actors(trigger, ctx, depth=0)
        if not found and (trigger.pos_ in NOUN_POS or trigger.tag_ == "VBG"):
            return self._owners(trigger, ctx)  # "*Russian* shelling kills 5": a verb's noun form
        return found

    def fire_of(
        self, trigger: Token, recipients: list[Party], ctx: DocContext
    ) -> tuple[list[Party], list[Party]]:
        """Actors and recipients of an act of fire whose ``of``-object is a state's armed
        forces: "the *shelling of the regime forces* on Douma", "*bombardment of the
        coalition* kills five" — the forces fired (``prep:of.doer``), and are no recipient.
        Nothing changes for other acts or objects ("the *massacre of* soldiers", "the shelling
        of the army's positions")."""
        if trigger.lower_ not in self.config.doer_of_nouns:
            return [], recipients
        doers = [
            m
            for _, obj in prep_objects(trigger, ("of",))
            for head in conjuncts(obj)
            if (m := ctx.mentions.at(head.i)) is not None
            and m.actor.sector in self.config.doer_of_sectors
        ]
        if not doers:
            return [], recipients
        return (
            [Party(m, "prep:of.doer") for m in doers],
            [p for p in recipients if p.mention not in doers],
        )

    def _under_actors(self, noun: Token, ctx: DocContext) -> list[Party]:
        """Who fired in "X came *under fire from* Y", "X is *under Taliban attack*": the
        noun's own doer, or the "by"/"from" object of the verb; never the verb's subject, who
        was fired on."""
        for role in ("poss", "modifier", "prep:by", "prep:from"):
            found = self._noun_role(noun, role, ctx)
            if found:
                return found
        verb = noun.head.head
        return [
            Party(m, f"under.{prep}")
            for prep, obj in prep_objects(verb, ("by", "from"))
            for m in self.mentions_at(obj, ctx)
        ]

    def _owners(self, word: Token, ctx: DocContext) -> list[Party]:
        """The parties a word's modifiers or possessor name before it ("*Ukrainian* shelling",
        "*the army's* shelling"): the doers of an act named by a noun or gerund."""
        return [
            Party(m, "modifier")
            for c in word.children
            if c.dep_ in ("amod", "poss", "compound") and c.i < word.i
            for m in self.mentions_at(c, ctx)
        ]

    def _adj_actors(self, adj: Token, ctx: DocContext) -> list[Party]:
        """ "Azerbaijan is *ready* to talk": the subject of the copula (or of the adjective)."""
        for child in adj.children:
            if child.dep_ in SUBJECT_DEPS or child.dep_ == "nsubjpass":
                return [Party(m, "nsubj") for m in self.mentions_at(child, ctx)]
        head = adj.head
        if head.i == adj.i or head.pos_ not in VERB_POS:
            return []
        for child in head.children:
            if child.dep_ in SUBJECT_DEPS or child.dep_ == "nsubjpass":
                return [Party(m, "nsubj") for m in self.mentions_at(child, ctx)]
        return [Party(p.mention, "controller") for p in self._verb_actors(head, ctx, 1)]

    def _verb_actors(self, verb: Token, ctx: DocContext, depth: int) -> list[Party]:
        active = verb.tag_ != "VBN" or _object_after(verb)  # "*IS* targeted Turkish forces"
        if active and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            found = self._acronym_subject(verb, ("aux", "auxpass"), ctx)
            if found:
                return [Party(m, "nsubj.acronym") for m in found]
            found = self._compound_subject(verb, ctx)
            if found:
                return [Party(m, "nsubj.compound") for m in found]
        if is_passive(verb) and not self.config.is_passive(verb):  # "Israel is opposed to"
            for child in verb.children:
                if child.dep_ in PASSIVE_SUBJECT_DEPS:
                    return [Party(m, "nsubj") for m in self.mentions_at(child, ctx)]
        reduced = _reduced_passive(verb)
        if self.config.is_passive(verb) or self.config.headline_passive(verb) or reduced:
            for _, obj in prep_objects(verb, ("by",)):
                found = self.mentions_at(obj, ctx)
                if found:  # each "by" in turn: "killed *by 2 massacres by* the warplanes"
                    return [Party(m, "agent") for m in found]
            doers = self._as_clause_doers(verb, ctx)
            if doers:
                return doers
            if not reduced:
                return []
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects or subjects[0].like_num:  # "100 killed as *Rizeigat and Maaliya* clash"
            found = self._as_phrase_subject(verb, ctx)
            if found:
                return [Party(m, "as.subject") for m in found]
        if subjects:
            # "Eight killed as rival *groups* clash": a count beside another subject is none
            child = next((c for c in subjects if not c.like_num), subjects[0])
            listed = _listed_subjects(verb, ctx)
            if listed:
                return [Party(m, "nsubj.list") for m in listed]
            found = self.mentions_at(child, ctx, doer=True)
            if found:
                return [Party(m, "nsubj") for m in found]
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return [Party(m, "relcl") for m in self.mentions_at(verb.head, ctx)]
            return []
        if verb.tag_ == "VBG" and verb.dep_ in NOMINAL_DEPS:
            found = [
                m for _, obj in prep_objects(verb, ("by",)) for m in self.mentions_at(obj, ctx)
            ]
            if found:  # "*shelling by* the regime forces targets …": a gerund as a noun
                return [Party(m, "prep:by") for m in found]
        if depth > 3:
            return []
        head = verb.head
        described = lemma(head) in self.config.describing
        if verb.dep_ in ("dep", "advcl") and head.i < verb.i and described:
            # "Militants *linked* to IS *attacked* …", parsed with "linked" as the verb
            return [Party(p.mention, "nsubj") for p in self._verb_actors(head, ctx, depth + 1)]
        if verb.dep_ == "xcomp" or (verb.dep_ in ("advcl", "ccomp") and verb.tag_ == "VB"):
            if lemma(head) in self.config.object_control:
                for child in head.children:
                    if child.dep_ in ("dobj", "dative"):
                        return [Party(m, "controller") for m in self.mentions_at(child, ctx)]
                for _, obj in prep_objects(head, ("on", "upon")):
                    return [Party(m, "controller") for m in self.mentions_at(obj, ctx)]
            return [Party(p.mention, "controller") for p in self._verb_actors(head, ctx, depth + 1)]
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in VERB_POS:
            # "resorted *to throwing* stones": the subject; "accused Israel *of attacking*":
            # the object of the verb the preposition hangs from; "killed two *by shelling*":
            # an adjunct of means of an active verb is the subject's
            governor = head.head
            accused = self._accused(governor, head, ctx)
            if accused:
                return accused
            adjunct = head.lower_ in self.config.subject_adjuncts and not is_passive(governor)
            for child in () if adjunct else governor.children:
                if child.dep_ in ("dobj", "dative"):
                    found = self.mentions_at(child, ctx)
                    if found:
                        return [Party(m, "controller") for m in found]
            return [
                Party(p.mention, "controller") for p in self._verb_actors(governor, ctx, depth + 1)
            ]
        if verb.dep_ == "conj" and head.pos_ in VERB_POS and self.config.is_passive(head):
            if verb.tag_ == "VBN" and not any(c.dep_ in AUXILIARY_DEPS for c in verb.children):
                # "people were killed *and injured*": a participle under the same passive
                # auxiliary is passive too; its shared subject is the one it was done to
                return [
                    Party(m, "agent")
                    for _, obj in prep_objects(verb, ("by",))
                    for m in self.mentions_at(obj, ctx)
                ]
            # "the minister has been indicted … and *will resign*": the shared subject
            for child in head.children:
                if child.dep_ in PASSIVE_SUBJECT_DEPS:
                    return [Party(m, "conj") for m in self.mentions_at(child, ctx)]
        if verb.dep_ in ("acomp", "attr") or (verb.dep_ == "conj" and head.pos_ in VERB_POS):
            return [Party(p.mention, "conj") for p in self._verb_actors(head, ctx, depth + 1)]
        if _verb_on_object(verb):
            # "warplanes intensify their targeting *and bomb* the villages": a verb the parser
            # coordinated with the object of another shares that other verb's subject
            governor = head.head
            return [Party(p.mention, "conj") for p in self._verb_actors(governor, ctx, depth + 1)]
        if verb.dep_ == "relcl":
            return [Party(m, "relcl") for m in self.mentions_at(head, ctx)]
        under = _under_object(head) if verb.dep_ == "advcl" else None
        if under is not None:  # "X came under attack by Y, *killing* 12": Y killed
            return self._under_actors(under, ctx)
        if verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG":
            owners = self._owners(verb, ctx)
            if owners:  # "*Ukrainian* shelling kills 3 …, separatists say": a gerund as a noun
                return owners
            if head.pos_ in NOUN_POS and head.dep_ == "dobj" and head.head.pos_ in VERB_POS:
                head = head.head  # "X issued a statement *demanding* …": X demands
            return [Party(p.mention, "advcl") for p in self._verb_actors(head, ctx, depth + 1)]
        return []

    def _as_phrase_subject(self, verb: Token, ctx: DocContext) -> list[Mention]:
        """The subject of a verb misread as the object of "as" when the verb took the count
        before it for its subject, or none ("Eighty-six killed as *farmers and herders*
        clash"): the parties of an "as" phrase that ends just before the verb."""
        for word in ctx.doc[verb.sent.start : verb.i]:
            if word.lower_ != "as" or word.dep_ != "prep":
                continue
            for obj in word.children:
                if obj.dep_ == "pobj" and obj.right_edge.i == verb.i - 1:
                    return self.mentions_at(obj, ctx, doer=True)
        return []

    def _as_clause_doers(self, verb: Token, ctx: DocContext) -> list[Party]:
        """Who killed, in a passive with no "by": the armed subject of a clause "as" opens
        ("Protesters *killed as security forces open fire*", "12 were killed as troops shelled
        the town"), for the verbs that never go without an object."""
        if lemma(verb) not in self.config.object_verbs:
            return []
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.i < verb.i:
                continue
            if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
                continue
            for subject in clause.children:
                if subject.dep_ == "nsubj":
                    found = [m for m in self.mentions_at(subject, ctx, doer=True) if self._armed(m)]
                    return [Party(m, "advcl.as") for m in found]
        return []

    def _noun_actors(self, noun: Token, pattern: Pattern, ctx: DocContext) -> list[Party]:
        blamed = [  # "sniper attack *blamed on* the ELN": the one it is put on, before its kind
            Party(m, "blamed")
            for acl in noun.children
            if acl.dep_ == "acl" and lemma(acl) in self.config.attributing_verbs
            for _, obj in prep_objects(acl, ("on", "to"))
            for m in self.mentions_at(obj, ctx)
        ]
        if blamed:
            return blamed
        for role in pattern.actor or DEFAULT_NOUN_ACTOR:
            found = self._noun_role(noun, role, ctx)
            if role == "modifier" and pattern.code.startswith(FORCE_CODES):
                found = [p for p in found if not self._place_hit(p.mention, ctx, noun)]
            if found:
                return found
        return []

    def _noun_role(self, noun: Token, role: str, ctx: DocContext) -> list[Party]:
        if role == "poss":
            return [
                Party(m, "poss")
                for c in noun.children
                if c.dep_ == "poss"
                for m in self.mentions_at(c, ctx)
            ]
        if role == "modifier":
            return [
                Party(m, "modifier")
                for c in noun.children
                if c.dep_ in ("amod", "compound", "nmod")
                and c.i < noun.i
                and not _reaction_between(c, noun)
                for m in self.mentions_at(c, ctx)
                # a mention that starts before the noun's phrase is not its modifier: "victims of
                # *Berlin* attack" names the victims, not who attacked
                if m.token_start >= noun.left_edge.i
            ]
        if role == "light":
            claimer = self.config.claimer_verb(noun)
            if claimer is not None:
                return [Party(p.mention, "claimed") for p in self._verb_actors(claimer, ctx, 0)]
            verb = noun.head
            if noun.dep_ == "pobj" and verb.dep_ == "prep":  # "engaged *in* ethnic cleansing"
                verb = verb.head
            if noun.dep_ in ("dobj", "pobj") and self.config.is_light(verb):
                return [Party(p.mention, "light-verb") for p in self._verb_actors(verb, ctx, 0)]
            if noun.dep_ == "dobj" and lemma(verb) in self.config.deliberation:
                return [Party(p.mention, "deliberation") for p in self._verb_actors(verb, ctx, 0)]
            if noun.dep_ == "nsubj" and verb.pos_ in VERB_POS:
                return []
            return []
        if role.startswith("prep:"):
            found = prep_objects(noun, (role[5:],))
            if not found and role == "prep:by":  # "the massacre *carried out by* X"
                for acl in (
                    c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                ):
                    found.extend(prep_objects(acl, ("by",)))
            return [Party(m, role) for _, obj in found for m in self.mentions_at(obj, ctx)]
        if role == "clause":  # "China put its army *on alert*": the subject of the clause
            verb = noun.head
            for _ in range(3):
                if verb.pos_ in VERB_POS:
                    return [Party(p.mention, "clause") for p in self._verb_actors(verb, ctx, 1)]
                verb = verb.head
        return []

    # -- recipients -----------------------------------------------------------------------
    def _object_agents(self, trigger: Token, ctx: DocContext) -> list[Party]:
        """The doer of an act named as the object: "condemned the killing … *by Israeli troops*".

        What is condemned, welcomed or investigated is what its agent did, so the agent, not
        the victims inside the object, is the recipient.
        """
        for obj in (c for c in trigger.children if c.dep_ == "dobj"):
            found = self._doers(obj, ctx)
            if found:
                return [Party(m, "dobj.by") for m in found]
        return []

    def _doers(self, noun: Token, ctx: DocContext) -> list[Mention]:
        """The *by* agent of an act noun that names no party itself: "the killing *by* X", "a
        bill signed *by* X"."""
        if noun.pos_ not in NOUN_POS or ctx.mentions.at(noun.i) is not None:
            return []
        heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
        return [
            m
            for head in heads
            for _, by in prep_objects(head, ("by",))
            for m in self.mentions_at(by, ctx)
        ]

    def _accused(self, governor: Token, prep: Token, ctx: DocContext) -> list[Party]:
        """The subject of a passive of accusing or holding to account ("RSF *accused of*
        killing hundreds", "a soldier *charged with* murdering …"): alleged to have done the
        act the preposition's clause names."""
        if (
            lemma(governor) not in self.config.accused_verbs
            or prep.lower_ not in ACCUSED_PREPOSITIONS
        ):
            return []
        if governor.tag_ == "VBN" and governor.dep_ == "acl":  # a headline's "RSF *accused* of"
            return [Party(m, "accused") for m in self.mentions_at(governor.head, ctx, doer=True)]
        if not (is_passive(governor) or headline_passive(governor)):
            return []
        return [
            Party(m, "accused")
            for c in governor.children
            if c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "nsubj"
            for m in self.mentions_at(c, ctx, doer=True)
        ]

    def _compound_subject(self, verb: Token, ctx: DocContext) -> list[Mention]:
        """The doer the parser hung on a headline's finite root verb as a compound, with no
        subject ("*Army* shells rebel-held villages"): the first words of the sentence, right
        before the verb."""
        if verb.dep_ != "ROOT" or verb.tag_ not in ("VBZ", "VBP", "VBD"):
            return []
        for child in verb.children:
            if child.dep_ == "compound" and child.i == verb.i - 1:
                return self.mentions_at(child, ctx, doer=True)
        return []

    def _acronym_subject(
        self, verb: Token, deps: tuple[str, ...], ctx: DocContext
    ) -> list[Mention]:
        """The mentions of an upper-case acronym before ``verb`` that the parser read as its
        auxiliary (``deps``: "*IS* kills six fighters", "23 *IS* killed"): a group's name, the
        subject the parse missed."""
        for child in verb.children:
            if child.dep_ in deps and child.i < verb.i and _acronym(child):
                return self.mentions_at(child, ctx)
        return []

    def recipients(self, trigger: Token, pattern: Pattern, ctx: DocContext) -> list[Party]:
        is_noun = trigger.pos_ in NOUN_POS and pattern.kind == "noun"
        if is_noun:
            trigger = self.config.anchor(trigger)
            verb = _under_verb(trigger)
            if verb is not None:  # "*border guards* came under fire": fired on
                return [
                    Party(m, "under.nsubj")
                    for c in verb.children
                    if c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS
                    for m in self.mentions_at(c, ctx)
                ]
            left = None if pattern.symmetric else _left_dead(trigger, self.config.resultatives)
            if left is not None:  # "rebel attack leaves *5 soldiers* dead"
                found = [Party(m, "left.dobj") for m in self.mentions_at(left, ctx)]
                if found:
                    return found
            verb = None if pattern.symmetric else self._died_in(trigger)
            found = (  # "five *peacekeepers* die in ambush": the ambush killed them
                [
                    Party(m, "died.nsubj")
                    for c in verb.children
                    if c.dep_ in SUBJECT_DEPS
                    for m in self.mentions_at(c, ctx)
                ]
                if verb is not None
                else []
            )
            if found:
                return found
        if pattern.kind == "verb" and self.config.is_passive(trigger):
            for child in trigger.children:
                if child.dep_ in PASSIVE_SUBJECT_DEPS:
                    found = [Party(m, "nsubjpass") for m in self.mentions_at(child, ctx)]
                    if found and not any(self._armed(p.mention) for p in found):
                        found = self._counted(trigger, ctx) or found
                    if found:
                        return found
            acronym = (
                []
                if trigger.tag_ != "VBN" or _object_after(trigger)
                else self._acronym_subject(trigger, ("auxpass",), ctx)
            )
            if acronym:  # "23 IS killed": the members of the group an acronym names
                return [Party(m, "nsubjpass.acronym") for m in acronym]
            if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in trigger.children):
                return self._counted(trigger, ctx)
        if pattern.kind == "verb" and self.config.headline_passive(trigger):
            # a headline's passive in the past tense: "…, *6 soldiers* killed"
            subject = next(c for c in trigger.children if c.dep_ == "nsubj")
            found = [Party(m, "nsubj.passive") for m in self.mentions_at(subject, ctx)]
            if found:
                return found
        if pattern.kind == "verb" and lemma(trigger) in self.config.attributing_verbs:
            found = [  # "attack *blamed on* the ELN": the ELN is blamed, not the attack
                Party(m, "blamed")
                for _, obj in prep_objects(trigger, ("on", "to"))
                for m in self.mentions_at(obj, ctx)
            ]
            if found:
                return found
        if pattern.kind == "verb" and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
            # a headline's reduced passive: "five civilians *killed* in air strikes"
            head = trigger.head
            while head.dep_ == "conj" and head.head.i != head.i:  # "X and Y killed in …"
                head = head.head
            found = [Party(m, "acl.head") for m in self.mentions_at(head, ctx)]
            if found:
                return found
        default = DEFAULT_NOUN_RECIPIENT if is_noun else DEFAULT_VERB_RECIPIENT
        # an act of force's object named: "hit Idlib *in northwest Syria*" says where
        placed = pattern.code.startswith(FORCE_CODES) and any(
            c.dep_ == "dobj" for c in trigger.children
        )
        for role in pattern.recipient or default:
            found = self._recipient_role(trigger, role, ctx)
            if role == "prep:in" and placed:
                found = [p for p in found if not _bare_country(p.mention.actor)]
            if found:
                return found
        if pattern.kind == "verb":  # "SDF kills about 50 *IS*": the object read as a clause
            for child in trigger.children:
                if child.dep_ == "ccomp" and child.i > trigger.i and _acronym(child):
                    return [Party(m, "dobj.acronym") for m in self.mentions_at(child, ctx)]
            if pattern.code.startswith(FORCE_CODES):
                posts = self._armed_posts(trigger, ctx)
                if posts:
                    return posts
            counted = self._counted(trigger, ctx)
            if counted or not pattern.code.startswith(FORCE_CODES):
                return counted
            return [Party(m, "accuser") for m in self._accuser(trigger, ctx)]
        return []

    def _accuser(self, act: Token, ctx: DocContext) -> list[Mention]:
        """Who accuses the doer of an act of force that names no target ("Armenia accuses
        Azerbaijan *of shelling* border villages"): the side that says it was hit."""
        prep = act.head
        if act.dep_ != "pcomp" or prep.lower_ not in ACCUSED_PREPOSITIONS:
            return []
        hit = [t for c in act.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
        if any(t.pos_ == "PROPN" for t in hit):
            return []  # "accuses Ukraine of shelling *Donetsk*": the place says whom
        verb = prep.head
        if lemma(verb) not in self.config.accused_verbs or is_passive(verb):
            return []
        return [m for c in verb.children if c.dep_ == "nsubj" for m in self.mentions_at(c, ctx)]

    def fell_in(self, noun: Token, ctx: DocContext) -> list[Party]:
        """Those killed or who died in the fighting ``noun`` names ("Chad's president *killed
        in clashes* with rebels", "nine soldiers *die in* fighting"): a side of it, whose
        other side its "with" names (rule ``killed.nsubj``)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
            return []
        verb = prep.head
        if verb.pos_ not in VERB_POS:
            return []
        if lemma(verb) not in self.config.object_verbs | self.config.dying_verbs:
            return []
        heads = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        if not heads and verb.dep_ == "acl":
            heads = [verb.head]  # "nine soldiers *killed* in clashes": a reduced passive
        return [Party(m, FELL_RULE) for head in heads for m in self.mentions_at(head, ctx)]

    def _died_in(self, noun: Token) -> Token | None:
        """The verb of dying whose "in" phrase ``noun`` heads ("five soldiers *die in* an
        ambush"), else ``None``."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
            return None
        verb = prep.head
        return verb if verb.pos_ in VERB_POS and lemma(verb) in self.config.dying_verbs else None

    def _counted(self, verb: Token, ctx: DocContext) -> list[Party]:
        """The first party of the fighting named among those a toll counts ("31 were killed
        yesterday *including* 4 members of the army and 12 civilians": the army), when the
        count itself names none: whom the war killed, as its side ("prep:including"). The list
        hangs from the verb or from the count ("*48* were killed … including …")."""
        counts = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        preps = [*verb.children, *(p for count in counts for p in count.children)]
        for prep in preps:  # "including" is tagged a verb: not through prep_objects
            if prep.dep_ != "prep" or prep.lower_ not in self.config.counted:
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for head in conjuncts(obj):
                    mention = self._mention_of(head, ctx, depth=0)
                    if mention is not None and self._armed(mention):
                        return [Party(mention, f"prep:{prep.lower_}")]
                # "including 22 members *of the regime forces* and … 30 other civilians": the
                # first party of the fighting anywhere in the list
                listed = ctx.mentions.within(obj.left_edge.i, obj.right_edge.i + 1)
                armed = next((m for m in listed if self._armed(m)), None)
                if armed is not None:
                    return [Party(armed, f"prep:{prep.lower_}")]
        return []

    def _armed_posts(self, verb: Token, ctx: DocContext) -> list[Party]:
        """The party of the fighting whose post the act struck, when the verb names no one
        it was done to: "a suicide bomber kills 14 *at an army base*", "car bomb kills 9
        *near a police checkpoint*" (not a crowd, "kills 20 *at a wedding*", nor a state's
        place, "killed *at the outskirts of the capital* Damascus")."""
        return [  # by its dependency: the tagger calls "near" an adjective
            Party(m, f"prep:{prep.lower_}.post")
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in POST_PREPOSITIONS
            for obj in prep.children
            if obj.dep_ == "pobj"
            for m in self.mentions_at(obj, ctx)
            if self._armed(m) and not (m.actor.entry or "").startswith(STATE_ENTRIES)
        ]

    def _object_as_subject(self, verb: Token, ctx: DocContext) -> list[Mention]:
        """The object of a verb that always has one, misread as a clause's subject
        (:func:`~tocsin.events.matching.object_read_as_subject`)."""
        subject = object_read_as_subject(verb)
        return self.mentions_at(subject, ctx) if subject is not None else []

    def _armed(self, mention: Mention) -> bool:
        """Whether ``mention`` names a party of the fighting (its forces, rebels, a group)."""
        return mention.actor.sector in self.config.armed_sectors

    def _recipient_role(self, trigger: Token, role: str, ctx: DocContext) -> list[Party]:
        if role == "dobj":
            doers = self._object_agents(trigger, ctx)
            if doers:
                return doers
        if role in ("dobj", "dative", "nsubj"):
            found = [
                Party(m, role)
                for c in trigger.children
                if c.dep_ == role
                for m in self.mentions_at(c, ctx)
            ]
            if not found and role == "dobj" and lemma(trigger) in self.config.object_control:
                found = self._complement_subjects(trigger, ctx)
            if not found and role == "dobj" and lemma(trigger) in self.config.object_verbs:
                found = [Party(m, "dobj.clause") for m in self._object_as_subject(trigger, ctx)]
            return found
        if role.startswith("prep:"):
            found = prep_objects(trigger, (role[5:],))
            if not found and trigger.pos_ in VERB_POS:  # "impose sanctions *on Baku*"
                dobjs = [c for c in trigger.children if c.dep_ == "dobj"]
                for obj in (o for d in dobjs for o in conjuncts(d)):  # "… and rocket fire *at* X"
                    found.extend(prep_objects(obj, (role[5:],)))
                    for acl in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                        found.extend(prep_objects(acl, (role[5:],)))  # "sanctions imposed *on* X"
            if not found and trigger.pos_ in NOUN_POS:  # "a suspension of links *with* Serbia"
                for _, obj in prep_objects(trigger, ("of",)):
                    found.extend(prep_objects(obj, (role[5:],)))
            if not found and role in ("prep:on", "prep:against"):
                # "shelling by the regime forces *on* Douma": the target hung from the doer
                for _, doer in prep_objects(trigger, ("by",)):
                    found.extend(prep_objects(doer, (role[5:],)))
            light = trigger.head  # "held drills *with* X"
            lent = trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj"
            if not found and lent and self.config.is_light(light):
                found = prep_objects(light, (role[5:],))
            parties = [Party(m, role) for _, obj in found for m in self.mentions_at(obj, ctx)]
            if not parties:  # "a strike *over* a bill signed *by* the minister"
                parties = [
                    Party(m, f"{role}.by") for _, obj in found for m in self._doers(obj, ctx)
                ]
            return parties
        if role.startswith("xcomp."):
            inner = role[6:]
            for comp in trigger.children:
                if comp.dep_ in ("xcomp", "ccomp", "advcl"):
                    found = self._recipient_role(comp, inner, ctx)
                    if found:
                        return [Party(p.mention, role) for p in found]
            return []
        if role == "poss":
            return [
                Party(m, "poss")
                for c in trigger.children
                if c.dep_ == "poss"
                for m in self.mentions_at(c, ctx)
            ]
        if role == "modifier":
            return [
                Party(m, "modifier")
                for c in trigger.children
                if c.dep_ in ("amod", "compound") and c.i < trigger.i
                for m in self.mentions_at(c, ctx)
            ]
        if role == "clause.nsubj":
            return self._content_subject(trigger, ctx)
        if role == "condition.nsubj":
            return self.condition_subject(trigger, ctx)
        return []

    def _complement_subjects(self, trigger: Token, ctx: DocContext) -> list[Party]:
        """ "allowed *UN planes* to land": the parser makes the object the complement's
        subject; an object-control verb's object it is."""
        return [
            Party(m, "ccomp.nsubj")
            for comp in trigger.children
            if comp.dep_ in ("ccomp", "xcomp")
            for subject in comp.children
            if subject.dep_ == "nsubj"
            for m in self.mentions_at(subject, ctx)
        ]

    def condition_subject(self, trigger: Token, ctx: DocContext) -> list[Party]:
        """Whom a threat is conditional on: "… *unless Israel* rescinds", "… *if the United
        States* goes ahead" (the condition may hang from the threat or its complement)."""
        holders = [trigger, *(c for c in trigger.children if c.dep_ in ("xcomp", "ccomp"))]
        for holder in holders:
            for clause in holder.children:
                if clause.dep_ != "advcl":
                    continue
                if not any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children):
                    continue
                for child in clause.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        return [Party(m, "condition.nsubj") for m in self.mentions_at(child, ctx)]
        return []

    def _content_subject(self, trigger: Token, ctx: DocContext) -> list[Party]:
        """The subject of what is demanded: "its demand *that Israel* ease …", "insisted on
        its demands *that Burundi's government* grant …" (the clause may hang from the
        trigger, its object or the object of its preposition)."""
        holders = [trigger]
        holders += [c for c in trigger.children if c.dep_ in ("dobj", "attr")]
        holders += [obj for _, obj in prep_objects(trigger)]
        for holder in holders:
            for clause in holder.children:
                if clause.dep_ not in ("ccomp", "acl", "relcl", "advcl"):
                    continue
                if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    continue
                for child in clause.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        return [Party(m, "clause.nsubj") for m in self.mentions_at(child, ctx)]
        return []


def _bare_country(actor: ActorRef) -> bool:
    """A country named with no sector ("Syria"): after "in", where an act took place."""
    return actor.sector is None and (actor.entry or "").startswith("country.")


def _left_dead(noun: Token, resultatives: frozenset[str]) -> Token | None:
    """The object of "leave" whose subject is the act ``noun`` names, when a word of its state
    follows ("attack *leaves 5 soldiers dead*"): whom the act killed; else ``None``."""
    verb = noun.head
    if noun.dep_ != "nsubj" or lemma(verb) != "leave":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    states = [c for c in (*verb.children, *obj.children) if c.dep_ in ("oprd", "acomp", "amod")]
    return obj if any(c.lower_ in resultatives for c in states) else None


def _after_compass(mention: Mention, ctx: DocContext) -> bool:
    """A state's name after a compass word is a part of its land ("killed in *northern Burkina*
    ambush", "*eastern Congo* attack"), not the doer of the act it modifies."""
    start = mention.token_start
    head = ctx.doc[mention.token_end - 1]
    return start > 0 and ctx.doc[start - 1].lower_ in COMPASS and head.pos_ == "PROPN"


def _state_named_where(name: Token, noun: Token) -> bool:
    """A state's name (a proper noun, not its adjective) modifying the act's noun, which is the
    object of a locative preposition and names no target of its own: "killed *in* Niger
    ambush" (not "die in Israel strike *on Rafah*")."""
    targeted = any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in noun.children)
    return (
        name.pos_ == "PROPN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in WHERE_PREPOSITIONS
        and not targeted
    )


def _under_verb(noun: Token) -> Token | None:
    """The verb of "came *under* fire", "is *under* attack", whose subject the act named by
    ``noun`` is done to; ``None`` for any other construction, and for a verb with an object
    of its own ("police placed him under arrest": the object is)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "under":
        return None
    verb = prep.head
    if verb.pos_ not in VERB_POS or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _under_object(verb: Token) -> Token | None:
    """The noun ``verb`` is "under" ("came under *attack*"), as :func:`_under_verb` reads it."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "under":
            for noun in prep.children:
                if _under_verb(noun) == verb:
                    return noun
    return None


def _acronym(token: Token) -> bool:
    """An upper-case word of two letters or more ("IS", "SDF")."""
    return token.text.isupper() and len(token) > 1


def _object_after(verb: Token) -> bool:
    """A participle with an object after it is active, whatever the parser took for its
    auxiliary ("*IS* targeted Turkish forces": not "is targeted")."""
    return any(c.dep_ in ("dobj", "oprd") and c.i > verb.i for c in verb.children)


def _verb_on_object(verb: Token) -> bool:
    """A finite or bare verb coordinated with the direct object of another verb (a misparse
    of "X intensify their targeting and *bomb* …")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VB", "VBP", "VBZ", "VBD")
        and head.pos_ in NOUN_POS
        and head.dep_ == "dobj"
        and head.head.pos_ in VERB_POS
    )


def _reduced_passive(verb: Token) -> bool:
    """A participle after its noun, a passive without its auxiliary: "civilians *killed* by
    the warplanes" (tagged as a past tense too: "Militant commander *shot* dead by troops" — a
    finite verb does not hang from a noun)."""
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ == "acl" and verb.head.i < verb.i


def _reaction_between(modifier: Token, noun: Token) -> bool:
    """ "Egypt *denounces* bombing of church": a verb of reacting to another's act, tagged as a
    noun, between a name and the act's noun; the name reacts, it did not act
    (``reactions`` in ``events/mentions.yaml``)."""
    reactions = mention_words().reactions
    return any(noun.doc[k].lower_ in reactions for k in range(modifier.i + 1, noun.i))


CLAUSE_OPENERS = frozenset({"as", "after", "when", "while", ";", ":"})
"""Words after which a headline's second clause begins ("15 dead *as* X, Y clash")."""


def _listed_subjects(verb: Token, ctx: DocContext) -> list[Mention]:
    """The parties a headline lists by commas before its verb ("Israel, Hamas agree truce",
    "Afghan government, Taliban open talks"), which the parser rarely reads as coordinated:
    every word from the sentence's start (or its last clause's: "15 dead *as* X, Y clash") to
    the verb is a party's or a comma (or "and"), and there are two parties or more, none a place
    (a state is a party here), and a comma."""
    found: list[Mention] = []
    commas = 0
    # from the sentence's start, or from the start of its last clause ("15 dead *as* Taliban,
    # IS fighters clash")
    marks = [k for k in range(verb.sent.start, verb.i) if ctx.doc[k].lower_ in CLAUSE_OPENERS]
    i = marks[-1] + 1 if marks else verb.sent.start
    while i < verb.i:
        mention = _mention_from(i, verb.i, ctx)
        if mention is None:
            return []
        if (mention.actor.entry or "").startswith(PLACE_ENTRY):
            return []  # "Kabul, Kandahar hit by …": places, not parties
        found.append(mention)
        i = mention.token_end
        owned = ctx.mentions.at(i + 1) if i + 1 < verb.i and ctx.doc[i].tag_ == "POS" else None
        if owned is not None and owned.token_start == i + 1 and owned.token_end <= verb.i:
            found[-1] = owned  # "Colombia's Petro, ELN agree …": the party owned
            i = owned.token_end
        if i < verb.i:
            if ctx.doc[i].text not in (",", "and"):
                return []
            commas += ctx.doc[i].text == ","
            i += 1
    return found if len(found) >= 2 and commas else []  # "X and Y" the parser coordinates


def _mention_from(i: int, end: int, ctx: DocContext) -> Mention | None:
    """The mention that starts at token ``i`` and ends by ``end``, or whose phrase does after
    modifiers it does not cover ("*ONLF* rebels": a name the dictionary lacks before the noun
    it knows)."""
    j = i
    while j < end:
        mention = ctx.mentions.at(j)
        if mention is not None and mention.token_start == j:
            return mention if mention.token_end <= end else None
        token = ctx.doc[j]
        if token.dep_ not in ("compound", "amod", "nmod") or not j < token.head.i < end:
            return None
        j += 1
    return None


def _inner_conjuncts(mention: Mention, ctx: DocContext, seen: list[Token]) -> list[Token]:
    """Phrases coordinated with a word inside a name the parser split ("*Anti-balaka* and UPC
    fighters": "and" hangs from "balaka", not from "Anti")."""
    inside = range(mention.token_start, mention.token_end)
    return [
        c
        for t in ctx.doc[mention.token_start : mention.token_end]
        for c in t.children
        if c.dep_ == "conj" and c.i not in inside and c not in seen
    ]


def _other_named(other: ActorRef, party: ActorRef) -> bool:
    """Two named groups or peoples, not one group's two names or branches."""
    entries = [(a.entry or "").split("#", 1)[0] for a in (other, party)]
    return all(e.startswith(NAMED_ENTRIES) for e in entries) and entries[0] != entries[1]


def _state_beside_its_rebels(
    state: Mention, party: Mention, word: Token, joined: bool = False
) -> bool:
    """A state named beside its own rebels before their noun, by its name ("*Colombia* and ELN
    rebels") or by its adjective ``joined`` to them ("*Azerbaijani* and Karabakh forces"): the
    state is a party of its own ("Colombian ELN rebels" are only the rebels)."""
    actor = state.actor
    return (
        actor.sector is None
        and (actor.entry or "").startswith("country.")
        and actor.country == party.actor.country
        and party.actor.sector in ("REB", "RAD")
        and (joined or word.text.lower() == (actor.name or "").lower())
    )
