"""What the draft-report formats share: rule codes per verdict, levels, the order of findings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from factcheck.models import (
    DraftProblem,
    DraftResult,
    Evidence,
    Location,
    SkippedSentence,
    Verdict,
    VerifyReport,
)
from factcheck.render.controls import quoted

if TYPE_CHECKING:
    from factcheck.gate import Gate

Level = Literal["error", "warning", "note"]
BASELINED = "a known finding, recorded in the baseline; it does not fail the gate"


@dataclass(frozen=True)
class Rule:
    """A stable code for one verdict kind, as SARIF, GitHub and the docs show it."""

    code: str
    verdict: Verdict
    label: str
    description: str


RULES: dict[Verdict, Rule] = {
    rule.verdict: rule
    for rule in (
        Rule(
            "FC001",
            Verdict.CONTRADICTED,
            "contradicted",
            "The sources contradict the claim.",
        ),
        Rule(
            "FC002",
            Verdict.CONFLICTING,
            "conflicting",
            "The sources disagree among themselves about the claim.",
        ),
        Rule(
            "FC003",
            Verdict.NOT_ENOUGH_EVIDENCE,
            "not enough evidence",
            "No source says enough to support or contradict the claim.",
        ),
        Rule(
            "FC004",
            Verdict.SUPPORTED,
            "supported",
            "The sources support the claim.",
        ),
    )
}


def level(verdict: Verdict, gate: Gate) -> Level:
    """A verdict's severity: `error` where the gate blocks it, `note` if supported, else `warning`.

    A suppressed or baselined finding keeps its verdict's level; each format marks it silenced.
    """
    if gate.blocks(verdict):
        return "error"
    return "note" if verdict is Verdict.SUPPORTED else "warning"


# Verdicts from the most to the least urgent: the order of summary tables.
VERDICT_ORDER: tuple[Verdict, ...] = (
    Verdict.CONTRADICTED,
    Verdict.CONFLICTING,
    Verdict.NOT_ENOUGH_EVIDENCE,
    Verdict.SUPPORTED,
)


def location_key(location: Location) -> tuple[str, int, int, int, int]:
    """Sort key of a location: path, then start, then end."""
    return (
        location.path,
        location.line,
        location.column,
        location.end_line,
        location.end_column,
    )


def sorted_results(report: VerifyReport) -> list[DraftResult]:
    """Results by path, line and column; claim and fingerprint break ties."""
    return sorted(
        report.results,
        key=lambda result: (location_key(result.location), result.claim, result.fingerprint),
    )


def sorted_skipped(report: VerifyReport) -> list[SkippedSentence]:
    """Skipped sentences by path, line and column."""
    return sorted(report.skipped, key=lambda item: (location_key(item.location), item.text))


def sorted_problems(report: VerifyReport) -> list[DraftProblem]:
    """Draft problems by path, line and column, then code."""
    return sorted(
        report.problems,
        key=lambda item: (location_key(item.location), item.code, item.message),
    )


def report_paths(report: VerifyReport) -> list[str]:
    """Every draft path the report mentions, sorted."""
    items: list[DraftResult | SkippedSentence | DraftProblem] = [
        *report.results,
        *report.skipped,
        *report.problems,
    ]
    return sorted({item.location.path for item in items})


def citation_location(evidence: Evidence) -> str:
    """Where a cited sentence is: `path:line [start:end]`."""
    return f"{evidence.path}:{evidence.line} [{evidence.start}:{evidence.end}]"


def citation_text(evidence: Evidence) -> str:
    """One citation on one line: stance, location, source title and the quoted sentence."""
    title = f" ({evidence.title})" if evidence.title else ""
    return (
        f"{evidence.stance.value} · {citation_location(evidence)}{title}: {quoted(evidence.text)}"
    )


def finding_text(result: DraftResult) -> str:
    """A finding as plain text: verdict, claim, explanation and numbered citations."""
    lines = [
        f"{RULES[result.verdict].label} ({result.confidence:.2f}): {result.claim}",
        f"why: {result.explanation}",
    ]
    if result.suppressed:
        lines.append(f"suppressed: {result.suppression_reason or 'no reason given'}")
    if result.baselined:
        lines.append(f"baselined: {BASELINED}")
    lines += [f"[{n}] {citation_text(ev)}" for n, ev in enumerate(result.evidence, 1)]
    return "\n".join(lines)


def plural(count: int, word: str, many: str | None = None) -> str:
    """`1 claim`, `2 claims`."""
    return f"{count} {word if count == 1 else (many or word + 's')}"
