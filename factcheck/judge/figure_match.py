"""Line up a claim's numbers and dates with a source clause's, then compare each pair."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.tokens import terms
from factcheck.judge.intervals import (
    SlotMatch,
    compare_quantities,
    compare_times,
    has_specific_noun,
    noun_overlap,
    same_figure,
)
from factcheck.models import AnalyzedSentence, Assertion, EvidenceSentence, Quantity, TimeExpression


@dataclass(frozen=True)
class SlotComparison:
    """A claim's figure or date beside the source's it was paired with, and how they compare."""

    match: SlotMatch
    claim: str  # the claim's figure or date, as written in explanations
    source: str  # the source's, or "" when none was comparable


def match_quantity(
    claim_q: Quantity, claim: Assertion, clause: Assertion, sentence: AnalyzedSentence
) -> SlotComparison:
    """Align a claim number with the source number that counts the same thing, then compare."""
    pool = [q for q in clause.quantities if q.kind == claim_q.kind] or [
        q for a in sentence.assertions for q in a.quantities if q.kind == claim_q.kind
    ]
    candidates = _ranked_candidates(claim_q, pool, claim, sentence)
    if not candidates:
        return SlotComparison(SlotMatch.INCOMPARABLE, describe_quantity(claim_q), "")
    results = [(compare_quantities(claim_q, q), level, q) for level, q in candidates]
    supporting = [q for status, _, q in results if status == SlotMatch.SUPPORTS]
    # With several candidates, support needs the same figure: "over 5 million" is not
    # confirmed by "4.5 million …, with a further 20 million" just because 20 > 5.
    same = [q for q in supporting if same_figure(claim_q, q)]
    if supporting and (len(supporting) == len(results) or same):
        return SlotComparison(
            SlotMatch.SUPPORTS,
            describe_quantity(claim_q),
            describe_quantity((same or supporting)[0]),
        )
    decisive = [(s, q) for s, level, q in results if level >= 2 and s == SlotMatch.CONTRADICTS]
    if decisive and len(decisive) == len(results):
        return SlotComparison(
            SlotMatch.CONTRADICTS, describe_quantity(claim_q), describe_quantity(decisive[0][1])
        )
    return SlotComparison(
        SlotMatch.NEUTRAL, describe_quantity(claim_q), describe_quantity(results[0][2])
    )


def _ranked_candidates(
    claim_q: Quantity, pool: list[Quantity], claim: Assertion, sentence: AnalyzedSentence
) -> list[tuple[int, Quantity]]:
    """Comparable source numbers, narrowed to those whose words match the claim's best."""
    text = sentence.sentence.text
    leveled = [(_noun_level(claim_q, q, text), q) for q in pool if q.kind == claim_q.kind]
    leveled = [(level, q) for level, q in leveled if level > 0]
    if len(leveled) <= 1:
        return leveled
    best_level = max(level for level, _ in leveled)
    leveled = [(level, q) for level, q in leveled if level == best_level]
    return _narrow_by_context(leveled, _claim_chunk(claim_q, claim), text)


def _noun_level(claim_q: Quantity, source_q: Quantity, text: str) -> int:
    """3: same noun; 2: noun left out but named earlier in the sentence; 1: vague; 0: other."""
    if claim_q.kind != "count":
        return 3 if claim_q.unit == source_q.unit else 0
    if claim_q.nationality and source_q.nationality and claim_q.nationality != source_q.nationality:
        return 0
    if noun_overlap(claim_q, source_q):
        return 3
    if has_specific_noun(source_q):
        return 0
    earlier = set(terms(text[: source_q.start]))
    if has_specific_noun(claim_q) and set(claim_q.noun) & earlier:
        return 2
    return 1


def _claim_chunk(claim_q: Quantity, claim: Assertion) -> dict[str, float]:
    """The claim's words that go with one of its numbers, names counting double."""
    later = [q.start for q in claim.quantities if q.start > claim_q.start]
    stop = min(later, default=claim.end) - claim.start
    chunk = terms(claim.text[claim_q.end - claim.start : stop]) or claim.terms
    named = {t for e in claim.entities for t in terms(e.text.replace(".", ""))}
    return {term: 2.0 if term in named else 1.0 for term in chunk}


def _narrow_by_context(
    leveled: list[tuple[int, Quantity]], wanted: dict[str, float], text: str
) -> list[tuple[int, Quantity]]:
    """Among several numbers, keep those whose own words ("two in the Congo") fit best."""
    starts = [*sorted(q.start for _, q in leveled), len(text)]
    scored = []
    for level, quantity in leveled:
        following = min(s for s in starts if s > quantity.start)
        chunk = set(terms(text[quantity.end : following]))
        scored.append((sum(wanted.get(t, 0.0) for t in chunk), level, quantity))
    best = max(score for score, _, _ in scored)
    return [(level, q) for score, level, q in scored if score == best]


def describe_quantity(quantity: Quantity) -> str:
    """A number as the text gave it, with its qualifier and counted noun."""
    noun = " ".join(quantity.noun)
    return f"{quantity.text} ({noun})" if noun else quantity.text


def match_time(claim_t: TimeExpression, clause: Assertion) -> SlotComparison:
    results = [(compare_times(claim_t, t), t) for t in clause.times]
    results = [(s, t) for s, t in results if s != SlotMatch.INCOMPARABLE]
    for status, time in results:
        if status == SlotMatch.SUPPORTS:
            return SlotComparison(SlotMatch.SUPPORTS, describe_time(claim_t), describe_time(time))
    if results and all(status == SlotMatch.CONTRADICTS for status, _ in results):
        return SlotComparison(
            SlotMatch.CONTRADICTS, describe_time(claim_t), describe_time(results[0][1])
        )
    return SlotComparison(
        SlotMatch.NEUTRAL, describe_time(claim_t), describe_time(results[0][1]) if results else ""
    )


def describe_time(time: TimeExpression) -> str:
    """A date as written, with the year it was resolved to when the text leaves it out."""
    if time.year is not None and str(time.year) not in time.text:
        return f"{time.text} ({time.year})"
    return time.text


@dataclass(frozen=True)
class DateFound:
    """A date matching the claim's, and the sentence (the evidence or a neighbour) it is in."""

    sentence: AnalyzedSentence
    date: str  # as written in explanations


def time_in_neighbours(claim_t: TimeExpression, evidence: EvidenceSentence) -> DateFound | None:
    """A supporting date elsewhere in the sentence or in a neighbouring sentence."""
    for candidate in (evidence.sentence, *evidence.neighbours):
        for assertion in candidate.assertions:
            for time in assertion.times:
                if compare_times(claim_t, time) == SlotMatch.SUPPORTS:
                    return DateFound(candidate, describe_time(time))
    return None
