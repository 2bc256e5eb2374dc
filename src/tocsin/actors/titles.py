"""Agent phrases: nationality + agent noun (+ the person it names) → one coded actor.

"Azerbaijani President Ilham Aliyev" → AZE GOV; "Armenian and Azerbaijani officials" → ARM
GOV and AZE GOV; "the president of Azerbaijan" → AZE GOV; "Representatives Nancy Pelosi and
Anna Eshoo of California" → USA LEG twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.entries import Entry, make_code, slug
from tocsin.actors.matching import AgentHit, NameHit
from tocsin.models import ActorRef

COORD = frozenset({",", "and", "or", "&"})
NON_NATIONAL_KINDS = frozenset({"person"})


def _office(title: str) -> str:
    """Comparable form of a title: lower case, one spelling of "defence"."""
    return title.lower().replace("defense", "defence")


@dataclass(frozen=True)
class AgentGroup:
    """Adjacent agent hits read as one: "Foreign Ministry spokesperson"."""

    start: int
    end: int
    sector: str
    title: str  # lower-case text of the last agent ("spokesperson")
    person: bool
    plural: bool


CIVILIANS = "CVL"


def group_agents(agents: list[AgentHit]) -> list[AgentGroup]:
    groups: list[AgentGroup] = []
    run: list[AgentHit] = []
    for hit in [*agents, None]:
        if hit is not None and run and hit.start == run[-1].end:
            run.append(hit)
            continue
        if run:
            last = run[-1]
            groups.append(
                AgentGroup(
                    run[0].start,
                    last.end,
                    _group_sector(run),
                    last.agent.text.lower(),
                    any(h.agent.person for h in run),
                    last.agent.plural,
                )
            )
        run = [hit] if hit is not None else []
    return groups


def _group_sector(run: list[AgentHit]) -> str:
    """A body is what its head noun says ("the opposition *newspaper*"); a person's title is
    the institution's first word ("*police* chief", "*rebel* commander"), unless that word only
    names plain civilians or a people ("*Hutu* rebels", "*student* protesters")."""
    if not run[-1].agent.person:
        return run[-1].agent.sector
    specific = [h.agent.sector for h in run if h.agent.sector != CIVILIANS]
    return specific[0] if specific else run[0].agent.sector


class TitleReader:
    """Reads the nationality and person around agent groups."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.grammar = dictionary.grammar
        self.offices: dict[tuple[str | None, str], list[Entry]] = {}
        self.surnames: dict[tuple[str, str], list[Entry]] = {}  # (office, surname) → people
        for entry in dictionary.entries.values():
            for key in {(r.country, _office(r.title)) for r in entry.roles}:
                self.offices.setdefault(key, []).append(entry)
            if entry.name and entry.roles:
                surname = entry.name.split()[-1]
                for office in {
                    _office(r.title).split()[-1] for r in entry.roles if r.title.strip()
                }:
                    self.surnames.setdefault((office, surname), []).append(entry)

    def entry(self, hit: NameHit) -> Entry:
        return self.dictionary.entries[hit.alias.entry]

    def national(self, hit: NameHit | None) -> bool:
        return hit is not None and self.entry(hit).kind not in NON_NATIONAL_KINDS

    def left_nationals(
        self, doc: Doc, start: int, name_at_end: dict[int, NameHit]
    ) -> list[NameHit]:
        """Nationality names before ``start``, nearest last: "Armenian and Azerbaijani"."""
        i = start
        while (
            i > 0
            and i not in name_at_end
            and (doc[i - 1].lower_ in self.grammar.modifiers or doc[i - 1].like_num)
        ):
            i -= 1
        hit = name_at_end.get(i)
        if not self.national(hit):
            hit = self._in_phrase(doc, start, name_at_end)
        if hit is None:
            return []
        found = [hit]
        j = hit.start
        while j > 0 and doc[j - 1].text in COORD:
            k = j - 1
            while k > 0 and doc[k - 1].text in COORD:
                k -= 1
            prev = name_at_end.get(k)
            if not self.national(prev) or prev.alias.rule != hit.alias.rule:
                break
            found.insert(0, prev)
            j = prev.start
        return found

    def _in_phrase(self, doc: Doc, start: int, name_at_end: dict[int, NameHit]) -> NameHit | None:
        """A nationality further left inside the agent's noun phrase ("French paper workers")."""
        head = doc[start]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        for i in range(start - 1, head.left_edge.i - 1, -1):
            hit = name_at_end.get(i + 1)
            if hit is None or not self.national(hit):
                continue
            if self._act_between(doc, hit, start):
                return None
            token = doc[hit.end - 1]
            while token.head.i != token.i and token.i < head.i and token.head.i <= head.i:
                if token.head.i == head.i:
                    return hit
                token = token.head
            return None
        return None

    def _act_between(self, doc: Doc, hit: NameHit, start: int) -> bool:
        """A group's name, then a verb of force read as a noun, then the agent: "Taliban
        *attack* police station" is the Taliban attacking police, not Taliban police. A
        country's name keeps its agents ("Russian attack helicopters")."""
        if self.entry(hit).kind == "country":
            return False
        return any(doc[i].lower_ in self.grammar.headline_act_words for i in range(hit.end, start))

    def right_national(
        self, doc: Doc, end: int, name_at_start: dict[int, NameHit], plural: bool = False
    ) -> NameHit | None:
        """ "the president *of Azerbaijan*", "lawmakers *from Armenia*"."""
        allowed = self.grammar.right_prepositions | (
            self.grammar.right_prepositions_plural if plural else frozenset()
        )
        if end >= len(doc) or doc[end].lower_ not in allowed:
            return None
        k = end + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        hit = name_at_start.get(k)
        if hit is not None and hit.end < len(doc) and doc[hit.end].tag_ == "POS":
            return None  # "a commander of *Israel's* militia ally": Israel owns what follows
        return hit if self.national(hit) else None

    def region_after(self, doc: Doc, end: int) -> tuple[str | None, int]:
        """Country of an "of California" after a person, and where the phrase ends."""
        if end >= len(doc) or doc[end].lower_ != "of":
            return None, end
        k = end + 1
        while k < len(doc) and doc[k].is_title:
            k += 1
        text = doc[end + 1 : k].text
        return self.dictionary.regions.get(text), k

    def holder(self, country: str | None, title: str, when: date | None) -> Entry | None:
        """Who holds ``title`` for ``country`` on ``when`` ("the US Secretary of State")."""
        if not country:
            return None
        wanted = _office(title)
        found = []
        for person in self.offices.get((country, wanted), ()):
            role = person.role_at(when)
            if role is not None and role.country == country and _office(role.title) == wanted:
                found.append(person)
        return found[0] if len(found) == 1 else None

    def by_surname(self, title: str, person_text: str, when: date | None) -> list[Entry]:
        """ "President Clinton": the people of that surname who held the title.

        With an article date, only those holding it then; otherwise anyone who ever did.
        """
        words, office = person_text.split(), _office(title).split()
        if not words or not office:
            return []
        found = self.surnames.get((office[-1], words[-1]), [])
        if when is not None:
            found = [
                p
                for p in found
                if (role := p.role_at(when)) and _office(role.title).endswith(office[-1])
            ]
        return list({p.id: p for p in found}.values())

    def actor(
        self,
        text: str,
        country: str | None,
        group: AgentGroup,
        person: Entry | None,
        person_text: str | None,
        when: date | None,
    ) -> tuple[ActorRef, str]:
        """Actor of a title phrase and the rule that made it."""
        if person is None and person_text is not None and not group.plural:
            holders = self.by_surname(group.title, person_text, when)
            homes = {p.home_country() for p in holders}
            if country and homes != {country}:
                holders = []  # a nationality in the text that contradicts the dictionary
            if len(holders) == 1:
                person = holders[0]
            elif len(homes) == 1 and holders:  # "President Bush" with no date: one of two
                country = homes.pop()
        if person is not None:
            ref = person.ref(text, when)
            if ref.sector is None:  # outside every dated role: the title in the text decides
                country = country or ref.country
                return ActorRef(
                    text,
                    person.name,
                    make_code(country, group.sector),
                    country,
                    group.sector,
                    person.id,
                ), "title"
            return ref, "dict"
        if person_text is None and not group.plural:
            holder = self.holder(country, group.title, when)
            if holder is not None:
                role = holder.role_at(when)
                entry = f"{holder.id}#{slug(role.title)}" if role else holder.id
                return ActorRef(
                    text,
                    holder.name,
                    make_code(country, group.sector),
                    country,
                    group.sector,
                    entry,
                ), "title"
        rule = "title" if country else "agent"
        return ActorRef(
            text,
            person_text,
            make_code(country, group.sector),
            country,
            group.sector,
            f"agent.{slug(group.title)}",
        ), rule
