"""Drafts → a VerifyReport: locate the sentences, keep the check-worthy, judge, suppress, sort.

Each check-worthy sentence is judged as `factcheck check` judges a claim (compound sentences
split into assertions); a sentence with a direct quotation is judged on its quotations instead
(`factcheck.judge.quotes`): whether the speaker said those words, not whether the words are true.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factcheck.drafts.draft import Draft, DraftSentence, draft_sentences
from factcheck.drafts.suppress import Suppression, covered, find_suppressions, unused
from factcheck.drafts.worthiness import skip_reason
from factcheck.extract.entities import AliasIndex
from factcheck.gate import BLOCKING_VERDICTS, Gate, fingerprint
from factcheck.judge.claims import MAX_CLAIM_CHARS, Retriever, check_claim, parse_claim, summarize
from factcheck.judge.quotes import Quotation, check_quotation, find_quotations
from factcheck.judge.verdict import combine
from factcheck.models import (
    ClaimResult,
    DraftProblem,
    DraftResult,
    Location,
    SkippedSentence,
    SourceDocument,
    Verdict,
    VerifyReport,
)
from factcheck.progress import Progress, SilentProgress

# Which sentences to check, by where they are (`--changed-since` checks changed lines only).
Selection = Callable[[Location], bool]


def everywhere(location: Location) -> bool:
    """The selection that checks every sentence."""
    return True


def verify_drafts(
    drafts: Sequence[Draft],
    retriever: Retriever,
    aliases: AliasIndex,
    *,
    fail_on: frozenset[Verdict] = BLOCKING_VERDICTS,
    min_confidence: float = 0.0,
    only: Selection = everywhere,
    progress: Progress | None = None,
) -> VerifyReport:
    """Every draft's check-worthy sentences judged and located, sorted by path and position.

    Only the sentences (and draft problems) that `only` selects are checked and reported; a
    verdict less confident than `min_confidence` is reported as not enough evidence. A
    suppression is unused when nothing it covers has a verdict `fail_on` blocks.
    `progress` hears of each draft done and the claims it held.
    """
    progress = progress or SilentProgress()
    progress.start(len(drafts))
    results: list[DraftResult] = []
    skipped: list[SkippedSentence] = []
    problems: list[DraftProblem] = []
    for draft in drafts:
        found, left_out, trouble = verify_draft(
            draft, retriever, aliases, fail_on=fail_on, min_confidence=min_confidence, only=only
        )
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


def verify_draft(
    draft: Draft,
    retriever: Retriever,
    aliases: AliasIndex,
    *,
    fail_on: frozenset[Verdict] = BLOCKING_VERDICTS,
    min_confidence: float = 0.0,
    only: Selection = everywhere,
) -> tuple[list[DraftResult], list[SkippedSentence], list[DraftProblem]]:
    """One draft's results, skipped sentences and problems, in the draft's order."""
    sentences = draft_sentences(draft)
    quotations = find_quotations(draft.prose)
    judged: dict[int, ClaimResult] = {}
    skipped: list[SkippedSentence] = []
    for sentence in (s for s in sentences if only(s.location)):
        inside = [q for q in quotations if sentence.start <= q.start and q.end <= sentence.end]
        reason = _skip(draft, sentence, inside, aliases)
        if reason:
            skipped.append(
                SkippedSentence(location=sentence.location, text=sentence.text, reason=reason)
            )
        else:
            result = judge_sentence(sentence.text, inside, retriever, aliases)
            judged[sentence.index] = below_threshold(result, min_confidence)
    suppressions, problems = find_suppressions(draft)
    in_view = [s for s in suppressions if _in_view(s, sentences, only)]
    reasons, unused_ones = _apply(in_view, sentences, judged, Gate(fail_on))
    results = [
        _located(judged[s.index], s, reasons.get(s.index)) for s in sentences if s.index in judged
    ]
    problems = [problem for problem in problems if only(problem.location)]
    return results, skipped, [*problems, *(unused(s) for s in unused_ones)]


def below_threshold(result: ClaimResult, min_confidence: float) -> ClaimResult:
    """A verdict less confident than `min_confidence` turned into not enough evidence, saying so."""
    if result.verdict is Verdict.NOT_ENOUGH_EVIDENCE or result.confidence >= min_confidence:
        return result
    note = (
        f"{result.verdict.value} at confidence {result.confidence:.2f}, "
        f"below min-confidence {min_confidence:.2f}"
    )
    return result.model_copy(
        update={
            "verdict": Verdict.NOT_ENOUGH_EVIDENCE,
            "explanation": f"{result.explanation} ({note})",
        }
    )


def _in_view(suppression: Suppression, sentences: Sequence[DraftSentence], only: Selection) -> bool:
    """Whether a suppression covers a selected sentence (or, covering none, is selected)."""
    scope = covered(suppression, sentences)
    if not scope:
        return only(suppression.location)
    return any(only(sentence.location) for sentence in scope)


def _skip(
    draft: Draft, sentence: DraftSentence, quotations: Sequence[Quotation], aliases: AliasIndex
) -> str | None:
    """Why a sentence is not checked, or None."""
    if len(sentence.text) > MAX_CLAIM_CHARS:
        return (
            f"too long to check as one sentence ({len(sentence.text):,} characters; "
            f"the limit is {MAX_CLAIM_CHARS:,})"
        )
    text = draft.prose[sentence.start : sentence.end]
    return skip_reason(text, quotations, aliases, offset=sentence.start)


def judge_sentence(
    text: str, quotations: Sequence[Quotation], retriever: Retriever, aliases: AliasIndex
) -> ClaimResult:
    """A sentence judged on its quotations when it has any, else as a claim."""
    if not quotations:
        return check_claim(text, retriever, aliases)
    parts = [
        check_quotation(quotation, text, quote_sources(quotation.text, retriever, aliases))
        for quotation in quotations
    ]
    return combine(text, parts)


def quote_sources(text: str, retriever: Retriever, aliases: AliasIndex) -> list[SourceDocument]:
    """The sources that may hold a quotation: those of the candidates for its words."""
    found: dict[str, SourceDocument] = {}
    for assertion in parse_claim(text, aliases):
        for candidate in retriever.candidates(assertion):
            found.setdefault(candidate.source.id, candidate.source)
    return [found[key] for key in sorted(found)]


def _apply(
    suppressions: Sequence[Suppression],
    sentences: Sequence[DraftSentence],
    judged: dict[int, ClaimResult],
    gate: Gate,
) -> tuple[dict[int, str], list[Suppression]]:
    """Each suppressed sentence's reason, and the suppressions that silence nothing."""
    reasons: dict[int, str] = {}
    unused_ones: list[Suppression] = []
    for suppression in suppressions:
        indices = [s.index for s in covered(suppression, sentences) if s.index in judged]
        for index in indices:
            reasons.setdefault(index, suppression.reason)
        if not any(gate.blocks(judged[index].verdict) for index in indices):
            unused_ones.append(suppression)
    return reasons, unused_ones


def _located(result: ClaimResult, sentence: DraftSentence, reason: str | None) -> DraftResult:
    return DraftResult(
        **dict(result),
        location=sentence.location,
        fingerprint=fingerprint(sentence.text),
        suppressed=reason is not None,
        suppression_reason=reason,
    )
