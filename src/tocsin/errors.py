"""Errors raised by tocsin, each with a stable code.

TocsinError
├── InputError          (E1xx) a document or file that cannot be read
│   ├── EmptyInputError
│   ├── BinaryInputError
│   ├── InputTooLargeError
│   ├── UnsupportedInputError
│   ├── InvalidRecordError    (one bad line/row of a JSONL or CSV archive)
│   ├── DecodingError         (bytes that are not text in any known encoding)
│   ├── BadTextError          (NUL bytes or lone surrogates: a damaged record, quarantined)
│   ├── CodingCrashError      (the pipeline failed on one document; the batch goes on)
│   └── TimeBudgetError       (a document took longer than its time budget)
├── DataFileError       (E2xx) a bundled or user data file that fails validation
├── StoreError          (E3xx) the database cannot be reached or migrated
│   ├── StoreWriteError       (one record the database refused; quarantined)
│   └── StoreBusyError        (another run holds the batch or the analysis lock)
└── FetchError          (E4xx) a feed or URL that cannot be fetched safely
    ├── UnsafeURLError        (scheme or address refused before connecting)
    ├── FetchTimeoutError
    └── FeedError             (a feed that cannot be parsed at all)
MissingExtraError       (E600) a feature whose optional dependency (extra) is not installed
PluginError             (E700) a plugin, step, export format or command that cannot be used
"""

from __future__ import annotations


class TocsinError(Exception):
    """Base class; ``code`` identifies the error in logs and docs."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(TocsinError):
    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class InputTooLargeError(InputError):
    code = "E103"


class UnsupportedInputError(InputError):
    code = "E104"


class DataFileError(TocsinError):
    code = "E200"


class StoreError(TocsinError):
    code = "E300"


class FetchError(TocsinError):
    code = "E400"


class InvalidRecordError(InputError):
    code = "E105"


class DecodingError(InputError):
    code = "E106"


class BadTextError(InputError):
    code = "E107"


class CodingCrashError(InputError):
    code = "E108"


class TimeBudgetError(InputError):
    code = "E109"


class StoreWriteError(StoreError):
    code = "E301"


class StoreBusyError(StoreError):
    code = "E302"


class UnsafeURLError(FetchError):
    code = "E401"


class FetchTimeoutError(FetchError):
    code = "E402"


class FeedError(FetchError):
    code = "E403"


class MissingExtraError(TocsinError):
    """An optional feature was used without its extra: the message names the pip command."""

    code = "E600"


class PluginError(TocsinError):
    """A plugin that fails to register, a name taken twice, or an unknown registered name."""

    code = "E700"
