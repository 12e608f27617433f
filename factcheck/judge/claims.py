"""Claims → verdicts: parse each claim, retrieve candidates, judge them, combine."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from factcheck.errors import InputError
from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.entities import AliasIndex
from factcheck.judge.retrieve import query_terms
from factcheck.judge.stance import Matcher
from factcheck.judge.verdict import combine, judge_assertion
from factcheck.models import (
    Assertion,
    CheckReport,
    ClaimResult,
    EvidenceSentence,
    Summary,
    Verdict,
)

MAX_CLAIM_CHARS = 2000


class Retriever(Protocol):
    """Where candidate evidence comes from: an evidence store, or one given text."""

    def candidates(self, assertion: Assertion) -> list[EvidenceSentence]:
        """Candidate sentences for an assertion."""
        ...

    def idf(self, words: Sequence[str]) -> dict[str, float]:
        """A weight for each word, higher for rarer words."""
        ...


def validate_claim(claim: str) -> str:
    """The claim stripped, or an InputError saying what is wrong with it."""
    text = claim.strip()
    if not text:
        raise InputError(
            "The claim is empty — pass the sentence to check, e.g. "
            'factcheck check "Kazakhstan sent 139 troops to UNDOF in March 2024".'
        )
    if len(text) > MAX_CLAIM_CHARS:
        raise InputError(
            f"The claim is {len(text):,} characters; the limit is "
            f"{MAX_CLAIM_CHARS:,} — pass one sentence, or use 'factcheck verify' "
            "for a whole document."
        )
    return text


def parse_claim(claim: str, aliases: AliasIndex) -> list[Assertion]:
    """A claim as one or more structured assertions."""
    validate_claim(claim)
    # Offsets count in the claim as given, so `claim[start:end]` is each assertion's text.
    return analyze(claim, AnalysisContext(aliases=aliases))


def check_claim(claim: str, retriever: Retriever, aliases: AliasIndex) -> ClaimResult:
    """The verdict on one claim with the evidence that decides it."""
    assertions = parse_claim(claim, aliases)
    words = [t for a in assertions for t in query_terms(a, aliases)]
    matcher = Matcher(aliases=aliases, idf=retriever.idf(words))
    parts = []
    for assertion in assertions:
        judgements = [matcher.judge(assertion, e) for e in retriever.candidates(assertion)]
        parts.append(judge_assertion(assertion, judgements))
    return combine(claim, parts)


def check_claims(claims: Sequence[str], retriever: Retriever, aliases: AliasIndex) -> CheckReport:
    """A report on every claim, in the order given."""
    for claim in claims:
        validate_claim(claim)
    results = tuple(check_claim(claim, retriever, aliases) for claim in claims)
    return CheckReport(results=results, summary=summarize(results))


def summarize(results: Sequence[ClaimResult]) -> Summary:
    """Counts of each verdict."""
    counts = Counter(result.verdict for result in results)
    return Summary(total=len(results), **{v.value: counts.get(v, 0) for v in Verdict})
