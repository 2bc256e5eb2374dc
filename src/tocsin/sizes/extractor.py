"""SizeExtractor: how many were killed, injured, displaced, arrested or took part.

A count is read where a number phrase counts people (``three civilians``, ``more than 100,000
ethnic Armenians``, ``dozens``) and the words around it say what happened to them: the verb
whose object or subject they are (``killed three civilians``, ``thousands fled``), a causative
complement (``prompted 100,000 Armenians to flee``), a predicate (``left five dead``) or the
counted noun itself (``12 deaths``). A count belongs to the event of its own clause, or, closing
a headline after a mark (``…, 20 dead``), to the act before it (:mod:`tocsin.sizes.closing`).
"""

from __future__ import annotations

from spacy.tokens import Token

from tocsin.context import DocContext
from tocsin.events.matching import headline_passive, object_read_as_subject
from tocsin.models import Size
from tocsin.sizes.closing import closing_count
from tocsin.sizes.periods import PeriodCues
from tocsin.sizes.quantities import Quantity, QuantityReader
from tocsin.sizes.tallies import DayTallies
from tocsin.sizes.vocabulary import Category, CountVocabulary

ORGANISATION_PREFIX = "org."  # dictionary entries of named organisations

SIZE_BOUNDARIES = frozenset({"advcl", "ccomp", "relcl", "parataxis", "csubj", "csubjpass"})
# dependents of a word whose numbers count something else ("wounded by 3 massacres")
PHRASES_APART = SIZE_BOUNDARIES | {"prep", "agent", "conj", "cc"}

PARTITIVE_PRONOUNS = frozenset({"them", "whom", "those"})  # "three of *them*"


class SizeExtractor:
    """Counts of people attached to the event of their clause."""

    def __init__(
        self,
        vocab: CountVocabulary | None = None,
        periods: PeriodCues | None = None,
        tallies: DayTallies | None = None,
    ) -> None:
        self.vocab = vocab or CountVocabulary.load()
        self.reader = QuantityReader(self.vocab)
        self.periods = periods or PeriodCues.load()
        self.tallies = tallies or DayTallies.load()

    def extract(self, trigger: Token, ctx: DocContext, closing: bool = True) -> Size | None:
        """The counts of ``trigger``'s event; ``closing``: a headline's closing count may be
        its toll (acts of force, coercion and protest only: :data:`CLOSING_EVENTS`)."""
        counts: dict[str, int] = {}
        nouns: dict[str, list[Token]] = {}
        spans: dict[str, bool] = {}  # category → its count is a total over a period
        approximate = False
        day_tallies = self.tallies.not_the_acts(trigger, self._is_death_word)
        summed = self.tallies.summed(trigger, self._is_death_word)  # the day's dead by kind
        for token in trigger.sent:
            if not self.reader.is_quantity(token) or self._inside_number(token):
                continue
            found = self.count(token, ctx)
            if found is None:
                continue
            category, quantity, noun = found
            if noun.i in day_tallies or not self._attached(trigger, noun, closing):
                continue  # a day's tally of a whole war is no act's toll
            backdrop = self.periods.backdrop(noun)
            if backdrop is not None and trigger not in backdrop.subtree:
                continue  # "after killing 60 …, bombing kills 16": the 60 are not the bombing's
            previous = counts.get(category.name)
            span = self.periods.covers_period(noun) or noun.i in summed
            if previous is not None and self._coordinated(noun, nouns[category.name]):
                # "three rebels and two civilians": coordinated counts add up
                counts[category.name] = previous + quantity.value
                spans[category.name] = spans[category.name] or span
            elif previous is None or quantity.value > previous:
                counts[category.name] = quantity.value
                spans[category.name] = span
            nouns.setdefault(category.name, []).append(noun)
            approximate = approximate or quantity.approximate
        if "killed" not in counts and self._one_killed(trigger, closing):
            counts["killed"], spans["killed"] = 1, False  # "policeman shot dead"
        if not counts:
            return None
        main = "killed" if "killed" in spans else next(iter(spans))
        return Size(approximate=approximate, cumulative=spans[main], **counts)

    def _one_killed(self, trigger: Token, closing: bool) -> bool:
        """One person, named by a singular noun of people and no number, is killed in the
        trigger's clause: "*Policeman* shot dead in Quetta", "army *jawan* killed in shelling",
        "*soldier* dies of wounds" (not "police killed", "a family killed")."""
        for verb in trigger.sent:
            if not self._is_death_word(verb) or verb.pos_ not in ("VERB", "AUX"):
                continue
            if verb.i != trigger.i and not self._attached(trigger, verb, closing):
                continue
            victims = [
                c
                for c in verb.children
                if c.dep_ in ("nsubjpass", "dobj")
                or (c.dep_ == "nsubj" and (verb.tag_ == "VBN" or headline_passive(verb)))
                or (c.dep_ == "nsubj" and self.vocab.by_subject_verb(verb.lemma_.lower()))
            ]
            if verb.dep_ == "acl" and verb.tag_ == "VBN":
                victims.append(verb.head)  # "army jawan *killed* in …"
            if len(victims) != 1:
                continue
            described = verb.dep_ == "acl" and verb.head == victims[0]  # "governor killed in"
            if trigger in victims[0].subtree and not (described and trigger in verb.subtree):
                continue  # "policeman *guarding* a team shot dead": not the guarding's toll
            if self._one_person(victims[0]):
                return True
        return False

    def _one_person(self, noun: Token) -> bool:
        """A singular noun of people with no number, not coordinated: "a *policeman*"."""
        if noun.tag_ not in ("NN", "NNP") or noun.conjuncts:
            return False  # a headline's capitalised "Policeman" is tagged a name
        if noun.lower_ in self.vocab.collective_nouns:
            return False
        if any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in noun.children):
            return False
        return noun.lower_ in self.vocab.people_nouns

    def _is_death_word(self, token: Token) -> bool:
        """``killed``, ``died``, ``dead``, ``deaths``: a word that says people died."""
        vocab = self.vocab
        lemma = token.lemma_.lower()
        found = (
            vocab.by_object_verb(lemma)
            or vocab.by_subject_verb(lemma)
            or vocab.by_adjective(token.lower_)
            or vocab.by_noun(lemma)
        )
        return found is not None and found.name == "killed"

    @staticmethod
    def _coordinated(noun: Token, others: list[Token]) -> bool:
        """True when ``noun`` is coordinated with one of ``others`` (counts to add up)."""
        heads = {noun.i} | {t.i for t in noun.conjuncts}
        return any(o.i in heads and o.i != noun.i for o in others)

    # -- reading one number --------------------------------------------------------------
    def count(
        self, token: Token, ctx: DocContext | None = None
    ) -> tuple[Category, Quantity, Token] | None:
        """The category, value and counted noun of the number phrase headed by ``token``
        (with ``ctx``, a counted armed group's name counts its members: "12 Taliban")."""
        number = self.reader.number(token)
        if number is None:
            return None
        value, approx = number
        noun = self._counted_noun(token)
        if noun is None or not (
            self._counts_people(noun, token) or self._counts_members(noun, token, ctx)
        ):
            return None
        category = self._category(noun)
        if category is None or (category.name == "killed" and self._with_wounded(noun)):
            return None  # "880 killed and injured" counts casualties, not the dead
        approx = approx or self.reader.approximate_cue(token)
        return category, Quantity(value, approx, token), noun

    def _inside_number(self, token: Token) -> bool:
        """``1.5`` in ``1.5 million``, ``twenty`` in ``twenty-three``: read with their head."""
        head = token.head
        part = head.i != token.i and token.dep_ in ("compound", "nummod", "quantmod")
        if part and (head.like_num or head.lower_ in self.vocab.multipliers):
            return True
        if token.lower_ in self.vocab.multipliers and token.i > 0:
            return token.head.i == token.i - 1 and self.reader.number(token.nbor(-1)) is not None
        return False

    def _counted_noun(self, token: Token) -> Token | None:
        head = token.head
        if token.dep_ in ("compound", "nummod") and head.dep_ in ("compound", "amod"):
            # "*Twelve* Togolese soldiers": the number hung on the words before the noun
            while head.dep_ in ("compound", "amod") and head.pos_ in ("ADJ", "PROPN"):
                if head.head.i <= head.i:
                    break
                head = head.head
            if head.pos_ == "NOUN":
                return head
        if token.dep_ == "nummod" or (  # "*Twenty* Houthis killed": the tagger's proper noun
            token.dep_ in ("compound", "quantmod") and token.head.pos_ in ("NOUN", "PROPN")
        ):
            head = token.head
            return head.head if head.lower_ in self.vocab.multipliers else head
        for child in token.children:  # dozens of people, thousands of protesters
            if child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if token.pos_ in ("NUM", "NOUN", "PRON"):
            return token  # a bare number standing for people: "killed five"
        return None

    def _counts_people(self, noun: Token, number: Token) -> bool:
        lemma = noun.lemma_.lower()
        if noun.i == number.i:
            return True
        if lemma in self.vocab.people_nouns or noun.lower_ in self.vocab.people_nouns:
            return True
        if noun.pos_ == "PRON" and noun.lower_ in PARTITIVE_PRONOUNS:
            return True  # "killing *three of them*": the people the sentence spoke of
        if noun.tag_ == "NNPS" and noun.lower_[:-1] in self.vocab.people_nouns:
            return True  # "200 ethnic *Amharas*": a people's name the lemmatiser left plural
        if any(lemma in c.nouns for c in self.vocab.categories):
            return True
        if lemma in self.vocab.not_people or noun.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
            return False
        if noun.dep_ in ("dobj", "nsubjpass") and self.vocab.by_object_verb(noun.head.lemma_):
            return True  # "detained more than a dozen ex-leaders"
        return (
            noun.ent_type_ == "NORP"
            or (noun.tag_ == "NNPS")
            or (noun.is_title and noun.lower_.endswith(("ans", "ians", "is", "ese")))
        )

    def _counts_members(self, noun: Token, number: Token, ctx: DocContext | None) -> bool:
        """ "kills 12 *Taliban*", "6 *YPG* killed": a number before the name of an armed group
        or a state's force counts its fighters."""
        if ctx is None or noun.i == number.i or number.i > noun.i:
            return False
        mention = ctx.mentions.at(noun.i)
        if mention is None or not (mention.actor.entry or "").startswith(ORGANISATION_PREFIX):
            return False  # "shot down 3 *drones*": a kind of actor, not a named group
        return mention.actor.sector in self.vocab.member_sectors

    def _with_wounded(self, noun: Token) -> bool:
        """The words that make ``noun`` a count of the dead are joined by the wounded's, with no
        number of their own: "killed and injured", "killed or wounded", "dead and wounded" (not
        "killed 8 and wounded 11")."""
        words = [noun, noun.head, *(c for c in noun.children if c.dep_ in ("amod", "acl"))]
        for word in words:
            for other in word.conjuncts:
                lemma = other.lemma_.lower()
                found = (
                    self.vocab.by_object_verb(lemma)
                    or self.vocab.by_noun(lemma)
                    or self.vocab.by_adjective(other.lower_)
                )
                if found is None or found.name != "injured":
                    continue
                arguments = [c for c in other.children if c.dep_ not in PHRASES_APART]
                if not any(self.reader.is_quantity(t) for c in arguments for t in c.subtree):
                    return True  # the wounded have no number of their own: one count for both
        return False

    def _category(self, noun: Token) -> Category | None:
        vocab = self.vocab
        by_noun = vocab.by_noun(noun.lemma_.lower()) or vocab.by_noun(noun.lower_)
        if by_noun is not None and by_noun.name != "participants":
            if by_noun.name != "killed" and self._killed_by_verb(noun):
                return vocab.by_noun("death")  # "kills 50 *evacuees*": who they were
            return by_noun  # "12 deaths", "300 refugees": the noun says what happened
        by_context = self._category_from_context(noun)
        return by_context if by_context is not None else by_noun

    def _category_from_context(self, noun: Token) -> Category | None:
        """What the words around a counted noun say happened to those people."""
        vocab = self.vocab
        for other in noun.conjuncts:  # "three rebels and two civilians *killed*": a shared verb
            for child in other.children:
                if child.dep_ == "acl" and child.tag_ == "VBN" and child.i > noun.i:
                    found = vocab.by_object_verb(child.lemma_)
                    if found is not None:
                        return found
        killing = self._killed_by_verb(noun)
        for child in noun.children:  # "five dead", "people killed in …", "left 12 people dead"
            if killing and child.dep_ == "amod" and child.i < noun.i:
                continue  # "killed 50 displaced people": who they were, not what was done
            if child.dep_ in ("amod", "acl", "oprd", "acomp"):
                found = vocab.by_adjective(child.lower_) or vocab.by_object_verb(child.lemma_)
                if found is not None and not (child.dep_ == "acl" and child.tag_ == "VBG"):
                    return found
                if child.dep_ == "acl" and child.tag_ == "VBG":
                    found = vocab.by_subject_verb(child.lemma_)
                    if found is not None:
                        return found
        verb = noun.head
        dep = noun.dep_
        if dep == "conj":  # "three soldiers and two civilians"
            while noun.dep_ == "conj":
                noun = noun.head
            verb, dep = noun.head, noun.dep_
        if dep == "pobj" and verb.lower_ == "of" and verb.head.pos_ in ("NOUN", "NUM"):
            return self._category(verb.head)
        if dep == "pobj" and verb.dep_ == "prep" and verb.head.pos_ in ("VERB", "AUX"):
            for subject in verb.head.children:  # "the death toll rose to 54", "raise the toll to"
                named = subject.dep_ in ("nsubj", "dobj")
                found = vocab.by_noun(subject.lemma_.lower()) if named else None
                if found is not None:
                    return found
        for sibling in verb.children:  # "left five people dead"
            if sibling.dep_ in ("oprd", "acomp", "ccomp") and sibling.i > noun.i:
                found = vocab.by_adjective(sibling.lower_)
                if found is not None:
                    return found
        lemma = verb.lemma_.lower()
        if dep in ("dobj", "nsubjpass", "pobj") and vocab.by_object_verb(lemma):
            return vocab.by_object_verb(lemma)
        if dep == "nsubj" and verb.dep_ == "ccomp" and object_read_as_subject(verb.head) == noun:
            found = vocab.by_object_verb(verb.head.lemma_.lower())
            if found is not None:  # "killed at least 85 civilians gathered for …"
                return found
        if dep == "npadvmod" and noun.like_num and noun.i == verb.i + 1:
            return vocab.by_object_verb(lemma)  # "behead *3* in Nangarhar": the object misread
        if dep in ("dobj", "nsubjpass") and self._to_death(verb):
            return vocab.by_noun("death")  # "hacked 50 people to death", "beaten to death"
        if (
            dep == "nsubj"
            and (verb.tag_ == "VBN" or headline_passive(verb))
            and not any(c.dep_ == "aux" for c in verb.children)
        ):
            found = vocab.by_object_verb(lemma)  # "three killed and 10 injured"
            if found is not None:
                return found
            if self._to_death(verb):
                return vocab.by_noun("death")  # "12 villagers hacked to death"
        if dep == "nsubj" and verb.pos_ == "ADJ":
            found = vocab.by_adjective(verb.lower_)  # "…, 20 dead"
            if found is not None:
                return found
        if dep in ("nsubj", "nsubjpass"):
            found = vocab.by_subject_verb(lemma)
            if found is not None:
                return found
            if dep == "nsubjpass" and verb.lower_ in ("dead",):
                return vocab.by_adjective("dead")
        if dep in ("dobj", "nsubj", "nsubjpass") and lemma in vocab.causative_verbs:
            found = self._complement(verb, noun)
            if found is not None:
                return found
        for child in noun.children:  # "Armenians ... to flee" parsed under the noun
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in {
                v for c in vocab.categories for v in c.subject_verbs
            }:
                return vocab.by_subject_verb(child.lemma_.lower())
        return None

    def _killed_by_verb(self, noun: Token) -> bool:
        """``noun`` is the object of a killing verb ("killed 50 displaced people")."""
        if noun.dep_ not in ("dobj", "nsubjpass"):
            return False
        found = self.vocab.by_object_verb(noun.head.lemma_.lower())
        return (found is not None and found.name == "killed") or self._to_death(noun.head)

    @staticmethod
    def _to_death(verb: Token) -> bool:
        """``verb`` is done "to death": whatever the verb (beat, hack, stab, burn), it kills."""
        return any(
            child.dep_ == "prep"
            and child.lower_ == "to"
            and any(o.dep_ == "pobj" and o.lemma_.lower() == "death" for o in child.children)
            for child in verb.children
        )

    def _complement(self, verb: Token, noun: Token) -> Category | None:
        """``prompted 100,000 Armenians (living there) to flee``: what the causer made happen."""
        vocab = self.vocab
        complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "oprd")]
        complements += [  # the parser often hangs "to flee" under the noun's own modifier
            t
            for t in noun.subtree
            if t.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in t.children)
        ]
        for complement in complements:
            if complement.i < noun.i:
                continue
            found = (
                vocab.by_subject_verb(complement.lemma_.lower())
                or vocab.by_object_verb(complement.lemma_.lower())
                or vocab.by_adjective(complement.lower_)
            )
            if found is not None:
                return found
        return None

    # -- attaching to the event ----------------------------------------------------------
    def _attached(self, trigger: Token, noun: Token, closing: bool = True) -> bool:
        """The count's clause is the trigger's, or one that continues it (both ways), or the
        count closes the headline of the trigger's act (with ``closing``)."""
        if noun.i == trigger.i or (closing and closing_count(trigger, noun, self.vocab)):
            return True
        noun_line = [noun, *noun.ancestors]
        trigger_line = [trigger, *trigger.ancestors]
        shared = {t.i for t in noun_line} & {t.i for t in trigger_line}
        if not shared:
            return False
        for line in (noun_line, trigger_line):
            for token in line:
                if token.i in shared:
                    break
                if token.dep_ in SIZE_BOUNDARIES and not self._continues(token):
                    return False
        return True

    def _continues(self, clause: Token) -> bool:
        """A clause that carries on its head's event: ``…, killing 8``, ``forced X to flee``."""
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        if clause.dep_ == "advcl" and clause.tag_ == "VBG":
            return not has_subject
        if clause.dep_ == "advcl" and any(c.lower_ == "to" for c in clause.children):
            return True
        misread = object_read_as_subject(clause.head) if clause.dep_ == "ccomp" else None
        if misread is not None and misread.head == clause:
            return True  # "killed 85 civilians gathered …": the object, misread as a clause's
        return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.vocab.causative_verbs
