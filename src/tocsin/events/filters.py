"""False friends: conflict words used about sport, markets or policy metaphors."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tocsin.events.matching import forms, modifiers, objects, prep_objects
from tocsin.resources import load_yaml

FALSE_FRIENDS_FILE = "events/false_friends.yaml"
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


@dataclass(frozen=True)
class Context:
    """Words that, ``min_hits`` times in a sentence, mark it as not political violence."""

    id: str
    words: frozenset[str]
    blocks: frozenset[str]  # PLOVER event types the context rules out
    min_hits: int


@dataclass(frozen=True)
class FalseFriends:
    contexts: tuple[Context, ...]
    abstract_targets: frozenset[str]  # "attack on inflation", "war on poverty"
    abstract_blocks: frozenset[str]
    abstract_id: str

    @classmethod
    def load(cls) -> FalseFriends:
        data = load_yaml(FALSE_FRIENDS_FILE)
        contexts = tuple(
            Context(
                c["id"],
                frozenset(w.lower() for w in c["words"]),
                frozenset(c["blocks"]),
                int(c.get("min_hits", 1)),
            )
            for c in data["contexts"]
        )
        abstract = data["abstract_targets"]
        return cls(
            contexts,
            frozenset(w.lower() for w in abstract["words"]),
            frozenset(abstract["blocks"]),
            abstract["id"],
        )

    def sentence_context(self, sentence: Span) -> list[Context]:
        """Contexts whose words occur often enough in the sentence."""
        words = [forms(t) for t in sentence if _counts_as_context(t)]
        found = []
        for context in self.contexts:
            hits = sum(1 for w in words if w & context.words)
            if hits >= context.min_hits:
                found.append(context)
        return found

    def blocked_by(self, trigger: Token, event: str, contexts: list[Context]) -> str | None:
        """Id of the rule that discards this trigger, or ``None`` when it stands."""
        for context in contexts:
            if event in context.blocks:
                return context.id
        if event in self.abstract_blocks:
            targets = [*objects(trigger), *modifiers(trigger)]
            heads = [trigger, *objects(trigger)]
            if trigger.dep_ == "dobj":  # "declared war *on poverty*"
                heads.append(trigger.head)
            for head in heads:  # "launched an attack *on inflation*"
                targets.extend(o for _, o in prep_objects(head, ("on", "against", "of")))
            # the head of the target, not its modifiers: "*terror* targets" are targets
            heads_only = [
                t for t in targets if not (t.dep_ == "compound" and t.head.i != trigger.i)
            ]
            if any(forms(t) & self.abstract_targets for t in heads_only):
                return self.abstract_id
        return None


def _counts_as_context(token: Token) -> bool:
    """Only content words count: not "pushing *forward*", nor the tail of "right-*winger*"."""
    if token.pos_ not in CONTENT_POS:
        return False
    previous = token.nbor(-1) if token.i > token.sent.start else None
    return not (previous is not None and previous.text == "-" and not previous.whitespace_)
