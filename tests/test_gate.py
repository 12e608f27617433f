"""The gate's pieces: the decision and the fingerprint (`factcheck.gate`), changed lines from a
diff, include/exclude globs, baselined findings in every report format, and the pre-commit hook
and GitHub Actions workflow we ship."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from fixtures.report import build_report

from factcheck.config import is_wanted
from factcheck.drafts.baseline import Baseline
from factcheck.drafts.git_changes import Changes, parse_diff
from factcheck.errors import InputError
from factcheck.gate import (
    BLOCKING_VERDICTS,
    FINGERPRINT_VERSION,
    Gate,
    fingerprint,
    parse_fail_on,
)
from factcheck.models import CheckReport, Summary, Verdict, VerifyReport
from factcheck.render import github, html, junit, markdown, sarif, verify_table

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"

# ---------------------------------------------------------------- the decision


def test_the_default_gate_blocks_contradicted_and_conflicting() -> None:
    assert Gate().fail_on == BLOCKING_VERDICTS == {Verdict.CONTRADICTED, Verdict.CONFLICTING}


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("contradicted", {Verdict.CONTRADICTED}),
        (" Not-Enough-Evidence , conflicting,", {Verdict.NOT_ENOUGH_EVIDENCE, Verdict.CONFLICTING}),
        ("SUPPORTED", {Verdict.SUPPORTED}),
    ],
)
def test_fail_on_lists_are_parsed_forgivingly(text: str, verdicts: set[Verdict]) -> None:
    assert parse_fail_on(text) == verdicts


@pytest.mark.parametrize(("text", "named"), [("wrong", "'wrong'"), (" , ", "' , '")])
def test_a_bad_fail_on_list_names_what_is_wrong(text: str, named: str) -> None:
    with pytest.raises(InputError, match=f"unknown verdict {named} — give a comma-separated"):
        parse_fail_on(text)


def test_fails_needs_a_blocking_verdict_neither_suppressed_nor_baselined() -> None:
    report = build_report()
    gate = Gate(frozenset({Verdict.CONFLICTING, Verdict.NOT_ENOUGH_EVIDENCE}))
    failing = [(r.verdict, r.suppressed) for r in report.results if gate.fails(r)]
    assert failing == [(Verdict.NOT_ENOUGH_EVIDENCE, False)]  # the conflicting one is suppressed
    baselined = report.results[0].model_copy(update={"baselined": True})
    assert gate.blocks(baselined.verdict) and not gate.fails(baselined)


def test_a_draft_problem_fails_the_gate_and_exit_zero_only_changes_the_status() -> None:
    no_results = build_report().model_copy(update={"results": ()})
    assert Gate().failed(no_results)
    assert Gate().status(no_results) == 1
    assert Gate(exit_zero=True).status(no_results) == 0
    assert Gate(exit_zero=True).failed(no_results)


def test_check_fails_on_a_blocking_verdict() -> None:
    results = tuple(r for r in build_report().results if not r.suppressed)
    report = CheckReport(results=results, summary=Summary(total=len(results)))
    assert Gate().status(report) == 1
    assert Gate(frozenset({Verdict.CONFLICTING})).status(report) == 0


def test_the_gate_imports_neither_drafts_nor_renderers() -> None:
    script = "import sys, factcheck.gate; print(*sys.modules, sep='\\n')"
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = done.stdout.split()
    assert "factcheck.gate" in loaded
    assert not [m for m in loaded if m.startswith(("factcheck.drafts", "factcheck.render"))]


# ---------------------------------------------------------------- fingerprints

# Hashes recorded in baselines and SARIF logs: version 1 must give these forever.
FINGERPRINTS_V1 = [
    (
        "Kazakhstan opened an embassy in Kabul in 1993.",
        "7ab2759c09cf1ba9904f4f753ab43e6e643bdc3a30eed220634ebb71690d2961",
    ),
    (
        "  “Quoted”  words — with ‘dashes’ – and\xa0spaces\n\tOVER lines ",
        "730ec2b681f8bebfa097a090d994d1703fda9246d829118ecd478d7e0036fc57",
    ),
    ("ÉCOLE Straße İstanbul ǅ", "fe164e8e5b01d2d0c2501bb3eedb6aac849037eb9ecb30ce754e530e1778c85b"),
    ("a\u2003b\u200bc", "5b11223a308c7b5186533addd91d8cbd37b17949695d5fd28e493875411b591c"),
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
]


@pytest.mark.parametrize(("text", "digest"), FINGERPRINTS_V1)
def test_fingerprints_of_version_1_never_change(text: str, digest: str) -> None:
    assert FINGERPRINT_VERSION == 1
    assert fingerprint(text) == digest


def test_the_fingerprint_version_names_the_sarif_key_and_the_baseline_version() -> None:
    assert sarif.FINGERPRINT_KEY.split("/v") == ["factcheckClaim", str(FINGERPRINT_VERSION)]
    assert Baseline().version == FINGERPRINT_VERSION


# ---------------------------------------------------------------- changed lines

DIFF = """\
diff --git a/draft.md b/draft.md
index 1111111..2222222 100644
--- a/draft.md
+++ b/draft.md
@@ -3 +3 @@ intro
-old sentence
+new sentence
@@ -7,0 +8,2 @@
+added one
+added two
@@ -20,3 +22,0 @@
-gone
-gone
-gone
"""


def test_parse_diff_gives_changed_and_added_lines_and_both_sides_of_a_deletion() -> None:
    assert parse_diff(DIFF) == frozenset({3, 8, 9, 22, 23})
    assert parse_diff("") == frozenset()


@pytest.mark.parametrize(
    ("line", "end_line", "touched"),
    [(3, 3, True), (1, 2, False), (4, 7, False), (6, 8, True), (9, 12, True), (24, 30, False)],
)
def test_a_sentence_is_changed_when_any_of_its_lines_is(
    line: int, end_line: int, touched: bool
) -> None:
    assert Changes(lines=parse_diff(DIFF)).touches(line, end_line) is touched
    assert Changes(whole=True).touches(line, end_line)


# ---------------------------------------------------------------- include / exclude


@pytest.mark.parametrize(
    ("path", "include", "exclude", "wanted"),
    [
        ("docs/a.md", [], [], True),
        ("docs/a.md", ["docs/*"], [], True),
        ("notes/a.md", ["docs/*"], [], False),
        ("docs/archive/2019/a.md", [], ["docs/archive/*"], False),
        ("docs/a.draft.md", [], ["*.draft.md"], False),  # no "/": the file name is matched
        ("docs/README.md", [], ["README.md"], False),
        ("docs/README.md", [], ["/README.md"], True),
        ("docs/a.txt", ["*.md"], [], False),
    ],
)
def test_globs_match_paths_relative_to_the_configuration(
    tmp_path: Path, path: str, include: list[str], exclude: list[str], wanted: bool
) -> None:
    found = is_wanted(tmp_path / path, include=include, exclude=exclude, root=tmp_path)
    assert found is wanted


# ---------------------------------------------------------------- baselined in every format


def baselined_report() -> VerifyReport:
    """The shared report with its first contradicted finding baselined."""
    report = build_report()
    first = next(r for r in report.results if r.verdict is Verdict.CONTRADICTED)
    results = tuple(
        r.model_copy(update={"baselined": True}) if r is first else r for r in report.results
    )
    return report.model_copy(update={"results": results, "problems": ()})


def test_baselined_findings_do_not_fail_the_gate() -> None:
    report = baselined_report()
    assert Gate().status(report) == 1  # another finding still fails
    calmer = report.model_copy(
        update={"results": tuple(r for r in report.results if r.baselined or r.suppressed)}
    )
    assert Gate().status(calmer) == 0


def test_the_table_marks_and_counts_baselined_findings() -> None:
    text = verify_table.render(baselined_report(), Gate())
    assert re.search(r"^  \d+:\d+ +baselined +\[contradicted\] ", text, re.MULTILINE)
    assert "baselined: a known finding, recorded in the baseline" in text
    assert " · 1 suppressed · 1 baselined · 0 problems" in text.splitlines()[-1]
    assert "baselined" not in verify_table.render(build_report(), Gate())


def test_sarif_gives_a_baselined_finding_an_external_suppression() -> None:
    document = json.loads(sarif.render(baselined_report(), Gate()))
    kinds = sorted(
        s["kind"]
        for result in document["runs"][0]["results"]
        for s in result.get("suppressions", [])
    )
    assert kinds == ["external", "inSource"]
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft4Validator(schema).iter_errors(document))


def test_github_junit_markdown_and_html_mark_baselined_findings() -> None:
    report = baselined_report()
    assert sum(" (baselined)::" in line for line in github.render(report, Gate()).splitlines()) == 1
    assert all(
        line.startswith("::notice ")
        for line in github.render(report, Gate()).splitlines()
        if "(baselined)" in line
    )
    cases = ET.fromstring(junit.render(report, Gate())).iter("skipped")
    assert [case.get("type") for case in cases].count("baselined") == 1
    assert markdown.render(report, Gate()).count("📌 baselined") == 1
    assert html.render(report, Gate()).count(" · baselined") == 1


# ---------------------------------------------------------------- integrations


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_pre_commit_hook_has_what_pre_commit_needs() -> None:
    hooks = load_yaml(ROOT / ".pre-commit-hooks.yaml")
    assert isinstance(hooks, list)
    [hook] = [h for h in hooks if h["id"] == "factcheck-verify"]
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert hook["entry"] == "factcheck verify"
    assert hook["language"] == "python"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert hook["entry"].split()[0] in scripts  # pip install . provides the command
    assert set(hook["types_or"]) == {"markdown", "html", "plain-text"}  # identify's tags
    files = re.compile(hook["files"])
    for name in ("a.md", "docs/b.markdown", "c.txt", "d.html", "e.htm"):
        assert files.search(name), name
    for name in ("LICENSE", "setup.py", "notes.rst"):
        assert not files.search(name), name
    assert hook["require_serial"] is True


def test_github_workflow_runs_the_gate_and_uploads_its_sarif() -> None:
    workflow = load_yaml(ROOT / "examples" / "github-actions" / "factcheck.yml")
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"pull_request", "push"} <= set(triggers)
    assert workflow["permissions"]["security-events"] == "write"
    [job] = workflow["jobs"].values()
    assert "runs-on" in job
    steps = job["steps"]
    assert all(("uses" in step) != ("run" in step) for step in steps)
    runs = [step for step in steps if "run" in step]
    install = next(step for step in runs if "pip install" in step["run"])
    verify = next(step for step in runs if step["run"].startswith("factcheck verify"))
    assert steps.index(install) < steps.index(verify)
    words = shlex.split(verify["run"])
    assert words[words.index("--format") + 1] == "sarif"
    output = words[words.index("-o") + 1]
    assert words[-1] == "docs/"
    upload = next(
        s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")
    )
    assert upload["with"]["sarif_file"] == output
    assert steps.index(verify) < steps.index(upload)
    assert "cancelled()" in upload["if"]  # uploads even when the gate fails the verify step
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0  # --changed-since needs the base's history
