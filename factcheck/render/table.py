"""A report for the terminal: a block per claim, readable in 80 columns.

Control characters from claims and sources are shown as escapes (`factcheck.render.controls`).
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from factcheck.models import CheckReport, ClaimResult, Evidence, Verdict
from factcheck.render.controls import one_line, quoted, visible

if TYPE_CHECKING:
    from factcheck.gate import Gate

WIDTH = 80
# Each claim's block opens with its verdict in capitals.
HEADINGS = {
    Verdict.SUPPORTED: "SUPPORTED",
    Verdict.CONTRADICTED: "CONTRADICTED",
    Verdict.CONFLICTING: "CONFLICTING",
    Verdict.NOT_ENOUGH_EVIDENCE: "NOT ENOUGH EVIDENCE",
}


def render(report: CheckReport, gate: Gate) -> str:
    """Every claim with its verdict, explanation and citations, then the counts.

    The gate decides only `check`'s exit status: the table shows verdicts, not pass or fail.
    """
    blocks = [render_result(result) for result in report.results]
    return "\n\n".join([*blocks, render_summary(report)]) + "\n"


def render_result(result: ClaimResult) -> str:
    """One claim: verdict line, explanation, and each cited sentence with its location."""
    head = f"{HEADINGS[result.verdict]} ({result.confidence:.2f})"
    lines = textwrap.wrap(f"{head}: {visible(result.claim)}", WIDTH, subsequent_indent="  ")
    lines += textwrap.wrap(
        visible(result.explanation), WIDTH, initial_indent="  why: ", subsequent_indent="       "
    )
    for evidence in result.evidence:
        lines.append(f"  {evidence.stance.value} · {_location(evidence)}")
        lines += textwrap.wrap(
            quoted(visible(evidence.text)),
            WIDTH,
            initial_indent="    ",
            subsequent_indent="    ",
            max_lines=4,
            placeholder=" …”",
        )
    return "\n".join(lines)


def _location(evidence: Evidence) -> str:
    return f"{one_line(evidence.path)}:{evidence.line} [{evidence.start}:{evidence.end}]"


def render_summary(report: CheckReport) -> str:
    """A one-row table of verdict counts, laid out as tabulate's "simple" format would.

    Laid out by hand because importing tabulate took a tenth of `check`'s start-up time.
    """
    summary = report.summary
    row = [
        summary.total,
        summary.supported,
        summary.contradicted,
        summary.conflicting,
        summary.not_enough_evidence,
    ]
    headers = ["claims", "supported", "contradicted", "conflicting", "not enough evidence"]
    cells = [str(count) for count in row]
    # Numbers right-aligned, in columns two wider than their header, two spaces apart.
    widths = [max(len(header) + 2, len(cell)) for header, cell in zip(headers, cells, strict=True)]
    rules = ["-" * width for width in widths]
    return "\n".join(
        "  ".join(text.rjust(width) for text, width in zip(line, widths, strict=True))
        for line in (headers, rules, cells)
    )
