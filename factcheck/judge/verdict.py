"""Stances → a verdict per assertion and per claim, with confidence, explanation and citations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck.judge.stance import Judgement
from factcheck.models import (
    AnalyzedSentence,
    Assertion,
    AssertionResult,
    ClaimResult,
    Evidence,
    EvidenceSentence,
    Stance,
    Verdict,
)

MAX_CITATIONS = 3


def judge_assertion(
    assertion: Assertion, judgements: Sequence[Judgement]
) -> tuple[AssertionResult, float, list[Evidence]]:
    """The verdict on one assertion, its confidence and the evidence to cite."""
    supports = _strongest(judgements, Stance.SUPPORTS)
    contradicts = _strongest(judgements, Stance.CONTRADICTS)
    if supports and contradicts:
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
    return result, confidence, _citations(decisive[: MAX_CITATIONS + 1])


def combine(
    claim: str, parts: Sequence[tuple[AssertionResult, float, list[Evidence]]]
) -> ClaimResult:
    """A claim is contradicted if any part is, supported only if every part is."""
    verdicts = [result.verdict for result, _, _ in parts]
    for verdict in (Verdict.CONTRADICTED, Verdict.CONFLICTING, Verdict.NOT_ENOUGH_EVIDENCE):
        if verdict in verdicts:
            break
    else:
        verdict = Verdict.SUPPORTED
    deciding = [p for p in parts if p[0].verdict == verdict] or list(parts)
    evidence = _unique(e for _, _, cited in deciding for e in cited)
    explanation = "; ".join(result.explanation for result, _, _ in deciding)
    confidence = min((c for _, c, _ in deciding), default=0.5)
    return ClaimResult(
        claim=claim,
        verdict=verdict,
        confidence=round(confidence, 2),
        explanation=explanation,
        assertions=tuple(result for result, _, _ in parts),
        evidence=tuple(evidence),
    )


def _strongest(judgements: Sequence[Judgement], stance: Stance) -> list[Judgement]:
    chosen = [j for j in judgements if j.stance == stance]
    return sorted(
        chosen,
        key=lambda j: (-j.strength, j.evidence.source.id, j.evidence.sentence.sentence.start),
    )


def _where(judgement: Judgement) -> str:
    sentence = judgement.evidence.sentence.sentence
    return f"{judgement.evidence.source.id}, line {sentence.line}"


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
    """A citation: where the sentence stands in its source, and what it says."""
    source, where = evidence.source, sentence.sentence
    return Evidence(
        source=source.id,
        title=source.title,
        path=source.path,
        line=where.line,
        start=where.start,
        end=where.end,
        text=where.text,
        stance=stance,
        score=round(score, 3),
        reason=reason,
    )


def _unique(evidence: Iterable[Evidence]) -> list[Evidence]:
    seen: dict[tuple[str, int], Evidence] = {}
    for item in evidence:
        seen.setdefault((item.source, item.start), item)
    return list(seen.values())
