"""The driver: it reads like the pipeline in docs/DESIGN.md.

    document ─► clean ─► spaCy parse ─► actors ─► events ─► factuality + attribution
             ─► dates, places, sizes ─► Event records

A :class:`Pipeline` holds every loaded resource; nothing is kept in module globals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from time import monotonic

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tocsin.actors import ActorResolver
from tocsin.actors.coalitions import DATELINE
from tocsin.actors.dictionary import ActorDictionary
from tocsin.clean import Cleaner
from tocsin.clean.headline_case import HeadlineCase, Inflections
from tocsin.context import (
    ActorStage,
    DateStage,
    DocContext,
    EventStage,
    FactualityStage,
    PlaceStage,
    RerankStage,
    SizeStage,
)
from tocsin.dates import DateResolver
from tocsin.discourse import DiscourseLinker
from tocsin.errors import EmptyInputError, InputError, InputTooLargeError, TimeBudgetError
from tocsin.events import EventExtractor
from tocsin.events.candidates import Candidate
from tocsin.events.claims import (
    claimer,
    claims_alone,
    with_claimed_attackers,
    with_claimed_earlier,
)
from tocsin.events.domestic import DomesticCountries
from tocsin.events.duplicates import distinct_records
from tocsin.events.followup import fold_followups
from tocsin.events.headline import with_headline_reading
from tocsin.events.mentions import merge_mentions
from tocsin.events.parts import completed, needs_parts
from tocsin.events.same_attack import one_record_per_attack
from tocsin.events.unidentified import named_attacker, named_attacker_heads
from tocsin.events.wire_source import with_wire_sources
from tocsin.isolate import CodingFailure
from tocsin.learn.factuality import LearnedFactuality
from tocsin.learn.stages import event_type_stage, factuality_stage
from tocsin.models import (
    Attribution,
    Document,
    Event,
    Evidence,
    Factuality,
    Mention,
    Sentence,
    Size,
    Trigger,
)
from tocsin.nlp import load_spacy
from tocsin.places import PlaceResolver
from tocsin.plugins import Registry, StepSpec
from tocsin.sentence_bound import CUTS, with_sentence_bound
from tocsin.settings import Settings
from tocsin.sizes import SizeExtractor
from tocsin.sizes.closing import CLOSING_EVENTS
from tocsin.steps import DocumentState, Step, Where

PARSE_ALONE_CHARS = 20_000  # longer documents are parsed on their own, inside their budget


@dataclass(frozen=True)
class CodedDocument:
    """A cleaned document, its sentences and the events coded from it."""

    document: Document
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive lists of ``size`` documents (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def trimmed_sentence(index: int, text: str, start: int) -> Sentence:
    """The sentence without the blank lines and spaces the parser leaves around it."""
    stripped = text.strip()
    offset = start + len(text) - len(text.lstrip())
    return Sentence(index, stripped, offset, offset + len(stripped))


PATTERN_WORD_FIELDS = ("lemmas", "object", "xcomp", "modifier", "near", "particle", "prep")


def headline_case(
    nlp: Language, actors: ActorResolver, events: EventExtractor, places: PlaceResolver
) -> HeadlineCase:
    """Sentence case for title-case headlines, from the words tocsin itself reads.

    Common words: the English stop words, the trigger patterns' words and the agent nouns;
    names: every name of the actor dictionary and the gazetteer's place names; inflections: the
    pipeline's lemmatizer tables.
    """
    words: set[str] = set(nlp.Defaults.stop_words)
    for pattern in events.book.patterns:
        for name in PATTERN_WORD_FIELDS:
            for value in getattr(pattern, name):
                words.update(str(value).lower().split())
    dictionary = actors.dictionary
    agent_words = {w for agent in dictionary.agents for w in agent.split()}
    words.update(agent_words)
    triggers = {w for pattern in events.book.patterns for w in pattern.lemmas}
    generic = set(nlp.Defaults.stop_words) | triggers | agent_words
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    inflections = Inflections.from_lookups(lemmatizer.lookups) if lemmatizer else None
    # a case-free name of one word ("taliban", "houthis") is kept as a name ("Taliban") unless
    # it is also a stop word, a trigger word or an agent word ("return", "organization")
    folded = [
        n if " " in n else n.title() for n in dictionary.folded if " " in n or n not in generic
    ]
    names = [*dictionary.aliases, *folded]
    return HeadlineCase.build(words, names, inflections, places.gazetteer.knows)


def country_names(dictionary: ActorDictionary) -> frozenset[str]:
    """Every name of a country in the actor dictionary, in lower case."""
    countries = {e.id for e in dictionary.entries.values() if e.kind == "country"}
    every = [*dictionary.aliases.values(), *dictionary.folded.values()]
    return frozenset(a.text.lower() for a in every if a.entry in countries)


class Pipeline:
    """Loaded resources plus the stages that use them."""

    def __init__(
        self,
        settings: Settings,
        nlp: Language,
        cleaner: Cleaner,
        actors: ActorStage,
        events: EventStage,
        factuality: FactualityStage,
        dates: DateStage,
        places: PlaceStage,
        sizes: SizeStage,
        domestic: DomesticCountries | None = None,
        registry: Registry | None = None,
        event_types: RerankStage | None = None,
    ) -> None:
        self.settings = settings
        self.nlp = nlp
        self.cleaner = cleaner
        self.actors = actors
        self.events = events
        self.factuality = factuality
        self.dates = dates
        self.places = places
        self.sizes = sizes
        self.domestic = domestic or DomesticCountries(())
        self.discourse = DiscourseLinker()
        self.registry = registry or Registry.load(builtin=("tocsin.steps",))
        self.document_state = DocumentState(self)  # one per pipeline: its steps share it
        self.steps = self._candidate_steps()
        self.event_types = event_types

    @classmethod
    def load(cls, settings: Settings | None = None) -> Pipeline:
        """Load the spaCy pipeline and every bundled dictionary named by ``settings``."""
        settings = settings or Settings.from_env()
        nlp = with_sentence_bound(load_spacy(settings.spacy_model), settings.max_sentence_tokens)
        nlp.max_length = max(nlp.max_length, settings.max_document_chars + 1)
        places = PlaceResolver.load(settings)
        actors = ActorResolver.load(settings, nlp, places.gazetteer.knows)
        events = EventExtractor.load(settings, nlp)
        return cls(
            settings=settings,
            nlp=nlp,
            cleaner=Cleaner.load(
                headline_case(nlp, actors, events, places),
                country_names(actors.dictionary),
                glossed=tuple(
                    code.strip() for code in settings.gloss_languages.split(",") if code.strip()
                ),
            ),
            actors=actors,
            events=events,
            factuality=factuality_stage(settings),
            dates=DateResolver(),
            places=places,
            sizes=SizeExtractor(),
            domestic=DomesticCountries(
                actors.dictionary.states(), actors.dictionary.grammar.abroad_agents
            ),
            event_types=event_type_stage(settings, events),
        )

    # -- public entry points -------------------------------------------------------------
    def code(self, document: Document) -> CodedDocument:
        """Clean, parse and code one document (within ``document_seconds``)."""
        deadline = self._deadline()
        cleaned = self._prepare(document)
        return self._code_parsed(cleaned, self.nlp(cleaned.text), deadline)

    def code_many(
        self, documents: Iterable[Document], batch_size: int = 32
    ) -> Iterator[CodedDocument | CodingFailure]:
        """Code a stream in order, parsing in batches; a bad document yields a failure.

        A document longer than ``PARSE_ALONE_CHARS`` is parsed on its own so that its time
        budget covers its parse; one that runs out of budget fails (``E109``) alone.
        """
        for chunk in batched(documents, batch_size):
            prepared: list[Document | CodingFailure] = []
            for document in chunk:
                try:
                    prepared.append(self._prepare(document))
                except InputError as exc:
                    prepared.append(CodingFailure(document, exc))
            short = [
                d for d in prepared if isinstance(d, Document) and len(d.text) <= PARSE_ALONE_CHARS
            ]
            parsed = iter(self.nlp.pipe((d.text for d in short), batch_size=batch_size))
            for item in prepared:
                if isinstance(item, CodingFailure):
                    yield item
                    continue
                try:
                    if len(item.text) > PARSE_ALONE_CHARS:
                        deadline = self._deadline()
                        yield self._code_parsed(item, self.nlp(item.text), deadline)
                    else:
                        doc = next(parsed)
                        yield self._code_parsed(item, doc, self._deadline())
                except TimeBudgetError as exc:
                    yield CodingFailure(item, exc)

    def code_text(
        self, text: str, date: date | None = None, doc_id: str | None = None
    ) -> list[Event]:
        """Code a bare text; the document id is a content hash unless given."""
        document = Document(id=doc_id or Document.make_id(text), text=text, date=date)
        return list(self.code(document).events)

    # -- stages --------------------------------------------------------------------------
    def _candidate_steps(self) -> tuple[tuple[StepSpec, Step], ...]:
        """The steps named by the ``steps`` setting, built from the registry, in order."""
        names = [n.strip() for n in self.settings.steps.split(",") if n.strip()]
        specs = [self.registry.step(name) for name in names]
        return tuple((spec, spec.factory(self)) for spec in specs)

    def _prepare(self, document: Document) -> Document:
        if len(document.text) > self.settings.max_document_chars:
            raise InputTooLargeError(
                f"{document.origin or document.id}: {len(document.text):,} characters is more "
                f"than the limit of {self.settings.max_document_chars:,} (max_document_chars)"
            )
        cleaned = self.cleaner.clean(document)
        if not cleaned.text.strip():
            raise EmptyInputError(f"{document.origin or document.id}: no text after cleaning")
        return cleaned

    def _deadline(self) -> float | None:
        """When the coding of a document starting now must end (``document_seconds``)."""
        budget = self.settings.document_seconds
        return monotonic() + budget if budget > 0 else None

    def _check(self, document: Document, deadline: float | None, stage: str) -> None:
        if deadline is not None and monotonic() > deadline:
            raise TimeBudgetError(
                f"{document.origin or document.id}: coding took longer than "
                f"{self.settings.document_seconds:g} s (document_seconds, at {stage}); "
                f"{len(document.text):,} characters"
            )

    def _too_long(self, sent: Span) -> bool:
        """A sentence too long to code in bounded time (see ``max_sentence_chars``)."""
        most_tokens = 2 * self.settings.max_sentence_tokens
        return len(sent.text) > self.settings.max_sentence_chars or (
            most_tokens > 0 and len(sent) > most_tokens
        )

    def _code_parsed(
        self, document: Document, doc: Doc, deadline: float | None = None
    ) -> CodedDocument:
        self._check(document, deadline, "the parse")
        if document.date is None:
            document = replace(document, **self.dates.infer_publication_date(doc, document))
        if document.dateline is not None:
            doc.user_data[DATELINE] = document.dateline.place
        mentions = self.actors.resolve(doc, document.date)
        ctx = DocContext(document=document, doc=doc, mentions=mentions)
        sentences: list[Sentence] = []
        events: list[Event] = []
        skipped: list[str] = []
        for index, sent in enumerate(doc.sents):
            self._check(document, deadline, f"sentence {index}")
            sentence = trimmed_sentence(index, sent.text, sent.start_char)
            sentences.append(sentence)
            if self._too_long(sent):
                skipped.append(f"{index} ({len(sent.text):,} characters, {len(sent):,} tokens)")
                continue
            candidates = with_headline_reading(
                self.events.extract(sent, ctx),
                sent,
                ctx,
                self.events.book,
                self.events.ontology,
                self.events.refiner,
            )
            candidates = merge_mentions(candidates, doc, sent, ctx.mentions)
            claimed_by = claimer(candidates, sent, ctx.mentions)
            candidates = with_claimed_attackers(candidates, claimed_by)
            if claimed_by is not None and index > 0 and claims_alone(candidates):
                events = with_claimed_earlier(events, index - 1, claimed_by)
            around = ctx.mentions.within(sent.start, sent.end) if candidates else []
            attacker = named_attacker(candidates)
            attackers = named_attacker_heads(candidates)
            built = [
                self._build_event(candidate, index, sentence.text, ctx, around, attacker, attackers)
                for candidate in candidates
            ]
            if self.event_types is not None and built:
                heads = [doc[candidate.trigger_start] for candidate in candidates]
                built = self.event_types.rerank(built, heads)
            finder = getattr(self.places, "finder", None)
            events.extend(
                one_record_per_attack(distinct_records(built), sent, ctx.mentions, finder)
            )
        events = with_wire_sources(fold_followups(events), sentences, ctx)
        document = replace(document, sanitised=(*document.sanitised, *self._warnings(doc, skipped)))
        return CodedDocument(document, tuple(sentences), tuple(self.discourse.link(events)))

    def _warnings(self, doc: Doc, skipped: list[str]) -> list[str]:
        """What the length bounds changed in coding this document, for its sanitised field."""
        warnings = []
        cuts = doc.user_data.get(CUTS, 0)
        if cuts:
            warnings.append(
                f"text: {cuts} cut(s) in stretches of more than "
                f"{self.settings.max_sentence_tokens} tokens without a full stop "
                "(max_sentence_tokens)"
            )
        if skipped:
            warnings.append(
                f"text: sentence(s) {', '.join(skipped)} too long to code, skipped "
                "(max_sentence_chars)"
            )
        return warnings

    def _size(self, head: Token, candidate: Candidate, ctx: DocContext) -> Size | None:
        """The size of the trigger, completed by the other triggers of a merged mention."""
        closing = candidate.info.event in CLOSING_EVENTS
        size = self.sizes.extract(head, ctx, closing)
        for index in candidate.merged_heads:
            other = self.sizes.extract(ctx.doc[index], ctx, closing)
            if other is None:
                continue
            size = other if size is None else size.completed(other)
        return size

    def _build_event(
        self,
        candidate: Candidate,
        sentence_index: int,
        sentence_text: str,
        ctx: DocContext,
        sentence_mentions: list[Mention],
        attacker_named: bool = False,
        attacker_heads: tuple[int, ...] = (),
    ) -> Event:
        doc = ctx.doc
        head = doc[candidate.trigger_start]
        location = self.places.locate(head, ctx)

        def run_steps(candidate: Candidate, where: Where, final: bool = False) -> Candidate:
            for spec, step in self.steps:
                if final and not spec.after_parts:
                    continue
                if self.settings.infer_parties or not spec.infers_parties:
                    candidate = step(candidate, where)
            return candidate

        where = Where(head, ctx, location, sentence_mentions, attacker_named, attacker_heads)
        candidate = run_steps(candidate, where)
        if needs_parts(candidate):
            candidate = completed(
                candidate,
                lambda part: run_steps(
                    part,
                    Where(
                        doc[part.trigger_start],
                        ctx,
                        self.places.locate(doc[part.trigger_start], ctx),
                        sentence_mentions,
                        attacker_named,
                        attacker_heads,
                    ),
                ),
            )
            candidate = run_steps(candidate, where, final=True)  # on the completed parties
        span = doc[candidate.trigger_start : candidate.trigger_end]
        factuality, attribution, factuality_rule, rule_score, model = self._assess(head, ctx)
        info = candidate.info
        return Event(
            id=Event.make_id(ctx.document.id, sentence_index, span.start_char, candidate.pair_key),
            doc_id=ctx.document.id,
            sentence_index=sentence_index,
            sentence=sentence_text,
            trigger=Trigger(span.text, span.start_char, span.end_char),
            event=info.event,
            mode=info.mode,
            context=info.context,
            cameo=info.code,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            acled=info.acled,
            actor=candidate.actor,
            recipient=candidate.recipient,
            factuality=factuality,
            attribution=attribution,
            date=self.dates.resolve(head, ctx),
            location=location,
            size=self._size(head, candidate, ctx),
            confidence=candidate.confidence,
            evidence=Evidence(
                rule=candidate.rule,
                merged=candidate.merged,
                model="+".join(m for m in (candidate.model, model) if m) or None,
                actor_rule=candidate.actor_rule,
                recipient_rule=candidate.recipient_rule,
                factuality_rule=factuality_rule,
                rule_score=rule_score,
            ),
            symmetric=candidate.symmetric,
        )

    def _assess(
        self, head: Token, ctx: DocContext
    ) -> tuple[Factuality, Attribution, str | None, float | None, str | None]:
        """Factuality, attribution, the deciding cue's id, and — when a learned model set the
        score — the rules' own score and the model's id."""
        if isinstance(self.factuality, LearnedFactuality):
            decision, attribution = self.factuality.assess_explained(head, ctx)
            return (
                decision.factuality,
                attribution,
                decision.rule,
                decision.rules.score,
                self.factuality.model.id,
            )
        factuality, attribution, rule = self.factuality.assess(head, ctx)
        return factuality, attribution, rule, None, None
