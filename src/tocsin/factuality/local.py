"""Cues attached directly to one predicate: negation, modals, hedges, event-noun modifiers."""

from __future__ import annotations

from spacy.tokens import Token

from tocsin.factuality.lexicon import Cue, CueLexicon
from tocsin.factuality.state import State

NOUN_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"amod", "det", "compound", "nmod", "advmod"})
CONSEQUENT_RULE = "cond.consequent"
CONSEQUENT_SCORE = 1.0
REGION_MARKS = frozenset({"if", "unless"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


class LocalCues:
    """Reads the cues a predicate carries itself and folds them into a :class:`State`."""

    def __init__(self, lexicon: CueLexicon) -> None:
        self.lexicon = lexicon

    def negation(self, token: Token) -> tuple[Token, Cue] | None:
        """The negation cue of ``token`` ("not", "never", "no" on a noun), if any."""
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS and token.pos_ not in NOUN_POS:
                subject = self._negative_subject(child)
                if subject is not None:
                    return subject
        for child in token.children:
            word = child.lower_
            if word == "longer" and any(g.lower_ == "no" for g in child.children):
                return child, self.lexicon.negation["no longer"]
            cue = self.lexicon.negation.get(word)
            if cue is None or cue.governs or (cue.deps and child.dep_ not in cue.deps):
                continue
            if child.dep_ == "advmod" and word not in ("never", "not", "n't", "n’t", "hardly"):
                continue
            return child, cue
        return None

    def _negative_subject(self, subject: Token) -> tuple[Token, Cue] | None:
        """ "Nobody/none/no one …" or "no/neither side …" as subject negates the clause."""
        cue = self.lexicon.negation.get("nobody")
        if cue is None:
            return None
        if subject.lower_ in ("nobody", "none", "nothing", "noone"):
            return subject, cue
        if subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children):
            return subject, cue
        for child in subject.children:
            if child.dep_ in ("det", "neg") and child.lower_ in ("no", "neither"):
                return child, cue
        return None

    def modal(self, token: Token) -> tuple[Token, Cue] | None:
        """The modal auxiliary of ``token`` ("could", "will", "might" …), if any."""
        for child in token.children:
            if child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
                cue = self.lexicon.modals.get(child.lower_) or self.lexicon.modals.get(
                    child.lemma_.lower()
                )
                if cue is not None:
                    return child, cue
        return None

    def conditional_mark(self, token: Token) -> Token | None:
        """The "if"/"unless" that makes ``token`` the antecedent of a conditional."""
        for child in token.children:
            if child.dep_ == "mark" and child.lower_ in self.lexicon.conditional_marks:
                return child
        # a mark attached to the main verb instead ("If Azerbaijan invades, …")
        start = token.left_edge.i
        if token.dep_ == "advcl" and start > token.sent.start:
            before = token.doc[start - 1]
            if before.dep_ == "mark" and before.lower_ in self.lexicon.conditional_marks:
                return before
        return None

    def conditional_region(self, token: Token) -> str | None:
        """``"antecedent"`` or ``"consequent"`` when an "if"/"unless" the parser misattached
        still puts ``token`` in a conditional ("If Azerbaijan invades, …" with "invades" read as
        a noun)."""
        sent = token.sent
        for mark in sent:
            if mark.lower_ not in REGION_MARKS:
                continue
            if mark.dep_ == "mark" and mark.head.dep_ == "advcl":
                continue  # a well-formed conditional clause: handled by the walk
            region = self._region(mark)
            if token.i in region:
                return "antecedent"
            if mark.head == token and token.i not in region:
                return "consequent"
        return None

    @staticmethod
    def _region(mark: Token) -> set[int]:
        if any(True for _ in mark.children):
            return {t.i for t in mark.subtree}
        if mark.head.dep_ != "ROOT":
            return {t.i for t in mark.head.subtree}
        region: set[int] = set()
        for t in mark.doc[mark.i : mark.sent.end]:
            if t.text == ",":
                break
            region.add(t.i)
        return region

    def modifiers(self, token: Token) -> list[tuple[Token, Cue]]:
        """Hedging adverbs of a verb, or modifiers of an event noun ("possible", "planned")."""
        found: list[tuple[Token, Cue]] = []
        for child in token.children:
            if child.dep_ not in MODIFIER_DEPS:
                continue
            word = child.lower_
            cue = self.lexicon.hedges.get(word)
            if cue is None and token.pos_ in NOUN_POS:
                cue = self.lexicon.noun_modifiers.get(word)
            if cue is None or token.lemma_.lower() in cue.spares:
                continue
            if not cue.deps or child.dep_ in cue.deps:
                found.append((child, cue))
        return found

    def apply(self, token: Token, state: State, *, ignore_negation: bool = False) -> State:
        """Fold the cues of ``token`` into ``state`` (modal and negation first, then hedges)."""
        modal = self.modal(token)
        negation = None if ignore_negation else self.negation(token)
        if modal is not None:
            word, cue = modal
            if negation is not None and cue.negated_status is not None:
                text = f"{word.text} {negation[0].text}"
                score = cue.negated_score if cue.negated_score is not None else -cue.score
                state = state.set(cue.negated_status, score, text, cue.id)
            else:
                state = state.weaken(cue.status, cue.score, word.text, cue.id)
        elif negation is not None:
            word, cue = negation
            if state.score > 0:
                state = state.set("negated", cue.score, word.text, cue.id)
        for word, cue in self.modifiers(token):
            state = state.weaken(cue.status, cue.score, word.text, cue.id)
        for child in token.children:
            if child.dep_ == "advcl" and self.conditional_mark(child) is not None:
                state = state.weaken("conditional", CONSEQUENT_SCORE, "if", CONSEQUENT_RULE)
        return state
