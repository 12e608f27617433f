"""`factcheck verify`: drafts judged end to end, the gate, suppressions, table and JSON reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result
from fixtures.golden import check_golden
from fixtures.report import build_report

from factcheck.gate import Gate, fingerprint
from factcheck.models import VerifyReport
from factcheck.render import verify_table
from factcheck.render.formats import render

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"

DRAFT = """\
---
title: Peacekeeping
---
# Kazakhstan and the UN

The first contingent of 139 military personnel is to serve in the Golan Heights from March 2024.
Kazakhstan opened an embassy in Kabul in 1993.

Many observers believe Kazakhstan sent 900 troops in 2024. Will Kazakhstan send 900 troops?

```
Kazakhstan opened an embassy in Kabul in 1993.
```
"""
SUPPORTED = "The first contingent of 139 military personnel"
CONTRADICTED = "Kazakhstan opened an embassy in Kabul in 1993."


def run(*args: str | Path, stdin: str | None = None) -> Result:
    from factcheck.cli import main

    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


def verify_json(*args: str | Path, stdin: str | None = None) -> tuple[int, dict[str, Any]]:
    result = run("verify", "--format", "json", *args, stdin=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    return write(tmp_path / "draft.md", DRAFT)


# ---------------------------------------------------------------- the eval draft


@pytest.mark.skipif(not EVAL.is_dir(), reason="the shared eval folder is not here")
def test_dev_draft_scores_at_least_0_9_and_fails_the_gate(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("verify", "--format", "json", "-o", out, EVAL / "dev-draft.md")
    assert result.exit_code == 1, result.output
    scored = subprocess.run(
        [sys.executable, EVAL / "score_draft.py", "-v", "--min-acc", "0.9",
         EVAL / "dev-draft.gold.jsonl", out],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert scored.returncode == 0, scored.stdout


@pytest.mark.skipif(not EVAL.is_dir(), reason="the shared eval folder is not here")
def test_no_opinion_or_question_in_the_dev_draft_is_contradicted() -> None:
    _, report = verify_json(EVAL / "dev-draft.md")
    reasons = {s["text"]: s["reason"] for s in report["skipped"]}
    assert any(r == "question" for r in reasons.values())
    assert any(r.startswith("hedge") for r in reasons.values())
    flagged = [r["claim"] for r in report["results"] if r["verdict"] == "contradicted"]
    assert not any(claim.endswith("?") or "believe" in claim for claim in flagged)


# ---------------------------------------------------------------- results and the gate


def test_json_report_locates_and_judges_each_checkworthy_sentence(draft: Path) -> None:
    status, report = verify_json(draft)
    assert status == 1
    VerifyReport.model_validate(report)
    claims = [(r["claim"], r["verdict"]) for r in report["results"]]
    assert claims == [
        (claims[0][0], "supported"),
        (CONTRADICTED, "contradicted"),
    ]
    assert claims[0][0].startswith(SUPPORTED)
    lines = DRAFT.splitlines()
    for result in report["results"]:
        where = result["location"]
        assert where["path"] == str(draft)
        line = lines[where["line"] - 1]
        assert line[where["column"] - 1 : where["end_column"] - 1] == result["claim"]
        assert result["fingerprint"] == fingerprint(result["claim"])
    assert [s["reason"].split(":")[0] for s in report["skipped"]] == ["hedge", "question"]
    assert report["summary"] == {
        "total": 2, "supported": 1, "contradicted": 1, "conflicting": 0, "not_enough_evidence": 0,
    }  # fmt: skip


def test_results_are_sorted_by_path_line_and_column(tmp_path: Path) -> None:
    b = write(tmp_path / "b.md", f"{CONTRADICTED}\n")
    a = write(tmp_path / "a.md", f"Intro 2024 line.\n\n{CONTRADICTED} {CONTRADICTED}\n")
    _, report = verify_json(b, a)
    where = [(r["location"]["path"], r["location"]["line"], r["location"]["column"])
             for r in report["results"]]  # fmt: skip
    assert where == sorted(where)
    assert where[0][0] == str(a) and where[-1][0] == str(b)


def test_fingerprints_do_not_depend_on_position(tmp_path: Path) -> None:
    _, first = verify_json(write(tmp_path / "one.md", f"{CONTRADICTED}\n"))
    _, moved = verify_json(write(tmp_path / "two.md", f"New 2024 intro.\n\n  {CONTRADICTED}\n"))
    [before] = first["results"]
    after = next(r for r in moved["results"] if r["claim"] == CONTRADICTED)
    assert before["fingerprint"] == after["fingerprint"]
    assert before["location"]["line"] != after["location"]["line"]


def test_fail_on_exit_zero_and_strict_desks(tmp_path: Path) -> None:
    unknown = write(tmp_path / "unknown.md", "Kazakhstan will open a centre in Almaty in 2031.\n")
    assert run("verify", unknown).exit_code == 0
    assert run("verify", "--fail-on", "not_enough_evidence", unknown).exit_code == 1
    contradicted = write(tmp_path / "bad.md", f"{CONTRADICTED}\n")
    assert run("verify", "--exit-zero", contradicted).exit_code == 0
    assert run("verify", "--fail-on", "supported", contradicted).exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing-draft.md"], "No such draft: 'missing-draft.md'"),
        (["--fail-on", "wrong", "{draft}"], "unknown verdict 'wrong'"),
        (["--format", "pdf", "{draft}"], "Invalid value for '--format'"),
        (["-"], "No draft on standard input"),
    ],
)
def test_usage_and_input_errors_exit_2_with_one_line(
    draft: Path, args: list[str], message: str
) -> None:
    result = run("verify", *[a.format(draft=draft) for a in args], stdin="")
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_a_missing_draft_is_named_before_anything_is_checked(draft: Path) -> None:
    result = run("verify", draft, "nowhere/else.md")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("No such draft: 'nowhere/else.md' — check the path.")


def test_standard_input_is_a_markdown_draft() -> None:
    status, report = verify_json("-", stdin=f"# Title 1993\n\n{CONTRADICTED}\n")
    assert status == 1
    [result] = report["results"]
    assert result["location"] == {
        "path": "<stdin>", "line": 3, "column": 1, "end_line": 3, "end_column": 47,
    }  # fmt: skip


def test_output_file_and_determinism(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    first = run("verify", "--format", "json", "-o", out, draft)
    assert first.exit_code == 1 and first.stdout == ""
    again = run("verify", "--format", "json", draft)
    assert out.read_text(encoding="utf-8") == again.stdout


# ---------------------------------------------------------------- suppressions

SUPPRESSED = f"""\
<!-- factcheck: ignore reason="The desk confirmed the date by phone." -->
{CONTRADICTED} It sent 139 troops in 2024.
"""
WITHOUT_REASON = f"""\
<!-- factcheck: ignore -->
{CONTRADICTED}
"""
UNUSED = """\
Kazakhstan opened an embassy in Kabul in 2003. <!-- factcheck: ignore reason="old" --> \
The first contingent of 139 military personnel is to serve in the Golan Heights from March 2024.
"""


def test_a_suppression_with_a_reason_silences_the_paragraph(tmp_path: Path) -> None:
    status, report = verify_json(write(tmp_path / "d.md", SUPPRESSED))
    assert status == 0
    assert report["problems"] == []
    assert [r["suppressed"] for r in report["results"]] == [True, True]
    assert {r["suppression_reason"] for r in report["results"]} == {
        "The desk confirmed the date by phone."
    }
    assert report["results"][0]["verdict"] == "contradicted"  # still judged and reported


def test_a_suppression_without_a_reason_is_a_problem_and_silences_nothing(tmp_path: Path) -> None:
    status, report = verify_json(write(tmp_path / "d.md", WITHOUT_REASON))
    assert status == 1
    [problem] = report["problems"]
    assert problem["code"] == "FC101"
    assert problem["location"]["line"] == 1 and problem["location"]["column"] == 1
    assert report["results"][0]["suppressed"] is False


def test_an_unused_suppression_is_a_problem(tmp_path: Path) -> None:
    status, report = verify_json(write(tmp_path / "d.md", UNUSED))
    assert status == 1
    [problem] = report["problems"]
    assert problem["code"] == "FC102"
    assert problem["location"]["column"] == UNUSED.index("<!--") + 1
    covered = [r for r in report["results"] if r["suppressed"]]
    assert [r["claim"][:20] for r in covered] == ["The first contingent"]


def test_a_suppression_inside_a_code_block_is_ignored(tmp_path: Path) -> None:
    draft = write(tmp_path / "d.md", f"```\n{WITHOUT_REASON}```\n\nIt sent 139 troops in 2024.\n")
    _, report = verify_json(draft)
    assert report["problems"] == []


def test_suppressions_show_in_the_table(tmp_path: Path) -> None:
    result = run("verify", write(tmp_path / "d.md", SUPPRESSED + "\n" + WITHOUT_REASON))
    assert result.exit_code == 1
    assert "suppressed: The desk confirmed the date by phone." in result.stdout
    assert "FC101: suppression without a reason" in result.stdout
    assert result.stdout.rstrip().endswith("2 suppressed · 1 problem")


# ---------------------------------------------------------------- the table


def test_table_groups_by_file_and_ends_with_a_summary(draft: Path) -> None:
    result = run("verify", draft)
    lines = result.stdout.splitlines()
    assert lines[0] == str(draft)
    assert lines[1].startswith("  6:1     supported ")
    assert any(line.startswith("  7:1     contradicted ") for line in lines)
    assert lines[-1] == (
        "2 claims: 1 supported, 1 contradicted, 0 conflicting, 0 not enough evidence · "
        "2 sentences skipped (1 hedge, 1 question); --show-skipped lists them · "
        "0 suppressed · 0 problems"
    )
    assert "\x1b[" not in result.stdout  # not a terminal: no colour


def test_show_skipped_lists_each_skipped_sentence_and_why(draft: Path) -> None:
    result = run("verify", "--show-skipped", draft)
    assert "  9:1     skipped " in result.stdout
    assert "why skipped: question" in result.stdout


def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import cli

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli._stdout_colour() is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli._stdout_colour() is False


def test_table_matches_golden() -> None:
    check_golden("report.table.txt", verify_table.render(build_report(), Gate(), show_skipped=True))


def test_coloured_table_only_adds_styles() -> None:
    plain = verify_table.render(build_report(), Gate())
    coloured = render(build_report(), "table", Gate(), colour=True)
    assert "\x1b[31m" in coloured
    assert click.unstyle(coloured) == plain


def test_json_matches_golden_and_round_trips() -> None:
    text = render(build_report(), "json", Gate())
    check_golden("report.json", text)
    assert VerifyReport.model_validate_json(text) == build_report()


def test_verify_has_help() -> None:
    result = run("verify", "--help")
    assert result.exit_code == 0
    for option in ("--store", "--format", "-o", "--show-skipped", "--fail-on", "--exit-zero"):
        assert option in result.stdout


def test_an_unknown_factcheck_directive_is_a_problem(tmp_path: Path) -> None:
    draft = write(tmp_path / "d.md", f"<!-- factcheck: ignroe reason='x' -->\n{CONTRADICTED}\n")
    _, report = verify_json(draft)
    [problem] = report["problems"]
    assert problem["code"] == "FC103"
    assert "unknown directive “ignroe reason='x'”" in problem["message"]
