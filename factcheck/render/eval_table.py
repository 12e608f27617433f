"""The `factcheck eval` report for the terminal: summary, per-verdict scores, confusion, misses."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from tabulate import tabulate

from factcheck.evaluate import VERDICT_ORDER, EvalReport
from factcheck.models import Verdict
from factcheck.render.controls import one_line, visible

if TYPE_CHECKING:
    from factcheck.gate import Gate

WIDTH = 80
MAX_MISSES_SHOWN = 20
SHORT = {
    Verdict.SUPPORTED: "supp.",
    Verdict.CONTRADICTED: "contr.",
    Verdict.CONFLICTING: "confl.",
    Verdict.NOT_ENOUGH_EVIDENCE: "NEE",
}


def render(report: EvalReport, gate: Gate) -> str:
    """Summary lines, per-verdict scores, the confusion matrix and the first misses.

    `eval` measures rather than gates: the gate changes nothing here.
    """
    blocks = [
        _summary(report),
        _per_verdict_table(report),
        _confusion_table(report),
        _misses_block(report),
    ]
    return "\n\n".join(block for block in blocks if block) + "\n"


def _summary(report: EvalReport) -> str:
    cited = (
        f"{report.right_and_cited:.3f} ({report.right_and_cited_count}/{report.cited_rows} "
        "rows with gold evidence)"
        if report.right_and_cited is not None
        else "- (no row with gold evidence)"
    )
    lines = [
        f"suite            {one_line(report.suite)}",
        f"claims           {report.rows} in {report.seconds:.1f} s "
        f"({report.claims_per_second:.1f} claims/s)",
        f"accuracy         {report.accuracy:.3f} ({report.correct}/{report.rows})",
        f"right-and-cited  {cited}",
        f"majority floor   {report.majority_floor:.3f} (always '{report.majority_label.value}')",
    ]
    if report.crashed:
        lines.append(f"crashed          {report.crashed} rows, counted as not enough evidence")
    return "\n".join(lines)


def _per_verdict_table(report: EvalReport) -> str:
    rows = [
        [s.verdict.value, s.gold, s.predicted, s.correct, _score(s.precision), _score(s.recall)]
        for s in report.per_verdict
    ]
    headers = ["verdict", "gold", "predicted", "right", "precision", "recall"]
    align = ("left", "right", "right", "right", "right", "right")
    return tabulate(rows, headers=headers, tablefmt="simple", colalign=align, disable_numparse=True)


def _confusion_table(report: EvalReport) -> str:
    rows = [
        [f"{gold.value}", *(report.confusion[gold][pred] for pred in VERDICT_ORDER)]
        for gold in VERDICT_ORDER
    ]
    headers = ["gold \\ predicted", *(SHORT[v] for v in VERDICT_ORDER)]
    return tabulate(rows, headers=headers, tablefmt="simple")


def _misses_block(report: EvalReport) -> str:
    if not report.misses:
        return ""
    shown = report.misses[:MAX_MISSES_SHOWN]
    lines = [f"misses ({len(report.misses)}; the first {len(shown)}):"]
    for miss in shown:
        lines.append(f"- {one_line(miss.id)}: gold {miss.gold.value}, got {miss.predicted.value}")
        lines += _wrapped(miss.claim, "    ", max_lines=3)
        lines += _wrapped(f"why: {miss.explanation}", "    ", max_lines=2)
    if len(report.misses) > len(shown):
        lines.append(f"… {len(report.misses) - len(shown)} more: see --format json")
    return "\n".join(lines)


def _wrapped(text: str, indent: str, *, max_lines: int) -> list[str]:
    return textwrap.wrap(
        visible(text),
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent,
        max_lines=max_lines,
        placeholder=" …",
    )


def _score(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
