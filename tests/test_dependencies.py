"""Every module the package imports comes from a distribution that pyproject.toml declares."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "tocsin"


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> dict[str, set[str]]:
    """Distribution names per group: "core" and each extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    groups = {"core": project["dependencies"], **project["optional-dependencies"]}
    return {
        group: {normalised(re.split(r"[\[<>=!~; ]", req, maxsplit=1)[0]) for req in reqs}
        for group, reqs in groups.items()
    }


def imported_modules() -> dict[str, set[str]]:
    """Top-level third-party module → the files that import it."""
    found: dict[str, set[str]] = {}
    for path in SOURCE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "require":
                names = [node.args[0].value]  # type: ignore[attr-defined]
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in ("tocsin", "__future__"):
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_import_is_declared() -> None:
    groups = declared()
    every = set().union(*groups.values())
    providers = packages_distributions()
    modules = imported_modules()
    assert {"spacy", "sqlalchemy", "fastapi", "pyarrow"} <= set(modules)
    undeclared = {
        module: sorted(files)
        for module, files in modules.items()
        if not {normalised(d) for d in providers.get(module, [module])} & every
    }
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_html_cleaning_is_declared_for_trafilatura() -> None:
    assert "lxml-html-clean" in declared()["core"]


def test_the_test_extra_brings_every_feature() -> None:
    groups = declared()
    assert {"server", "postgres", "scale", "parquet", "all", "test"} <= set(groups)
    assert not (groups["server"] | groups["scale"] | groups["parquet"]) & groups["core"]


def test_each_lazy_import_names_the_extra_that_declares_it() -> None:
    groups = declared()
    providers = packages_distributions()
    checked = 0
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "require":
                module, extra = (arg.value for arg in node.args)  # type: ignore[attr-defined]
                dists = {normalised(d) for d in providers[module.split(".")[0]]}
                assert dists & groups[extra], f"{path.name}: {module} is not in [{extra}]"
                checked += 1
    assert checked >= 6
