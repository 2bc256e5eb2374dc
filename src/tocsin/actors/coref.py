"""Second pass: words that refer back to an actor already named in the document.

Surnames ("Aliyev"), pronouns ("he", "his", "they", "its"), definite titles ("the minister"),
definite institutions ("the department"), pairs ("the two countries") and contextual metonyms
("State" in a document naming the State Department).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.entries import make_code
from tocsin.actors.found import Found
from tocsin.models import ActorRef

NATIONAL_KINDS = frozenset({"country", "territory"})
SENTENCE_WINDOW = 2  # how many sentences back a pronoun may reach


def _copy(found: Found, doc: Doc, start: int, end: int, rule: str = "coref") -> Found:
    actor = replace(found.actor, text=doc[start:end].text)
    return Found(start, end, actor, rule, found.kind, found.title, found.plural)


def tail_within(before: list[Found], here: int, sents: dict[int, int], window: int) -> list[Found]:
    """The tail of ``before`` lying at most ``window`` sentences before sentence ``here``."""
    k = len(before)
    while k > 0 and here - sents[before[k - 1].start] <= window:
        k -= 1
    return before[k:]


class Coreference:
    """Adds mentions for words that refer to actors found by the first pass."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary

    def resolve(self, doc: Doc, found: list[Found]) -> list[Found]:
        sents = {t.i: n for n, s in enumerate(doc.sents) for t in s}
        mentions = self._pairs(doc, sorted(found, key=lambda f: f.start))
        taken = {i for f in mentions for i in range(f.start, f.end)}
        added = self._contextual(doc, taken, mentions)
        mentions = sorted(mentions + added, key=lambda f: f.start)
        surnames = self._surnames(mentions)
        result = self._upgrade(doc, mentions, surnames, sents)
        by_end = sorted(result, key=lambda f: (f.end, f.start))
        before: list[Found] = []  # mentions ending before the current token, in that order
        j = 0
        for token in doc:
            if token.i in taken or not (token.tag_ in ("PRP", "PRP$") or token.text in surnames):
                continue
            while j < len(by_end) and by_end[j].end <= token.i:
                before.append(by_end[j])
                j += 1
            for made in self._refer(doc, token, before, surnames, sents):
                result.append(made)
                before.append(made)
                taken.update(range(made.start, made.end))
                if made.is_person and made.end - made.start == 1:
                    surnames.setdefault(doc[made.start].text, made)
        result = self._their_country(doc, sorted(result, key=lambda f: f.start))
        return self._possessed(doc, result)

    def _their_country(self, doc: Doc, mentions: list[Found]) -> list[Found]:
        """ "his country's invasion": *his country* is the country of the one *his* refers to."""
        nouns = self.dictionary.grammar.country_nouns
        result = []
        for m in mentions:
            country = m.actor.country
            end = m.end
            if (
                m.rule == "coref"
                and doc[m.start].tag_ == "PRP$"
                and end < len(doc)
                and doc[end].lower_ in nouns
                and country
                and f"country.{country}" in self.dictionary.entries
            ):
                entry = self.dictionary.entries[f"country.{country}"]
                ref = entry.ref(doc[m.start : end + 1].text, None)
                m = Found(m.start, end + 1, ref, "coref", "country")
            result.append(m)
        return result

    @staticmethod
    def _possessed(doc: Doc, mentions: list[Found]) -> list[Found]:
        """ "his department said", "its navy is ready": a subject owned by a resolved pronoun
        takes its owner's country (an owned object, "withdrew its troops", stays the owner's)."""
        by_end = {m.end: m for m in mentions if m.rule == "coref"}
        result = []
        for m in mentions:
            owner = by_end.get(m.start)
            if (
                owner is not None
                and m.kind == "agent"
                and m.actor.country is None
                and doc[owner.start].tag_ == "PRP$"
                and owner.actor.country
                and doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
            ):
                country = owner.actor.country
                code = make_code(country, m.actor.sector)
                m = replace(m, actor=replace(m.actor, country=country, code=code), rule="coref")
            result.append(m)
        return result

    def _refer(
        self,
        doc: Doc,
        token: Token,
        before: list[Found],
        surnames: dict[str, Found],
        sents: dict[int, int],
    ) -> list[Found]:
        if token.text in surnames and token.tag_ in ("NNP", "NNPS"):
            return [_copy(surnames[token.text], doc, token.i, token.i + 1)]
        if token.tag_ in ("PRP", "PRP$"):
            target = self._antecedent(token, before, sents)
            return [_copy(target, doc, token.i, token.i + 1)] if target else []
        return []

    # -- pronouns -------------------------------------------------------------------------
    def _antecedent(self, token: Token, before: list[Found], sents: dict[int, int]) -> Found | None:
        lower = token.lower_
        here = sents[token.i]
        window = tail_within(before, here, sents, SENTENCE_WINDOW)
        if lower in self.dictionary.grammar.personal:
            pool = [m for m in window if m.is_person]
        elif lower in self.dictionary.grammar.plural:
            pool = [m for m in window if m.plural or m.kind in ("org", "region")]
        elif lower in self.dictionary.grammar.neuter:
            if token.dep_ == "expl" or (lower == "it" and self._dummy_it(token)):
                return None
            pool = [m for m in window if m.kind in NATIONAL_KINDS | {"org"} or _institution(m)]
        else:
            return None
        if not pool:
            return None
        same = [m for m in pool if sents[m.start] == here]
        if same:
            return same[-1]
        last = max(sents[m.start] for m in pool)
        recent = [m for m in pool if sents[m.start] == last]
        subjects = [m for m in recent if token.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
        return (subjects or recent)[0]

    def _dummy_it(self, token: Token) -> bool:
        """ "it is clear that …", "it is raining": *it* refers to nothing. But "it is *willing*
        to withdraw", "it is *prepared* to impose": an adjective said of an agent."""
        if token.head.lemma_ != "be":
            return False
        adjectives = [c for c in token.head.children if c.dep_ == "acomp"]
        return not any(a.lower_ in self.dictionary.grammar.agent_adjectives for a in adjectives)

    # -- first-pass mentions that coreference can name better -----------------------------
    def _upgrade(
        self, doc: Doc, mentions: list[Found], surnames: dict[str, Found], sents: dict[int, int]
    ) -> list[Found]:
        """Unknown NER people who are a known person's surname, and "the minister"."""
        result: list[Found] = []
        for m in mentions:
            better = None
            if m.rule == "ner" and doc[m.end - 1].text in surnames:
                better = _copy(surnames[doc[m.end - 1].text], doc, m.start, m.end)
            elif m.rule == "agent" and not m.plural and doc[m.start].lower_ == "the":
                better = self._definite(doc, m, result, sents)
            result.append(better or m)
        return result

    @staticmethod
    def _definite(doc: Doc, m: Found, before: list[Found], sents: dict[int, int]) -> Found | None:
        """ "the minister" → the last minister named; "the department" → the last department."""
        if m.end - m.start != 2 or (m.end < len(doc) and doc[m.end].lower_ in ("of", "from")):
            return None
        word = doc[m.end - 1].lower_
        here = sents[m.start]
        window = [b for b in tail_within(before, here, sents, 3) if b.rule != "agent"]
        if m.title:
            pool = [b for b in window if b.is_person and b.title and word in b.title.split()]
        else:
            pool = [b for b in window if b.actor.name and word in b.actor.name.lower().split()]
        return _copy(pool[-1], doc, m.start, m.end) if pool else None

    def _pairs(self, doc: Doc, mentions: list[Found]) -> list[Found]:
        """ "the two countries" → the two countries the document has named most so far."""
        lowered = [t.lower_ for t in doc]
        starts: dict[str, list[int]] = {}
        for i, word in enumerate(lowered):
            starts.setdefault(word, []).append(i)
        for phrase in self.dictionary.pairs:
            words = phrase.lower().split()
            n = len(words)
            for start in starts.get(words[0], []):
                if lowered[start : start + n] != words:
                    continue
                end = start + n
                before = [m for m in mentions if m.end <= start]
                chosen = self._main_countries(before)
                if len(chosen) < 2:
                    continue
                mentions = [m for m in mentions if m.end <= start or m.start >= end]
                text = doc[start:end].text
                for (a, b), country in zip(((start, end - 1), (end - 1, end)), chosen, strict=True):
                    ref = ActorRef(text, country, country, country, None, f"pair.{country}")
                    mentions.append(Found(a, b, ref, "collective", "country", None, True))
        return sorted(mentions, key=lambda f: f.start)

    @staticmethod
    def _main_countries(before: list[Found]) -> list[str]:
        """The two countries named most often in ``before`` (ties: most recent first)."""
        counts: dict[str, tuple[int, int]] = {}
        for order, m in enumerate(before):
            country = m.actor.country
            if country and m.kind in NATIONAL_KINDS:
                seen = counts.get(country, (0, 0))[0]
                counts[country] = (seen + 1, order)
        ranked = sorted(counts, key=lambda c: counts[c], reverse=True)
        return ranked[:2]

    # -- surnames and contextual metonyms -------------------------------------------------
    @staticmethod
    def _surnames(mentions: list[Found]) -> dict[str, Found]:
        surnames: dict[str, Found] = {}
        for m in mentions:
            if m.is_person and m.actor.name and m.actor.code:
                parts = m.actor.name.split()
                if len(parts) >= 2 and parts[-1][:1].isupper():
                    surnames[parts[-1]] = m
        return surnames

    def _contextual(self, doc: Doc, taken: set[int], mentions: list[Found]) -> list[Found]:
        added: list[Found] = []
        for rule in self.dictionary.contextual:
            if not any(text in doc.text for text in rule.requires):
                continue
            entry = self.dictionary.entries.get(rule.entry)
            if entry is None:
                continue
            for token in doc:
                if token.text != rule.text or token.i in taken or token.i == token.sent.start:
                    continue
                prev = doc[token.i - 1].text if token.i else ""
                nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if prev in rule.not_after or (prev[:1].isupper() and prev.isalpha()):
                    continue
                if rule.not_before_upper and nxt is not None and nxt.text[:1].isupper():
                    continue
                ref: ActorRef = entry.ref(token.text, None)
                added.append(Found(token.i, token.i + 1, ref, "metonym", entry.kind))
                taken.add(token.i)
        return added


def _institution(found: Found) -> bool:
    """A singular body: "Iraq's interim government", "the army", "the Umma party" (an agent
    phrase that names no person's title)."""
    if found.kind != "agent" or found.plural:
        return False
    return found.actor.country is not None or (
        found.title is None and found.actor.sector is not None
    )
