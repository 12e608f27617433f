"""Verbs of opposite sense in a claim and a clause: "approved" against "rejected", "kept"
against "lowered"; when they are about the same thing, and what a clause must say itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factcheck.extract.lexicon import (
    AMOUNT_SENSES,
    KEEPING_SENSE,
    OBTAINING_SENSE,
    REFUSAL_SENSES,
    REQUEST_SENSE,
)
from factcheck.extract.tokens import terms
from factcheck.extract.verbs import VerbSense, opposed, verb_senses
from factcheck.models import Assertion, EvidenceSentence

# Whether the claim's verb and the clause's are said of the same subject and object.
SameRoles = Callable[[VerbSense, VerbSense], bool]


@dataclass(frozen=True)
class Opposition:
    """The claim's verb and the clause's opposite one, as written: "rejected" and "approved"."""

    claim: str
    source: str
    claim_terms: tuple[str, ...]
    # Said of the same subject and object; if not, the clause is about something else.
    same_roles: bool
    # The clause names its object by pointing back: "accepted this request".
    refers_back: bool = False


def find_opposition(
    claim: Assertion, clause: Assertion, same_roles: SameRoles
) -> Opposition | None:
    """A verb of the claim that the clause answers with its opposite, preferring one said of
    the same subject and object: "the board rejected the plan" and "the board approved the
    plan"."""
    claim_verbs = verb_senses(claim.text)
    if not claim_verbs or _planned(claim) != _planned(clause):
        return None
    clause_verbs = verb_senses(clause.text)
    said = {verb.sense for verb in clause_verbs}
    counted = {t for q in claim.quantities for t in q.noun}
    found = [
        Opposition(ours.said, theirs.said, terms(ours.said), same, theirs.refers_back)
        for ours in claim_verbs
        if ours.sense not in said
        for theirs in clause_verbs
        if opposed(ours.sense, theirs.sense)
        for same in [same_roles(ours, theirs) and not _may_both_hold(ours, theirs, counted)]
    ]
    return max(found, key=lambda opposition: opposition.same_roles, default=None)


def _may_both_hold(ours: VerbSense, theirs: VerbSense, counted: set[str]) -> bool:
    """Opposite verbs of a counted object may both be true: "approved three permits" and
    "rejected three permits" (other permits), "kept 36 nurses" (had them) and "increased its
    nurses to 36"."""
    if ours.sense in AMOUNT_SENSES:
        return bool(counted) and KEEPING_SENSE in (ours.sense, theirs.sense)
    return ours.object_head in counted


def _planned(assertion: Assertion) -> bool:
    return assertion.modality == "planned"


def refusal_unsaid(claim: Assertion, evidence: EvidenceSentence) -> str | None:
    """The claim's verb of refusal that neither the sentence nor its title says: "Pell asked
    Quist to host the talks" does not say Quist turned the request down."""
    refusals = [v for v in verb_senses(claim.text) if v.sense in REFUSAL_SENSES]
    if not refusals:
        return None
    title = evidence.source.title or ""
    said = {v.sense for text in (evidence.sentence.sentence.text, title) for v in verb_senses(text)}
    return next((v.said for v in refusals if v.sense not in said), None)


def obtaining_unsaid(claim: Assertion, evidence: EvidenceSentence) -> str | None:
    """The claim's verb of obtaining ("was awarded") where the sentence says only that it was
    asked for ("has applied for"): a request is not its grant."""
    obtained = [v for v in verb_senses(claim.text) if v.sense == OBTAINING_SENSE]
    if not obtained:
        return None
    said = {v.sense for v in verb_senses(evidence.sentence.sentence.text)}
    return obtained[0].said if REQUEST_SENSE in said and OBTAINING_SENSE not in said else None
