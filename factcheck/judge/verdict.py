"""Stances → a verdict per assertion and per claim, with confidence, explanation and citations."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.extract.quotations import SPEECH_VERBS
from factcheck.judge.stance import Judgement
from factcheck.models import (
    AnalyzedSentence,
    Assertion,
    AssertionResult,
    ClaimResult,
    Evidence,
    EvidenceSentence,
    SourceDocument,
    Stance,
    Verdict,
)

MAX_CITATIONS = 3
ATTRIBUTING_VERBS = SPEECH_VERBS | frozenset(
    "according found finds reported reports estimated estimates counted counts".split()
)


@dataclass(frozen=True)
class AssertionVerdict:
    """The verdict on one assertion (or quotation), how sure it is, and the evidence to cite."""

    result: AssertionResult
    confidence: float
    citations: tuple[Evidence, ...]


def judge_assertion(assertion: Assertion, judgements: Sequence[Judgement]) -> AssertionVerdict:
    """The verdict on one assertion, its confidence and the evidence to cite."""
    supports = _strongest(judgements, Stance.SUPPORTS)
    contradicts = _strongest(judgements, Stance.CONTRADICTS)
    if supports and contradicts and _one_source_says_both(supports, contradicts):
        verdict, decisive = Verdict.NOT_ENOUGH_EVIDENCE, []
        # The support quoted is the contradicting source's own, not another source's.
        source = contradicts[0].evidence.source.id
        own = next(j for j in supports if j.evidence.source.id == source)
        explanation = (
            f"no source settles it: {_where(own)} supports ({own.reason}) but "
            f"the same source contradicts it at line {_line(contradicts[0])} "
            f"({contradicts[0].reason}); it may be speaking of something else"
        )
        confidence = 0.5
    elif supports and contradicts:
        verdict = Verdict.CONFLICTING
        decisive = [supports[0], contradicts[0], *supports[1:2], *contradicts[1:2]]
        explanation = (
            f"sources disagree: {_where(supports[0])} supports ({supports[0].reason}); "
            f"{_where(contradicts[0])} contradicts ({contradicts[0].reason})"
        )
        confidence = 0.6
    elif contradicts:
        verdict, decisive = Verdict.CONTRADICTED, contradicts
        explanation = f"{contradicts[0].reason} ({_where(contradicts[0])})"
        confidence = _confidence(contradicts[0])
    elif supports:
        verdict, decisive = Verdict.SUPPORTED, supports
        explanation = f"{supports[0].reason} ({_where(supports[0])})"
        confidence = _confidence(supports[0])
    else:
        verdict, decisive = Verdict.NOT_ENOUGH_EVIDENCE, []
        explanation, confidence = _no_evidence(judgements)
    result = AssertionResult(assertion=assertion, verdict=verdict, explanation=explanation)
    return AssertionVerdict(result, confidence, tuple(_citations(decisive[: MAX_CITATIONS + 1])))


def combine(claim: str, parts: Sequence[AssertionVerdict]) -> ClaimResult:
    """A claim is contradicted if any part is, supported only if every part is."""
    verdicts = [part.result.verdict for part in parts]
    for verdict in (Verdict.CONTRADICTED, Verdict.CONFLICTING, Verdict.NOT_ENOUGH_EVIDENCE):
        if verdict in verdicts:
            break
    else:
        verdict = Verdict.SUPPORTED
    deciding = [part for part in parts if part.result.verdict == verdict] or list(parts)
    evidence = _unique(e for part in deciding for e in part.citations)
    explanation = "; ".join(part.result.explanation for part in deciding)
    confidence = min((part.confidence for part in deciding), default=0.5)
    return ClaimResult(
        claim=claim,
        verdict=verdict,
        confidence=round(confidence, 2),
        explanation=explanation,
        assertions=tuple(part.result for part in parts),
        evidence=tuple(evidence),
    )


def _strongest(judgements: Sequence[Judgement], stance: Stance) -> list[Judgement]:
    chosen = [j for j in judgements if j.stance == stance]
    return sorted(
        chosen,
        key=lambda j: (-j.strength, j.evidence.source.id, j.evidence.sentence.sentence.start),
    )


def _one_source_says_both(supports: Sequence[Judgement], contradicts: Sequence[Judgement]) -> bool:
    """Whether every contradiction comes from a source that also supports the assertion, in
    its own voice (not reporting what someone else said or found).

    A source seldom contradicts itself: when one document gives the claim's figure in one
    sentence and another figure in the next, the other figure is of something else (a city's
    heat flux beside the world's), which the rules could not tell apart. That settles nothing,
    and it is no disagreement between sources either."""
    supporting = {j.evidence.source.id for j in supports}
    return all(
        j.evidence.source.id in supporting and not _attributed(j.evidence.sentence.sentence.text)
        for j in contradicts
    )


def _attributed(text: str) -> bool:
    """Whether a sentence reports what someone else said or found ("a union survey found that
    …", "… the ministry said"): a document reporting two sides is the disagreement itself."""
    return any(word in ATTRIBUTING_VERBS for word in re.findall(r"[a-z]+", text.lower()))


def _line(judgement: Judgement) -> int:
    return judgement.evidence.source.line_in_file(judgement.evidence.sentence.sentence.line)


def _where(judgement: Judgement) -> str:
    return f"{judgement.evidence.source.id}, line {_line(judgement)}"


def _confidence(judgement: Judgement) -> float:
    return round(0.5 + 0.45 * min(1.0, judgement.strength), 2)


def _no_evidence(judgements: Sequence[Judgement]) -> tuple[str, float]:
    if not judgements:
        return "no source sentence shares enough with the claim", 0.8
    nearest = max(judgements, key=lambda j: j.evidence.retrieval_score)
    return f"no source settles it; nearest ({_where(nearest)}) {nearest.reason}", 0.6


def _citations(judgements: Sequence[Judgement]) -> list[Evidence]:
    cited: list[Evidence] = []
    for judgement in judgements:
        cited.append(
            cite(
                judgement.evidence,
                judgement.evidence.sentence,
                judgement.stance,
                judgement.strength,
                judgement.reason,
            )
        )
        for neighbour in judgement.supporting_neighbours:
            cited.append(
                cite(
                    judgement.evidence,
                    neighbour,
                    judgement.stance,
                    judgement.strength,
                    "gives the date",
                )
            )
    return cited


def cite(
    evidence: EvidenceSentence,
    sentence: AnalyzedSentence,
    stance: Stance,
    score: float,
    reason: str,
) -> Evidence:
    """A citation of one analysed sentence of an evidence source."""
    where = sentence.sentence
    return citation(
        evidence.source,
        evidence.source.line_in_file(where.line),
        (where.start, where.end),
        stance=stance,
        score=score,
        reason=reason,
        text=where.text,
    )


def citation(
    source: SourceDocument,
    line: int,
    span: tuple[int, int],
    *,
    stance: Stance,
    score: float,
    reason: str,
    text: str | None = None,
) -> Evidence:
    """A citation: where the quoted text stands in its source (`source.text[start:end]`)."""
    start, end = span
    return Evidence(
        source=source.id,
        title=source.title,
        path=source.path,
        line=line,
        start=start,
        end=end,
        text=source.text[start:end] if text is None else text,
        stance=stance,
        score=round(score, 3),
        reason=reason,
    )


def _unique(evidence: Iterable[Evidence]) -> list[Evidence]:
    seen: dict[tuple[str, int], Evidence] = {}
    for item in evidence:
        seen.setdefault((item.source, item.start), item)
    return list(seen.values())
