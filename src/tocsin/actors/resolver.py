"""The actor stage: who is who in a parsed document, as a :class:`MentionIndex`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from tocsin.actors.bundled import load_bundled
from tocsin.actors.coalitions import with_coalitions, with_shared_acronyms
from tocsin.actors.compose import Composer
from tocsin.actors.coref import Coreference
from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.found import Found
from tocsin.actors.groups import by_membership
from tocsin.actors.matching import DictionaryMatcher, NameHit
from tocsin.actors.persons import person_spans
from tocsin.actors.phoenix import parse_layers
from tocsin.actors.residence import by_residence
from tocsin.actors.spelling import SpellingMatcher
from tocsin.actors.userdirs import load_actors_dirs
from tocsin.actors.userfile import load_user_file
from tocsin.context import MentionIndex
from tocsin.models import ActorRef
from tocsin.settings import Settings

ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "an", "ash", "az", "adh", "ath"})
TITLE_CASE_SHARE = 0.8  # capitalised share of a sentence's longer words in a title-case headline
CLOSING_POS = frozenset({"PUNCT", "ADP", "CCONJ", "SCONJ"})  # what may follow "in Niger state"


def _title_case(sent: Span) -> bool:
    """Whether a sentence is written in title case ("Western Powers Condemn Strikes")."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) / len(words) >= TITLE_CASE_SHARE


class ActorResolver:
    """Resolves actor mentions with dictionaries, titles and in-document coreference."""

    def __init__(
        self,
        nlp: Language,
        dictionary: ActorDictionary,
        place_names: Callable[[str], bool] | None = None,
    ) -> None:
        self.nlp = nlp
        self.dictionary = dictionary
        self.matcher = DictionaryMatcher(nlp, dictionary)
        self.spelling = SpellingMatcher(dictionary, place_names)
        self.composer = Composer(dictionary)
        self.coref = Coreference(dictionary)

    @classmethod
    def load(
        cls,
        settings: Settings,
        nlp: Language,
        place_names: Callable[[str], bool] | None = None,
    ) -> ActorResolver:
        """Bundled dictionaries (with the Phoenix layers ``settings.phoenix_layers`` names
        below them), with ``settings.actors_file`` (YAML, CSV or PETRARCH) on top;
        ``place_names`` tells a place's name, never read as a misspelt country's."""
        dictionary = load_bundled(parse_layers(settings.phoenix_layers))
        if settings.actors_file:
            load_user_file(dictionary, Path(settings.actors_file))
        load_actors_dirs(dictionary, settings.directories("actors_dirs"))
        return cls(nlp, dictionary, place_names)

    def find(self, doc: Doc, pub_date: date | None) -> list[Found]:
        """All mentions of ``doc`` (first pass, then coreference), in text order."""
        names = self._not_in_person_names(doc, self.matcher.find_names(doc))
        taken = {i for h in names for i in range(h.start, h.end)}
        affiliates = [h for h in names if self._backer(doc, h.end, affiliate=True)]
        names = [
            h
            for h in names
            if not self._stance_prefixed(doc, h.start)
            and not self._backer(doc, h.end)
            and not self._compass_of_place(doc, h)
            and not self._feature_of_land(doc, h)
        ]
        misspelt = self.spelling.find(doc, taken)
        names = sorted(names + misspelt, key=lambda h: h.start)
        taken.update(i for h in misspelt for i in range(h.start, h.end))
        agents = self.matcher.find_agents(doc, taken)
        people = person_spans(doc, names, agents, taken, self.dictionary.grammar.name_particles)
        found = self.composer.compose(doc, names, agents, people, pub_date)
        found = self.composer.affiliates(doc, found, affiliates, pub_date)
        grammar = self.dictionary.grammar
        found = by_residence(doc, found, grammar.place_modifiers, grammar.locative)
        found = by_membership(doc, found, grammar.group_nouns)
        found = with_coalitions(doc, found, self.dictionary, pub_date)
        found = with_shared_acronyms(doc, found, self.dictionary, pub_date)
        return self.coref.resolve(doc, found)

    def _stance_prefixed(self, doc: Doc, start: int) -> bool:
        """A name after "anti-" or "pro-" ("anti-Syria", "pro-Western") is a stance, not a party."""
        if start < 2 or doc[start - 1].text != "-" or doc[start - 1].whitespace_:
            return False
        prefix = doc[start - 2]
        return not prefix.whitespace_ and prefix.lower_ in self.dictionary.grammar.stance_prefixes

    def _compass_of_place(self, doc: Doc, hit: NameHit) -> bool:
        """A capitalised compass word read as a region of states ("Western": the West) before a
        proper name is part of a place's name: "the *Western* Ghouta", "*Western* al-Gharya"
        (``actors.compass_place.v1``). Not before an agent word ("Western Officials"), nor in a
        title-case headline, where every word is capitalised, unless an Arabic article marks
        the name."""
        word = doc[hit.start]
        grammar = self.dictionary.grammar
        if hit.end - hit.start != 1 or word.lower_ not in grammar.compass_words:
            return False
        if hit.end + 2 < len(doc) and doc[hit.end + 1].text == "-":
            article, name = doc[hit.end], doc[hit.end + 2]
            if article.lower_ in ARABIC_ARTICLES and name.is_title:
                return True
        if hit.end >= len(doc):
            return False
        name = doc[hit.end]
        if not name.is_title or name.pos_ != "PROPN" or name.lower_ in self.dictionary.agents:
            return False
        after = hit.end
        while after < len(doc) and doc[after].is_title:
            after += 1
        if after < len(doc) and doc[after].lower_ in self.dictionary.agents:
            return False  # "Western Allied troops": the West's troops
        return not _title_case(word.sent)

    def _feature_of_land(self, doc: Doc, hit: NameHit) -> bool:
        """A country's name that names a river, a delta, a valley or a lake ("the *Niger*
        river", "Lake *Chad*"), or a region of another state in a phrase of place ("in *Niger*
        state", Nigeria's): no mention of the country."""
        if not hit.alias.entry.startswith("country."):
            return False
        grammar = self.dictionary.grammar
        after = doc[hit.end].lower_ if hit.end < len(doc) else ""
        if after in grammar.feature_words:
            return True
        if hit.start > 0 and doc[hit.start - 1].lower_ in grammar.feature_prefixes:
            return True
        closes = hit.end + 1 >= len(doc) or doc[hit.end + 1].pos_ in CLOSING_POS
        placed = hit.start > 0 and doc[hit.start - 1].lower_ in grammar.locative
        return after == "state" and closes and placed

    def _backer(self, doc: Doc, end: int, affiliate: bool = False) -> bool:
        """A name before "-backed", "-aligned", "-loyal" … ("Turkish-backed factions") backs the
        party that follows, and one before "-made", "-supplied" … made or sold its weapons
        ("Iranian-made drones"); it is neither that party's nationality nor a party of its own.
        With ``affiliate``, only a name before "-linked" or "-affiliated" ("IS-linked")."""
        if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_:
            return False
        grammar = self.dictionary.grammar
        if affiliate:
            return doc[end + 1].lower_ in grammar.affiliate_words
        return doc[end + 1].lower_ in grammar.backing_words | grammar.provenance_words

    def _not_in_person_names(self, doc: Doc, names: list[NameHit]) -> list[NameHit]:
        """Drop a country name inside a person's name ("Michael Jordan", "Chad Smith")."""
        starts = {h.start for h in names}
        ends = {h.end for h in names}
        inside: set[int] = set()
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            for i in range(ent.start, ent.end):
                before = i > ent.start and doc[i - 1].tag_ == "NNP" and i not in ends
                after = (
                    i + 1 < ent.end
                    and doc[i + 1].tag_ == "NNP"
                    and i + 1 not in starts
                    and doc[i + 1].lower_ not in self.dictionary.agents
                )
                if before or after:
                    inside.add(i)
        return [
            h
            for h in names
            if not (
                h.end - h.start == 1
                and h.start in inside
                and h.alias.rule == "dict"
                and self.dictionary.entries[h.alias.entry].kind == "country"
            )
        ]

    def resolve(self, doc: Doc, pub_date: date | None) -> MentionIndex:
        return MentionIndex.build([f.mention(doc) for f in self.find(doc, pub_date)])

    def lookup(self, text: str, when: date | None = None) -> ActorRef | None:
        """How a bare phrase resolves: the mention at its syntactic head, else the first one."""
        doc = self.nlp(text)
        found = [f for f in self.find(doc, when) if f.rule != "coref"]
        if not found:
            return None
        roots = [t.i for t in doc if t.dep_ == "ROOT"]
        for f in found:
            if any(f.start <= r < f.end for r in roots):
                return f.actor
        coded = [f for f in found if f.actor.country]
        return (coded or found)[0].actor
