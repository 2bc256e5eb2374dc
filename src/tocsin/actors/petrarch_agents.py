"""Read PETRARCH/Phoenix agent dictionaries: nouns and phrases with a sector code.

::

    !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     # a substitution set
    LAWMAKER [~LEG]                               # regular plural generated (lawmakers)
    CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]   # irregular plural
    POLICE {} [~COP]                              # {}: no plural form
    ISLAMIC_FRONT_ [~MUSREB]                      # trailing _: stopped, no plural either
    POLICE!PERSON! [~COP]                         # policeman, policemen, policewoman, ...
    PEACEKEEPING_TROOPS {} [IGO~]                 # code before "~": an organisation prefix

The sector of an agent is the first three letters of its code (``~GOVBUS`` → GOV,
``IGO~`` → IGO). Every form a substitution set gives is used as written, with no plural of its
own. A space between words (PETRARCH: other words may come between) is read as adjacency. A line
without a code is skipped with a warning, as PETRARCH skips it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tocsin.actors.petrarch_text import ReadReport, is_stopped, phrase_words, strip_comment

MARKER_SET = re.compile(r"^!([A-Z]+)!\s*=\s*(.+)$")
MARKER = re.compile(r"!([A-Z]+)!")
AGENT_CODE = re.compile(r"\[\s*(~?)([A-Z]+)(~?)\s*[\]}]")


@dataclass(frozen=True)
class AgentPhrase:
    """One agent form: its words, its plural ('' = none, None = regular), its code."""

    text: str
    plural: str | None
    code: str  # e.g. "GOVBUS"
    prefix: bool  # "IGO~": the code goes before the actor's, an organisation
    line: int

    @property
    def sector(self) -> str:
        return self.code[:3]

    def item(self) -> str:
        """The phrase as an ``agents.yaml`` item: ``singular``, ``singular|plural`` or
        ``form|form`` (used as written, no plural)."""
        if self.plural is None:
            return self.text
        return f"{self.text}|{self.plural or self.text}"


@dataclass
class AgentFile:
    phrases: list[AgentPhrase]
    report: ReadReport


def is_agents_file(lines: list[str]) -> bool:
    """An agent file marks its codes with ``~`` (``[~GOV]``, ``[NGO~]``)."""
    return any("[~" in line or "~]" in line for line in lines)


def parse_agents(lines: Iterable[str]) -> dict[str, dict[str, list[str]]]:
    """Agent phrases by sector: ``{"LEG": {"group": ["lawmaker", ...]}}``."""
    return agents_by_sector(read_agents(lines).phrases)


def agents_by_sector(phrases: Iterable[AgentPhrase]) -> dict[str, dict[str, list[str]]]:
    """Phrases in the ``agents.yaml`` shape, by sector (the first part of the code)."""
    sectors: dict[str, dict[str, list[str]]] = {}
    for phrase in phrases:
        items = sectors.setdefault(phrase.sector, {}).setdefault("group", [])
        if phrase.item() not in items:
            items.append(phrase.item())
    return sectors


def read_agents(lines: Iterable[str]) -> AgentFile:
    """Every agent form of the file and a :class:`ReadReport`."""
    report = ReadReport("agents")
    markers: dict[str, list[str]] = {}
    phrases: list[AgentPhrase] = []
    for number, raw in enumerate(lines, 1):
        line = strip_comment(raw).strip()
        if not line:
            continue
        defined = MARKER_SET.match(line)
        if defined:
            markers[defined.group(1)] = [v.strip() for v in defined.group(2).split(",") if v]
            continue
        report.entries += 1
        code = AGENT_CODE.search(line)
        if code is None:
            report.uncoded += 1
            report.warn(number, f"agent without a code: {line!r}; skipped")
            continue
        if code.group(0).endswith("}"):
            report.warn(number, "code closed with '}' instead of ']'; read as a code")
        prefix = bool(code.group(3)) and not code.group(1)
        head = line[: code.start()]
        body, _, rest = head.partition("{")
        plural_text = rest.split("}", 1)[0] if "{" in head else None
        made = _forms(body, plural_text, code.group(2), prefix, number, markers, report)
        phrases += made
    report.records = len(phrases)
    report.names = len(phrases)
    return AgentFile(phrases, report)


def _forms(
    body: str,
    plural_text: str | None,
    code: str,
    prefix: bool,
    number: int,
    markers: dict[str, list[str]],
    report: ReadReport,
) -> list[AgentPhrase]:
    marker = MARKER.search(body)
    if marker is None:
        text = _text(body)
        if not text:
            report.warn(number, "agent line without words; skipped")
            return []
        if plural_text is not None:
            plural: str | None = _text(plural_text)
        else:
            plural = "" if is_stopped(body) else None
        return [AgentPhrase(text, plural, code, prefix, number)]
    values = markers.get(marker.group(1))
    if values is None:
        report.warn(number, f"substitution set !{marker.group(1)}! is not defined; skipped")
        return []
    report.substitutions += 1
    forms = []
    for value in values:  # every form as written: no plural of its own
        text = _text(body[: marker.start()] + value + body[marker.end() :])
        if text:
            forms.append(AgentPhrase(text, "", code, prefix, number))
    return forms


def _text(phrase: str) -> str:
    return " ".join(phrase_words(phrase)).lower()
