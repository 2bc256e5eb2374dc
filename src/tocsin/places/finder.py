"""Find the place names of a sentence: gazetteer matches on proper nouns, read with syntax.

A phrase is kept when it names a gazetteer entry and is used as a place: not part of a
person's or organisation's name, and, for countries and actor mentions, governed by a locative
preposition ("in Azerbaijan") or a region word ("Armenia's Syunik province") rather than being
the subject or object of an event ("Azerbaijan invaded").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tocsin.context import MentionIndex
from tocsin.places.cues import PlaceCues
from tocsin.places.gazetteer import Gazetteer, Place
from tocsin.places.home import well_known
from tocsin.places.towns import LocalTowns, is_local

MAX_TOKENS = 5
SMALL_TOWN = 500_000  # people: below this, a bare modifier ("the Bush administration") is a name
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
NON_LOCATIVE = frozenset({"for", "with", "against", "than", "like", "about"})
NOMINAL_LINKS = frozenset({"compound", "poss", "amod", "nmod", "appos", "conj", "case"})
COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
    # the wires' abbreviations: "NE Nigeria", "NW Pakistan", "S. Somalia"
    | {"ne", "nw", "se", "sw", "n.", "s.", "e.", "w.", "ne.", "nw.", "se.", "sw."}
)


@dataclass(frozen=True)
class PlacePhrase:
    """A place name in a sentence and the gazetteer entries it may mean."""

    span: Span
    places: tuple[Place, ...]
    locative: bool  # governed by a locative preposition
    kind_hint: str | None  # "admin1" after "region/province", "city" after "city/town"
    # the countries a possessive before the name names: "*Congo's* Beni region", "*Syria's* Afrin"
    within: frozenset[str] = frozenset()


class PlaceFinder:
    """Gazetteer matches of one sentence, filtered by how the sentence uses them."""

    def __init__(
        self, gazetteer: Gazetteer, cues: PlaceCues, towns: LocalTowns | None = None
    ) -> None:
        self.gazetteer = gazetteer
        self.cues = cues
        self.towns = towns

    def find(
        self,
        sent: Span,
        mentions: MentionIndex,
        home: str | None = None,
        at_war: frozenset[str] = frozenset(),
    ) -> list[PlacePhrase]:
        """The place phrases of ``sent``; ``home`` is the country the document comes from, whose
        small towns (the local layer) are looked up too (:mod:`tocsin.places.home`); without
        one, a name the gazetteer does not know is the small town of the one country of
        ``at_war`` (the countries at war on the document's date) that has a town of that name
        (``places.home.war_town.v1``)."""
        phrases: list[PlacePhrase] = []
        named = mentions.countries() if home is not None else Counter()
        i = sent.start
        while i < sent.end:
            match = self._longest_match(sent, i, home, named, at_war)
            if match is None:
                i += 1
                continue
            span, places = match
            phrase = self._read(span, places, mentions)
            if phrase is not None:
                phrases.append(phrase)
            i = span.end
        return phrases

    # -- matching ------------------------------------------------------------------------
    def _lookup(
        self,
        text: str,
        home: str | None,
        named: Counter[str],
        at_war: frozenset[str] = frozenset(),
    ) -> list[Place]:
        """Gazetteer entries called ``text``; a name the gazetteer knows in no place of the home
        country is the home country's town of the local layer, if any, unless a place of that
        name abroad is well known (``places.home.local.v1``); with no home, a name the
        gazetteer does not know at all is the town of the one country at war that has one."""
        places = self.gazetteer.lookup(text)
        if self.towns is not None and home is None and not places and at_war:
            return self._war_town(text, at_war)
        if self.towns is None or home is None or any(p.country == home for p in places):
            return places
        if any(well_known(p, named) for p in places):
            return places
        return self.towns.lookup(text, home) or places

    def _war_town(self, text: str, at_war: frozenset[str]) -> list[Place]:
        """The small towns called ``text`` of the one country of ``at_war`` that has any."""
        assert self.towns is not None
        found = {country: self.towns.lookup(text, country) for country in sorted(at_war)}
        found = {country: towns for country, towns in found.items() if towns}
        return next(iter(found.values())) if len(found) == 1 else []

    def _longest_match(
        self,
        sent: Span,
        i: int,
        home: str | None = None,
        named: Counter[str] | None = None,
        at_war: frozenset[str] = frozenset(),
    ) -> tuple[Span, list[Place]] | None:
        named = named if named is not None else Counter()
        doc = sent.doc
        first = doc[i]
        if self._article_before_name(sent, i):
            pass  # "al-Bukamal": the name with its article
        elif not (first.is_title or (first.is_upper and len(first) > 1)):
            return None
        # "U.S." and "N'Djamena" are names, "2023" is not
        if not first.text.replace(".", "").replace("'", "").replace("’", "").isalpha():
            return None
        if first.text in self.cues.name_articles:
            for j in range(min(i + MAX_TOKENS, sent.end), i + 2, -1):
                span = doc[i:j]
                if doc[j - 1].is_title and (places := self._lookup(span.text, home, named, at_war)):
                    return span, places
            return None
        for j in range(min(i + MAX_TOKENS, sent.end), i, -1):
            span = doc[i:j]
            last = doc[j - 1]
            if not (last.is_title or last.is_upper or last.text == "."):
                continue
            places = self._lookup(span.text, home, named, at_war)
            bare = span[1:] if span[0].lower_ == "the" and len(span) > 1 else span
            if bare.text.isupper() and len(bare.text) <= 5:  # "UN", "EU": only curated acronyms
                places = [p for p in places if p.alias or p.kind == "country"]
            if places:
                return span, places
        return None

    # -- reading the syntax --------------------------------------------------------------
    def _read(self, span: Span, places: list[Place], mentions: MentionIndex) -> PlacePhrase | None:
        governor = self.governor(span.root)
        # a name before a site or an attack says where it was: "at *Jolo* cathedral"
        site = self._site_head(span, any(p.kind == "country" for p in places[:2]))
        locative = self.is_locative(governor) or site
        kind_hint = self._kind_hint(span)
        if self._inside_name(span) and not locative:
            return None
        if not (self._looks_proper(span) or self._capitalised_place(span, governor, locative)):
            return None
        if span.text in self.cues.never_names and kind_hint != "admin1":
            return None  # "Plateau" is a word, "Plateau state" a region of Nigeria
        if any(t.ent_type_ in ("DATE", "TIME") for t in span):
            return None
        if self._other_peoples_adjective(span, places, mentions):
            return None
        if self._tail_of_longer_name(span):
            return None
        if span.text in self.cues.stop_names and not locative:
            return None
        if self._person_compound(span):
            return None
        if self._affiliation(governor):
            return None
        if not (locative or self._target(governor)) and self._small_town_modifier(span, places):
            return None
        if self._subdivision_of_named_city(span):
            return None
        if self._dateline(span):
            return None
        if all(is_local(p) for p in places) and not self._place_slot(span, governor, locative):
            return None  # a small town's name elsewhere is too often a word
        if all(is_local(p) for p in places) and mentions.at(span.start) is not None:
            return None  # "Taliban", a town of Turkey: the actor the dictionary knows
        is_country = any(p.kind == "country" for p in places[:2])
        seat = mentions.at(span.start) is not None or places[0].capital
        as_actor = is_country or (seat and not self._target(governor))
        if as_actor and not (locative or self._geo_head(span)):
            return None  # "Azerbaijan invaded", "Baku proposed": an actor, not a place
        if kind_hint is None and self._geo_head(span) and span.root.dep_ == "compound":
            kind_hint = "admin1"  # "the Kharkiv region" (not "Kharkiv's Saltivka district")
        within = self._within(span, mentions)
        if within and not any(p.country in within for p in places):
            return None  # "Palma in northern Mozambique": a town the gazetteer lacks, not Spain's
        return PlacePhrase(span, tuple(places), locative, kind_hint, within)

    @staticmethod
    def _other_peoples_adjective(span: Span, places: list[Place], mentions: MentionIndex) -> bool:
        """An adjective naming one state's people, not another state's place of the same name
        ("*Somali* Islamist attack" in Kenya: Somalia's, not Ethiopia's Somali region)."""
        if len(span) != 1 or span.root.tag_ != "JJ":
            return False
        mention = mentions.at(span.start)
        if mention is None or mention.actor.country is None:
            return False
        national = (mention.actor.entry or "").startswith("country.") or (
            mention.token_end > span.end  # "*Somali* Islamist": the agent's nationality
        )
        return national and all(p.country != mention.actor.country for p in places)

    def _within(self, span: Span, mentions: MentionIndex) -> frozenset[str]:
        """The countries of a possessive before the name or its region word ("*Congo's* Beni
        region", "*Sagaing's* Kani township") or of a place phrase after it ("Palma *in
        northern Mozambique*"), by the actor dictionary and the gazetteer: the name's place lies
        in one."""
        token, owners = span.root, []
        for _ in range(3):
            owners.extend(c for c in token.children if c.dep_ == "poss" and c.i < span.start)
            if token.dep_ not in ("compound", "nmod", "amod") or token.head.i == token.i:
                break
            token = token.head
        found: set[str] = set()
        for owner in owners:
            mention = mentions.at(owner.i)
            if mention is not None and mention.actor.country:
                found.add(mention.actor.country)
            words = owner.doc[owner.left_edge.i : owner.i + 1].text
            found.update(self._countries(words, any_kind=True))
        return frozenset(found | self._country_after(span))

    def _country_after(self, span: Span) -> set[str]:
        """The country a place phrase right after the name puts it in: "Palma *in northern
        Mozambique*", "Garissa, *Kenya*" (a country's name closing the sentence or a phrase)."""
        doc, end = span.doc, span.end
        after = doc[end] if end < span.sent.end else None
        if after is None:
            return set()
        if after.lower_ == "in":
            names = [o for o in after.children if o.dep_ == "pobj"]
        elif after.text == "," and end + 1 < span.sent.end:
            names = [doc[end + 1]]
        else:
            return set()
        found: set[str] = set()
        for name in names:
            start = name.i  # the name with its compounds, not its adjectives ("*northern*")
            while start > span.end and doc[start - 1].dep_ == "compound":
                start -= 1
            closes = name.i + 1 == span.sent.end or doc[name.i + 1].is_punct
            if closes or after.lower_ == "in":
                found.update(self._countries(doc[start : name.i + 1].text))
        return found

    def _countries(self, words: str, any_kind: bool = False) -> set[str]:
        """The countries the gazetteer knows by ``words``; with ``any_kind``, the countries of
        the regions and towns of that name too ("*Sagaing's* Kani township": Myanmar's)."""
        return {
            p.country
            for p in self.gazetteer.lookup(words)
            if p.country and (any_kind or p.kind == "country")
        }

    def _place_slot(self, span: Span, governor: Token, locative: bool) -> bool:
        """Where a sentence names a place: after a locative preposition, as the object of a
        strike or capture, before a region or town word, or with its Arabic article."""
        if locative or self._target(governor) or self._geo_head(span):
            return True
        if self._kind_hint(span) is not None or span[0].text in self.cues.name_articles:
            return True
        return span.start >= 2 and self._article_before_name(span.sent, span.start - 2)

    def _small_town_modifier(self, span: Span, places: list[Place]) -> bool:
        """ "The Bush administration": a name that is also a small town (Bush, Egypt) modifying
        a common noun is a name, not where the event happened."""
        root = span[-1]  # "The Bush": the name, not its article
        if root.dep_ not in ("compound", "amod", "nmod") or root.head.pos_ != "NOUN":
            return False
        if self._geo_head(span):
            return False
        first = places[0]
        return first.kind == "city" and first.alias is None and first.population < SMALL_TOWN

    def governor(self, token: Token) -> Token:
        """The noun a name modifies: ``Kharkiv`` in ``Kharkiv's Saltivka district`` → district."""
        seen = 0
        while token.dep_ in NOMINAL_LINKS and token.head.i != token.i and seen < 6:
            if token.dep_ == "conj" and token.head.pos_ not in ("PROPN", "NOUN"):
                break
            token = token.head
            seen += 1
        of = token.head
        if token.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in self._geo_words():
            return self.governor(of.head)
        return token

    def is_locative(self, governor: Token) -> bool:
        if governor.dep_ != "pobj":
            return False
        prep = governor.head
        if prep.lower_ in ("to", "for") and prep.head.lemma_.lower() in self.cues.movement_verbs:
            return True  # "deployed to Port-au-Prince", "left for Paris"
        return prep.lower_ in self.cues.locative_prepositions

    def _geo_words(self) -> frozenset[str]:
        return self.cues.region_words | self.cues.city_words

    def _geo_head(self, span: Span) -> bool:
        """The name modifies a region or city word: ``Armenia's Syunik province``."""
        root = span.root
        return root.dep_ in ("compound", "poss", "nmod", "amod") and (
            root.head.lower_ in self._geo_words()
        )

    def _site_head(self, span: Span, is_country: bool) -> bool:
        """The name modifies a site where people gather (``Tigray market``, ``Kabul
        airport``) or, unless it is a country's, an attack (``Mogadishu truck bombing``)."""
        words = (
            self.cues.site_words if is_country else self.cues.site_words | self.cues.attack_words
        )
        token = span.root
        for _ in range(3):
            if token.dep_ != "compound" or token.head.i == token.i:
                return False
            token = token.head
            if token.lower_ in words:
                return True
        return False

    def _target(self, governor: Token) -> bool:
        """A city as the object of a strike or capture: ``drones hit Kyiv``."""
        head = governor.head
        if governor.dep_ == "dobj" or (governor.dep_ == "nsubjpass"):
            return head.lemma_.lower() in self.cues.target_verbs
        return governor.dep_ == "pobj" and head.head.lemma_.lower() in self.cues.target_verbs

    def _subdivision_of_named_city(self, span: Span) -> bool:
        """``Kharkiv's Saltivka district``: the city named as possessor is the place."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is None or after.lower_ not in self.cues.subcity_words:
            return False
        return any(
            c.dep_ == "poss" and c.i < span.start and c.text in self.gazetteer
            for c in after.children
        ) or (span.start >= 2 and doc[span.start - 1].tag_ == "POS")

    def _tail_of_longer_name(self, span: Span) -> bool:
        """``Valley`` in ``Galwan Valley``, ``Oshima`` in ``Kenzo Oshima``: a proper noun glued
        before the match; not a compass word (``South Lebanon`` is in Lebanon)."""
        if span.start == span.sent.start:
            return False
        before = span.doc[span.start - 1]
        if (
            before.text == "-"
            and before.i > span.sent.start
            and before.nbor(-1).text in self.cues.name_articles
        ):
            return self._named_before(before.nbor(-1))
        if not (
            before.pos_ == "PROPN"
            and before.dep_ == "compound"
            and span.start <= before.head.i < span.end
        ):
            return False
        if before.lower_ in COMPASS:
            return False
        if before.text in self.cues.name_articles:  # "al Raqqa": the article, in lower case
            return self._named_before(before)
        if before.is_sent_start:  # "Kenzo Oshima" but not "Gaza City"
            return before.text not in self.gazetteer and before.lower_ not in self._geo_words()
        return True

    @staticmethod
    def _named_before(article: Token) -> bool:
        """A capitalised word before the article ("*Jabal* al-Zawiya", "*Wadi* al-Dayf"): the
        name is a longer one, a mountain or valley, not the town of its last word."""
        if article.i == article.sent.start:
            return False
        word = article.nbor(-1)
        return word.is_alpha and word.is_title and word.lower_ not in COMPASS

    @staticmethod
    def _affiliation(governor: Token) -> bool:
        """``Anna Eshoo of California``, ``a summit with Paris``: not where an event happened."""
        if governor.dep_ != "pobj":
            return False
        prep = governor.head
        if prep.lower_ in NON_LOCATIVE:
            return True
        if prep.lower_ in ("to", "toward", "towards") and prep.head.pos_ in ("NOUN", "PROPN"):
            return True  # "a route to Nakhchivan": a destination, not where anything happens
        return prep.lower_ in ("of", "from") and (
            prep.head.ent_type_ in ("PERSON", "ORG") or prep.head.pos_ == "PROPN"
        )

    @staticmethod
    def _dateline(span: Span) -> bool:
        """``WASHINGTON (Reuters) —``: where the story was filed, not where events happened."""
        return span.start == span.sent.start and span.text.isupper() and len(span.text) > 3

    def _kind_hint(self, span: Span) -> str | None:
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.lower_ in self.cues.region_words:
            return "admin1"
        if after is not None and after.lower_ in self.cues.city_words:
            return "city"
        return None

    def _article_before_name(self, sent: Span, i: int) -> bool:
        """ "al-Raqqa": a lower-case Arabic article, a hyphen, then a capitalised word."""
        doc = sent.doc
        return (
            doc[i].text in self.cues.name_articles
            and i + 2 < sent.end
            and doc[i + 1].text == "-"
            and doc[i + 2].is_title
        )

    def _inside_name(self, span: Span) -> bool:
        """Part of a longer person's or organisation's name ("al-Raqqa" tagged as one name is
        no longer than "Raqqa": its article is part of the place's name)."""
        start = span.start
        if start >= 2 and self._article_before_name(span.sent, start - 2):
            start -= 2
        for token in span:
            if token.ent_type_ in NAME_LABELS and _entity_length(token) > span.end - start:
                return True
        return False

    @staticmethod
    def _looks_proper(span: Span) -> bool:
        return any(t.pos_ == "PROPN" or t.ent_type_ in PLACE_LABELS for t in span) or (
            span.text.isupper() and len(span.text) > 1
        )

    def _capitalised_place(self, span: Span, governor: Token, locative: bool) -> bool:
        """A capitalised name inside a sentence that the tagger took for a common noun
        ("civilians in *Ghazni*", "*Omdurman* market"): a place where the sentence uses it as
        one (after a locative preposition, before a region or city word, or as what an act of
        force hit). Title-case headlines are put in sentence case before they are parsed."""
        if span.start == span.sent.start or not all(t.is_title for t in span if t.is_alpha):
            return False
        return locative or self._geo_head(span) or self._target(governor)

    def _person_compound(self, span: Span) -> bool:
        """``Georgia Meloni``: a name glued to a following proper noun that is no place."""
        root = span.root
        head = root.head
        if root.dep_ != "compound" or head.pos_ != "PROPN" or head.i < span.end:
            return False
        if head.ent_type_ == "PERSON":
            return True
        return head.text not in self.gazetteer and head.lower_ not in self._geo_words()


def _entity_length(token: Token) -> int:
    """Tokens in the named entity ``token`` is part of, read from the IOB tags around it (not
    by scanning ``doc.ents``, which costs the length of the whole document)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start
