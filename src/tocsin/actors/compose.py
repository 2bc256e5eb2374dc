"""First pass of resolution: dictionary names, agent phrases and people → mentions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.entries import CAPITAL_PRIORITY, PEOPLE_PREFIX, Entry, make_code
from tocsin.actors.found import Found
from tocsin.actors.matching import AgentHit, NameHit
from tocsin.actors.titles import AgentGroup, TitleReader, group_agents
from tocsin.models import ActorRef


def looks_like_name(span: Span) -> bool:
    """Two or more capitalised words ("Matthew Miller"), the shape of a personal name."""
    words = [t for t in span if t.is_alpha]
    return len(span) >= 2 and len(words) == len(span) and all(t.is_title for t in words)


class Composer:
    """Builds mentions from matched names, agent words and person spans."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.titles = TitleReader(dictionary)

    def compose(
        self,
        doc: Doc,
        names: list[NameHit],
        agents: list[AgentHit],
        people: list[tuple[int, int]],
        when: date | None,
    ) -> list[Found]:
        name_at_end = {h.end: h for h in names}
        name_at_start = {h.start: h for h in names}
        person_at: dict[int, tuple[int, Entry | None]] = {s: (e, None) for s, e in people}
        for hit in names:
            entry = self.titles.entry(hit)
            if entry.kind == "person":
                person_at[hit.start] = (hit.end, entry)
        consumed: set[int] = set()  # tokens already inside a mention
        # an organisation named after a country, or a firm, is read whole before its words are
        # read as agents: "the Nigerian Union of Teachers" is one union, not Nigerians and
        # teachers
        found: list[Found] = self._national_orgs(doc, names, agents, consumed)
        found += self._companies(doc, consumed)
        for group in group_agents(agents):
            made = self._title_phrase(doc, group, name_at_end, name_at_start, person_at, when)
            for item in made:
                if not consumed.intersection(range(item.start, item.end)):
                    found.append(item)
                    consumed.update(range(item.start, item.end))
        found += self._appositions(doc, found, person_at, consumed, when)
        for hit in names:
            if not consumed.intersection(range(hit.start, hit.end)):
                item = self._name(doc, hit, when)
                if item is not None:
                    found.append(item)
                    consumed.update(range(hit.start, hit.end))
        for start, (end, entry) in person_at.items():
            if entry is None and not consumed.intersection(range(start, end)):
                if not looks_like_name(doc[start:end]):
                    continue  # a lone NER "person" is too often a place or a credit line
                text = doc[start:end].text
                found.append(Found(start, end, ActorRef(text, text), "ner", "person"))
                consumed.update(range(start, end))
        return self._document_country(doc, sorted(found, key=lambda f: f.start))

    def _national_orgs(
        self, doc: Doc, names: list[NameHit], agents: list[AgentHit], consumed: set[int]
    ) -> list[Found]:
        """Organisations named after a country ("the Kenya Anti-Corruption Commission")."""
        made: list[Found] = []
        by_start = {h.start: h for h in names}
        for ent in doc.ents:
            if ent.label_ != "ORG" or consumed.intersection(range(ent.start, ent.end)):
                continue
            inside = [
                h for i in range(ent.start, ent.end) if (h := by_start.get(i)) and h.end <= ent.end
            ]
            national = [h for h in inside if self.titles.entry(h).kind in ("country", "territory")]
            if len(inside) != 1 or not national or national[0].end - national[0].start == len(ent):
                continue
            rest = [t for t in ent if not national[0].start <= t.i < national[0].end]
            if all(t.tag_ == "POS" or t.is_punct for t in rest):
                continue  # "*Burkina Faso's* army": the country's possessive, no organisation
            country = self.titles.entry(national[0]).home_country()
            sectors = [a.agent.sector for a in agents if ent.start <= a.start and a.end <= ent.end]
            head = self.dictionary.agents.get(ent.root.lower_)  # "the U.S. *Department* of …"
            sector = sectors[-1] if sectors else head.sector if head else None
            ref = ActorRef(
                ent.text,
                ent.text,
                make_code(country, sector),
                country,
                sector,
                f"org-name.{country}",
            )
            made.append(Found(ent.start, ent.end, ref, "org", "org"))
            consumed.update(range(ent.start, ent.end))
        return made

    def _companies(self, doc: Doc, consumed: set[int]) -> list[Found]:
        """Firms the dictionaries do not know, by their legal form: "AMC Entertainment Holdings
        Inc", "the Austin-Morris company" (sector ``BUS``, country left to the setting)."""
        suffixes = self.dictionary.grammar.company_suffixes
        made: list[Found] = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or len(ent) < 2:
                continue
            last = ent[-1]
            following = doc[ent.end] if ent.end < len(doc) else None
            if last.text.rstrip(".").lower() in suffixes:
                end = ent.end
            elif following is not None and following.lower_ in ("company", "corporation"):
                end = ent.end + 1  # "the Austin-Morris *company*"
            else:
                continue
            if consumed.intersection(range(ent.start, end)):
                continue
            text = doc[ent.start : end].text
            ref = ActorRef(text, text, make_code(None, "BUS"), None, "BUS", "org-name.company")
            made.append(Found(ent.start, end, ref, "org", "org"))
            consumed.update(range(ent.start, end))
        return made

    def _document_country(self, doc: Doc, found: list[Found]) -> list[Found]:
        """Titled people of unknown nationality ("President Laurent Gbagbo") in a document
        that names a single country are taken to be of that country.

        A country named only as the target of an action ("threatened action *against Russia*")
        says nothing of the nationality of the people acting, so it does not count.
        """
        countries = {
            f.actor.country
            for f in found
            if f.kind in ("country", "territory") and not _named_as_target(doc, f)
        }
        sectors = self.dictionary.grammar.context_sectors
        if len(countries) != 1:
            return found
        (country,) = countries
        result = []
        for f in found:
            actor = f.actor
            if f.is_person and actor.country is None and actor.sector in sectors:
                actor = replace(actor, country=country, code=make_code(country, actor.sector))
                f = replace(f, actor=actor, rule="context")
            result.append(f)
        return result

    # -- names ----------------------------------------------------------------------------
    def _name(self, doc: Doc, hit: NameHit, when: date | None) -> Found | None:
        entry = self.titles.entry(hit)
        alias = hit.alias
        text = doc[hit.start : hit.end].text
        if alias.rule == "metonym" and (self._locative(doc, hit) or self._place_modifier(doc, hit)):
            return None
        ref = entry.ref(text, when, alias.sector)
        title = None
        if entry.kind == "person":
            role = entry.role_at(when)
            title = role.title.lower() if role else None
        return Found(
            hit.start,
            hit.end,
            ref,
            alias.rule if alias.rule != "people" else "dict",
            entry.kind,
            title,
            alias.rule == "people",
        )

    def _place_modifier(self, doc: Doc, hit: NameHit) -> bool:
        """A capital's name modifying a noun that names no one: "the *Kabul* suicide bombing",
        "*Mogadishu* hotel siege" — where it happened, not the government ("the *Kabul*
        government", "*Beijing* officials" still name it)."""
        last = doc[hit.end - 1]
        head = last.head
        if hit.alias.rule == "metonym" and _gerund_subject(doc, hit.end):  # "*Kyiv* shelling kills"
            return True
        return (
            hit.alias.priority == CAPITAL_PRIORITY
            and last.dep_ == "compound"
            and head.i >= hit.end
            and head.pos_ in ("NOUN", "PROPN")
            and head.lower_ not in self.dictionary.agents
            and head.lemma_.lower() not in self.dictionary.agents
        )

    def _locative(self, doc: Doc, hit: NameHit) -> bool:
        k = hit.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        return k >= 0 and doc[k].lower_ in self.dictionary.grammar.locative

    # -- agent phrases --------------------------------------------------------------------
    def _title_phrase(
        self,
        doc: Doc,
        group: AgentGroup,
        name_at_end: dict[int, NameHit],
        name_at_start: dict[int, NameHit],
        person_at: dict[int, tuple[int, Entry | None]],
        when: date | None,
    ) -> list[Found]:
        group = self._backed(doc, group)
        possessor = self._possessor(doc, group, name_at_end)
        # members, or one unnamed member ("an al-Qaeda *leader*"), of an armed group are the group
        member = group.plural or not group.person or group.end not in person_at
        if possessor is not None and member:
            members = self._armed_group_members(doc, possessor, group, when)
            if members is not None:
                return [members]
        nationals = self.titles.left_nationals(doc, group.start, name_at_end)
        if nationals and member:
            members = self._armed_group_members(doc, nationals[-1], group, when)
            if members is not None:
                return [members]
        start, end = (nationals[-1].start if nationals else group.start), group.end
        right = (
            None
            if nationals
            else self.titles.right_national(doc, group.end, name_at_start, group.plural)
        )
        country = self.titles.entry(nationals[-1]).home_country() if nationals else None
        if country is None and possessor is not None:  # "Assad's forces", "Russia's army"
            owner = self.titles.entry(possessor)
            country = owner.ref(owner.name, when).country or owner.home_country()
        if right is not None:
            country, end = self.titles.entry(right).home_country(), right.end
        if (
            start > 0
            and doc[start - 1].tag_ == "DT"
            and doc[start - 1].lower_ in self.dictionary.grammar.articles
        ):
            start -= 1
        person_end, person = person_at.get(group.end, (None, None))
        if not group.person or right is not None:
            person_end = None
        if person_end is not None:
            end = person_end
        person_text = doc[group.end : person_end].text if person_end else None
        if country is None and person_end is not None:
            country = self._list_region(doc, person_end)
        text = doc[start:end].text
        ref, rule = self.titles.actor(text, country, group, person, person_text, when)
        kind = "person" if person_end is not None else "agent"
        title = group.title if group.person else None
        found = [Found(start, end, ref, rule, kind, title, group.plural and not person_end)]
        for extra in nationals[:-1]:  # "Armenian and Azerbaijani officials"
            other = self.titles.entry(extra).home_country()
            sub = doc[extra.start : extra.end].text
            extra_ref, _ = self.titles.actor(sub, other, group, None, None, when)
            found.append(Found(extra.start, extra.end, extra_ref, "title", "agent", None, True))
        if group.plural and person_end is not None:
            found += self._person_list(doc, person_end, group, country, person_at, when)
        return found

    def affiliates(
        self, doc: Doc, found: list[Found], hits: list[NameHit], when: date | None
    ) -> list[Found]:
        """Fighters named by the armed group they are "linked" or "affiliated" to ("*IS-linked*
        insurgents", "Islamic State-affiliated militants") are that group's local branch: the
        fighters' own code (their country is that of the war they fight in) under the group's
        entry, over the words of its name and of the fighters."""
        if not hits:
            return found
        by_start = {f.start: f for f in found}
        out = list(found)
        for hit in hits:
            fighters = by_start.get(hit.end + 2)
            if (
                fighters is None
                or fighters.kind != "agent"
                or fighters.actor.sector not in ARMED_SECTORS
            ):
                continue
            entry = self.titles.entry(hit)
            group = entry.ref(entry.name, when)
            if entry.kind != "org" or group.sector not in ARMED_SECTORS:
                continue
            text = doc[hit.start : fighters.end].text
            ref = replace(fighters.actor, text=text, entry=group.entry)
            out[out.index(fighters)] = Found(hit.start, fighters.end, ref, "affiliate", "agent")
        return out

    def _backed(self, doc: Doc, group: AgentGroup) -> AgentGroup:
        """ "Turkish-backed *factions*": a party somebody backs is armed, not a political
        faction (its backer's name was already set aside by the resolver)."""
        k = group.start
        backing = self.dictionary.grammar.backing_words
        backed = k >= 2 and doc[k - 1].lower_ in backing and doc[k - 2].text == "-"
        if backed and group.sector in ("PTY", "OPP", "CVL"):
            return replace(group, sector="REB")
        return group

    def _possessor(
        self, doc: Doc, group: AgentGroup, name_at_end: dict[int, NameHit]
    ) -> NameHit | None:
        """The name owning an agent: "*Hezbollah*'s fighters", "*Assad*'s forces"."""
        k = group.start
        if k > 0 and doc[k - 1].lower_ in self.dictionary.grammar.articles:
            k -= 1
        if k < 2 or doc[k - 1].tag_ != "POS":
            return None
        return name_at_end.get(k - 1)

    def _armed_group_members(
        self, doc: Doc, hit: NameHit, group: AgentGroup, when: date | None
    ) -> Found | None:
        """ "HTS militants", "Houthi rebels", "Wagner fighters": the armed group itself, not
        people of its country; "Murle gunmen", "Fulani herders": the people, as the noun's
        kind of actor (``REB``, ``AGR``)."""
        entry = self.titles.entry(hit)
        text = doc[hit.start : group.end].text
        ref = entry.ref(text, when)
        if entry.kind == "org" and entry.id.startswith(PEOPLE_PREFIX):
            ref = replace(ref, sector=group.sector, code=make_code(ref.country, group.sector))
            return Found(hit.start, group.end, ref, "people", "org")
        if entry.kind != "org" or ref.sector not in ARMED_SECTORS:
            return None
        return Found(hit.start, group.end, ref, "dict", "org")

    def _list_region(self, doc: Doc, end: int) -> str | None:
        """Country from the first "of <region>" in a list of people after a title."""
        k = end
        limit = min(doc[end - 1].sent.end, end + 30)
        while k < limit:
            country, after = self.titles.region_after(doc, k)
            if country:
                return country
            k = after + 1
        return None

    def _person_list(
        self,
        doc: Doc,
        end: int,
        group: AgentGroup,
        country: str | None,
        person_at: dict[int, tuple[int, Entry | None]],
        when: date | None,
    ) -> list[Found]:
        """People listed after a plural title share it: "Representatives A and B, and C"."""
        found: list[Found] = []
        k = end
        while k < len(doc):
            _, k = self.titles.region_after(doc, k)
            while k < len(doc) and doc[k].text in (",", "and"):
                k += 1
            if k not in person_at:
                break
            p_end, entry = person_at[k]
            text = doc[k:p_end].text
            ref, rule = self.titles.actor(text, country, group, entry, text, when)
            found.append(Found(k, p_end, ref, rule, "person", group.title))
            k = p_end
        return found

    def _appositions(
        self,
        doc: Doc,
        found: list[Found],
        person_at: dict[int, tuple[int, Entry | None]],
        consumed: set[int],
        when: date | None,
    ) -> list[Found]:
        """ "Tigran Balayan, the Armenian ambassador" and "the spokesman, Matthew Miller"."""
        added: list[Found] = []
        skippable = self.dictionary.grammar.articles | self.dictionary.grammar.modifiers
        by_start = {f.start: f for f in found if f.kind == "agent" and f.actor.country}
        by_end = {f.end: f for f in found if f.kind == "agent" and f.actor.country}
        for start, (end, entry) in person_at.items():
            if consumed.intersection(range(start, end)):
                continue
            title = None
            if end + 1 < len(doc) and doc[end].text == ",":
                k = end + 1  # ", *a former* Russian oil tycoon"
                while k < len(doc) and doc[k].lower_ in skippable:
                    k += 1
                title = by_start.get(end + 1) or by_start.get(k)
            if title is None and start >= 2 and doc[start - 1].text == ",":
                title = by_end.get(start - 1)
            if title is None or title.plural:
                continue
            text = doc[start:end].text
            group = AgentGroup(0, 0, title.actor.sector or "", title.title or "", True, False)
            ref, rule = self.titles.actor(text, title.actor.country, group, entry, text, when)
            added.append(Found(start, end, ref, rule, "person", title.title))
            consumed.update(range(start, end))
            if title.actor.name is None and title in found:
                named = replace(title.actor, name=ref.name, entry=ref.entry)
                found[found.index(title)] = replace(title, actor=named, kind="person")
        return added


ARMED_SECTORS = frozenset({"REB", "UAF", "MIL", "RAD", "INS", "CRM"})  # gangs and cartels too


TARGET_PREPOSITIONS = frozenset({"against", "on", "to", "into", "toward", "towards", "with"})


def _named_as_target(doc: Doc, found: Found) -> bool:
    """Whether a mention is a direct object or the object of "against", "to", "on" …"""
    head = doc[found.end - 1]
    if head.dep_ in ("dobj", "dative"):
        return True
    return head.dep_ == "pobj" and head.head.lower_ in TARGET_PREPOSITIONS


def _gerund_subject(doc: Doc, end: int) -> bool:
    """A name right before a gerund and a finite verb, a headline whose gerund is the subject
    ("*Damascus* shelling kills 5", "*Kyiv* shelling kills two": the shelling kills, the place
    was shelled), however the parser hangs the three words."""
    return end + 1 < len(doc) and doc[end].tag_ == "VBG" and doc[end + 1].tag_ in ("VBZ", "VBD")
