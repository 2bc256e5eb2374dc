"""Verb, noun and adjective patterns from the user's ``patterns_dirs``, validated field by field.

Each YAML file holds a ``patterns:`` list shaped like the bundled pattern files
(``tocsin/data/events/patterns``). A pattern whose id is bundled replaces it; a new id adds a
rule. A mistake stops loading with ``FILE:LINE: patterns[i].field: what is wrong``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import fields
from pathlib import Path

from tocsin.events.patterns import CONDITIONS, FAMILIES, KINDS, Pattern, PatternBook
from tocsin.userdata import UserFile, check_mapping, check_words, yaml_files

FILE_FIELDS = ("provenance", "version", "patterns")
REQUIRED = ("id", "kind", "lemmas", "code")
FLAGS = ("symmetric", "statement", "passive_only", "active_only")
WORD_LISTS = (*CONDITIONS, "lemmas", "unless", "recipient", "actor", "complement_modal")


def read_patterns(path: Path, known_codes: Collection[str]) -> list[Pattern]:
    """The patterns of one user file; every field is checked before a rule is made."""
    file = UserFile.read(path)
    content = check_mapping(file, [], file.data or {}, FILE_FIELDS, ("patterns",))
    items = content["patterns"]
    if not isinstance(items, list):
        raise file.error(["patterns"], "expected a list of patterns")
    allowed = [f.name for f in fields(Pattern)]
    found: list[Pattern] = []
    for index, item in enumerate(items):
        at = ["patterns", index]
        check_mapping(file, at, item, allowed, REQUIRED)
        if item["kind"] not in KINDS:
            raise file.error([*at, "kind"], f"must be one of {', '.join(KINDS)}")
        code = str(item["code"])
        if code not in known_codes:
            raise file.error([*at, "code"], f'{code!r} is not a CAMEO code (quote it: "0874")')
        for name in WORD_LISTS:
            if name in item:
                check_words(file, [*at, name], item[name])
        for name in FLAGS:
            if name in item and not isinstance(item[name], bool):
                raise file.error([*at, name], "expected true or false")
        if item.get("family") is not None and item["family"] not in FAMILIES:
            raise file.error([*at, "family"], f"must be one of {', '.join(FAMILIES)}")
        found.append(Pattern.from_dict(item, f"{path}:{file.line(at)}"))
    return found


def with_user_patterns(
    book: PatternBook, directories: Iterable[str], known_codes: Collection[str]
) -> PatternBook:
    """``book`` with each user file's patterns: same id replaces, a new id adds."""
    user = [p for path in yaml_files(directories) for p in read_patterns(path, known_codes)]
    if not user:
        return book
    replaced = {p.id for p in user}
    return PatternBook([p for p in book.patterns if p.id not in replaced] + user)
