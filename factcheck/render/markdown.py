"""A Markdown report for a pull-request comment: a summary table, then a row per finding."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.models import (
    DraftProblem,
    DraftResult,
    Evidence,
    SkippedSentence,
    Verdict,
    VerifyReport,
)
from factcheck.render.controls import quoted, visible
from factcheck.render.findings import (
    RULES,
    VERDICT_ORDER,
    citation_location,
    plural,
    report_paths,
    sorted_problems,
    sorted_results,
    sorted_skipped,
)

if TYPE_CHECKING:
    from factcheck.gate import Gate

ICONS = {
    Verdict.CONTRADICTED: "❌",
    Verdict.CONFLICTING: "⚠️",
    Verdict.NOT_ENOUGH_EVIDENCE: "❔",
    Verdict.SUPPORTED: "✅",
}
# A PR comment holds at most 65,536 characters: long quotes are cut.
MAX_QUOTE = 300
_MARKUP = re.compile(r"([\\`*_\[\]|~$])")
_NEWLINES = re.compile(r"\r\n|\r|\n")


def render(report: VerifyReport, gate: Gate) -> str:
    """The report as GitHub-flavoured Markdown.

    It shows verdicts, suppressions and baselined findings, not pass or fail: the gate (taken
    as every format takes it) changes nothing here.
    """
    blocks = [_summary(report)]
    results = sorted_results(report)
    if results:
        blocks.append(_findings(results))
    if report.problems:
        blocks.append(_problems(sorted_problems(report)))
    if report.skipped:
        blocks.append(_skipped(sorted_skipped(report)))
    return "\n\n".join(blocks) + "\n"


def escape(text: str) -> str:
    """Text safe inside a table cell: no markup, no HTML, no line breaks, no control characters."""
    text = visible(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKUP.sub(r"\\\1", text)
    return _NEWLINES.sub("<br>", text)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(headers: list[str], align: list[str], rows: list[list[str]]) -> str:
    return "\n".join([_row(headers), _row(align), *(_row(row) for row in rows)])


def _summary(report: VerifyReport) -> str:
    summary = report.summary
    files = len(report_paths(report))
    head = f"## factcheck: {plural(summary.total, 'claim')} checked in {plural(files, 'file')}"
    counts = {verdict: getattr(summary, verdict.value) for verdict in VERDICT_ORDER}
    rows = [
        [f"{ICONS[verdict]} {RULES[verdict].label}", str(count)]
        for verdict, count in counts.items()
    ]
    rows.append(["**total**", f"**{summary.total}**"])
    table = _table(["verdict", "claims"], ["---", "---:"], rows)
    suppressed = sum(result.suppressed for result in report.results)
    notes = [
        plural(suppressed, "finding") + " suppressed",
        plural(len(report.skipped), "sentence") + " skipped",
        plural(len(report.problems), "problem") + " in the drafts",
    ]
    return f"{head}\n\n{table}\n\n{' · '.join(notes)}"


def _findings(results: list[DraftResult]) -> str:
    headers = ["verdict", "location", "claim", "explanation", "citations"]
    rows = [
        [
            _verdict_cell(result),
            _location(result.location.path, result.location.line, result.location.column),
            escape(result.claim),
            escape(result.explanation),
            "<br>".join(_citation(n, ev) for n, ev in enumerate(result.evidence, 1)) or "—",
        ]
        for result in results
    ]
    return "### Findings\n\n" + _table(headers, ["---"] * len(headers), rows)


def _verdict_cell(result: DraftResult) -> str:
    cell = f"{ICONS[result.verdict]} {RULES[result.verdict].label} ({result.confidence:.2f})"
    if result.suppressed:
        reason = escape(result.suppression_reason or "no reason given")
        cell += f"<br>🔇 suppressed: {reason}"
    if result.baselined:
        cell += "<br>📌 baselined: a known finding"
    return cell


def _location(path: str, line: int, column: int) -> str:
    return escape(f"{path}:{line}:{column}")


def _citation(number: int, evidence: Evidence) -> str:
    quote = evidence.text
    if len(quote) > MAX_QUOTE:
        quote = quote[: MAX_QUOTE - 1].rstrip() + "…"
    title = f" ({evidence.title})" if evidence.title else ""
    where = f"{evidence.stance.value} · {citation_location(evidence)}{title}"
    text = f"[{number}] {where}: {quoted(quote)}"
    return escape(text)


def _problems(problems: list[DraftProblem]) -> str:
    rows = [
        [
            _location(p.location.path, p.location.line, p.location.column),
            escape(p.code),
            escape(p.message),
        ]
        for p in problems
    ]
    table = _table(["location", "code", "problem"], ["---"] * 3, rows)
    return "### Problems in the drafts\n\n" + table


def _skipped(skipped: list[SkippedSentence]) -> str:
    rows = [
        [
            _location(s.location.path, s.location.line, s.location.column),
            escape(s.reason),
            escape(s.text),
        ]
        for s in skipped
    ]
    table = _table(["location", "reason", "sentence"], ["---"] * 3, rows)
    title = plural(len(skipped), "sentence") + " skipped"
    return f"<details><summary>{title}</summary>\n\n{table}\n\n</details>"
