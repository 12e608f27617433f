"""The terminal report of `factcheck verify`: findings grouped by file, then a summary line.

Within a file, entries are in order of position: each result with its verdict, the sentence,
why, and for one with a verdict the gate blocks (by default contradicted or conflicting) the
source sentences that decide it; problems with the draft itself; skipped sentences only when
asked for. Control characters from drafts and sources are shown as escapes
(`factcheck.render.controls`). Colour is added only when asked
for (the command line asks when standard output is a terminal and NO_COLOR is unset).
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Callable
from itertools import groupby
from typing import TYPE_CHECKING

import click

from factcheck.models import DraftProblem, DraftResult, SkippedSentence, VerifyReport
from factcheck.render.controls import one_line, quoted, visible
from factcheck.render.findings import BASELINED, RULES

if TYPE_CHECKING:
    from factcheck.gate import Gate

WIDTH = 88
LABEL_WIDTH = 19
CUT = " …"
COLOURS = {
    "supported": {"fg": "green"},
    "contradicted": {"fg": "red", "bold": True},
    "conflicting": {"fg": "magenta", "bold": True},
    "not enough evidence": {"fg": "yellow"},
    "suppressed": {"fg": "cyan"},
    "baselined": {"fg": "blue"},
    "skipped": {"dim": True},
    "problem": {"fg": "red"},
    "path": {"bold": True, "underline": True},
}
Entry = DraftResult | SkippedSentence | DraftProblem
Style = Callable[[str, str], str]


def render(
    report: VerifyReport, gate: Gate, *, colour: bool = False, show_skipped: bool = False
) -> str:
    """The report as text: a block per file, then the summary line."""
    style: Style = _coloured if colour else _plain
    entries: list[Entry] = [*report.results, *report.problems]
    if show_skipped:
        entries += report.skipped
    entries.sort(key=lambda e: (e.location.path, e.location.line, e.location.column))
    blocks = [
        "\n".join([style("path", one_line(path)), *(_entry(e, gate, style) for e in group)])
        for path, group in groupby(entries, key=lambda e: e.location.path)
    ]
    return "\n\n".join([*blocks, summary_line(report, show_skipped=show_skipped)]) + "\n"


def _plain(_kind: str, text: str) -> str:
    return text


def _coloured(kind: str, text: str) -> str:
    return click.style(text, **COLOURS.get(kind, {}))  # type: ignore[arg-type]


def _entry(entry: Entry, gate: Gate, style: Style) -> str:
    """One result, problem or skipped sentence, its details indented under the text."""
    where = f"{entry.location.line}:{entry.location.column}"
    if isinstance(entry, DraftResult):
        kind, text, details = _result(entry, gate)
    elif isinstance(entry, DraftProblem):
        kind, text, details = "problem", f"{entry.code}: {entry.message}", []
    else:
        kind, text, details = "skipped", entry.text, [f"why skipped: {entry.reason}"]
    label = style(kind, kind.ljust(LABEL_WIDTH))
    indent = " " * (2 + 8 + LABEL_WIDTH + 1)
    body = textwrap.wrap(visible(text), WIDTH - len(indent)) or [""]
    lines = [f"  {where:<8}{label} {body[0]}", *(indent + line for line in body[1:])]
    for detail in details:
        lines += textwrap.wrap(
            visible(detail), WIDTH, initial_indent=indent, subsequent_indent=indent + "  "
        )
    return "\n".join(lines)


def _result(result: DraftResult, gate: Gate) -> tuple[str, str, list[str]]:
    """Label, text and details of a judged sentence."""
    label = RULES[result.verdict].label
    details = [f"why: {result.explanation}"]
    if gate.blocks(result.verdict):
        details += [
            f"{e.stance.value}: {e.path}:{e.line} {quoted(_quote(e.text))}"
            for e in result.evidence[:2]
        ]
    if result.suppressed:
        details.append(f"suppressed: {result.suppression_reason}")
        return "suppressed", f"[{label}] {result.claim}", details
    if result.baselined:
        details.append(f"baselined: {BASELINED}")
        return "baselined", f"[{label}] {result.claim}", details
    return label, result.claim, details


def _quote(text: str) -> str:
    return textwrap.shorten(text, 160, placeholder=CUT)


def summary_line(report: VerifyReport, *, show_skipped: bool = False) -> str:
    """Counts of verdicts, skipped sentences by reason, suppressions, baselined and problems."""
    summary = report.summary
    verdicts = (
        f"{_count(summary.total, 'claim')}: {summary.supported} supported, "
        f"{summary.contradicted} contradicted, {summary.conflicting} conflicting, "
        f"{summary.not_enough_evidence} not enough evidence"
    )
    reasons = Counter(one_line(s.reason.split(":")[0]) for s in report.skipped)
    kinds = ", ".join(f"{count} {reason}" for reason, count in sorted(reasons.items()))
    skipped = f"{_count(len(report.skipped), 'sentence')} skipped" + (f" ({kinds})" * bool(kinds))
    if report.skipped and not show_skipped:
        skipped += "; --show-skipped lists them"
    suppressed = f"{sum(r.suppressed for r in report.results)} suppressed"
    baselined = sum(r.baselined for r in report.results)
    known = [f"{baselined} baselined"] if baselined else []
    problems = _count(len(report.problems), "problem")
    return " · ".join([verdicts, skipped, suppressed, *known, problems])


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
