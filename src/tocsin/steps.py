"""Candidate steps: what the pipeline does to each event candidate once its place is known.

A step is ``step(candidate, where) -> Candidate``; a step *factory* builds it from the loaded
pipeline (``factory(pipeline) -> step``), as spaCy's factories build components, so a step can
use any loaded resource. The pipeline runs the steps named by the ``steps`` setting, in order;
steps that infer parties the text leaves out are skipped when ``infer_parties`` is off.

The package registers the party-inference steps below; plugins add their own through
:meth:`tocsin.plugins.Registry.add_step`. The five ``theatre_*`` steps supply parties from the
war a report comes from (``tocsin.events.conflict_context``; a module a rule in
``tocsin.events.theatre``); they do nothing when the ``conflict_context`` setting is off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tocsin.countries import without_former_name

if TYPE_CHECKING:  # the steps' modules load with the pipeline, not with the registry
    from datetime import date

    from spacy.tokens import Token

    from tocsin.context import DocContext
    from tocsin.events.candidates import Candidate
    from tocsin.models import Location, Mention
    from tocsin.plugins import Registry


@dataclass(frozen=True)
class Where:
    """What a step may look at besides the candidate: its trigger, document, place, sentence."""

    head: Token  # the trigger's head token
    ctx: DocContext
    location: Location | None
    sentence_mentions: tuple[Mention, ...] | list[Mention]
    attacker_named: bool  # some act of force in the sentence has a named attacker
    # the trigger heads (token indices) of the sentence's acts of force with a named attacker
    attacker_heads: tuple[int, ...] = ()


Step = Callable[["Candidate", Where], "Candidate"]
#: Builds a step from the loaded pipeline (typed ``Any`` to keep this module free of it).
StepFactory = Callable[[Any], Step]

#: The default value of the ``steps`` setting: the package's steps in the order they run.
DEFAULT_STEPS = (
    "subtree_recipient",
    "theatre_air_power",
    "unidentified_attacker",
    "place_authorities",
    "domestic_countries",
    "local_branches",
    "theatre_opponent",
    "theatre_own_side",
    "theatre_dyad",
    "place_recipient",
    "theatre_front_victims",
)


def subtree_recipient(pipeline: Any) -> Step:
    """A missing recipient from the trigger's own phrase (``tocsin.events.fallback``)."""
    from tocsin.events.fallback import with_subtree_recipient

    relation_of_another = pipeline.events.arguments.config.relation_of_another

    def step(candidate: Candidate, where: Where) -> Candidate:
        return with_subtree_recipient(candidate, where.head, where.ctx, relation_of_another)

    return step


def unidentified_attacker(_pipeline: Any) -> Step:
    """An unnamed attacker as the place's unidentified armed forces."""
    from tocsin.events.unidentified import with_unidentified_attacker

    def step(candidate: Candidate, where: Where) -> Candidate:
        if where.attacker_named:
            return candidate
        return with_unidentified_attacker(candidate, where.head, where.location)

    return step


def place_authorities(_pipeline: Any) -> Step:
    """The place's authorities as the actor of an agentless arrest."""
    from tocsin.events.authorities import with_place_authorities

    def step(candidate: Candidate, where: Where) -> Candidate:
        return with_place_authorities(candidate, where.head, where.location)

    return step


def domestic_countries(pipeline: Any) -> Step:
    """A missing nationality from the state reporting its own dead, the other party, the place,
    the sentence or the document."""
    domestic = pipeline.domestic
    document_state = pipeline.document_state

    from tocsin.events.speaker import reporting_state, with_speaker_victims
    from tocsin.places.cues import PlaceCues
    from tocsin.places.resolver import names_a_border

    border_words = PlaceCues.load().border_words

    def step(candidate: Candidate, where: Where) -> Candidate:
        about = document_state(where.ctx)
        dateline = document_state.dateline(where.ctx)
        speaker = reporting_state(where.head, where.ctx.mentions)
        candidate = with_speaker_victims(candidate, speaker)
        # a state named by its border ("near the border with *Mali*") is no party's country
        named = [
            m
            for m in where.sentence_mentions
            if not names_a_border(
                where.ctx.doc[m.token_end - 1],
                border_words,
                country=(m.actor.entry or "").startswith("country."),
            )
        ]
        return domestic.apply_about(candidate, where.location, named, about, dateline)

    return step


def local_branches(pipeline: Any) -> Step:
    """A group named in a war where it has a local branch becomes that branch ("al-Qaeda" in
    Mali after 2017: JNIM)."""
    from tocsin.events.branches import LocalBranches

    dictionary = pipeline.actors.dictionary
    branches = LocalBranches(dictionary.entries, dictionary.affiliations)
    document_state = pipeline.document_state

    def step(candidate: Candidate, where: Where) -> Candidate:
        country = where.location.country if where.location is not None else None
        country = country or document_state(where.ctx)
        return branches.apply(candidate, country, where.ctx.pub_date)

    return step


class DocumentState:
    """The state the current document is about (its mentions and dateline), kept for the
    document's events (``DomesticCountries.about``); :meth:`dateline` is its dateline's.
    A pipeline holds one, shared by its steps, so a dateline is parsed once per document; the
    actors of the last datelines are kept by text and date (wire copy repeats a few datelines,
    and parsing one costs as much as a short sentence)."""

    DATELINES_KEPT = 512

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline
        self.setting: dict[str, tuple[str | None, str | None]] = {}  # by document id
        self.datelines: dict[tuple[str, date | None], tuple[Mention, ...]] = {}

    def __call__(self, ctx: DocContext) -> str | None:
        return self._states(ctx)[0]

    def dateline(self, ctx: DocContext) -> str | None:
        return self._states(ctx)[1]

    def _states(self, ctx: DocContext) -> tuple[str | None, str | None]:
        if ctx.document.id not in self.setting:
            self.setting.clear()
            dateline = self._dateline_mentions(ctx)
            domestic = self.pipeline.domestic
            state = domestic.about(dateline)
            about = domestic.about(ctx.mentions.mentions + dateline, state)
            self.setting[ctx.document.id] = (about, state)
        return self.setting[ctx.document.id]

    def _dateline_mentions(self, ctx: DocContext) -> tuple[Mention, ...]:
        text = dateline_text(ctx)
        if text is None:
            return ()
        key = (text, ctx.document.date)
        if key not in self.datelines:
            if len(self.datelines) >= self.DATELINES_KEPT:
                self.datelines.clear()
            resolved = self.pipeline.actors.resolve(self.pipeline.nlp(text), key[1])
            self.datelines[key] = resolved.mentions
        return self.datelines[key]


def dateline_text(ctx: DocContext) -> str | None:
    """The place of the document's dateline ("DONETSK, Ukraine"), which cleaning takes out of
    the text, as it is parsed for its actors (they tell the country the text is about,
    ``country.document``); None without one."""
    dateline = ctx.document.dateline
    if dateline is None or not dateline.place:
        return None
    place = without_former_name(dateline.place)  # "Myanmar (Burma)": one country, not two
    place = place.replace("/", ", ")  # "CAIRO/GAZA": two places
    return place.title() if place.isupper() else place


def place_recipient(_pipeline: Any) -> Step:
    """A missing recipient from the event's place (or, for curfews, its population), and the
    place's people as the protesters of a protest that names none."""
    from tocsin.events.place_target import with_place_protesters, with_place_recipient

    def step(candidate: Candidate, where: Where) -> Candidate:
        candidate = with_place_protesters(candidate, where.location)
        return with_place_recipient(candidate, where.location)

    return step


def _theatre_step(pipeline: Any, rule: str) -> Step:
    """A step applying one context rule (``air_power``, ``opponent``, ``dyad``) in the theatre
    of the event: that of its place, else of the country the document is about (mentions and
    dateline), else of its dateline, else of a party it names, on the document's date."""
    if not pipeline.settings.conflict_context:
        return _unchanged
    from tocsin.conflicts.theatres import load_theatres
    from tocsin.events.conflict_context import ConflictContext, clause_tokens, names_a_fighter
    from tocsin.events.theatre.parties import missing
    from tocsin.events.theatre.words import governors

    dictionary = pipeline.actors.dictionary
    config = pipeline.events.arguments.config
    accusing, killing, dying = config.accused_verbs, config.object_verbs, config.dying_verbs
    left_states = config.resultatives
    theatres = load_theatres()
    theatres.check(dictionary.entries, dictionary.states())
    context = ConflictContext(theatres, dictionary.entries)
    document_state = pipeline.document_state

    def step(candidate: Candidate, where: Where) -> Candidate:
        if candidate.info.event not in ("ASSAULT",):
            return candidate
        when = where.ctx.document.date
        place = where.location.country if where.location is not None else None
        about = document_state(where.ctx)
        parties = (candidate.actor, candidate.recipient)
        dateline = document_state.dateline(where.ctx)
        town = where.location is not None and where.location.precision == "city"
        theatre = context.theatre(place, about, parties, when, dateline, town)
        if theatre is None or when is None:
            return candidate
        doc = where.ctx.doc
        tokens = [*where.head.subtree]  # the words of the attack, linked triggers' included
        if "controller" in (candidate.actor_rule or ""):  # the doer's own verb
            tokens.extend(governors(where.head))
        for index in candidate.merged_heads:
            if index not in candidate.joined_heads:
                tokens.extend(doc[index].subtree)
        admin1 = where.location.admin1 if where.location is not None else None
        region = context.region(theatre, when, admin1, clause_tokens(where.head))
        if rule == "air_power":
            return context.with_air_power(candidate, theatre, when, tokens, region)
        if rule == "front_victims":
            # the war is known from the event's place or dateline, not only from the nationality
            # of a party named ("Malian troops shelled civilians near the border": abroad?)
            placed = bool({place, dateline} & set(theatre.countries)) or any(
                getattr(pipeline.places.locate(doc[i], where.ctx), "country", None)
                in theatre.countries
                for i in candidate.merged_heads  # the place of another word of the attack
            )
            return context.with_front_victims(candidate, theatre, when, tokens, region, placed)
        if rule == "own_side":
            return context.with_own_side_target(candidate, theatre, when, region)
        clause = {t.i for t in clause_tokens(where.head)}
        # the act's own subjects ("Houthi rebels and allied army units shell Aden") fight on
        # one side: none is the others' enemy, once one of them is the act's named doer
        doers = (
            {t.i for c in where.head.children if c.dep_ == "nsubj" for t in c.subtree}
            if not missing(candidate.actor, candidate.actor_rule)
            else set()
        )
        mentions = sorted(
            (
                m
                for m in where.sentence_mentions
                if names_a_fighter(m.actor, doc[m.token_start : m.token_end].root)
                and m.token_start not in doers
            ),
            # the party a sentence blames is the one named first ("… kills 16, Kiev *blames
            # separatists*": the separatists fired, at Kiev's side)
            key=lambda m: (
                not _accused(doc[m.token_start : m.token_end].root, accusing),
                m.token_start not in clause,
                m.token_start,
            ),
        )
        of_mentions = [
            context.of_theatre(
                context.local_name(m.actor, theatre, when, _words_of(m.actor, where)), theatre
            )
            for m in mentions
        ]
        victims = [  # the killed a sentence names: "*soldier* killed in shelling"
            party
            for party, m in zip(of_mentions, mentions, strict=True)
            if _killed(doc[m.token_start : m.token_end].root, killing, dying, left_states)
        ]
        named = of_mentions + context.names_in(theatre, when, where.head.sent)
        if rule == "opponent":
            candidate = context.with_local_names(
                candidate, theatre, when, lambda party: _words_of(party, where)
            )
            candidate = context.with_armed_groups(candidate, theatre, when)
            candidate = context.with_holders(
                candidate,
                theatre,
                when,
                [*tokens, *clause_tokens(where.head)],
                where.sentence_mentions,
                lambda party, _head: context.of_theatre(
                    context.local_name(party, theatre, when, _words_of(party, where)), theatre
                ),
                region,
            )
            return context.with_opponent(
                candidate, theatre, when, tokens, where.head, region, named
            )
        # the principal dyad unless an act of force in the attack's own clause has a named attacker
        principal = not any(index in clause for index in where.attacker_heads)
        known = context.parties_of(theatre, named, when)
        candidate = context.with_victims_attacker(
            candidate, theatre, when, tokens, known, region, principal
        )
        return context.with_dyad(
            candidate, theatre, when, tokens, named, region, principal, victims
        )

    return step


def _accused(word: Any, accusing: frozenset[str]) -> bool:
    """``word`` is the object of a verb of blaming or accusing ("Kiev blames *separatists*"):
    the alleged doer of the act the sentence reports."""
    return word.dep_ == "dobj" and word.head.lemma_.lower() in accusing


def _killed(
    word: Any, killing: frozenset[str], dying: frozenset[str], states: frozenset[str]
) -> bool:
    """``word`` names whom a killing in its sentence killed: the object or passive subject of a
    verb of killing ("*soldier* killed in shelling", "gunmen kill a *soldier*"), the noun a
    participle of killing describes, the subject of a verb of dying, a noun in one of
    ``states`` ("eight *soldiers* dead in ambush") or the object of "leave" in one ("clashes
    leave *40 fighters* dead")."""
    from tocsin.events.matching import headline_passive

    head = word.head
    verb = head.lemma_.lower()
    if word.dep_ in ("nsubjpass", "dobj") and verb in killing:
        return True
    if word.dep_ == "nsubj" and (verb in dying or (verb in killing and headline_passive(head))):
        return True
    if any(c.dep_ in ("amod", "acomp") and c.lower_ in states for c in word.children):
        return True  # "eight *soldiers* dead in ambush"
    if word.dep_ == "dobj" and verb == "leave":  # "clashes leave *40 fighters* dead"
        words = (*head.children, *word.children)
        return any(c.lower_ in states for c in words if c.dep_ in ("oprd", "amod"))
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in killing for c in word.children
    )


def _words_of(party: Any, where: Where) -> list[Token]:
    """The words of ``party``'s mention in the sentence with the two words before it that are
    of its phrase ("the *Kurdish* units": a modifier no dictionary reads; not the subject
    before a verb, "*Coalition targets* a commander"), else none."""
    doc = where.ctx.doc
    for mention in where.sentence_mentions:
        if (mention.actor.text, mention.actor.entry) == (party.text, party.entry):
            sent = doc[mention.token_start].sent
            phrase = doc[mention.token_start : mention.token_end].root.left_edge.i
            start = max(sent.start, mention.token_start - 2, min(phrase, mention.token_start))
            end = mention.token_end
            if end < sent.end and doc[end].lower_ == "of":
                end = min(sent.end, end + 3)
            return list(doc[start:end])
    return []


def _unchanged(candidate: Candidate, _where: Where) -> Candidate:
    return candidate


def theatre_air_power(pipeline: Any) -> Step:
    """An attack from the air with no attacker: the air power of the war's theatre."""
    return _theatre_step(pipeline, "air_power")


def theatre_opponent(pipeline: Any) -> Step:
    """An attack naming one party only: that party's principal opponent in the theatre."""
    return _theatre_step(pipeline, "opponent")


def theatre_dyad(pipeline: Any) -> Step:
    """An attack or clash naming no party: the theatre's principal dyad."""
    return _theatre_step(pipeline, "dyad")


def theatre_own_side(pipeline: Any) -> Step:
    """An act of force by the state's side on its own country's places: its front opponent."""
    return _theatre_step(pipeline, "own_side")


def theatre_front_victims(pipeline: Any) -> Step:
    """Civilians killed by fighting or remote force: the attacker's opponent on the front."""
    return _theatre_step(pipeline, "front_victims")


def register(registry: Registry) -> None:
    """Register the package's own steps."""
    for factory in (
        subtree_recipient,
        theatre_air_power,
        unidentified_attacker,
        place_authorities,
        domestic_countries,
        local_branches,
        theatre_opponent,
        theatre_own_side,
        theatre_dyad,
        place_recipient,
    ):
        registry.add_step(factory.__name__, factory, infers_parties=True)
    # it reads the record's final parties, those the other triggers of a mention completed too
    registry.add_step(
        "theatre_front_victims", theatre_front_victims, infers_parties=True, after_parts=True
    )
