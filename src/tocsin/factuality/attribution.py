"""Who asserts an event: the narrator, a named speaker, an organisation or anonymous sources.

The sources come from the scope walk (report verbs governing the event, "…, officials said",
"according to …"); the outermost one is the source the narrator relies on. A report that the
previous sentences attributed to anonymous sources continues into a sentence that narrates a
participant's answer ("…, the people said, who were granted anonymity. Blinken responded that
…"), and a definite "the people" refers back to the group introduced earlier ("two people
familiar with the conversation").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tocsin.context import DocContext
from tocsin.factuality.lexicon import CueLexicon
from tocsin.factuality.scope import Scope, ScopeWalker
from tocsin.models import Attribution, Speaker

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
EXCLUDED_DEPS = frozenset({"relcl", "punct"})
NAMED_ENTS = frozenset({"PERSON", "ORG"})
MAX_CARRY = 3
ANTECEDENT_WINDOW = 600


class AttributionFinder:
    """Builds the ``attribution`` part of a record from a scope walk."""

    def __init__(self, lexicon: CueLexicon, walker: ScopeWalker) -> None:
        self.lexicon = lexicon
        self.walker = walker

    def attribute(self, scope: Scope, ctx: DocContext | None) -> Attribution:
        """Attribution of the event whose scope walk is ``scope``."""
        found = self._from_sources(scope, ctx)
        sent = scope.chain[0].sent
        outer = scope.sources[-1].verb if scope.sources else None
        if found is None or outer == sent.root:
            carried = self._carried(sent, ctx, MAX_CARRY)
            if carried is not None and (found is None or self._participant(found, sent)):
                return carried
        return found or Attribution()

    # -- sources in the sentence -------------------------------------------------------------
    def _from_sources(self, scope: Scope, ctx: DocContext | None) -> Attribution | None:
        for source in reversed(scope.sources):
            head = self.speaker_head(source.verb)
            if head is not None:
                return self._attribution(source.verb, head, ctx, scope.chain)
        return None

    @staticmethod
    def speaker_head(verb: Token) -> Token | None:
        """Subject of a report verb, agent of a passive one, or object of "according to"."""
        if verb.lower_ == "according":
            for prep in verb.children:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
            return None
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ not in ("it", "that", "which"):
                return child
        for child in verb.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None

    def _attribution(
        self, verb: Token, head: Token, ctx: DocContext | None, chain: tuple[Token, ...]
    ) -> Attribution:
        antecedent = self._antecedent(head)
        shown = antecedent if antecedent is not None else head
        tokens = self._phrase(shown)
        context = [t.lemma_.lower() for t in self._context(verb, head, chain)]
        if antecedent is not None:
            context += [t.lemma_.lower() for t in antecedent.subtree]
        anonymous = self._anonymous(shown, tokens, context)
        country, sector = self._actor(tokens, ctx)
        text = shown.doc[tokens[0].i : tokens[-1].i + 1].text if tokens else shown.text
        cue = "according to" if verb.lower_ == "according" else verb.text
        return Attribution(Speaker(text, country, sector), cue, anonymous)

    @staticmethod
    def _phrase(head: Token) -> list[Token]:
        """The speaker's noun phrase without relative clauses or trailing punctuation."""
        excluded: set[int] = set()
        for child in head.children:
            if child.dep_ in EXCLUDED_DEPS:
                excluded.update(t.i for t in child.subtree)
        tokens = [t for t in head.subtree if t.i not in excluded]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        return tokens

    @staticmethod
    def _context(verb: Token, head: Token, chain: tuple[Token, ...]) -> list[Token]:
        """Words around the source that may mark anonymity (its phrase, the verb's asides)."""
        content = {
            t.i for node in chain if node.head == verb and node != verb for t in node.subtree
        }
        words = list(head.subtree)
        for child in verb.children:
            if child.i != head.i and child.i not in content:
                words.extend(child.subtree)
        return words

    def _anonymous(self, head: Token, tokens: list[Token], context: list[str]) -> bool:
        for _, phrase in self.lexicon.anonymity_phrases:
            if _subsequence(phrase, context):
                return True
        lemma = head.lemma_.lower()
        if lemma == "source":
            return True
        if lemma not in self.lexicon.anonymous_heads or head.pos_ == "PROPN":
            return False
        return not any(t.ent_type_ in NAMED_ENTS for t in tokens)

    def _antecedent(self, head: Token) -> Token | None:
        """The earlier, fuller mention of a definite group ("the people" → "two people …")."""
        if head.lemma_.lower() not in self.lexicon.anonymous_heads:
            return None
        if not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children
        ):
            return None
        if any(c.dep_ not in ("det", "punct", "relcl") for c in head.children):
            return None
        doc = head.doc
        for i in range(head.i - 1, max(-1, head.i - ANTECEDENT_WINDOW), -1):
            cand = doc[i]
            if cand.lemma_ == head.lemma_ and any(
                c.dep_ in ("nummod", "amod", "prep", "acl", "relcl") for c in cand.children
            ):
                return cand
        return None

    @staticmethod
    def _actor(tokens: list[Token], ctx: DocContext | None) -> tuple[str | None, str | None]:
        if ctx is None:
            return None, None
        for token in tokens:
            mention = ctx.mentions.at(token.i)
            if mention is not None:
                return mention.actor.country, mention.actor.sector
        return None, None

    # -- reports continued from earlier sentences ---------------------------------------------
    def _sentence_source(self, sent: Span, ctx: DocContext | None) -> Attribution | None:
        """The explicit source of a sentence's main clause, if any."""
        root = sent.root
        scope = self.walker.walk(root)
        found = self._from_sources(scope, ctx)
        if found is not None:
            return found
        pred = self.lexicon.predicate(root.lemma_.lower(), root.pos_, "ccomp", set())
        head = self.speaker_head(root) if pred is not None and pred.source else None
        if head is None or not any(c.dep_ in ("ccomp", "parataxis") for c in root.children):
            return None
        return self._attribution(root, head, ctx, scope.chain)

    def _carried(self, sent: Span, ctx: DocContext | None, depth: int) -> Attribution | None:
        """An anonymous source carried into ``sent`` from the report it continues."""
        if depth <= 0 or sent.start == 0:
            return None
        root = sent.root
        if root.lemma_.lower() not in self.lexicon.continuation_verbs or root.tag_ != "VBD":
            return None
        if any(c.dep_ == "parataxis" or c.lower_ == "according" for c in root.children):
            return None
        previous = sent.doc[sent.start - 1].sent
        source = self._sentence_source(previous, ctx)
        if source is None or not source.anonymous:
            source = self._carried(previous, ctx, depth - 1)
        if source is None or not source.anonymous:
            return None
        subject = self.speaker_head(root)
        if subject is None or not (subject.pos_ == "PRON" or self._recent(subject, previous)):
            return None
        return source

    @staticmethod
    def _recent(subject: Token, previous: Span) -> bool:
        """Whether ``subject`` was named in ``previous`` or the sentences just before it."""
        sent: Span | None = previous
        for _ in range(MAX_CARRY):
            if sent is None:
                return False
            if _mentioned(subject, sent):
                return True
            sent = sent.doc[sent.start - 1].sent if sent.start > 0 else None
        return False

    def _participant(self, found: Attribution, sent: Span) -> bool:
        """Whether an in-sentence speaker is a participant of the carried report."""
        return found.speaker is not None and not found.anonymous


def _mentioned(token: Token, sent: Span) -> bool:
    """Whether the word ``token`` (a name, usually) occurs in ``sent`` (any inflection)."""
    return any(t.lower_ == token.lower_ or t.lemma_ == token.lemma_ for t in sent)


def _subsequence(phrase: tuple[str, ...], lemmas: list[str]) -> bool:
    """Whether ``phrase`` occurs in ``lemmas`` in order, within a short window."""
    n = len(phrase)
    for start, lemma in enumerate(lemmas):
        if lemma != phrase[0]:
            continue
        pos, window = 1, lemmas[start + 1 : start + 1 + n + 2]
        for word in window:
            if pos < n and word == phrase[pos]:
                pos += 1
        if pos == n:
            return True
    return False
