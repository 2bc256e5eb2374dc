"""Errors raised by tocsin, each with a stable code.

TocsinError
├── InputError          (E1xx) a document or file that cannot be read
│   ├── EmptyInputError
│   ├── BinaryInputError
│   ├── InputTooLargeError
│   └── UnsupportedInputError
├── DataFileError       (E2xx) a bundled or user data file that fails validation
├── StoreError          (E3xx) the database cannot be reached or migrated
└── FetchError          (E4xx) a feed or URL that cannot be fetched safely
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
