"""The line-level grammar shared by PETRARCH/Phoenix actor and agent dictionaries.

* ``#`` starts a comment, at the start of a line or after text (``NAME_ [CODE] # note``).
* A phrase is words joined by ``_`` or spaces; a trailing ``_`` "stops" the phrase (no stem, no
  generated plural). ``HAMID_KARZAI_`` → ``Hamid Karzai``.
* A code is ``[CODE]`` or ``[CODE RESTRICTION]``; codes are runs of three-letter parts
  (``EGYGOVLEG``: Egypt, government, legislature; ``IGOUNOREFHCR``); ``[---]`` is the null code.
* A restriction is ``<DATE`` (up to), ``>DATE`` (from), ``DATE-DATE`` or a lone ``DATE`` (from),
  with or without a space after ``<``/``>``; a date is ``YYMMDD`` (two-digit years below 30 are
  20xx) or ``YYYYMMDD``; both bounds are inclusive.

The format is described in the PETRARCH documentation (Open Event Data Alliance); this reader is
our own implementation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

REGION_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS"})
ROLE_CODES = frozenset(
    {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "ELI", "MED", "EDU", "BUS",
     "CRM", "CVL", "LAB", "REF", "AGR", "HLH", "ENV", "UAF", "INS", "SEP", "RAD", "HRI", "DEV",
     "REL", "MUS", "CHR", "JEW", "BUD", "HIN", "CTH", "PRO", "ORT", "SHI", "SUN", "SIK", "NGM"}
)  # fmt: skip
"""CAMEO role and religion codes: a code starting with one has no country (``[ELI]``)."""
YEAR_PIVOT = 30  # two-digit years below this are 20xx
NULL_CODE = "---"
STRAY = re.compile(r"[\[\]{}]")
CODE_GROUP = re.compile(r"\[([^\[\]]*)\]")
RESTRICTION = re.compile(r"^(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+)|(\d+))$")
LOWER_PARTICLES = frozenset(
    {"of", "the", "and", "for", "in", "on", "al", "el", "ad", "ash", "as", "ar", "an", "at",
     "bin", "ibn", "wa", "wal", "fi", "de", "du", "des", "la", "le", "da", "dos", "van", "von"}
)  # fmt: skip


@dataclass
class ReadReport:
    """What reading one dictionary file gave: counts and the lines read with a warning."""

    kind: str  # "actors" or "agents"
    entries: int = 0  # actor blocks (a primary phrase with its synonyms and codes) or agent lines
    names: int = 0  # phrases read: primary phrases and synonyms (actors), expanded forms (agents)
    records: int = 0  # actor records or agent phrases produced
    dated_roles: int = 0  # dated codes read
    uncoded: int = 0  # blocks or agent lines without any code (PETRARCH's null entries)
    null_coded: int = 0  # blocks whose only code is the null code [---]
    joined: int = 0  # names without "+" read as one more name of the block above
    substitutions: int = 0  # agent lines expanded through a !MARKER! set
    warnings: list[str] = field(default_factory=list)

    def warn(self, number: int, message: str) -> None:
        self.warnings.append(f"line {number}: {message}")

    def summary(self) -> str:
        if self.kind == "agents":
            return (
                f"{self.entries} agent lines read: {self.records} phrases "
                f"({self.substitutions} lines expanded through substitution sets), "
                f"{self.uncoded} without a code, {len(self.warnings)} warning(s)"
            )
        return (
            f"{self.entries} actor entries read ({self.names} names, {self.dated_roles} dated "
            f"codes): {self.records} records, {self.uncoded} without a code, {self.null_coded} "
            f"with the null code, {self.joined} names without '+' read as synonyms, "
            f"{len(self.warnings)} warning(s)"
        )


@dataclass(frozen=True)
class Code:
    """One bracketed code: the code and, for a dated one, its first and last day."""

    code: str
    dated: bool = False
    start: date | None = None
    end: date | None = None

    @property
    def null(self) -> bool:
        return self.code == NULL_CODE


def strip_comment(line: str) -> str:
    """The line without its ``#`` comment."""
    return line.split("#", 1)[0]


def phrase_words(phrase: str) -> list[str]:
    """The words of a phrase: ``AL-NUSRA_FRONT_`` → ``["AL-NUSRA", "FRONT"]``."""
    return [w for w in re.split(r"[_\s]+", STRAY.sub("", phrase)) if w]


def is_stopped(phrase: str) -> bool:
    """True when the phrase ends with ``_`` (a whole word: no stem, no generated plural)."""
    return phrase.rstrip().endswith("_")


def words(token: str) -> str:
    """``HAMID_KARZAI_`` → ``Hamid Karzai``; ``ABU_BAKR_AL-BAGHDADI_`` → ``Abu Bakr
    al-Baghdadi``; ``U.N._`` → ``U.N.``; short all-capital names (``PKK``) stay upper case."""
    parts = phrase_words(token)
    text = " ".join(parts)
    if len(text) <= 4 and "." not in text:
        return text.upper() if text.isupper() else text
    return " ".join(_cased(w, i == 0) for i, w in enumerate(parts))


def _cased(word: str, first: bool) -> str:
    if "." in word and len(word.replace(".", "")) <= 3:
        return word.upper()  # initials and dotted abbreviations: "K.", "U.N."
    pieces = word.split("-")
    out = []
    for j, piece in enumerate(pieces):
        low = piece.lower()
        lead = first and j == 0
        if low in LOWER_PARTICLES and not lead and (len(pieces) == 1 or j < len(pieces) - 1):
            out.append(low)
        else:
            out.append(_capital(low))
    return "-".join(out)


def _capital(word: str) -> str:
    """Capitalise the first letter (after an apostrophe-led prefix such as ``'I``)."""
    for i, char in enumerate(word):
        if char.isalpha():
            return word[:i] + char.upper() + word[i + 1 :]
    return word


def parse_day(value: str) -> date:
    """``YYMMDD`` or ``YYYYMMDD`` (a leading ``<``/``>`` is ignored); ``ValueError`` if bad.

    As PETRARCH reads them, up to seven digits are ``YYMMDD`` (the first six) and more are
    ``YYYYMMDD`` (the first eight): :func:`extra_digits` tells whether any were ignored."""
    digits = value.lstrip("<> ")
    if not digits.isdigit() or len(digits) < 6:
        raise ValueError(f"{value!r} is neither YYMMDD nor YYYYMMDD")
    if len(digits) >= 8:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    yy = int(digits[:2])
    year = 2000 + yy if yy < YEAR_PIVOT else 1900 + yy
    return date(year, int(digits[2:4]), int(digits[4:6]))


def extra_digits(value: str) -> bool:
    """True for a date with digits :func:`parse_day` ignores (``9008223``, ``1920030320``)."""
    digits = value.lstrip("<> ")
    return len(digits) not in (6, 8)


def split_code(code: str) -> tuple[str | None, str | None]:
    """``AFGGOV`` → (AFG, GOV); ``USA`` → (USA, None); ``IGOUNO`` → (UNO, IGO); ``ELI`` →
    (None, ELI)."""
    if code[:3] in ROLE_CODES:
        return None, code[:3]
    if code[:3] in REGION_PREFIXES:
        return (code[3:6] or None), code[:3]
    return code[:3] or None, (code[3:6] or None)


def read_codes(text: str, number: int, report: ReadReport) -> list[Code]:
    """Every ``[...]`` code on a line; a date that cannot be read is dropped with a warning."""
    found = []
    for group in CODE_GROUP.findall(text):
        parts = group.split(None, 1)
        if not parts:
            report.warn(number, "empty code []")
            continue
        code = parts[0].strip()
        if len(parts) == 1:
            found.append(Code(code))
            continue
        found.append(_dated(code, parts[1].strip(), number, report))
    return found


def _dated(code: str, restriction: str, number: int, report: ReadReport) -> Code:
    match = RESTRICTION.match(restriction)
    if match is None:
        report.warn(number, f"cannot read the date restriction {restriction!r}; code kept undated")
        return Code(code)
    sign, signed, first, last, lone = match.groups()
    if sign == "<":
        return Code(code, True, None, _day(signed, number, report))
    if sign == ">":
        return Code(code, True, _day(signed, number, report), None)
    if lone:  # a lone date opens the role, as ">DATE" does
        return Code(code, True, _day(lone, number, report), None)
    start, end = _day(first, number, report), _day(last, number, report)
    if start and end and start > end:
        report.warn(number, f"{first} is after {last}; the first bound is left open")
        start = None
    return Code(code, True, start, end)


def _day(value: str, number: int, report: ReadReport) -> date | None:
    try:
        day = parse_day(value)
    except ValueError:
        report.warn(number, f"cannot read the date {value!r}; that bound is left open")
        return None
    if extra_digits(value):
        report.warn(number, f"the date {value!r} has {len(value)} digits; read as {day}")
    return day
