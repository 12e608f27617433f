"""Claims → verdicts: the `Judge`, and opening one from a run's settings.

A `Judge` holds what every verdict depends on besides the claim: where candidate evidence
comes from, the names entities go by, and the least confidence a verdict needs. `check`,
`parse`, `verify`, `eval` and the benchmarks all judge through one, opened by `open_judge`, so
the same sentence gets the same verdict whichever command asks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from factcheck.errors import InputError
from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.entities import AliasIndex
from factcheck.extract.normalise import clean
from factcheck.extract.quotations import Quotation
from factcheck.index.query import Wanted
from factcheck.judge.quotes import check_quotation
from factcheck.judge.retrieve import (
    DenseSearch,
    StoreRetriever,
    search_terms,
    wanted_in_evidence,
)
from factcheck.judge.stance import Judgement, Matcher
from factcheck.judge.verdict import combine, judge_assertion
from factcheck.models import (
    Assertion,
    CheckReport,
    ClaimResult,
    EvidenceSentence,
    SourceDocument,
    Summary,
    Verdict,
)

if TYPE_CHECKING:
    from factcheck.config import Settings
    from factcheck.index.indexer import Warn
    from factcheck.index.store import EvidenceStore
    from factcheck.judge.model_voice import ModelVoice

MAX_CLAIM_CHARS = 2000


class Retriever(Protocol):
    """Where candidate evidence comes from: an evidence store, or one given text."""

    def candidates(self, wanted: Sequence[Wanted], text: str = "") -> list[EvidenceSentence]:
        """Candidate sentences for what evidence of an assertion (whose text is `text`) would
        say."""
        ...

    def idf(self, words: Sequence[str]) -> dict[str, float]:
        """A weight for each word, higher for rarer words."""
        ...


def checkable(assertions: Sequence[Assertion]) -> list[Assertion]:
    """The parts of a claim that say something a source could settle: "No one ever says it,
    but ..." has a part of one word about the other part, which any sentence with "said" in
    it would seem to answer. A claim of such parts only is kept whole."""
    telling = [a for a in assertions if len(a.terms) >= 2 or a.entities or a.quantities or a.times]
    return telling or list(assertions)


def validate_claim(claim: str) -> str:
    """The claim normalised and stripped, or an InputError saying what is wrong with it."""
    text = clean(claim).strip()
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


@dataclass(frozen=True)
class Judge:
    """Judges claims against one body of evidence, with one alias table and one threshold."""

    retriever: Retriever
    aliases: AliasIndex
    min_confidence: float = 0.0
    voice: ModelVoice | None = None  # the entailment model beside the rules, if asked for

    def parse(self, claim: str) -> list[Assertion]:
        """A claim as one or more structured assertions."""
        claim = clean(claim)
        validate_claim(claim)
        # Offsets count in the claim as read (invisible and control characters removed, see
        # `factcheck.extract.normalise`), so `claim[start:end]` is each assertion's text.
        return analyze(claim, AnalysisContext(aliases=self.aliases))

    def check(self, claim: str, assertions: Sequence[Assertion] | None = None) -> ClaimResult:
        """The verdict on one claim with the evidence that decides it.

        `assertions` are the claim's parse when the caller has it already (`verify` reads
        them to decide whether a sentence is worth checking). The result's claim is the claim
        as read: invisible and control characters removed.
        """
        claim = clean(claim)
        return self.decide(claim, self.rule_judgements(claim, assertions))

    def rule_judgements(
        self, claim: str, assertions: Sequence[Assertion] | None = None
    ) -> list[tuple[Assertion, list[Judgement]]]:
        """Each assertion of the claim with the rules' judgement of each of its candidates.

        `claim` is the claim as read (`clean`ed), as `check` passes it.
        """
        parsed = checkable(self.parse(claim) if assertions is None else assertions)
        wanted = [wanted_in_evidence(assertion, self.aliases) for assertion in parsed]
        words = [term for each in wanted for term in search_terms(each)]
        figures = tuple(q for assertion in parsed for q in assertion.quantities)
        matcher = Matcher(
            aliases=self.aliases, idf=self.retriever.idf(words), claim_figures=figures
        )
        return [
            (
                assertion,
                [
                    matcher.judge(assertion, e)
                    for e in self.retriever.candidates(each, assertion.text)
                ],
            )
            for assertion, each in zip(parsed, wanted, strict=True)
        ]

    def decide(
        self, claim: str, judged: Sequence[tuple[Assertion, list[Judgement]]]
    ) -> ClaimResult:
        """The verdict from the rules' judgements, with the model's voice where it has one."""
        parts = []
        for assertion, judgements in judged:
            if self.voice is not None:
                # One assertion is the whole claim; a part of a compound one reads on its own.
                said = claim if len(judged) == 1 else assertion.text
                judgements = self.voice.revise(said, assertion, judgements)
            parts.append(judge_assertion(assertion, judgements))
        return below_threshold(combine(claim, parts), self.min_confidence)

    def check_quotations(self, text: str, quotations: Sequence[Quotation]) -> ClaimResult:
        """A sentence judged on its quotations: did the speaker say those words?"""
        parts = [
            check_quotation(quotation, text, self.quote_sources(quotation.text))
            for quotation in quotations
        ]
        return below_threshold(combine(text, parts), self.min_confidence)

    def quote_sources(self, text: str) -> list[SourceDocument]:
        """The sources that may hold a quotation: those of the candidates for its words."""
        found: dict[str, SourceDocument] = {}
        for assertion in self.parse(text):
            wanted = wanted_in_evidence(assertion, self.aliases)
            for candidate in self.retriever.candidates(wanted, assertion.text):
                found.setdefault(candidate.source.id, candidate.source)
        return [found[key] for key in sorted(found)]

    def check_all(self, claims: Sequence[str]) -> CheckReport:
        """A report on every claim, in the order given; a bad claim fails before any is judged."""
        for claim in claims:
            validate_claim(claim)
        results = tuple(self.check(claim) for claim in claims)
        return CheckReport(results=results, summary=summarize(results))


@contextmanager
def open_judge(settings: Settings, *, warn: Warn = lambda message: None) -> Iterator[Judge]:
    """A judge over the store the settings name, with its aliases and the configured ones."""
    # Imported here: opening the default store may index it, and the indexer is heavy.
    from factcheck.index.opening import open_configured

    with open_configured(settings, warn=warn) as store:
        yield judge_over(store, settings)


def judge_over(store: EvidenceStore, settings: Settings) -> Judge:
    """The judge the settings ask for, over an open store, with its aliases and the configured
    ones."""
    aliases = AliasIndex([*store.aliases(), *settings.user_aliases()])
    # Search by meaning beside the terms only for the combined judge: `--judge rules`
    # finds exactly what it always found.
    dense = DenseSearch.of(store) if settings.judge != "rules" else None
    retriever = StoreRetriever(store, dense=dense)
    return Judge(retriever, aliases, settings.min_confidence, voice(settings))


def voice(settings: Settings) -> ModelVoice | None:
    """The model's voice when the settings ask for the combined judge."""
    if settings.judge == "rules":
        return None
    from factcheck.judge.model_voice import ModelVoice

    return ModelVoice.shipped()


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


def summarize(results: Sequence[ClaimResult]) -> Summary:
    """Counts of each verdict."""
    counts = Counter(result.verdict for result in results)
    return Summary(total=len(results), **{v.value: counts.get(v, 0) for v in Verdict})
