"""A source that gives the claim's figure and, elsewhere, another does not make a conflict:
sources disagreeing with each other do."""

from __future__ import annotations

from factcheck.extract.analyse import analyze_document
from factcheck.extract.entities import AliasIndex
from factcheck.judge.claims import Judge
from factcheck.judge.retrieve import TextRetriever
from factcheck.models import ClaimResult, EvidenceSentence, Verdict
from tests.test_matching_rules import check_against, document

CLAIM = "The Orlen bridge carries 41,000 vehicles a day."
SAYS_BOTH = (
    "The Orlen bridge carries 41,000 vehicles a day. "
    "At rush hour the Orlen bridge carries 6,500 vehicles."
)


def _check_against_sources(claim: str, *texts: str) -> ClaimResult:
    candidates = []
    for number, text in enumerate(texts):
        doc = document(text).model_copy(
            update={"id": f"source-{number}", "path": f"source-{number}.txt"}
        )
        candidates += [
            EvidenceSentence(source=doc, sentence=s, neighbours=())
            for s in analyze_document(doc, AliasIndex())
        ]
    return Judge(TextRetriever(candidates), AliasIndex()).check(claim)


def test_one_source_giving_the_figure_and_another_is_not_a_conflict() -> None:
    result = check_against(CLAIM, SAYS_BOTH)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert "the same source contradicts it" in result.explanation


def test_two_sources_that_disagree_are_a_conflict() -> None:
    result = _check_against_sources(
        CLAIM,
        "The Orlen bridge carries 41,000 vehicles a day.",
        "The Orlen bridge carries 29,000 vehicles a day.",
    )
    assert result.verdict is Verdict.CONFLICTING


def test_the_support_quoted_is_the_contradicting_sources_own() -> None:
    result = _check_against_sources(
        CLAIM, "The Orlen bridge carries 41,000 vehicles a day.", SAYS_BOTH
    )
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    supported_by, _, contradicted_by = result.explanation.partition(" but ")
    assert "source-1," in supported_by, result.explanation
    assert "the same source contradicts it" in contradicted_by
