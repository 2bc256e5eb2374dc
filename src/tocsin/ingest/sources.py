"""``iter_documents``: every input (file, directory, archive, ``-``, URL) to a stream of documents.

Nothing raises for one bad input: each problem is handed to ``on_problem`` and reading goes
on with the next document or input.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from tocsin.errors import InputError, TocsinError, UnsupportedInputError
from tocsin.ingest.csvfile import iter_csv
from tocsin.ingest.jsonl import iter_jsonl
from tocsin.ingest.problems import Problem, ProblemHandler
from tocsin.ingest.stdin import STDIN, read_stdin
from tocsin.ingest.streams import open_binary
from tocsin.ingest.urls import UrlReader, is_url
from tocsin.ingest.wholefile import read_html_file, read_text_file
from tocsin.models import Document
from tocsin.settings import Settings

FileReader = Callable[[Path, Settings, ProblemHandler], Iterator[Document]]


def _read_jsonl_file(
    path: Path, settings: Settings, on_problem: ProblemHandler
) -> Iterator[Document]:
    with open_binary(path) as handle:
        yield from iter_jsonl(handle, str(path), settings, on_problem)


def _read_csv_file(
    path: Path, settings: Settings, on_problem: ProblemHandler
) -> Iterator[Document]:
    with open_binary(path) as handle:
        yield from iter_csv(handle, str(path), settings, on_problem)


READERS: dict[str, FileReader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".xhtml": read_html_file,
    ".jsonl": _read_jsonl_file,
    ".ndjson": _read_jsonl_file,
    ".jsonl.gz": _read_jsonl_file,
    ".ndjson.gz": _read_jsonl_file,
    ".csv": _read_csv_file,
    ".csv.gz": _read_csv_file,
}
SUPPORTED_EXTENSIONS = tuple(sorted(READERS))


def reader_for(path: Path) -> FileReader | None:
    """The reader for ``path``'s extension (``.jsonl.gz`` counts as one extension)."""
    name = path.name.lower()
    for extension in sorted(READERS, key=len, reverse=True):
        if name.endswith(extension):
            return READERS[extension]
    return None


def walk_directory(root: Path, on_problem: ProblemHandler) -> Iterator[Path]:
    """Supported files under ``root``, recursively, sorted by path; hidden entries skipped."""
    found: list[tuple[tuple[str, ...], Path]] = []
    skipped = 0

    def unreadable(error: OSError) -> None:
        where = error.filename or str(root)
        on_problem(Problem(str(where), f"cannot list: {error.strerror or error}", True))

    for directory, subdirs, files in os.walk(root, onerror=unreadable, followlinks=False):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        for name in files:
            path = Path(directory) / name
            if name.startswith("."):
                continue
            if reader_for(path) is None:
                skipped += 1
                continue
            found.append((path.relative_to(root).parts, path))
    if skipped:
        on_problem(
            Problem(str(root), f"{skipped} file(s) with unsupported extensions skipped", False)
        )
    for _, path in sorted(found):
        yield path


def _guarded(
    origin: str, documents: Iterator[Document], on_problem: ProblemHandler
) -> Iterator[Document]:
    """Documents from one input; an error ends that input only and is reported."""
    try:
        yield from documents
    except TocsinError as exc:
        on_problem(Problem.from_error(origin, exc))
    except (OSError, EOFError, zlib.error) as exc:  # unreadable, or a corrupt/truncated .gz
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        on_problem(Problem(origin, f"cannot read: {reason}", True, InputError.code))


def _read_path(path: Path, settings: Settings, on_problem: ProblemHandler) -> Iterator[Document]:
    if path.is_dir():
        found = False
        for child in walk_directory(path, on_problem):
            found = True
            yield from _read_path(child, settings, on_problem)
        if not found:
            on_problem(
                Problem(str(path), "no supported files in the directory", True, InputError.code)
            )
        return
    if not path.exists():
        on_problem(Problem(str(path), "no such file or directory", True, InputError.code))
        return
    reader = reader_for(path)
    if reader is None:
        error = UnsupportedInputError(
            f"unsupported file type {''.join(path.suffixes) or '(no extension)'}; "
            f"expected one of {', '.join(SUPPORTED_EXTENSIONS)}"
        )
        on_problem(Problem.from_error(str(path), error))
        return
    yield from _guarded(str(path), reader(path, settings, on_problem), on_problem)


def iter_documents(
    inputs: Iterable[str],
    settings: Settings,
    *,
    on_problem: ProblemHandler,
    stdin: BinaryIO | None = None,
    urls: UrlReader | None = None,
    allow_private: bool = False,
) -> Iterator[Document]:
    """Documents from files, directories, archives, ``-`` (stdin) and ``http(s)://`` URLs.

    ``urls`` reads URL inputs (one is built on first use, refusing private addresses unless
    ``allow_private``); ``stdin`` defaults to the process's standard input.
    """
    owned: UrlReader | None = None
    try:
        for item in inputs:
            if item == STDIN:
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from _guarded(STDIN, read_stdin(stream, settings, on_problem), on_problem)
            elif is_url(item):
                if urls is None:
                    urls = owned = UrlReader.from_settings(settings, allow_private=allow_private)
                yield from _guarded(item, urls.read(item, on_problem), on_problem)
            else:
                yield from _read_path(Path(item), settings, on_problem)
    finally:
        if owned is not None:
            owned.close()
