"""DateResolver: the date of each event, from its own clause, else its sentence, else the
publication date (then marked ``inferred``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import dateparser
from spacy.tokens import Doc, Span, Token

from tocsin.context import DocContext
from tocsin.dates.clause import clause_path
from tocsin.dates.expressions import YEARS, DatePatterns, Found, Reading
from tocsin.dates.publication import PublicationDateInferrer
from tocsin.dates.vocabulary import DateVocabulary
from tocsin.models import Document, EventDate

# spaCy DATE entities handed to dateparser must be short and look like a calendar date
MAX_PARSER_TOKENS = 6
NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")


@dataclass(frozen=True)
class Candidate:
    """A date expression of one sentence and the token that anchors it in the parse."""

    found: Found
    anchor: Token


class DateResolver:
    """Resolve each event's date with a precision, relative to the publication date."""

    def __init__(self, vocab: DateVocabulary | None = None) -> None:
        self.vocab = vocab or DateVocabulary.load()
        self.patterns = DatePatterns(self.vocab)
        self.publication = PublicationDateInferrer(self.patterns)
        # dateparser is slow: remember its answers per (expression, base date, direction)
        self._parse = lru_cache(maxsize=4096)(self._parse_uncached)

    # -- the stage -----------------------------------------------------------------------
    def resolve(self, trigger: Token, ctx: DocContext) -> EventDate | None:
        pub = ctx.pub_date
        if pub is None:
            return None
        future = self.is_future(trigger)
        ranked = sorted(
            (clause_path(trigger, c.anchor), c.found.start, c)
            for c in self.candidates(trigger.sent, ctx.doc)
        )
        if future or self.is_unrealised(trigger):
            # "said last week that Azerbaijan could invade": the date of the saying is not
            # the date of a possible invasion; only the event's own clause can date it
            ranked = [item for item in ranked if item[0][0] == 0]
        for (_, _), _, candidate in ranked:
            reading = self.read(candidate.found, pub, future)
            if reading is not None:
                return EventDate(reading.value, reading.precision, candidate.found.text, False)
        return EventDate(pub.isoformat(), "day", None, True)

    def infer_publication_date(self, doc: Doc, document: Document) -> dict[str, object]:
        """``{"date": …, "date_inferred": True}`` when the text reveals its date, else ``{}``."""
        found = self.publication.infer(document.text)
        return {"date": found, "date_inferred": True} if found else {}

    # -- helpers -------------------------------------------------------------------------
    def is_future(self, trigger: Token) -> bool:
        """Whether the trigger's clause speaks of the future (``will``, ``plans to`` …)."""
        cues = self.vocab.future_cues
        verb = trigger.head if trigger.dep_ in ("dobj", "nsubj", "nsubjpass") else trigger
        chain = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        if any(
            child.dep_ in ("aux", "auxpass") and child.lower_ in cues
            for token in chain
            for child in token.children
        ):
            return True
        return verb.dep_ == "xcomp" and verb.head.lower_ in cues

    def is_unrealised(self, trigger: Token) -> bool:
        """A modal clause (``could invade``, ``may resign``): possible, not yet happened."""
        verb = trigger.head if trigger.dep_ in ("dobj", "nsubj", "nsubjpass") else trigger
        return any(
            child.dep_ == "aux" and child.lower_ in self.vocab.modal_cues
            for token in (verb, verb.head if verb.dep_ == "xcomp" else verb)
            for child in token.children
        )

    def read(self, found: Found, pub: date, future: bool) -> Reading | None:
        if found.kind == "parser":
            return self._parse(found.text, pub, future)
        return self.patterns.read(found, pub, future)

    def candidates(self, sent: Span, doc: Doc) -> list[Candidate]:
        """Date expressions of ``sent`` (patterns first, then spaCy DATE entities)."""
        out: list[Candidate] = []
        taken: list[tuple[int, int]] = []
        for found in self.patterns.find(sent.text):
            start, end = sent.start_char + found.start, sent.start_char + found.end
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                out.append(Candidate(found, span.root))
                taken.append((start, end))
        for ent in sent.ents:
            if ent.label_ != "DATE" or len(ent) > MAX_PARSER_TOKENS:
                continue
            if any(ent.start_char < e and s < ent.end_char for s, e in taken):
                continue
            if not any(t.like_num or t.lower_.rstrip(".") in self.vocab.months for t in ent):
                continue
            found = Found(
                ent.start_char - sent.start_char,
                ent.end_char - sent.start_char,
                ent.text,
                "parser",
                (),
            )
            out.append(Candidate(found, ent.root))
        return out

    def _parse_uncached(self, text: str, pub: date, future: bool) -> Reading | None:
        """dateparser on one short expression; precision from what the text names."""
        settings = {
            "PREFER_DATES_FROM": "future" if future else "past",
            "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
            "RETURN_TIME_AS_PERIOD": False,
            "REQUIRE_PARTS": ["year"],
        }
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
        if parsed is None or parsed.year not in YEARS:
            return None  # not a date, or a number that a date can't be ("1070 apartments")
        has_day = bool(NUMERIC_DATE.search(text)) or any(
            t.isdigit() and len(t) <= 2 for t in text.replace(",", " ").split()
        )
        has_month = any(w.lower().rstrip(".,") in self.vocab.months for w in text.split())
        if has_day and has_month:
            return Reading(parsed.date().isoformat(), "day")
        if has_month:
            return Reading(f"{parsed.year:04d}-{parsed.month:02d}", "month")
        return Reading(f"{parsed.year:04d}", "year")
