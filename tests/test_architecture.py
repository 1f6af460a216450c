"""The house rules of the code layout (README "Code layout"), checked on the source itself.

Module-level imports only count (a function may import lazily, as the CLI's commands do): the web
room never imports ingestion, no import cycle exists among feeds' modules, only feeds/http talks to
the network, and no module grows past 700 lines.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "feeds"
MAX_LINES = 700
NETWORK_MODULES = {"http.client", "socket", "ssl", "urllib.request", "requests", "httpx", "urllib3"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "migrations" not in p.parts}


def top_level_imports(name: str, path: Path) -> set[str]:
    """Every module `name` imports at module level (relative imports resolved; `from x import y` gives x and x.y)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: {m for m in top_level_imports(name, path) if m in known and m != name}
            for name, path in known.items()}


def test_the_graph_sees_real_imports() -> None:
    edges = graph()
    assert "feeds.http" in edges["feeds.websub"]
    assert "feeds.coordination" in edges["feeds.ingest"]
    assert "feeds.urls" in edges["feeds.render"]


def test_web_never_imports_ingestion() -> None:
    forbidden = {"feeds.ingest", "feeds.coordination", "feeds.schedule"}
    edges = graph()
    offenders = {name: sorted(edges[name] & forbidden) for name in edges
                 if name.startswith("feeds.web") and edges[name] & forbidden}
    assert offenders == {}


def reachable(edges: dict[str, set[str]], start: set[str]) -> set[str]:
    """Every module that importing `start` loads at module level, `start` included."""
    seen, todo = set(start), list(start)
    while todo:
        for found in edges.get(todo.pop(), set()) - seen:
            seen.add(found)
            todo.append(found)
    return seen


def test_web_workers_load_the_extraction_stack_only_for_discovery() -> None:
    """A web worker's memory: discovery (the admin's "Add a source") brings the page and feed readers, which
    no other view needs; feeds.web.discover imports it when the form is used, never at module level."""
    edges = graph()
    loaded = reachable(edges, {name for name in edges if name == "feeds.web" or name.startswith("feeds.web.")})
    assert "feeds.normalise.classifier" in loaded          # the walk follows real imports
    assert loaded & {"feeds.discover", "feeds.sources.web", "feeds.sources.article"} == set()


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One example cycle per strongly connected part larger than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            part = []
            while True:
                member = stack.pop()
                part.append(member)
                if member == node:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle() -> None:
    # A package importing its own submodules (feeds.http -> feeds.http.fetcher) is not a cycle unless
    # a submodule imports the package back at module level; both directions count here.
    assert cycles(graph()) == []


def test_only_the_network_edge_opens_connections() -> None:
    offenders = {}
    for name, path in modules().items():
        if name.startswith("feeds.http"):
            continue
        used = {m for m in top_level_imports(name, path) if m in NETWORK_MODULES or m.split(".")[0] == "requests"}
        if used:
            offenders[name] = sorted(used)
    assert offenders == {}


def test_no_module_longer_than_700_lines() -> None:
    lengths = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules().items()}
    assert lengths["feeds.http.fetcher"] > 100           # the count reads real files
    assert {name: n for name, n in lengths.items() if n > MAX_LINES} == {}
