"""The cleaning stage: one object holding the boilerplate rules and the language detector."""

from __future__ import annotations

from dataclasses import replace

from tocsin.clean.boilerplate import BoilerplateFilter
from tocsin.clean.dateline import split_dateline, split_topic_country
from tocsin.clean.gloss import gloss_short_text
from tocsin.clean.headline_case import HeadlineCase
from tocsin.clean.language import LanguageDetector
from tocsin.clean.normalise import normalise_text
from tocsin.clean.outlets import Outlets
from tocsin.clean.wire import WireForms
from tocsin.errors import InputError
from tocsin.models import Dateline, Document

DATELINE_SEARCH_PARAGRAPHS = 3


class UnsupportedLanguageError(InputError):
    code = "E105"


class Cleaner:
    """``clean(document)`` returns the document with clean text, dateline and language set."""

    def __init__(
        self,
        boilerplate: BoilerplateFilter,
        detector: LanguageDetector,
        languages: tuple[str, ...] = ("en",),
        min_language_probability: float = 0.5,
        wire: WireForms | None = None,
        headline_case: HeadlineCase | None = None,
        topic_countries: frozenset[str] = frozenset(),
        outlets: Outlets | None = None,
        glossed: tuple[str, ...] = (),
    ) -> None:
        self.glossed = glossed
        self.outlets = outlets
        self.wire = wire
        self.headline_case = headline_case
        self.topic_countries = topic_countries
        self.boilerplate = boilerplate
        self.detector = detector
        self.languages = languages
        self.min_language_probability = min_language_probability

    @classmethod
    def load(
        cls,
        headline_case: HeadlineCase | None = None,
        topic_countries: frozenset[str] = frozenset(),
        glossed: tuple[str, ...] = (),
    ) -> Cleaner:
        """The bundled rules; ``topic_countries`` (lower-case names) for "Nigeria: …" heads;
        ``glossed``: languages whose headlines are glossed into English."""
        return cls(
            BoilerplateFilter.load(),
            LanguageDetector(),
            wire=WireForms.load(),
            headline_case=headline_case,
            topic_countries=topic_countries,
            outlets=Outlets.load(),
            glossed=glossed,
        )

    def clean(self, document: Document) -> Document:
        """Clean one document; raise :class:`UnsupportedLanguageError` for other languages."""
        paragraphs = [
            line
            for line in normalise_text(document.text).split("\n")
            if not self._is_furniture(line)
        ]
        glossed = self._gloss(paragraphs)
        if glossed is not None:
            original = " ".join(p for p in paragraphs if p)
            paragraphs = [glossed[1]]
            document = replace(
                document,
                sanitised=(*document.sanitised, f"glossed from {glossed[0]}: {original}"),
            )
        dateline: Dateline | None = document.dateline
        for i, paragraph in enumerate(paragraphs[:DATELINE_SEARCH_PARAGRAPHS]):
            found, rest = split_dateline(paragraph)
            if found:
                dateline, paragraphs[i] = found, rest
                break
        if paragraphs and self.topic_countries:
            topic, paragraphs[0] = split_topic_country(paragraphs[0], self.topic_countries)
            dateline = dateline or topic
        if dateline is None and self.outlets is not None:  # "SOHR": a report on Syria
            country = self.outlets.country(document.source)
            dateline = Dateline(place=country) if country else None
        if self.wire is not None and paragraphs:
            paragraphs[:1] = self.wire.headline_parts(paragraphs[0])
        if self.headline_case is not None and paragraphs:
            paragraphs[0] = self.headline_case.recase(paragraphs[0])
        text = "\n\n".join(p for p in paragraphs if p)
        if glossed is not None:
            return replace(document, text=text, dateline=dateline, language=glossed[0])
        guess = self.detector.guess(text)
        if (
            guess
            and guess.language not in self.languages
            and guess.probability >= self.min_language_probability
        ):
            raise UnsupportedLanguageError(
                f"{document.origin or document.id}: text looks like {guess.language!r} "
                f"(p={guess.probability:.2f}); only {', '.join(self.languages)} is coded"
            )
        language = guess.language if guess else document.language
        return replace(document, text=text, dateline=dateline, language=language)

    def _gloss(self, paragraphs: list[str]) -> tuple[str, str] | None:
        """``(language, English)`` of a headline in a glossed language (:mod:`tocsin.clean.gloss`),
        else ``None``."""
        if not self.glossed:
            return None
        return gloss_short_text(" ".join(p for p in paragraphs if p), self.glossed)

    def _is_furniture(self, line: str) -> bool:
        return self.boilerplate.match(line) is not None
