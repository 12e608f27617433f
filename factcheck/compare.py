"""Assertion × evidence sentence → stance with reasons, by aligning slots, not word overlap."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from factcheck.align import Slot, match_quantity, match_time, time_in_neighbours
from factcheck.extract.entities import AliasIndex, looks_like_person
from factcheck.extract.tokens import terms
from factcheck.models import (
    AnalyzedSentence,
    Assertion,
    EvidenceSentence,
    Stance,
)

# How much a claim word counts when found in the clause, elsewhere in its sentence, or nearby.
CLAUSE_WEIGHT, SENTENCE_WEIGHT, WINDOW_WEIGHT = 1.0, 0.75, 0.5
MIN_COVERAGE = 0.5
SUBJECT_COVERAGE = 0.5
MIN_COVERAGE_WITH_DATES_ONLY = 0.6
MIN_COVERAGE_WITHOUT_SLOTS = 0.7
MIN_CONTRADICTION_COVERAGE = 0.6
# A different date or a negation needs the clause to say nearly all the claim says.
MIN_EVENT_CONTRADICTION_COVERAGE = 0.75


@dataclass(frozen=True)
class Judgement:
    """What one evidence sentence says about one assertion, and why."""

    stance: Stance
    strength: float
    reason: str
    evidence: EvidenceSentence
    supporting_neighbours: tuple[AnalyzedSentence, ...] = ()


@dataclass(frozen=True)
class Context:
    """The terms around a clause, from nearest to farthest."""

    clause: frozenset[str]
    sentence: frozenset[str]
    window: frozenset[str]

    @property
    def everything(self) -> frozenset[str]:
        """Every term the evidence offers."""
        return self.clause | self.sentence | self.window


@dataclass(frozen=True)
class Matcher:
    """Judges evidence for claims with the store's term weights and aliases."""

    aliases: AliasIndex
    idf: Mapping[str, float] = field(default_factory=dict)
    unseen_idf: float = 10.0

    def judge(self, claim: Assertion, evidence: EvidenceSentence) -> Judgement:
        """The stance of one evidence sentence towards one claim assertion."""
        clause, context = self._best_clause(claim, evidence)
        title = _title_terms(evidence)
        missing = self._missing_entities(claim, context.everything | title)
        if missing:
            return _unrelated(evidence, f"does not mention {', '.join(sorted(missing))}")
        everything = context.everything | title
        if not self._subject_mentioned(claim, everything, everything):
            return _unrelated(evidence, f"does not mention the subject, {claim.subject}")
        coverage = self.coverage(claim, context)
        if coverage < MIN_COVERAGE:
            return _unrelated(evidence, f"shares too little with the claim ({coverage:.0%})")
        sentence_only = Context(context.clause, context.sentence, frozenset())
        people = [e for e in claim.entities if looks_like_person(e.text, self.aliases)]
        named_here = context.sentence | title
        absent = {e.text for e in people if not _name_in_terms(e.text, named_here)}
        if absent:
            # Who said or did it is part of the fact: a name in a neighbouring sentence may
            # belong to another statement.
            return _unrelated(evidence, f"does not name {', '.join(sorted(absent))} itself")
        alignment = Alignment(
            clause=clause,
            coverage=coverage,
            clause_coverage=self.coverage(claim, sentence_only),
            names_in_sentence=not self._missing_entities(claim, context.sentence | title),
            subject_in_sentence=self._subject_mentioned(
                claim, _own_terms(evidence.sentence), everything
            ),
        )
        return _decide(claim, evidence, alignment)

    def _best_clause(
        self, claim: Assertion, evidence: EvidenceSentence
    ) -> tuple[Assertion, Context]:
        # The title is context for every sentence: "the pandemic", "the two countries".
        sentence_terms = _own_terms(evidence.sentence) | _title_terms(evidence)
        window_terms = frozenset(
            t for n in evidence.neighbours for a in n.assertions for t in a.terms
        )
        best: tuple[float, Assertion, Context] | None = None
        for clause in evidence.sentence.assertions:
            context = Context(frozenset(clause.terms), sentence_terms, window_terms)
            in_clause = len(self._present_entities(claim, context.clause))
            score = in_clause + self.coverage(claim, context)
            if best is None or score > best[0]:
                best = (score, clause, context)
        if best is None:
            empty = Assertion(text="", start=0, end=0)
            return empty, Context(frozenset(), sentence_terms, window_terms)
        return best[1], best[2]

    def weight(self, word: str) -> float:
        """How much a word counts: rare words more."""
        return self.idf.get(word, self.unseen_idf)

    def coverage(self, claim: Assertion, context: Context) -> float:
        """The weighted share of the claim's own words (entities aside) found in the context."""
        words = self.descriptive_terms(claim)
        if not words:
            return 1.0
        total = found = 0.0
        for word in words:
            weight = self.weight(word)
            total += weight
            if word in context.clause:
                found += weight * CLAUSE_WEIGHT
            elif word in context.sentence:
                found += weight * SENTENCE_WEIGHT
            elif word in context.window:
                found += weight * WINDOW_WEIGHT
        return found / total

    def descriptive_terms(self, claim: Assertion) -> tuple[str, ...]:
        """The claim's words that are not part of a name."""
        named = {t for e in claim.entities for t in terms(e.text.replace(".", ""))}
        own = tuple(t for t in claim.terms if t not in named)
        return own or claim.terms

    def _subject_mentioned(
        self, claim: Assertion, found_terms: frozenset[str], names_found: frozenset[str]
    ) -> bool:
        """Who or what the claim is about must be there: "Tarvia sent 50 engineers" is not
        supported by "Quist sent 50 engineers". Names may be found in `names_found`."""
        subject = claim.subject or ""
        named = [e for e in claim.entities if e.text in subject]
        if any(
            not self.aliases.mentioned_in(e.canonical, names_found, self.weight)
            and not _name_in_terms(e.text, names_found)
            for e in named
        ):
            return False
        name_terms = {t for e in named for t in terms(e.text.replace(".", ""))}
        # What a number counts ("530 people") is the number's business, not the subject's.
        counted = {t for q in claim.quantities for t in q.noun}
        words = [t for t in terms(subject) if t in claim.terms and t not in name_terms | counted]
        if not words:
            return True
        found = sum(self.weight(t) for t in words if t in found_terms)
        return found >= SUBJECT_COVERAGE * sum(self.weight(t) for t in words)

    def _present_entities(self, claim: Assertion, found_terms: frozenset[str]) -> set[str]:
        return {
            e.canonical
            for e in claim.entities
            if self.aliases.mentioned_in(e.canonical, found_terms, self.weight)
            or _name_in_terms(e.text, found_terms)
        }

    def _missing_entities(self, claim: Assertion, found_terms: frozenset[str]) -> set[str]:
        present = self._present_entities(claim, found_terms)
        return {e.text for e in claim.entities if e.canonical not in present}


def _name_in_terms(name: str, found_terms: frozenset[str]) -> bool:
    name_terms = terms(name.replace(".", ""))
    return bool(name_terms) and all(t in found_terms for t in name_terms)


def _own_terms(sentence: AnalyzedSentence) -> frozenset[str]:
    return frozenset(t for a in sentence.assertions for t in a.terms)


def _title_terms(evidence: EvidenceSentence) -> frozenset[str]:
    """A document's title names what "the two countries" or "the country" refer to."""
    return frozenset(terms(evidence.source.title or ""))


def _unrelated(evidence: EvidenceSentence, reason: str) -> Judgement:
    return Judgement(Stance.UNRELATED, 0.0, reason, evidence)


@dataclass(frozen=True)
class Alignment:
    """How well a clause lines up with a claim before its slots are compared."""

    clause: Assertion
    coverage: float
    clause_coverage: float
    names_in_sentence: bool
    subject_in_sentence: bool


def _decide(claim: Assertion, evidence: EvidenceSentence, alignment: Alignment) -> Judgement:
    """Contradiction needs a precise slot mismatch in the clause; support needs every slot."""
    clause, sentence = alignment.clause, evidence.sentence
    quantities = [match_quantity(q, claim, clause, sentence) for q in claim.quantities]
    times = [match_time(t, clause) for t in claim.times]
    contradiction = _contradiction(claim, evidence, quantities, times, alignment)
    if contradiction is not None:
        return Judgement(Stance.CONTRADICTS, alignment.coverage, contradiction, evidence)
    if _polarity_conflict(claim, clause):
        return _unrelated(evidence, "differs in negation but is not about the same statement")
    return _support(claim, evidence, alignment, quantities, times)


def _contradiction(
    claim: Assertion,
    evidence: EvidenceSentence,
    quantities: list[Slot],
    times: list[Slot],
    alignment: Alignment,
) -> str | None:
    """Why the clause contradicts the claim, if it does.

    The clause's own words must say what the claim says (a number in a neighbouring sentence
    may count something else), and every other slot must agree: a different figure for a
    different year, or a different date for a different figure, is not a contradiction.
    """
    clause = alignment.clause
    if alignment.clause_coverage < MIN_CONTRADICTION_COVERAGE:
        return None
    times_agree = all(status != "contradicts" for status, _, _ in times)
    figures_agree = all(status == "supports" for status, _, _ in quantities)
    for status, claim_slot, source_slot in quantities:
        if status == "contradicts" and times_agree:
            return f"claim: {claim_slot}; source: {source_slot}"
    if alignment.clause_coverage < MIN_EVENT_CONTRADICTION_COVERAGE:
        return None
    # A date only contradicts a one-off event, or the same figure at another time: a clause
    # with a figure of its own measures something in its period, and other periods differ.
    same_event = (claim.quantities and figures_agree) or not clause.quantities
    for status, claim_slot, source_slot in times:
        if status == "contradicts" and same_event:
            return f"claim: {claim_slot}; source: {source_slot}"
    # "recognised the Taliban in 2024" is not denied by a denial from 2023.
    dated = all(time_in_neighbours(t, evidence) is not None for t in claim.times)
    if figures_agree and times_agree and dated:
        return _polarity_conflict(claim, clause)
    return None


def _support(
    claim: Assertion,
    evidence: EvidenceSentence,
    alignment: Alignment,
    quantities: list[Slot],
    times: list[Slot],
) -> Judgement:
    """Support needs every number and date matched and enough of the claim's words."""
    neighbours: list[AnalyzedSentence] = []
    for index, (status, claim_slot, source_slot) in enumerate(times):
        if status == "contradicts":
            return _unrelated(evidence, f"gives {source_slot}, not {claim_slot}")
        if status != "supports":
            found = time_in_neighbours(claim.times[index], evidence)
            if found is None:
                return _unrelated(evidence, f"gives no matching date for {claim_slot}")
            times[index] = ("supports", claim_slot, found[1])
            neighbours.append(found[0])
    unmatched = [claim_slot for status, claim_slot, _ in quantities if status != "supports"]
    if unmatched:
        return _unrelated(evidence, f"gives no matching figure for {unmatched[0]}")
    if not claim.quantities and not alignment.names_in_sentence:
        return _unrelated(evidence, "names the claim's subjects only in nearby sentences")
    if not claim.quantities and not claim.times and not alignment.subject_in_sentence:
        # With no number or date to pin the fact down, who did it must be in the sentence.
        return _unrelated(evidence, f"does not say {claim.subject} did it")
    if alignment.coverage < _support_threshold(claim):
        return _unrelated(evidence, f"shares too little with the claim ({alignment.coverage:.0%})")
    matched = "; ".join(f"{c} = {s}" for _, c, s in [*quantities, *times])
    reason = f"matches: {matched}" if matched else "states the same"
    return Judgement(Stance.SUPPORTS, alignment.coverage, reason, evidence, tuple(neighbours))


def _support_threshold(claim: Assertion) -> float:
    """A matching number is strong evidence; a date alone, or no slot at all, needs more words."""
    if claim.quantities:
        return MIN_COVERAGE
    return MIN_COVERAGE_WITH_DATES_ONLY if claim.times else MIN_COVERAGE_WITHOUT_SLOTS


def _polarity_conflict(claim: Assertion, clause: Assertion) -> str | None:
    """A negation on one side covering words the other side asserts."""
    if claim.negated == clause.negated:
        return None
    if clause.negated and set(clause.negation_scope) & set(claim.terms):
        return f"source negates it: “{clause.text}”"
    if claim.negated and set(claim.negation_scope) & set(clause.terms):
        return f"claim is negated; source asserts: “{clause.text}”"
    return None
