"""No import cycles between tocsin's packages: each depends on others in one direction only.

Every import counts, at module level or inside a function (a lazy import hides a cycle, it does
not remove it); only imports for type checking are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "tocsin"


def part_of(module: str) -> str:
    """``tocsin.ingest.feeds`` → ``ingest``; a top-level module is its own part."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "tocsin"


def type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for n in ast.walk(node))
    return skipped


def import_graph() -> dict[str, dict[str, set[str]]]:
    """part → part it imports → the files that do."""
    graph: dict[str, dict[str, set[str]]] = {}
    for path in SOURCE.rglob("*.py"):
        relative = path.relative_to(SOURCE.parent).with_suffix("")
        source = part_of(".".join(relative.parts).removesuffix(".__init__"))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = type_checking_nodes(tree)
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                if name.startswith("tocsin."):
                    target = part_of(name)
                    if target not in (source, "tocsin"):
                        graph.setdefault(source, {}).setdefault(target, set()).add(str(relative))
    return graph


def cycles(graph: dict[str, dict[str, set[str]]]) -> list[list[str]]:
    """Strongly connected groups of more than one part (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(set(graph) | {t for targets in graph.values() for t in targets}):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_the_packages() -> None:
    graph = import_graph()
    assert {"store", "ingest", "incidents", "signals", "alerts", "api", "cli"} <= set(graph)
    assert "store" in graph["ingest"] and "incidents" in graph["signals"]


def test_no_import_cycles_between_packages() -> None:
    graph = import_graph()
    loops = cycles(graph)
    described = [
        {a: {b: sorted(graph[a][b]) for b in group if b in graph.get(a, {})} for a in group}
        for group in loops
    ]
    assert loops == [], f"import cycles: {described}"


def test_a_cycle_is_found() -> None:
    assert cycles({"a": {"b": {"x"}}, "b": {"c": {"y"}}, "c": {"a": {"z"}}}) == [["a", "b", "c"]]
