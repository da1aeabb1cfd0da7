"""The house's layers, read from the package's own imports (README: Development > Layers)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "composer"


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(module imported, whether the import stands inside a function) for each import of ours."""
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                # `from composer.cli import batching` imports the module composer.cli.batching
                for alias in child.names:
                    name = f"{child.module}.{alias.name}"
                    found.append((name if name in MODULES else child.module, inside))
            elif isinstance(child, ast.Import):
                found.extend((alias.name, inside) for alias in child.names)
            visit(child, inside)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return [(name, inside) for name, inside in found if name.startswith("composer")]


MODULES = {_module(path): path for path in PACKAGE.rglob("*.py")}
GRAPH = {
    name: {target for target, _ in _imports(path) if target in MODULES and target != name}
    for name, path in MODULES.items()
}


def test_only_the_commands_import_inside_a_function() -> None:
    # The commands load the library on use so that `thankyou --help` stays fast; anywhere else
    # an import inside a function would only hide a loop.
    hidden = [
        (name, target)
        for name, path in MODULES.items()
        for target, inside in _imports(path)
        if inside and not name.startswith("composer.cli")
    ]
    assert hidden == []


def test_no_module_imports_itself_round_a_loop() -> None:
    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), list(GRAPH[start])
        while todo:
            here = todo.pop()
            if here == goal:
                return True
            if here not in seen:
                seen.add(here)
                todo += GRAPH[here]
        return False

    loops = [(name, target) for name in GRAPH for target in GRAPH[name] if reaches(target, name)]
    assert loops == []


def test_the_lower_layers_never_import_the_higher() -> None:
    def below(module: str, higher: tuple[str, ...]) -> list[str]:
        return sorted(t for t in GRAPH[module] if t.startswith(higher))

    for name in GRAPH:
        if name.startswith("composer.rules"):
            assert below(name, ("composer.backend", "composer.offline", "composer.compose")) == []
        if name.startswith("composer.backends"):
            # the offline writer builds on backends/base.py; choose_backend sits above both
            higher = ("composer.offline", "composer.backend_choice", "composer.compose")
            assert below(name, higher) == []
        if name.startswith("composer.offline"):
            assert below(name, ("composer.backend_choice", "composer.compose")) == []
        if not name.startswith("composer.cli") and name != "composer.__main__":
            assert below(name, ("composer.cli",)) == []
    facts = ("composer.models", "composer.channels", "composer.english", "composer.userfiles")
    for name in facts:
        assert below(name, ("composer.rules", "composer.backends", "composer.compose")) == []
