"""The modules' imports run one way: no module reaches back to one that imports it, also not from inside a
function (an import there that only dodges a cycle hides the cycle, it does not remove it). Pages leave caches
and tables to pages.shared."""

from __future__ import annotations

import ast
from pathlib import Path

from masterplan.paths import PROJECT_ROOT

PACKAGES = ("loaders", "masterplan", "pages", "bench")


def modules(root: Path) -> dict[str, Path]:
    """Dotted module name → file, for the project's packages under ``root`` and its top-level scripts."""
    found = {path.stem: path for path in root.glob("*.py")}
    for package in PACKAGES:
        for path in (root / package).rglob("*.py"):
            name = ".".join(path.relative_to(root).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module → the project's modules it imports anywhere in its file (``from a import b`` names a.b if that
    is a module, else a)."""
    known = modules(root)

    def owner(name: str) -> str:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name

    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [owner(alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                targets = [owner(f"{node.module}.{alias.name}") for alias in node.names]
            else:
                continue
            graph[name] |= {target for target in targets if target and target != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or around a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
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

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle() -> None:
    assert cycles(import_graph(PROJECT_ROOT)) == []


def test_a_cycle_through_a_function_import_is_found(tmp_path: Path) -> None:
    package = tmp_path / "masterplan"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "charts.py").write_text("from masterplan.meeting import Chart\n")
    (package / "meeting.py").write_text("def colours():\n    from masterplan import charts\n    return charts\n")
    assert cycles(import_graph(tmp_path)) == [["masterplan.charts", "masterplan.meeting"]]


def imported_packages(path: Path) -> set[str]:
    """The top-level names a file imports anywhere in it."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_the_layers_depend_one_way() -> None:
    """pages → masterplan → loaders; the core never imports Streamlit, so the CLI and exports run without it."""
    reaching_up = {
        name: sorted(imported_packages(path) & forbidden)
        for name, path in modules(PROJECT_ROOT).items()
        for layer, forbidden in (("loaders", {"masterplan", "pages", "streamlit"}),
                                 ("masterplan", {"pages", "streamlit", "dashboard"}))
        if name.split(".")[0] == layer and imported_packages(path) & forbidden
    }
    assert reaching_up == {}


def test_pages_leave_caches_and_tables_to_shared() -> None:
    """Cache keys are made in one place, and every table gets its headers, height and empty state there."""
    for path in (PROJECT_ROOT / "pages").glob("*.py"):
        if path.stem == "shared":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        used = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
        assert not used & {"cache_resource", "cache_data", "dataframe", "data_editor"}, path.name
