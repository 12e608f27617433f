"""GitHub workflow commands: golden output, and every line in the documented syntax."""

from __future__ import annotations

import re
from pathlib import Path

from fixtures.golden import check_golden
from fixtures.report import build_report

from factcheck.gate import Gate
from factcheck.render import github
from factcheck.render.findings import finding_text, sorted_results

DOC = Path(__file__).parent.parent / "docs" / "report-formats.md"


def documented_pattern() -> re.Pattern[str]:
    """The regex docs/report-formats.md gives for a line (the block after 'github-line-regex')."""
    text = DOC.read_text(encoding="utf-8")
    block = text.split("<!-- github-line-regex -->", 1)[1].split("```", 2)[1]
    return re.compile(block.split("\n", 1)[1].strip())


def unescape(text: str) -> str:
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def test_github_matches_golden() -> None:
    check_golden("report.github.txt", github.render(build_report(), Gate()))


def test_every_line_matches_the_documented_syntax() -> None:
    pattern = documented_pattern()
    lines = github.render(build_report(), Gate()).splitlines()
    assert len(lines) == 6
    for line in lines:
        assert pattern.fullmatch(line), line
        assert github.LINE_PATTERN.fullmatch(line), line


def test_levels_follow_the_verdicts() -> None:
    lines = github.render(build_report(), Gate()).splitlines()
    found = [(m["command"], m["title"]) for m in map(github.LINE_PATTERN.fullmatch, lines) if m]
    assert found == [
        ("notice", "FC004 supported"),
        ("error", "FC001 contradicted"),
        ("notice", "FC002 conflicting (suppressed)"),
        ("warning", "FC003 not enough evidence"),
        ("warning", "FC101"),
        ("error", "FC001 contradicted"),
    ]


def test_messages_and_properties_round_trip() -> None:
    lines = github.render(build_report(), Gate()).splitlines()
    matches = [github.LINE_PATTERN.fullmatch(line) for line in lines]
    results = sorted_results(build_report())
    findings = [m for m in matches if m and m["title"] != "FC101"]
    for match, result in zip(findings, results, strict=True):
        assert unescape(match["file"]) == result.location.path
        assert unescape(match["message"]) == finding_text(result)


def test_columns_only_on_single_line_annotations() -> None:
    line = github.render(build_report(), Gate()).splitlines()[2]
    assert line.startswith("::notice file=drafts/kazakhstan.md,line=7,endLine=8,title=")


def test_escaping_follows_the_actions_toolkit() -> None:
    assert github.escape_data("100%\r\na: b, c") == "100%25%0D%0Aa: b, c"
    assert github.escape_property("100%\r\na: b, c") == "100%25%0D%0Aa%3A b%2C c"
