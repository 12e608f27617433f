"""Starting the command line loads only what the command run needs, so `check` and `--help`
start quickly. Checked by the modules a fresh interpreter has imported, never by timing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tabulate import tabulate

from factcheck.models import CheckReport, Summary
from factcheck.render.table import render_summary

ROOT = Path(__file__).resolve().parents[1]
CLAIM = "Kazakhstan sent 139 troops to UNDOF in March 2024"
# The renderers of `verify` and `eval` (the registry, `factcheck.render.formats`, imports none).
RENDERERS = {
    "tabulate",
    "factcheck.render.verify_table",
    "factcheck.render.eval_table",
    "factcheck.render.findings",
    "factcheck.render.markdown",
    "factcheck.render.html",
    "factcheck.render.sarif",
    "factcheck.render.junit",
    "factcheck.render.github",
}


def loaded_by(*args: str) -> set[str]:
    """The modules loaded by a fresh interpreter that runs `factcheck ARGS...`."""
    script = (
        "import sys\n"
        "from factcheck.cli import main\n"
        "try:\n"
        f"    main({list(args)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(*sys.modules, sep='\\n', file=sys.stderr)\n"
    )
    # Run from the checkout, so the interpreter imports this factcheck and not an installed one.
    completed = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert "factcheck.cli" in completed.stderr, completed.stderr
    return set(completed.stderr.split())


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["verify", "--help"]])
def test_help_loads_no_models_and_no_renderers(args: list[str]) -> None:
    loaded = loaded_by(*args)
    heavy = {"pydantic", "factcheck.models", "factcheck.index.store", "onnxruntime", "tokenizers"}
    assert not loaded & {*heavy, *RENDERERS}


def test_check_with_a_store_loads_neither_the_indexer_nor_other_commands(
    bundled_store: Path,
) -> None:
    loaded = loaded_by("check", "--judge", "rules", "--store", str(bundled_store), CLAIM)
    # check reads the configuration (aliases, min-confidence), as verify does
    assert {"factcheck.judge.claims", "factcheck.config"} <= loaded
    drafts = {name for name in loaded if name.startswith("factcheck.drafts")}
    assert not drafts and not loaded & {"factcheck.index.indexer", *RENDERERS}
    # nor the source readers: the settings name the bundled evidence, they do not read it
    assert not loaded & {"factcheck.sources.read", "factcheck.sources.html"}
    # the rules alone load no model
    assert not loaded & {"onnxruntime", "tokenizers", "factcheck.judge.entailment"}


# A claim whose words the rules find only in part: the default judge asks the model.
OPEN_CLAIM = "Kazakhstan's troops will help monitor the ceasefire in the Golan Heights"


def test_the_default_judge_runs_the_model_without_the_training_stack(
    bundled_store: Path,
) -> None:
    loaded = loaded_by("check", "--store", str(bundled_store), OPEN_CLAIM)  # the default judge
    assert {"onnxruntime", "factcheck.judge.entailment"} <= loaded
    assert not loaded & {"torch", "transformers", "sentence_transformers"}


def test_a_claim_the_rules_settle_does_not_load_the_model(bundled_store: Path) -> None:
    """The model could not overrule the rules' support (its veto threshold is above 1), so
    the default judge does not load it for a claim the rules support."""
    loaded = loaded_by("check", "--store", str(bundled_store), CLAIM)
    assert "factcheck.judge.model_voice" in loaded  # the combined judge, which may ask it
    assert "onnxruntime" not in loaded


def test_the_program_leaves_the_last_garbage_collection_nothing_to_walk(
    bundled_store: Path,
) -> None:
    """The interpreter's teardown would walk every object the imports made (~0.1 s of a cold
    check): the program freezes them once the command is done, whatever its exit status."""
    script = (
        "import gc, sys\n"
        "from factcheck.cli import run\n"
        f"sys.argv = ['factcheck', 'check', '--judge', 'rules', '--store', {str(bundled_store)!r},"
        " 'Kazakhstan sent 200 troops to UNDOF in March 2024']\n"
        "try:\n"
        "    run()\n"
        "except SystemExit as done:\n"
        "    print(done.code, gc.get_freeze_count(), file=sys.stderr)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert "CONTRADICTED" in completed.stdout.upper()  # the report was written in full first
    status, frozen = completed.stderr.split()[-2:]
    assert status == "1" and int(frozen) > 10_000


def test_the_installed_command_is_the_program_that_exits_quickly() -> None:
    project = (ROOT / "pyproject.toml").read_text("utf-8")
    assert '\n[project.scripts]\nfactcheck = "factcheck.cli:run"\n' in project
    assert (ROOT / "factcheck" / "__main__.py").read_text("utf-8").rstrip().endswith("run()")


@pytest.mark.parametrize(
    "counts", [(0, 0, 0, 0, 0), (3, 1, 1, 0, 1), (1234567890, 12345678901, 7, 0, 99999999999999)]
)
def test_check_summary_is_laid_out_as_tabulate_would(counts: tuple[int, ...]) -> None:
    total, supported, contradicted, conflicting, not_enough = counts
    summary = Summary(
        total=total,
        supported=supported,
        contradicted=contradicted,
        conflicting=conflicting,
        not_enough_evidence=not_enough,
    )
    headers = ["claims", "supported", "contradicted", "conflicting", "not enough evidence"]
    expected = tabulate([list(counts)], headers=headers, tablefmt="simple")
    assert render_summary(CheckReport(results=(), summary=summary)) == expected
