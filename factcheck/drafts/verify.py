"""Drafts → a VerifyReport: locate the sentences, keep the check-worthy, judge, suppress, sort.

Each check-worthy sentence is judged by the same `Judge` as `factcheck check` judges a claim
(compound sentences split into assertions), from the parse that decided it was worth checking;
a sentence with a direct quotation is judged on its quotations instead (`factcheck.judge.quotes`):
whether the speaker said those words, not whether the words are true.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import NamedTuple

from factcheck.drafts.draft import NOT_CHECKED, Draft, DraftSentence, draft_sentences
from factcheck.drafts.suppress import Coverage, Suppression, find_suppressions, unused
from factcheck.drafts.worthiness import skip_reason
from factcheck.extract.quotations import Quotation, find_quotations
from factcheck.gate import BLOCKING_VERDICTS, Gate, fingerprint
from factcheck.judge.claims import MAX_CLAIM_CHARS, Judge, summarize
from factcheck.models import (
    ClaimResult,
    DraftProblem,
    DraftResult,
    Location,
    SkippedSentence,
    Verdict,
    VerifyReport,
)
from factcheck.progress import Progress, SilentProgress

# Which sentences to check, by where they are (`--changed-since` checks changed lines only).
Selection = Callable[[Location], bool]


def everywhere(location: Location) -> bool:
    """The selection that checks every sentence."""
    return True


class ToJudge(NamedTuple):
    """A sentence to judge, with what judging it needs of its draft."""

    sentence: DraftSentence
    as_written: str  # the sentence as the draft spells it, before cleaning
    quotations: tuple[Quotation, ...]  # those wholly inside it, in order


# A sentence's verdict, or None and why it is not checked.
Outcome = tuple[ClaimResult | None, str]
# Judges sentences, giving their outcomes in order: `one_by_one` in this process, or
# `factcheck.drafts.parallel` in worker processes.
Judging = Callable[[Sequence[ToJudge]], Iterable[Outcome]]


@dataclass(frozen=True)
class _Plan:
    """A draft's sentences, and those of them to judge."""

    draft: Draft
    sentences: Sequence[DraftSentence]
    to_judge: Sequence[ToJudge]


def verify_drafts(
    drafts: Sequence[Draft],
    judging: Judging,
    *,
    fail_on: frozenset[Verdict] = BLOCKING_VERDICTS,
    only: Selection = everywhere,
    progress: Progress | None = None,
) -> VerifyReport:
    """Every draft's check-worthy sentences judged and located, sorted by path and position.

    The sentences of all drafts go to `judging` at once, in order, so that it can share them
    out. Only the sentences (and draft problems) that `only` selects are checked and reported.
    A suppression is unused when nothing it covers has a verdict `fail_on` blocks.
    `progress` hears of each draft done and the claims it held.
    """
    progress = progress or SilentProgress()
    progress.start(len(drafts))
    plans = [_plan(draft, only) for draft in drafts]
    outcomes = iter(judging([task for plan in plans for task in plan.to_judge]))
    results: list[DraftResult] = []
    skipped: list[SkippedSentence] = []
    problems: list[DraftProblem] = []
    for plan in plans:
        judged = list(islice(outcomes, len(plan.to_judge)))
        found, left_out, trouble = _verified(plan, judged, fail_on=fail_on, only=only)
        results += found
        skipped += left_out
        problems += trouble
        progress.advance(also=len(found))
    return VerifyReport(
        results=tuple(sorted(results, key=_position)),
        skipped=tuple(sorted(skipped, key=_position)),
        problems=tuple(sorted(problems, key=lambda p: (*_position(p), p.code))),
        summary=summarize(results),
    )


def _position(item: DraftResult | SkippedSentence | DraftProblem) -> tuple[str, int, int]:
    return item.location.path, item.location.line, item.location.column


def one_by_one(judge: Judge) -> Judging:
    """Judging in this process, one sentence after another."""
    return lambda to_judge: (judge_sentence(task, judge) for task in to_judge)


def verify_draft(
    draft: Draft,
    judge: Judge,
    *,
    fail_on: frozenset[Verdict] = BLOCKING_VERDICTS,
    only: Selection = everywhere,
) -> tuple[list[DraftResult], list[SkippedSentence], list[DraftProblem]]:
    """One draft's results, skipped sentences and problems, in the draft's order."""
    plan = _plan(draft, only)
    judged = list(one_by_one(judge)(plan.to_judge))
    return _verified(plan, judged, fail_on=fail_on, only=only)


def _plan(draft: Draft, only: Selection) -> _Plan:
    """A draft's sentences, and the selected ones with their quotations; none for a draft
    that cannot be checked."""
    if draft.problem is not None:
        return _Plan(draft, (), ())
    sentences = draft_sentences(draft)
    quotations = find_quotations(draft.prose)
    to_judge = [
        ToJudge(s, draft.prose[s.start : s.end], tuple(_inside(quotations, s)))
        for s in sentences
        if only(s.location)
    ]
    return _Plan(draft, sentences, to_judge)


def _verified(
    plan: _Plan,
    outcomes: Sequence[Outcome],
    *,
    fail_on: frozenset[Verdict],
    only: Selection,
) -> tuple[list[DraftResult], list[SkippedSentence], list[DraftProblem]]:
    """A draft's results, skipped sentences and problems, from the outcomes of its sentences
    to judge (in order)."""
    draft = plan.draft
    if draft.problem is not None:
        return [], [], [p for p in [_not_checked(draft.path, draft.problem)] if only(p.location)]
    judged: dict[int, ClaimResult] = {}
    skipped: list[SkippedSentence] = []
    for (sentence, _, _), (result, reason) in zip(plan.to_judge, outcomes, strict=True):
        if result is None:
            skipped.append(
                SkippedSentence(location=sentence.location, text=sentence.text, reason=reason)
            )
        else:
            judged[sentence.index] = result
    suppressions, problems = find_suppressions(draft)
    coverage = Coverage(plan.sentences)
    reasons, unused_ones = _apply(suppressions, coverage, judged, Gate(fail_on), only)
    results = [
        _located(judged[s.index], s, reasons.get(s.index))
        for s in plan.sentences
        if s.index in judged
    ]
    problems = [problem for problem in problems if only(problem.location)]
    return results, skipped, [*problems, *(unused(s) for s in unused_ones)]


def _not_checked(path: str, why: str) -> DraftProblem:
    """The problem of a draft that cannot be checked, at its first line."""
    return DraftProblem(
        location=Location(path=path, line=1, column=1, end_line=1, end_column=1),
        code=NOT_CHECKED,
        message=f"draft not checked: {why}",
    )


def _inside(quotations: Sequence[Quotation], sentence: DraftSentence) -> list[Quotation]:
    """The quotations (in order, not overlapping) that lie wholly inside a sentence."""
    first = bisect_left(quotations, sentence.start, key=lambda q: q.start)
    last = bisect_left(quotations, sentence.end, lo=first, key=lambda q: q.start)
    return [q for q in quotations[first:last] if q.end <= sentence.end]


def judge_sentence(task: ToJudge, judge: Judge) -> Outcome:
    """A sentence's verdict, or None and why it is not checked.

    A sentence without quotations is parsed once: the parse says whether it states a fact,
    and is what the judge compares.
    """
    sentence, as_written, quotations = task
    if len(sentence.text) > MAX_CLAIM_CHARS:
        return None, (
            f"too long to check as one sentence ({len(sentence.text):,} characters; "
            f"the limit is {MAX_CLAIM_CHARS:,})"
        )
    if quotations:
        reason = skip_reason(as_written, quotations, (), offset=sentence.start)
        return (None, reason) if reason else (judge.check_quotations(sentence.text, quotations), "")
    assertions = judge.parse(sentence.text)
    reason = skip_reason(as_written, (), assertions, offset=sentence.start)
    return (None, reason) if reason else (judge.check(sentence.text, assertions), "")


def _apply(
    suppressions: Sequence[Suppression],
    coverage: Coverage,
    judged: dict[int, ClaimResult],
    gate: Gate,
    only: Selection,
) -> tuple[dict[int, str], list[Suppression]]:
    """Each suppressed sentence's reason, and the suppressions in view that silence nothing.

    A suppression is in view when it covers a selected sentence (or, covering none, is itself
    selected). The first suppression of a sentence gives its reason; suppressions covering the
    same sentences are weighed once, so many of them cost no more than one.
    """
    reasons: dict[int, str] = {}
    unused_ones: list[Suppression] = []
    weighed: dict[range, tuple[bool, bool]] = {}  # sentences covered → (in view, blocks one)
    for suppression in suppressions:
        scope = coverage.of(suppression)
        if not scope:
            if only(suppression.location):
                unused_ones.append(suppression)
            continue
        if scope not in weighed:
            weighed[scope] = _weigh(scope, coverage, judged, gate, only)
            if weighed[scope][0]:
                for index in (i for i in scope if i in judged):
                    reasons.setdefault(index, suppression.reason)
        in_view, blocks = weighed[scope]
        if in_view and not blocks:
            unused_ones.append(suppression)
    return reasons, unused_ones


def _weigh(
    scope: range,
    coverage: Coverage,
    judged: dict[int, ClaimResult],
    gate: Gate,
    only: Selection,
) -> tuple[bool, bool]:
    """Whether covered sentences are selected, and whether one has a verdict the gate blocks."""
    in_view = any(only(coverage.sentences[index].location) for index in scope)
    blocks = any(gate.blocks(judged[index].verdict) for index in scope if index in judged)
    return in_view, blocks


def _located(result: ClaimResult, sentence: DraftSentence, reason: str | None) -> DraftResult:
    return DraftResult(
        **dict(result),
        location=sentence.location,
        fingerprint=fingerprint(sentence.text),
        suppressed=reason is not None,
        suppression_reason=reason,
    )
