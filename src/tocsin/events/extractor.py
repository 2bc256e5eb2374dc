"""The event stage: triggers → CAMEO codes → parties → :class:`Candidate` records."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import product

from spacy.language import Language
from spacy.tokens import Span, Token

from tocsin.context import DocContext
from tocsin.events.arguments import ArgumentConfig, ArgumentFinder, Party
from tocsin.events.candidates import CameoInfo, Candidate
from tocsin.events.filters import FalseFriends
from tocsin.events.matching import NOUN_POS, Match, PatternMatcher, ancestor_among, prep_objects
from tocsin.events.negation import RULE_ID as REFUSAL_RULE
from tocsin.events.negation import Refusals
from tocsin.events.ontology import Ontology
from tocsin.events.patterns import PatternBook
from tocsin.events.refine import Refiner
from tocsin.events.userpatterns import with_user_patterns
from tocsin.models import Mention
from tocsin.resources import load_yaml
from tocsin.settings import Settings

ARGUMENTS_FILE = "events/arguments.yaml"
# events whose complement is another event: "threatened to invade", "agreed to meet"
FRAMING_FAMILIES = frozenset({"appeal", "intent", "demand", "reject", "threaten", "accede"})
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "advcl", "acl"})
RIVALS_RULE = "rivals"  # a plural party fighting itself: both sides of the act (``rival_words``)
CRIMINAL_SECTOR = "CRM"  # gangs and cartels: with no enemy named, they fight each other


@dataclass(frozen=True)
class Coded:
    """A match after refinement: the CAMEO info to use and the rule ids that decided it."""

    match: Match
    info: CameoInfo
    rule: str
    start: int
    end: int


ORGANISATION_ENTRY = "org."


def _in_name(trigger: Token, ctx: DocContext) -> bool:
    """A capitalised word inside the name of an organisation the actor dictionary knows ("the
    International *Coalition*", "the *Attack* Brigade"), not an event noun."""
    mention = ctx.mentions.at(trigger.i)
    if mention is None or not trigger.text[:1].isupper():
        return False
    return (mention.actor.entry or "").startswith(ORGANISATION_ENTRY)


# refusals and threats are addressed to whoever must act for them to end
CONDITIONAL = frozenset({"REJECT", "THREATEN"})


class EventExtractor:
    """Finds the events of a sentence; implements :class:`tocsin.context.EventStage`."""

    def __init__(
        self,
        ontology: Ontology,
        book: PatternBook,
        arguments: ArgumentFinder,
        refiner: Refiner,
        false_friends: FalseFriends,
        refusals: Refusals,
        irregular: dict[str, str] | None = None,
    ) -> None:
        self.ontology = ontology
        self.book = book
        self.matcher = PatternMatcher(book, irregular, arguments.config.frames)
        self.arguments = arguments
        self.refiner = refiner
        self.false_friends = false_friends
        self.refusals = refusals
        for pattern in book.patterns:
            if pattern.code not in ontology:
                raise ValueError(f"pattern {pattern.id}: unknown CAMEO code {pattern.code}")
            if pattern.acled is not None:
                ontology.acled(pattern.acled)

    @classmethod
    def load(cls, settings: Settings | None = None, nlp: Language | None = None) -> EventExtractor:
        """Load the ontology, the pattern files and the refinement tables once."""
        ontology = Ontology.load()
        data = load_yaml(ARGUMENTS_FILE)
        irregular = {str(k): str(v) for k, v in data["irregular_verbs"].items()}
        config = ArgumentConfig(
            light_verbs=frozenset(data["light_verbs"]),
            object_control=frozenset(data["object_control"]),
            irregular=irregular,
            stative=frozenset(data.get("stative_participles") or ()),
            frames=frozenset(data.get("frame_nouns") or ()),
            relational=frozenset(data.get("relational_nouns") or ()),
            subject_adjuncts=frozenset(data.get("subject_adjuncts") or ()),
            counted=frozenset(data.get("counted_among") or ()),
            object_verbs=frozenset(data.get("object_verbs") or ()),
            accused_verbs=frozenset(data.get("accused_verbs") or ()),
            resultatives=frozenset(data.get("resultatives") or ()),
            object_particles=frozenset(data.get("object_particles") or ()),
            rival_words=frozenset(data.get("rival_words") or ()),
            describing=frozenset(data.get("describing_participles") or ()),
            deliberation=frozenset(data.get("deliberation_verbs") or ()),
            dying_verbs=frozenset(data.get("dying_verbs") or ()),
            attributing_verbs=frozenset(data.get("attributing_verbs") or ()),
            armed_sectors=frozenset(data.get("armed_sectors") or ()),
            doer_of_nouns=frozenset(data.get("doer_of_nouns") or ()),
            doer_of_sectors=frozenset(data.get("doer_of_sectors") or ()),
            claim_verbs=frozenset(data.get("claim_verbs") or ()),
            claim_nouns=frozenset(data.get("claim_nouns") or ()),
            population_places=frozenset(data.get("population_places") or ()),
            vehicle_nouns=frozenset(data.get("vehicle_nouns") or ()),
            carrying_verbs=frozenset(data.get("carrying_verbs") or ()),
        )
        codes = set(ontology.codes())
        refiner = Refiner.load(set(ontology.sub_event_types()), codes)
        book = PatternBook.load()
        if settings is not None:
            book = with_user_patterns(book, settings.directories("patterns_dirs"), codes)
        return cls(
            ontology,
            book,
            ArgumentFinder(config),
            refiner,
            FalseFriends.load(),
            Refusals.load(codes),
            irregular,
        )

    # -- the stage ------------------------------------------------------------------------
    def extract(self, sentence: Span, ctx: DocContext) -> list[Candidate]:
        """Every event of ``sentence`` as candidates (one per actor pair)."""
        matches = [m for m in map(self.matcher.match, sentence) if m is not None]
        used = {i for m in matches for i in m.used}
        matches = [m for m in matches if m.head not in used]
        framers = {m.head for m in matches if m.pattern.family in FRAMING_FAMILIES}
        verbs = {m.head for m in matches if m.pattern.kind == "verb"}
        protests = {m.head for m in matches if m.pattern.code.startswith("14")}
        contexts = self.false_friends.sentence_context(sentence)
        found: list[Candidate] = []
        statements: list[Candidate] = []
        embedded_in: dict[int, int] = {}  # candidate position -> framing trigger token
        for match in matches:
            coded = self._code(match, ctx)
            trigger = ctx.doc[match.head]
            if self.false_friends.blocked_by(trigger, coded.info.event, contexts):
                continue
            if match.pattern.kind == "noun" and _in_name(trigger, ctx):
                continue  # "the International *Coalition*": a word of a name, no event
            frame = self._embedded_under(trigger, framers | protests)
            if frame in protests and frame not in framers and coded.info.event != "REQUEST":
                frame = None  # a protest frames only its demands ("rallied *to demand* ...")
            referenced = (  # "condemned *the attack*": a reported event, not the main one
                match.pattern.kind == "noun"
                and trigger.i == coded.start
                and self._embedded_under(trigger, verbs) is not None
            )
            candidates = self._parties(coded, trigger, ctx, frame is not None or referenced)
            if match.pattern.statement and coded.info.code == match.pattern.code:
                statements.extend(c for c in candidates if c.actor is not None)
                continue
            for candidate in candidates:
                if frame is not None:
                    embedded_in[len(found)] = frame
                found.append(candidate)
        return self._distinct_ids(self._inherit_recipients(found, embedded_in)) or statements[:1]

    @staticmethod
    def _distinct_ids(found: list[Candidate]) -> list[Candidate]:
        """Record ids hash the trigger start and ``pair_key``; two events sharing a light verb
        ("*held* talks and exercises") get the code in their key so their ids differ."""
        seen: set[tuple[int, str]] = set()
        out = []
        for candidate in found:
            key = (candidate.trigger_start, candidate.pair_key)
            if key in seen:
                candidate = replace(
                    candidate, pair_key=f"{candidate.pair_key}#{candidate.info.code}"
                )
            seen.add((candidate.trigger_start, candidate.pair_key))
            out.append(candidate)
        return out

    @staticmethod
    def _inherit_recipients(found: list[Candidate], embedded_in: dict[int, int]) -> list[Candidate]:
        """A framing event with no recipient takes its complement's ("refused to meet *X*")."""
        out = list(found)
        for position, frame in embedded_in.items():
            inner = found[position]
            if inner.recipient is None:
                continue
            for i, outer in enumerate(out):
                if outer.trigger_start <= frame < outer.trigger_end and outer.recipient is None:
                    if outer.actor is not None and outer.actor == inner.recipient:
                        continue
                    out[i] = replace(
                        outer,
                        recipient=inner.recipient,
                        recipient_rule=f"complement.{inner.recipient_rule}",
                        confidence=min(0.95, round(outer.confidence + 0.1, 2)),
                    )
        return out

    # -- steps ----------------------------------------------------------------------------
    def _code(self, match: Match, ctx: DocContext) -> Coded:
        pattern = match.pattern
        trigger = ctx.doc[match.head]
        code, rule = pattern.code, pattern.id
        if pattern.family is not None:
            topic = self.refiner.topic_code(trigger, pattern.family)
            if topic is not None:
                code, rule = topic[0], f"{rule}+{topic[1]}"
        code, rule, sub_event = self.refiner.with_cue(trigger, code, rule, pattern.acled)
        info = self.ontology.with_acled(self.ontology.lookup(code), sub_event)
        start, end = self._span(match, trigger)
        if info.quad_class <= 2 and not pattern.statement:
            negation = self.refusals.negation(trigger)
            refusal = self.refusals.refusal(code) if negation is not None else None
            if negation is not None and refusal is not None and negation.i < start:
                info = self.ontology.lookup(refusal)
                return Coded(match, info, f"{REFUSAL_RULE}+{rule}", negation.i, end)
        return Coded(match, info, rule, start, end)

    def _span(self, match: Match, trigger: Token) -> tuple[int, int]:
        """Trigger tokens; a light verb heads its noun ("carried out strikes")."""
        if trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj":
            verb = trigger.head
            if self.arguments.config.is_light(verb) and verb.i < trigger.i:
                return verb.i, trigger.i + 1
        return match.span_start, match.span_end

    @staticmethod
    def _embedded_under(trigger: Token, framers: set[int]) -> int | None:
        """The framing trigger when this one is what another event asks, promises, refuses or
        threatens ("threatened to *impose* sanctions"): that framing event is the main record."""
        return ancestor_among(trigger, EMBEDDING_DEPS, framers)

    def _parties(
        self, coded: Coded, trigger: Token, ctx: DocContext, embedded: bool = False
    ) -> list[Candidate]:
        pattern = coded.match.pattern
        head = ctx.doc[coded.start]
        actors = self.arguments.actors(trigger, pattern, ctx)
        if not actors and head.i != trigger.i:
            actors = [
                Party(p.mention, "light-verb") for p in self.arguments.actors(head, pattern, ctx)
            ]
        recipients = self.arguments.recipients(trigger, pattern, ctx)
        if not actors:  # "the *shelling of the regime forces* on Douma": who fired
            actors, recipients = self.arguments.fire_of(trigger, recipients, ctx)
        if not recipients and coded.info.event in CONDITIONAL:
            # "will not lift the embargo *until Cuba* undertakes reforms"
            recipients = self.arguments.condition_subject(trigger, ctx)
        symmetric = pattern.symmetric
        if symmetric and not actors and recipients:  # "killed in clashes *with* rebels"
            named = [r.mention for r in recipients]
            actors = [p for p in self.arguments.fell_in(trigger, ctx) if p.mention not in named]
        if symmetric and not actors and len(recipients) >= 2:
            actors, recipients = recipients[:1], recipients[1:]
        if symmetric and not recipients:
            between = [
                p
                for _, obj in self._participant_objects(trigger, ("between", "among"))
                for p in self.arguments.mentions_at(obj, ctx)
            ]
            if len(between) < 2 and not actors:
                actors = [
                    Party(p, "prep:between")
                    for _, obj in self._participant_objects(trigger, ("between", "among"))
                    for p in self.arguments.mentions_at(obj, ctx)
                ]
            if not between and actors and trigger.pos_ in NOUN_POS:  # "clashes continue with X"
                recipients = [
                    Party(p, "prep:with")
                    for _, obj in self._participant_objects(trigger, ("with", "against"))
                    for p in self.arguments.mentions_at(obj, ctx)
                    if p not in [a.mention for a in actors]
                ]
            if len(between) >= 2:
                actors = [Party(between[0], "prep:between")]
                recipients = [Party(m, "prep:between") for m in between[1:]]
            elif len(actors) >= 2:
                actors, recipients = actors[:1], [Party(p.mention, "conj") for p in actors[1:]]
            elif len(actors) == 1 and not between:  # "Indian and Chinese troops clash"
                recipients = [
                    Party(m, "conj.nationality")
                    for m in self.arguments.coordinated_nationals(actors[0].mention, ctx)
                ] or self._among_themselves(actors[0], ctx)
        if not symmetric and len(actors) == 1:  # "*Syrian* and Russian jets pound Aleppo"
            actors += [
                Party(m, "conj.nationality")
                for m in self.arguments.coordinated_nationals(actors[0].mention, ctx)
            ]
        if symmetric and len(actors) >= 2:
            named = [a.mention for a in actors]
            if all(r.mention in named for r in recipients):  # "clashes between X and Y"
                actors, recipients = actors[:1], [a for a in actors[1:]]
        if symmetric and len(actors) == 1 and actors[0].rule == "prep:between":
            own = actors[0].mention
            if all(r.mention == own for r in recipients):  # "clashes between X against Y"
                recipients = (
                    self._rivals(trigger, own, ctx)
                    or [  # "clashes between *Twa and Luba* militias"
                        Party(m, "prep:between")
                        for m in self.arguments.coordinated_nationals(own, ctx)
                    ]
                    # "*rival* factions", "between cartel factions"
                    or self._among_themselves(actors[0], ctx, paired=False, between=True)
                    or recipients
                )
        info = coded.info
        sector = actors[0].mention.actor.sector if actors else None
        if sector is None:
            sector = self.refiner.territory_sector(trigger)
        territorial = self.refiner.territory(
            info.acled.sub_event_type if info.acled else None, sector
        )
        if info.acled is not None and territorial != info.acled.sub_event_type:
            info = self.ontology.with_acled(info, territorial)
        pairs = self._pairs(actors, recipients)
        out: list[Candidate] = []
        for actor, recipient in pairs:
            out.append(
                Candidate(
                    trigger_start=coded.start,
                    trigger_end=coded.end,
                    info=info,
                    rule=coded.rule,
                    actor=actor.mention.actor if actor else None,
                    recipient=recipient.mention.actor if recipient else None,
                    actor_rule=actor.rule if actor else None,
                    recipient_rule=recipient.rule if recipient else None,
                    confidence=self._confidence(coded, actor, recipient, embedded),
                    symmetric=symmetric,
                    pair_key=self._pair_key(actor, recipient) if len(pairs) > 1 else "",
                )
            )
        return out

    @staticmethod
    def _participant_objects(trigger: Token, preps: tuple[str, ...]) -> list[tuple[Token, Token]]:
        """Prepositional objects of a symmetric noun, or of the verb it is the subject of
        ("clashes *continue between* X and Y", "fighting *erupted with* X")."""
        found = prep_objects(trigger, preps)
        if not found and trigger.pos_ in NOUN_POS and trigger.dep_ in ("nsubj", "nsubjpass"):
            found = prep_objects(trigger.head, preps)
        return found

    def _among_themselves(
        self, party: Party, ctx: DocContext, paired: bool = True, between: bool = False
    ) -> list[Party]:
        """A plural party that fights itself: "*Rival* militias clash", "*warring* clans"
        (``rival_words``), or, with ``paired``, two peoples' fighters under one plural noun
        ("*Twa and Luba* militias clash": names, not "rebel and jihadi factions", who fight
        together), or criminal groups, who fight each other ("*cartels* battle in Chiapas",
        "*gang* clashes"), or, ``between`` them, one plural naming no other party in its phrase
        ("fighting between cartel factions"; not "between IS and regime forces", nor "the rebel
        and jihadi factions", which the parser may hang under one noun): both sides of the
        fighting, rule ``rivals``."""
        mention = party.mention
        head = ctx.doc[mention.token_start : mention.token_end].root
        gangs = mention.actor.sector == CRIMINAL_SECTOR  # "cartels battle", "gang clashes"
        if head.tag_ not in ("NNS", "NNPS") and not (gangs and head.dep_ == "compound"):
            return []
        if between:
            inside = ctx.mentions.within(head.left_edge.i, head.right_edge.i + 1)
            listed = any(c.dep_ in ("cc", "conj") for t in head.subtree for c in t.children)
            if not listed and all(m == mention for m in inside):
                return [Party(mention, RIVALS_RULE)]
        before = [t for t in head.children if t.i < head.i]
        words = {t.lower_ for t in before}
        if mention.token_start > 0:
            words.add(ctx.doc[mention.token_start - 1].lower_)
        words.update(t.lower_ for t in ctx.doc[mention.token_start : mention.token_end])
        paired = paired and any(
            c.dep_ == "conj" and t.pos_ == c.pos_ == "PROPN"
            for t in before
            for c in t.children
            if c.i < head.i
        )
        if not (paired or gangs or words & self.arguments.config.rival_words):
            return []
        return [Party(mention, RIVALS_RULE)]

    def _rivals(self, trigger: Token, own: Mention, ctx: DocContext) -> list[Party]:
        """The other side of fighting "between" one side alone "against" another ("clashes
        between Ahrar al-Sham *against* Tahrir al-Sham"): the objects of "against" on the
        act's noun or on the one side's phrase."""
        root = ctx.doc[own.token_start : own.token_end].root
        objects = [
            *self._participant_objects(trigger, ("against",)),
            *prep_objects(root, ("against",)),
        ]
        return [
            Party(m, "prep:against")
            for _, obj in objects
            for m in self.arguments.mentions_at(obj, ctx)
            if m != own and m.actor != own.actor
        ]

    @staticmethod
    def _pairs(
        actors: list[Party], recipients: list[Party]
    ) -> list[tuple[Party | None, Party | None]]:
        left: list[Party | None] = list(actors) or [None]
        right: list[Party | None] = list(recipients) or [None]
        pairs = []
        for a, r in product(left, right):
            if (
                a is not None
                and r is not None
                and r.rule != RIVALS_RULE
                and (a.mention == r.mention or a.mention.actor == r.mention.actor)
            ):
                r = None  # an actor is not its own recipient, unless it fights itself
            if (a, r) not in pairs:
                pairs.append((a, r))
        return pairs

    @staticmethod
    def _pair_key(actor: Party | None, recipient: Party | None) -> str:
        a = f"{actor.mention.token_start}" if actor else "-"
        r = f"{recipient.mention.token_start}" if recipient else "-"
        return f"{a}>{r}"

    def _confidence(
        self, coded: Coded, actor: Party | None, recipient: Party | None, embedded: bool
    ) -> float:
        """Rule specificity and found parties, on a 0..1 scale (see docs/benchmarks.md)."""
        pattern = coded.match.pattern
        score = 0.4 + 0.07 * min(pattern.specificity, 3)
        score += 0.05 if "+topics." in coded.rule else 0.0
        score += self.refiner.cue_bonus(coded.rule)
        score -= 0.15 if embedded else 0.0
        score += 0.2 if actor is not None else 0.0
        score += 0.12 if recipient is not None else 0.0
        if pattern.statement:
            score -= 0.2
        return round(max(0.05, min(score, 0.95)), 2)
