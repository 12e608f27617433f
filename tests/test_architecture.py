"""The package keeps its shape: stages import only earlier stages, and nothing imports in a circle.

The rules of docs/architecture.md, read from the source with `ast`, so a new import that breaks
them fails here rather than in a reviewer's head.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
# The pipeline's stages, in order: each may import the ones before it, never one after.
STAGES = ("sources", "extract", "index", "judge", "drafts")
# Who may run the draft pipeline: itself, and the command line that offers `verify`.
DRAFTS_USERS = ("factcheck.drafts", "factcheck.cli")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(path: Path, *, runtime_only: bool) -> set[str]:
    """The factcheck modules a file imports; with `runtime_only`, only those imported when the
    module itself is imported (not inside functions or `if TYPE_CHECKING:`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if runtime_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factcheck"):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("factcheck"))
    return {name for name in found if name in MODULES}


def stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in STAGES else None


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_stage_imports_no_later_stage(module: str) -> None:
    own = stage_of(module)
    if own is None:
        return
    later = set(STAGES[STAGES.index(own) + 1 :])
    wrong = {
        name for name in imported(MODULES[module], runtime_only=False) if stage_of(name) in later
    }
    assert not wrong, f"{module} imports a later stage: {sorted(wrong)}"


def test_only_the_command_line_runs_the_draft_pipeline() -> None:
    users = {
        module
        for module, path in MODULES.items()
        if any(name.startswith("factcheck.drafts") for name in imported(path, runtime_only=False))
        and not module.startswith(DRAFTS_USERS)
    }
    assert not users, f"these import factcheck.drafts: {sorted(users)}"


def test_no_import_cycles() -> None:
    graph = {module: imported(path, runtime_only=True) for module, path in MODULES.items()}
    state: dict[str, str] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for name in sorted(graph[module]):
            if name == module or module.startswith(f"{name}."):
                continue  # a package's own __init__ runs first anyway
            if state.get(name) == "open":
                raise AssertionError(" -> ".join([*trail, module, name]))
            if name not in state:
                visit(name, [*trail, module])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [])
