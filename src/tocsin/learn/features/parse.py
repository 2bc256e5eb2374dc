"""Features of a token in its dependency parse: word, governors, tense, and paths to cues."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tocsin.factuality.lexicon import CueLexicon
from tocsin.resources import load_yaml

CUES_FILE = "learn/feature_cues.yaml"
GOVERNORS = 3
MAX_PATH = 4
MORPH_KEYS = ("Tense", "VerbForm", "Aspect", "Mood")
CHILD_DEPS = frozenset({"aux", "auxpass", "neg", "mark", "advmod", "prt", "det", "amod"})


def add(features: dict[str, float], name: str, value: float = 1.0) -> None:
    """Add ``value`` to ``features[name]`` (a bag of features)."""
    features[name] = features.get(name, 0.0) + value


@dataclass(frozen=True)
class CueWords:
    """Which words of a sentence are cues, by class: the rules' vocabularies plus future words."""

    lexicon: CueLexicon
    future: frozenset[str]

    @classmethod
    def load(cls, lexicon: CueLexicon | None = None) -> CueWords:
        data = load_yaml(CUES_FILE)
        return cls(lexicon or CueLexicon.load(), frozenset(w.lower() for w in data["future_words"]))

    def classes(self, token: Token) -> list[str]:
        """The cue classes of ``token`` (empty for most words)."""
        word, lemma = token.lower_, token.lemma_.lower()
        found: list[str] = []
        if word in self.lexicon.negation:
            found.append("neg")
        if token.tag_ == "MD" and (word in self.lexicon.modals or lemma in self.lexicon.modals):
            found.append(f"modal.{lemma}")
        if word in self.lexicon.hedges:
            found.append("hedge")
        if word in self.lexicon.conditional_marks and token.dep_ == "mark":
            found.append("cond")
        if word in self.future or lemma in self.future:
            found.append("future")
        for cls in sorted({p.cls for p in self.lexicon.predicates.get(lemma, ())}):
            found.append(f"pred.{cls}")
        return found


def word_features(features: dict[str, float], prefix: str, token: Token) -> None:
    """Lemma, part of speech, tag and relation of ``token``."""
    lemma = token.lemma_.lower()
    add(features, f"{prefix}.lemma={lemma}")
    add(features, f"{prefix}.pos={token.pos_}")
    add(features, f"{prefix}.tag={token.tag_}")
    add(features, f"{prefix}.dep={token.dep_}")
    add(features, f"{prefix}.lemma|pos={lemma}|{token.pos_}")


def tense_features(features: dict[str, float], token: Token) -> None:
    """Tense, aspect and mood: the token's morphology and its auxiliaries."""
    for key in MORPH_KEYS:
        for value in token.morph.get(key):
            add(features, f"morph.{key}={value}")
    for child in token.children:
        if child.dep_ in CHILD_DEPS:
            add(features, f"child.{child.dep_}={child.lower_}")
        if child.dep_ in ("aux", "auxpass"):
            add(features, f"aux.tag={child.tag_}")
        if child.dep_ in ("nsubj", "nsubjpass"):
            add(features, f"subj.pos={child.pos_}")
            add(features, f"subj.ent={child.ent_type_ or '-'}")
            if child.pos_ == "PRON":
                add(features, f"subj.lower={child.lower_}")
    if token.head.lemma_ == "be" and token.dep_ in ("acomp", "attr"):  # a copula's tense
        for key in ("Tense",):
            for value in token.head.morph.get(key):
                add(features, f"copula.{key}={value}")


def governor_features(features: dict[str, float], token: Token) -> None:
    """The governing words up the tree, with the relations that lead to them."""
    node, path = token, []
    for level in range(1, GOVERNORS + 1):
        if node.dep_ == "ROOT" or node.head.i == node.i:
            add(features, f"gov{level}.none")
            break
        path.append(node.dep_)
        head = node.head
        add(features, f"gov{level}.lemma={head.lemma_.lower()}")
        add(features, f"gov{level}.pos={head.pos_}")
        add(features, f"gov{level}.rel={node.dep_}")
        add(features, f"gov.lemma={head.lemma_.lower()}")
        add(features, f"gov.path={'>'.join(path)}")
        for child in head.children:
            if child.dep_ in ("neg", "aux") and child.i != node.i:
                add(features, f"gov{level}.{child.dep_}={child.lower_}")
        if head.pos_ == "VERB" and level == 1:
            add(features, f"gov.verb={head.lemma_.lower()}")
        node = head


def cue_features(features: dict[str, float], token: Token, cues: CueWords) -> None:
    """For each cue class in the sentence, the dependency path to its nearest word."""
    nearest: dict[str, tuple[int, str]] = {}
    for other in token.sent:
        if other.i == token.i:
            continue
        classes = cues.classes(other)
        if not classes:
            continue
        path = dependency_path(token, other)
        length = path.count("<") + path.count(">") if path is not None else 99
        for cls in classes:
            add(features, f"cue.{cls}.in_sentence")
            best = nearest.get(cls)
            if best is None or length < best[0]:
                nearest[cls] = (length, path or "far")
    for cls, (length, path) in sorted(nearest.items()):
        add(features, f"cue.{cls}.path={path}")
        add(features, f"cue.{cls}.dist={min(length, 5)}")
        if path != "far" and ">" not in path:
            add(features, f"cue.{cls}.governs")


def dependency_path(start: Token, end: Token) -> str | None:
    """``<rel`` steps up from ``start`` and ``>rel`` steps down to ``end``, or ``None`` when the
    path is longer than :data:`MAX_PATH` steps."""
    up: dict[int, tuple[int, list[str]]] = {}
    node, steps = start, []
    for depth in range(MAX_PATH + 1):
        up[node.i] = (depth, list(steps))
        if node.head.i == node.i:
            break
        steps.append(f"<{node.dep_}")
        node = node.head
    node, down = end, []
    for depth in range(MAX_PATH + 1):
        if node.i in up:
            up_depth, up_steps = up[node.i]
            if up_depth + depth > MAX_PATH:
                return None
            return "".join(up_steps + list(reversed(down)))
        if node.head.i == node.i:
            return None
        down.append(f">{node.dep_}")
        node = node.head
    return None
