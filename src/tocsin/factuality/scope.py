"""Factuality by a walk up the dependency tree, from a predicate to its sentence root.

Each governor the walk passes may change the factuality of what it embeds: a report verb
passes it through ("said that troops attacked"), a denial turns it into ``denied``, an
intention verb into ``future`` ("vowed to attack"), a request into ``requested`` ("urged X to
withdraw"), a noun of possibility into ``possible`` ("the possibility that X could invade").
Operators combine as the walk climbs: "officials denied that troops could attack" is first
``possible`` (could), then ``denied``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from tocsin.factuality.lexicon import CueLexicon, Predicate
from tocsin.factuality.local import LocalCues
from tocsin.factuality.state import State

MAX_DEPTH = 12
PREP_RELS = frozenset({"pobj", "pcomp"})
SUBJECT_RELS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
SUBJECT_CLASSES = frozenset({"cancel", "delay"})
SOURCE_CLASSES = frozenset({"report", "claim", "denial"})
OBJECT_RELS = frozenset({"dobj", "prep", "dative", "attr", "oprd"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
NEGATION_WORDS = frozenset({"not", "n't", "n’t", "never", "no"})
WHETHER_MARKS = frozenset({"whether", "if"})
PURPOSE_MARKS = frozenset({"so", "in", "order"})
HYPOTHETICAL_STATUSES = frozenset({"possible", "conditional"})

RULE_PURPOSE = "scope.purpose_infinitive"
RULE_WHETHER = "scope.whether"
RULE_QUESTION = "question.mark"
RULE_CONDITIONAL = "cond.if"
RULE_CONDITIONAL_REGION = "cond.if_region"
RULE_INFINITIVAL_RELATIVE = "scope.infinitival_relative"
RULE_WITHOUT = "neg.without"
RULE_REFUSAL = "scope.refusal_trigger"


@dataclass(frozen=True)
class Source:
    """A predicate on the walk whose subject (or object of "according to") asserts the event."""

    verb: Token
    predicate: Predicate


@dataclass(frozen=True)
class Scope:
    """The result of a walk: the factuality, the governors passed, and the sources met."""

    state: State
    chain: tuple[Token, ...]
    sources: tuple[Source, ...] = field(default_factory=tuple)


def is_infinitive(token: Token) -> bool:
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def particles(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "prt"}


class ScopeWalker:
    """Computes the factuality of a predicate token from its cues and its governors."""

    def __init__(self, lexicon: CueLexicon) -> None:
        self.lexicon = lexicon
        self.local = LocalCues(lexicon)

    # -- public ----------------------------------------------------------------------------
    def walk(self, token: Token) -> Scope:
        """Factuality of the predicate ``token`` (a verb, event noun or adjective)."""
        ignore_negation = False
        if token.lower_ in NEGATION_WORDS and token.dep_ in ("neg", "det", "advmod"):
            # a refusal coded from its negation ("will not release"): the refusal is the event
            token, ignore_negation = token.head, True
        state = self.local.apply(token, State(), ignore_negation=ignore_negation)
        if ignore_negation and state.rule is None:
            state = State(rule=RULE_REFUSAL)
        chain = [token]
        sources: list[Source] = []
        side: list[Source] = []
        self._side_sources(token, side)
        node = token
        frozen = False
        for _ in range(MAX_DEPTH):
            if node.dep_ == "ROOT" or node.head.i == node.i:
                break
            rel = node.dep_
            if rel in ("relcl", "acl") and is_infinitive(node) and not self._embeds(node):
                # "avenues to hold Azerbaijan accountable": an infinitival relative is irrealis
                if not frozen:
                    state = state.weaken("possible", 1.0, "to", RULE_INFINITIVAL_RELATIVE)
                    negation = self.local.negation(node.head)
                    if negation is not None and state.score > 0:  # "no reason to believe"
                        state = state.set("negated", -2.0, negation[0].text, negation[1].id)
                node = node.head
                chain.append(node)
                self._side_sources(node, side)
                continue
            if rel in ("relcl", "appos", "parataxis"):
                break
            if rel == "ccomp" and self._wh_clause(node):
                break  # "asked who shot down the plane": an indirect wh-question presupposes
            if rel == "acl" and self._reduced_relative(node):
                break  # "a service planned for Monday": a reduced relative is its own assertion
            if rel == "advcl" and not self._misparsed_complement(node):
                updated, go_on = self._adverbial(node, state)
                state = state if frozen else updated
                if not go_on:
                    break
                node = node.head
                chain.append(node)
                self._side_sources(node, side)
                continue
            if rel == "conj":
                own = {c.dep_ for c in chain[-1].children}
                node = node.head
                if not frozen and not own & {"aux", "auxpass", "nsubj", "nsubjpass"}:
                    # "did not attack and burn …": coordinated predicates share the first
                    # conjunct's auxiliaries and negation, unless they have their own subject
                    state = self.local.apply(node, state)
                chain.append(node)
                self._side_sources(node, side)
                continue
            gov, rel, prep = self._governor(node)
            if rel in SUBJECT_RELS:
                if not frozen:
                    state = self._subject(node, gov, rel, state)
            else:
                state, frozen = self._embedded(
                    node, gov, rel, prep, state, sources, frozen, trigger=node.i == chain[0].i
                )
            node = gov
            chain.append(node)
            self._side_sources(node, side)
        if state.status != "conditional":
            region = self.local.conditional_region(token)
            if region == "antecedent":
                state = state.set("conditional", 0.0, "if", RULE_CONDITIONAL_REGION)
            elif region == "consequent":
                state = state.weaken("conditional", 1.0, "if", RULE_CONDITIONAL_REGION)
        self._according(token.sent, side)
        sources.extend(s for s in side if s not in sources)
        if node.sent.text.rstrip().endswith("?") and not sources and state.score > 0:
            state = state.set("possible", 0.0, "?", RULE_QUESTION)
        return Scope(state, tuple(chain), tuple(sources))

    # -- steps -----------------------------------------------------------------------------
    @staticmethod
    def _governor(node: Token) -> tuple[Token, str, str | None]:
        """The governing predicate of ``node``, seen through a preposition ("fears *of* war")."""
        head = node.head
        if node.dep_ == "advcl":  # an infinitive complement the parser took for an adverbial
            return head, "xcomp", None
        if (
            node.dep_ in PREP_RELS
            and head.dep_ in ("prep", "agent", "dative")
            and head.head != head
        ):
            return head.head, "prep", head.lower_
        return head, node.dep_, None

    @staticmethod
    def _wh_clause(node: Token) -> bool:
        """A clause opened by who/what/where/when/how/why (not "whether"/"if")."""
        if any(c.dep_ == "mark" and c.lower_ in WHETHER_MARKS for c in node.children):
            return False
        first = node.doc[node.left_edge.i]
        return first.tag_ in ("WP", "WRB", "WP$") and first.lower_ not in WHETHER_MARKS

    def _embeds(self, node: Token) -> bool:
        """Whether the noun governing ``node`` is itself a cue ("a plan to …", "calls to …")."""
        head = node.head
        return self.lexicon.predicate(head.lemma_.lower(), head.pos_, "acl", set()) is not None

    def _reduced_relative(self, node: Token) -> bool:
        """A participle modifying a noun ("a service planned for Monday"), not a complement."""
        if node.tag_ not in ("VBN", "VBG") or self._reports(node):
            return False
        return not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in node.children)

    def _reports(self, node: Token) -> bool:
        """Whether ``node`` is a report verb ("the report *saying* that …")."""
        pred = self.lexicon.predicate(node.lemma_.lower(), node.pos_, "ccomp", set())
        return pred is not None and pred.source

    def _misparsed_complement(self, node: Token) -> bool:
        """An infinitive the parser attached as adverbial to a verb that takes complements."""
        gov = node.head
        if any(c.dep_ == "dobj" for c in gov.children):
            return False
        return is_infinitive(node) and (
            self.lexicon.predicate(gov.lemma_.lower(), gov.pos_, "xcomp", particles(gov))
            is not None
        )

    def _adverbial(self, node: Token, state: State) -> tuple[State, bool]:
        """Conditional antecedents and purpose clauses; other adverbials end the walk."""
        mark = self.local.conditional_mark(node)
        if mark is not None:
            return state.set("conditional", 0.0, mark.text, RULE_CONDITIONAL), True
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        has_subject = any(c.dep_ in SUBJECT_RELS for c in node.children)
        attached_to_verb = node.head.dep_ not in ("acl", "relcl", "amod")
        if is_infinitive(node) and not has_subject and marks <= PURPOSE_MARKS and attached_to_verb:
            return state.weaken("future", 1.0, "to", RULE_PURPOSE), True
        return state, False

    def _subject(self, node: Token, gov: Token, rel: str, state: State) -> State:
        """An event noun as subject: "the meeting was cancelled", "an invasion would …"."""
        pred = self.lexicon.predicate(gov.lemma_.lower(), gov.pos_, rel, particles(gov))
        if pred is not None and pred.cls in SUBJECT_CLASSES:
            return self._combine(state, pred, gov)
        modal = self.local.modal(gov)
        if modal is not None and modal[1].status in HYPOTHETICAL_STATUSES:
            word, cue = modal
            return state.weaken(cue.status, cue.score, word.text, cue.id)
        return state

    def _embedded(
        self,
        node: Token,
        gov: Token,
        rel: str,
        prep: str | None,
        state: State,
        sources: list[Source],
        frozen: bool,
        trigger: bool = False,
    ) -> tuple[State, bool]:
        if prep == "without":
            if state.score > 0 and not frozen:
                state = state.set("negated", -3.0, "without", RULE_WITHOUT)
            return state, frozen
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if rel == "ccomp" and marks & WHETHER_MARKS:
            state = state.weaken("possible", 0.0, next(iter(marks & WHETHER_MARKS)), RULE_WHETHER)
        pred = self.lexicon.predicate(
            gov.lemma_.lower(),
            gov.pos_,
            rel,
            particles(gov),
            prefer_nonreport=is_infinitive(node),
            prep=prep,
        )
        cue_gov = gov
        if pred is None and gov.lemma_ == "be" and rel in ("ccomp", "xcomp", "csubj"):
            # "it is possible that …": the adjective of the copula embeds the clause
            for child in gov.children:
                if child.dep_ in ("acomp", "attr"):
                    pred = self.lexicon.predicate(child.lemma_.lower(), child.pos_, rel, set())
                    cue_gov = child if pred is not None else gov
                    break
        if (
            pred is not None
            and pred.cls == "denial"
            and rel == "dobj"
            and trigger
            and self.lexicon.speech_noun(node.lemma_.lower())
        ):
            pred = None  # "denied the report": the report exists, its content is denied
        if pred is not None and pred.cls == "request" and marks & WHETHER_MARKS:
            pred = None  # "asked whether …" is a question, not a request
        if frozen and (pred is None or pred.cls not in SOURCE_CLASSES):
            return state, True
        if pred is not None:
            state = self._combine(state, pred, gov, cue_gov)
            if pred.source:
                sources.append(Source(gov, pred))
        elif rel == "xcomp" and self.local.negation(gov) is not None and state.score > 0:
            word, cue = self.local.negation(gov)  # type: ignore[misc]
            state = state.set("negated", -2.0, word.text, cue.id)
        if pred is None and node.pos_ in NOUN_POS and rel in OBJECT_RELS:
            # an event noun as object of a verb that does not embed it: the verb's own
            # modality no longer applies ("to discuss the call" says nothing of the call)
            return state, True
        if pred is None or pred.cls not in ("report", "claim", "denial", "factive"):
            modal = self.local.modal(gov)
            if modal is not None and (pred is not None or self.local.negation(gov) is None):
                word, cue = modal
                state = state.weaken(cue.status, cue.score, word.text, cue.id)
            for word, cue in self.local.modifiers(gov):
                if gov.pos_ not in ("NOUN", "PROPN"):
                    state = state.weaken(cue.status, cue.score, word.text, cue.id)
        return state, frozen

    def _side_sources(self, node: Token, sources: list[Source]) -> None:
        """Report verbs hanging off a clause: "…, the people said"."""
        for child in node.children:
            if child.dep_ == "parataxis":
                lemma = child.lemma_.lower()
                pred = self.lexicon.predicate(lemma, child.pos_, "parataxis", particles(child))
                if pred is not None and pred.source and Source(child, pred) not in sources:
                    sources.append(Source(child, pred))

    def _according(self, sent: Span, sources: list[Source]) -> None:
        """ "According to …" sources a whole sentence, wherever the parser attached it."""
        for token in sent:
            if token.lower_ == "according" and token.dep_ == "prep":
                pred = self.lexicon.predicate("according", token.pos_, "prep", set())
                if pred is not None:
                    sources.append(Source(token, pred))

    # -- combination -----------------------------------------------------------------------
    def _combine(
        self, state: State, pred: Predicate, gov: Token, word: Token | None = None
    ) -> State:
        """Apply the embedding predicate ``pred`` (possibly negated itself) to ``state``."""
        word = word if word is not None else gov
        negation = self.local.negation(gov) or self.local.negation(word)
        negated = negation is not None
        cue = f"{negation[0].text} {word.text}" if negation is not None else word.text
        cls, rule = pred.cls, pred.id
        score = pred.score if pred.score is not None else 3.0
        if cls == "aspectual":
            return state
        if cls in ("report", "factive"):
            if negated and (cls == "report" or pred.source):
                return state.set("possible", 0.0, cue, rule)
            return state
        if cls == "claim":
            if negated:
                return state.set("possible", 0.0, cue, rule)
            return state.weaken("alleged", score, cue, rule)
        if cls == "denial":
            if negated:
                return state.set("possible", 1.0, cue, rule)
            if state.score > 0:
                return state.set("denied", -min(state.score, abs(score)), cue, rule)
            if state.score == 0:
                return state.set("denied", -1.0, cue, rule)
            return state.set("alleged", 1.0, cue, rule)
        if cls == "belief":
            if negated:
                return state.set("possible", -1.0, cue, rule)
            if score < 0:
                return state.set("possible", score, cue, rule) if state.score > 0 else state
            return state.weaken("possible", score, cue, rule)
        if cls == "implicative_pos":
            return state.set("negated", -3.0, cue, rule) if negated and state.score > 0 else state
        if cls == "implicative_neg":
            if negated:
                return state.set("asserted", 2.5, cue, rule)
            return state.set("negated", score, cue, rule) if state.score > 0 else state
        if cls in ("cancel", "rule_out"):
            if negated:
                return state.weaken("possible", 1.0, cue, rule) if cls == "rule_out" else state
            return state.set("negated", score, cue, rule) if state.score > 0 else state
        if cls == "delay":
            return state if negated else state.weaken("future", score, cue, rule)
        # intention, attempt, request, permit, forbid, possibility
        if negated:
            if cls == "request":
                return state.set("possible", 0.0, cue, rule)
            if cls == "possibility" and word.pos_ in NOUN_POS:
                return state.set("negated", -2.0, cue, rule)  # "no possibility of a ceasefire"
            if cls == "possibility":
                return state.set("possible", -1.0, cue, rule)
            return state.set("negated", -2.0, cue, rule) if state.score > 0 else state
        status = pred.status or "possible"
        if status == "requested":
            return state.set("requested", 0.0, cue, rule) if state.status != "requested" else state
        if status == "negated":
            return state.set("negated", score, cue, rule) if state.score > 0 else state
        if score < 0:
            return state.set(status, score, cue, rule) if state.score > 0 else state
        return state.weaken(status, score, cue, rule)
