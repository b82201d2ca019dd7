"""Import cycles between the project's modules (``peerdesk/`` and ``ui/``).

Run as ``python tests/import_cycles.py [--static]`` to print every cycle; the test
``tests/test_import_cycles.py`` uses :func:`import_cycles`.

Counting rule: an import counts when it runs while the module is being
imported, that is a statement in the module body, in a class body, or under
``if``/``try``/``with`` at that level. Imports inside functions and methods do
not count (they run later, when the module is already loaded), and neither do
imports under ``if TYPE_CHECKING:`` (they never run). Relative imports are
resolved; ``from package import name`` counts as an import of
``package.name`` when that is a module of the project, else of ``package``.
A cycle is a strongly connected component of more than one module.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("peerdesk", "ui")


def project_modules(root: Path = REPO) -> dict[str, Path]:
    """Every module of the project by dotted name (packages by their name)."""
    modules: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _runtime_imports(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements that run when the module is imported."""
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                yield from _runtime_imports(node.body)
            yield from _runtime_imports(node.orelse)
        elif isinstance(node, ast.ClassDef):
            yield from _runtime_imports(node.body)
        elif isinstance(node, (ast.Try, ast.TryStar)):
            for block in (node.body, node.orelse, node.finalbody):
                yield from _runtime_imports(block)
            for handler in node.handlers:
                yield from _runtime_imports(handler.body)
        elif isinstance(node, (ast.With, ast.AsyncWith, ast.For, ast.AsyncFor, ast.While)):
            yield from _runtime_imports(node.body)
            yield from _runtime_imports(getattr(node, "orelse", []))


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The project module that importing ``name`` loads, if any."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def _every_import(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement, also in functions and under ``if TYPE_CHECKING:``."""
    for statement in body:
        for node in ast.walk(statement):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                yield node


def import_graph(root: Path = REPO, *, static: bool = False) -> dict[str, set[str]]:
    """Module -> the project modules it imports at import time (``static``: anywhere)."""
    modules = project_modules(root)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in (_every_import if static else _runtime_imports)(tree.body):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                if node.level:
                    base = name.split(".")
                    if not is_package:
                        base = base[:-1]
                    base = base[: len(base) - (node.level - 1)]
                    prefix = ".".join(base)
                    module = f"{prefix}.{node.module}" if node.module else prefix
                else:
                    module = node.module or ""
                for alias in node.names:
                    sub = f"{module}.{alias.name}"
                    targets.append(sub if sub in modules else module)
            for target in targets:
                found = _resolve(target, modules)
                if found is not None and found != name:
                    graph[name].add(found)
    return graph


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm (iterative); components of more than one module, sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return sorted(found)


def import_cycles(root: Path = REPO, *, static: bool = False) -> list[list[str]]:
    """Every import cycle between modules of ``peerdesk/`` and ``ui/``."""
    return strongly_connected(import_graph(root, static=static))


def main() -> int:
    """Print the cycles; ``--static`` also counts imports in functions and for type checkers."""
    static = "--static" in sys.argv[1:]
    cycles = import_cycles(static=static)
    graph = import_graph(static=static)
    for component in cycles:
        members = set(component)
        print(" <-> ".join(component))
        for module in component:
            inside = sorted(graph[module] & members)
            print(f"    {module} -> {', '.join(inside)}")
    print(f"{len(cycles)} cycle(s)")
    return 1 if cycles else 0


if __name__ == "__main__":
    sys.exit(main())
