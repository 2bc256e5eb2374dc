"""The registry of extension points: pipeline steps, export formats and CLI commands.

A :class:`Registry` is built, never kept in module state: :meth:`Registry.load` fills a fresh
one with what the package itself provides, then lets each plugin add to it. A plugin is any
installed distribution that declares an entry point in the ``tocsin.plugins`` group::

    [project.entry-points."tocsin.plugins"]
    mine = "my_package.tocsin_plugin:register"

where ``register(registry)`` calls :meth:`Registry.add_step`, :meth:`Registry.add_export` or
:meth:`Registry.add_command`. A name already taken is refused unless ``replace=True``.
``docs/extending.md`` has a worked example of each.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Any, TypeVar

from tocsin.errors import PluginError

if TYPE_CHECKING:
    from tocsin.export.formats import ExportFormat
    from tocsin.steps import StepFactory

ENTRY_POINT_GROUP = "tocsin.plugins"

#: Modules whose ``register(registry)`` adds what the package itself provides.
BUILTIN = ("tocsin.steps", "tocsin.export.formats", "tocsin.cli.main")

#: Adds one command to the Typer app it is given.
CommandRegistrar = Callable[[Any], None]
T = TypeVar("T")


@dataclass(frozen=True)
class StepSpec:
    """A registered pipeline step: its factory, whether it infers parties the text omits, and
    whether it reads a record's final parties (``after_parts``: run again once the other
    triggers of a merged mention completed them)."""

    name: str
    factory: StepFactory
    infers_parties: bool = False
    after_parts: bool = False


@dataclass
class Registry:
    """Named pipeline steps, export formats and commands, in the order they were added."""

    steps: dict[str, StepSpec] = field(default_factory=dict)
    exports: dict[str, ExportFormat] = field(default_factory=dict)
    commands: dict[str, CommandRegistrar] = field(default_factory=dict)
    plugins: list[str] = field(default_factory=list)

    @classmethod
    def load(
        cls, plugins: Iterable[EntryPoint] | None = None, builtin: Iterable[str] = BUILTIN
    ) -> Registry:
        """The package's own entries (from the ``builtin`` modules), then every plugin's.

        The pipeline asks for its steps only, so coding does not import the store or the CLI.
        """
        registry = cls()
        for module in builtin:
            importlib.import_module(module).register(registry)
        found = entry_points(group=ENTRY_POINT_GROUP) if plugins is None else plugins
        for entry in sorted(found, key=lambda e: e.name):
            registry.add_plugin(entry)
        return registry

    def add_plugin(self, entry: EntryPoint) -> None:
        """Call one entry point's ``register(registry)``; a failure names the plugin."""
        try:
            entry.load()(self)
        except PluginError:
            raise
        except Exception as exc:
            raise PluginError(
                f"plugin {entry.name!r} ({entry.value}) failed to register: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        self.plugins.append(entry.name)

    # -- adding ---------------------------------------------------------------------------
    def add_step(
        self,
        name: str,
        factory: StepFactory,
        *,
        infers_parties: bool = False,
        after_parts: bool = False,
        replace: bool = False,
    ) -> None:
        """A candidate step: ``factory(pipeline)`` returns ``step(candidate, where)``."""
        spec = StepSpec(name, factory, infers_parties, after_parts)
        self._put(self.steps, "step", name, spec, replace)

    def add_export(self, export: ExportFormat, *, replace: bool = False) -> None:
        """An export format for ``tocsin export`` (and ``tocsin code`` when it writes text)."""
        self._put(self.exports, "export format", export.name, export, replace)

    def add_command(self, name: str, command: Callable[..., Any], *, replace: bool = False) -> None:
        """A Typer command function, added to the app as ``tocsin NAME``."""
        self._put(self.commands, "command", name, lambda app: app.command(name)(command), replace)

    def add_command_registrar(
        self, name: str, registrar: CommandRegistrar, *, replace: bool = False
    ) -> None:
        """A function that adds the command (or a command group) to the app itself."""
        self._put(self.commands, "command", name, registrar, replace)

    # -- looking up -----------------------------------------------------------------------
    def step(self, name: str) -> StepSpec:
        return self._get(self.steps, "step", name)

    def export(self, name: str) -> ExportFormat:
        return self._get(self.exports, "export format", name)

    @staticmethod
    def _put(table: dict[str, T], kind: str, name: str, item: T, replace: bool) -> None:
        if not name or not name.replace("_", "").replace("-", "").isalnum():
            raise PluginError(f"{kind} name {name!r} must be letters, digits, - or _")
        if name in table and not replace:
            raise PluginError(f"{kind} {name!r} is already registered (pass replace=True)")
        table[name] = item

    @staticmethod
    def _get(table: dict[str, T], kind: str, name: str) -> T:
        try:
            return table[name]
        except KeyError:
            raise PluginError(
                f"unknown {kind} {name!r}; registered: {', '.join(table) or 'none'}"
            ) from None
