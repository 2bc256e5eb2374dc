"""The factuality and attribution stage: ``assess(trigger, ctx)`` and ``score_span``."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tocsin.context import DocContext
from tocsin.factuality.attribution import AttributionFinder
from tocsin.factuality.lexicon import CueLexicon
from tocsin.factuality.scope import ScopeWalker
from tocsin.models import Attribution, Factuality
from tocsin.settings import Settings


class FactualityAssessor:
    """Factuality (status, FactBank score, cue) and attribution of event triggers.

    One dependency walk per trigger, on the parse the pipeline already has: no second parse.
    """

    def __init__(self, lexicon: CueLexicon) -> None:
        self.lexicon = lexicon
        self.walker = ScopeWalker(lexicon)
        self.attribution = AttributionFinder(lexicon, self.walker)

    @classmethod
    def load(cls, settings: Settings | None = None) -> FactualityAssessor:
        """Load the bundled cue vocabularies (``data/factuality/*.yaml``)."""
        del settings  # the vocabularies are bundled; no setting changes them yet
        return cls(CueLexicon.load())

    def assess(
        self, trigger: Token, ctx: DocContext | None
    ) -> tuple[Factuality, Attribution, str | None]:
        """Factuality, attribution and the id of the deciding cue of one event trigger."""
        scope = self.walker.walk(trigger)
        return scope.state.factuality(), self.attribution.attribute(scope, ctx), scope.state.rule

    def score_span(self, doc: Doc, start_char: int, end_char: int) -> Factuality:
        """Factuality of any predicate at ``doc.text[start_char:end_char]``."""
        head = span_head(doc, start_char, end_char)
        if head is None:
            raise ValueError(f"no token at characters {start_char}-{end_char}")
        return self.walker.walk(head).state.factuality()


def span_head(doc: Doc, start_char: int, end_char: int) -> Token | None:
    """The syntactic head of the tokens overlapping ``[start_char, end_char)``."""
    span: Span | None = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root
