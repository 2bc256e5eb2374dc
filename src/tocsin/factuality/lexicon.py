"""The factuality cue vocabularies (``data/factuality/*.yaml``), loaded and indexed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tocsin.errors import DataFileError
from tocsin.models import FACTUALITY_STATUSES
from tocsin.resources import load_yaml

NEGATION_FILE = "factuality/negation.yaml"
MODALITY_FILE = "factuality/modality.yaml"
PREDICATES_FILE = "factuality/predicates.yaml"
ATTRIBUTION_FILE = "factuality/attribution.yaml"


@dataclass(frozen=True)
class Cue:
    """A word-level cue: a modal, hedge, negation or modifier, with its effect."""

    id: str
    status: str
    score: float
    negated_status: str | None = None
    negated_score: float | None = None
    deps: frozenset[str] = frozenset()
    governs: bool = False
    # lemmas of the words the cue leaves alone ("failed" negates a coup, not a raid: a failed
    # raid was fought)
    spares: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Predicate:
    """An embedding predicate: it changes the factuality of what it governs."""

    id: str
    cls: str
    lemmas: frozenset[str]
    status: str | None
    score: float | None
    rels: frozenset[str]
    pos: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    source: bool = False

    def accepts(self, pos: str, rel: str, particles: set[str], prep: str | None = None) -> bool:
        """Whether this entry applies to a governor of ``pos`` reached by ``rel``."""
        if self.rels and rel not in self.rels:
            return False
        if rel == "prep" and self.preps and prep not in self.preps:
            return False
        if self.pos and pos not in self.pos:
            return False
        return not self.particles or bool(self.particles & particles)


def _status(value: Any, where: str) -> str | None:
    if value is not None and value not in FACTUALITY_STATUSES:
        raise DataFileError(f"{where}: unknown factuality status {value!r}")
    return value


def _rels(rels: list[str] | tuple[str, ...]) -> frozenset[str]:
    """Relations of an entry; a prepositional object or complement implies "prep"."""
    found = set(rels)
    if found & {"pobj", "pcomp"}:
        found.add("prep")
    return frozenset(found)


def _strings(values: Any, where: str) -> list[str]:
    """Words of an entry, refusing YAML's non-strings (an unquoted ``no`` reads as False)."""
    values = list(values or [])
    bad = [v for v in values if not isinstance(v, str)]
    if bad:
        raise DataFileError(f"{where}: non-string word(s) {bad!r}; quote them")
    return [v.lower() for v in values]


def _words(entry: dict[str, Any]) -> list[str]:
    return _strings(entry.get("words") or entry.get("lemmas"), str(entry.get("id")))


@dataclass(frozen=True)
class CueLexicon:
    """Every cue vocabulary of the factuality stage, indexed by word or lemma."""

    negation: dict[str, Cue]
    modals: dict[str, Cue]
    hedges: dict[str, Cue]
    noun_modifiers: dict[str, Cue]
    conditional_marks: dict[str, Cue]
    predicates: dict[str, tuple[Predicate, ...]]
    anonymous_heads: frozenset[str]
    anonymity_phrases: tuple[tuple[str, tuple[str, ...]], ...]
    continuation_verbs: frozenset[str]
    ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def load(cls) -> CueLexicon:
        """Read and validate the bundled vocabularies."""
        negation = load_yaml(NEGATION_FILE)
        modality = load_yaml(MODALITY_FILE)
        predicates = load_yaml(PREDICATES_FILE)
        attribution = load_yaml(ATTRIBUTION_FILE)
        ids: list[str] = []

        def cues(entries: list[dict[str, Any]], where: str) -> dict[str, Cue]:
            table: dict[str, Cue] = {}
            for entry in entries:
                ids.append(entry["id"])
                cue = Cue(
                    id=entry["id"],
                    status=_status(entry.get("status", "negated"), where) or "negated",
                    score=float(entry["score"]),
                    negated_status=_status(entry.get("negated_status"), where),
                    negated_score=(
                        float(entry["negated_score"]) if "negated_score" in entry else None
                    ),
                    deps=frozenset(entry.get("deps") or ()),
                    governs=bool(entry.get("governs", False)),
                    spares=frozenset(entry.get("spares") or ()),
                )
                for word in _words(entry):
                    table.setdefault(word, cue)
            return table

        classes = predicates["classes"]
        index: dict[str, list[Predicate]] = {}
        for entry in predicates["predicates"]:
            ids.append(entry["id"])
            if entry["class"] not in classes:
                raise DataFileError(f"{PREDICATES_FILE}: unknown class {entry['class']!r}")
            default = classes[entry["class"]]
            pred = Predicate(
                id=entry["id"],
                cls=entry["class"],
                lemmas=frozenset(_words(entry)),
                status=_status(entry.get("status", default["status"]), PREDICATES_FILE),
                score=entry.get("score", default["score"]),
                rels=_rels(entry.get("rels") or ()),
                pos=frozenset(entry.get("pos") or ()),
                particles=frozenset(_strings(entry.get("particles"), entry["id"])),
                preps=frozenset(_strings(entry.get("preps"), entry["id"])),
                source=bool(entry.get("source", False)),
            )
            for lemma in pred.lemmas:
                index.setdefault(lemma, []).append(pred)
        if len(ids) != len(set(ids)):
            raise DataFileError("factuality vocabularies: duplicate cue ids")
        anon_phrases = tuple(
            (e["id"], tuple(str(w).lower() for w in e["lemmas"]))
            for e in attribution["anonymity_phrases"]
        )
        return cls(
            negation=cues(negation["cues"], NEGATION_FILE),
            modals=cues(modality["modals"], MODALITY_FILE),
            hedges=cues(modality["hedges"], MODALITY_FILE),
            noun_modifiers=cues(modality["noun_modifiers"], MODALITY_FILE),
            conditional_marks=cues(modality["conditional_marks"], MODALITY_FILE),
            predicates={k: tuple(v) for k, v in index.items()},
            anonymous_heads=frozenset(w for e in attribution["anonymous_heads"] for w in _words(e)),
            anonymity_phrases=anon_phrases,
            continuation_verbs=frozenset(
                w for e in attribution["continuation_verbs"] for w in _words(e)
            ),
            ids=frozenset(ids),
        )

    def speech_noun(self, lemma: str) -> bool:
        """Whether ``lemma`` names a speech act ("report", "claim", "plan", "call")."""
        return any(
            p.pos and p.cls in ("claim", "request", "intention", "denial")
            for p in self.predicates.get(lemma, ())
        )

    def predicate(
        self,
        lemma: str,
        pos: str,
        rel: str,
        particles: set[str],
        prefer_nonreport: bool = False,
        prep: str | None = None,
    ) -> Predicate | None:
        """The first entry for ``lemma`` that accepts the relation ``rel``."""
        found = [p for p in self.predicates.get(lemma, ()) if p.accepts(pos, rel, particles, prep)]
        if not found and lemma.endswith("s"):  # a plural the lemmatiser left alone
            singular = lemma[:-1]
            found = [
                p for p in self.predicates.get(singular, ()) if p.accepts(pos, rel, particles, prep)
            ]
        # phrasal entries ("call off") before plain ones ("call for"), then non-reports first
        # when the complement is an infinitive ("told X to leave" is a request)
        found.sort(key=lambda p: (not p.particles, prefer_nonreport and p.cls == "report"))
        return found[0] if found else None
