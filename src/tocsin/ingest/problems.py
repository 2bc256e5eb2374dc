"""How readers report bad input without raising: a :class:`Problem` handed to a callback.

A reader never raises for one bad document or line. It builds a :class:`Problem` naming the
input (path, ``path#line`` or URL), hands it to ``on_problem`` and carries on with the rest.
``fatal`` means the document or input was skipped; otherwise it is a warning and the document
was still read (for example after a fallback decoding).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from tocsin.errors import TocsinError


@dataclass(frozen=True)
class Problem:
    """One problem met while reading ``origin``."""

    origin: str
    message: str
    fatal: bool
    code: str | None = None  # error code from tocsin.errors when one applies
    record: str | None = None  # the failed record (an archive line as JSON), for quarantine

    def __str__(self) -> str:
        level = "error" if self.fatal else "warning"
        code = f"[{self.code}] " if self.code else ""
        return f"{level}: {self.origin}: {code}{self.message}"

    @classmethod
    def from_error(
        cls, origin: str, error: TocsinError, *, fatal: bool = True, record: str | None = None
    ) -> Problem:
        """A problem carrying the code and message of a tocsin exception."""
        message = Exception.__str__(error)
        prefix = f"{origin}: "
        if message.startswith(prefix):
            message = message[len(prefix) :]
        return cls(origin, message, fatal, error.code, record)


ProblemHandler = Callable[[Problem], None]


def line_json(line: str) -> str:
    """A raw record as a JSON string in ASCII: exact, and storable in any column."""
    return json.dumps(line.rstrip("\r\n"), ensure_ascii=True)


class ProblemLog:
    """A handler that keeps every problem (useful in tests and summaries)."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def __call__(self, problem: Problem) -> None:
        self.problems.append(problem)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.fatal]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.fatal]


class ProblemReporter:
    """A handler that writes each problem as one line and counts errors and warnings.

    ``write`` receives the line (for the CLI: a function printing to stderr). Nothing is kept
    but the counts, so it suits archives with millions of records.
    """

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write
        self.errors = 0
        self.warnings = 0

    def __call__(self, problem: Problem) -> None:
        if problem.fatal:
            self.errors += 1
        else:
            self.warnings += 1
        self._write(str(problem))
