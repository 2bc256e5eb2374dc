"""User YAML files (``patterns_dirs``, ``actors_dirs``): read with the line of every value, so a
mistake is reported as ``FILE:LINE: field: what is wrong``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tocsin.errors import DataFileError

Key = str | int
SUFFIXES = (".yaml", ".yml")


class _Loader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so a bad one is reported like any other value."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class UserFile:
    """A parsed user YAML file and the node tree that knows where each value was written."""

    path: Path
    data: Any
    root: yaml.Node | None

    @classmethod
    def read(cls, path: Path) -> UserFile:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise DataFileError(f"{path}: cannot read: {exc}") from exc
        try:
            root = yaml.compose(text, Loader=_Loader)
            data = yaml.load(text, Loader=_Loader)  # a SafeLoader: no objects are built
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark else str(path)
            problem = getattr(exc, "problem", None) or exc
            raise DataFileError(f"{where}: not valid YAML: {problem}") from exc
        return cls(path, data, root)

    def line(self, keys: Sequence[Key]) -> int:
        """The line (1-based) where the value at ``keys`` starts, or its nearest parent's."""
        node = self.root
        line = node.start_mark.line + 1 if node is not None else 1
        for key in keys:
            child = _child(node, key)
            if child is None:
                break
            node, line = child[1], child[0]
        return line

    def error(self, keys: Sequence[Key], message: str) -> DataFileError:
        """``FILE:LINE: field: message`` for the value at ``keys``."""
        return DataFileError(f"{self.path}:{self.line(keys)}: {field_name(keys)}: {message}")


def _child(node: yaml.Node | None, key: Key) -> tuple[int, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return key_node.start_mark.line + 1, value_node
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        item = node.value[key]
        return item.start_mark.line + 1, item
    return None


def field_name(keys: Sequence[Key]) -> str:
    """``patterns[2].code`` for ``("patterns", 2, "code")``."""
    name = ""
    for key in keys:
        name += f"[{key}]" if isinstance(key, int) else (f".{key}" if name else str(key))
    return name or "<file>"


def yaml_files(directories: Iterable[str | Path]) -> list[Path]:
    """The YAML files of each directory, directory by directory, in name order."""
    found: list[Path] = []
    for directory in directories:
        folder = Path(directory).expanduser()
        if not folder.is_dir():
            raise DataFileError(f"{folder}: not a directory")
        found.extend(sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES))
    return found


def check_mapping(
    file: UserFile,
    keys: Sequence[Key],
    value: Any,
    allowed: Iterable[str],
    required: Iterable[str] = (),
) -> dict[str, Any]:
    """``value`` as a mapping whose fields are all ``allowed`` and hold every ``required`` one."""
    if not isinstance(value, dict):
        raise file.error(keys, f"expected a mapping, not {type(value).__name__}")
    allowed = set(allowed)
    for name in value:
        if name not in allowed:
            raise file.error(
                [*keys, name], f"unknown field (expected one of {', '.join(sorted(allowed))})"
            )
    for name in required:
        if value.get(name) in (None, "", []):
            raise file.error(keys, f"missing required field {name!r}")
    return value


def check_words(file: UserFile, keys: Sequence[Key], value: Any) -> list[str]:
    """A word or a list of words (strings, not yes/no or numbers)."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) and v.strip() for v in items):
        raise file.error(keys, "expected a word or a list of words (quote yes/no/on/off)")
    return items
