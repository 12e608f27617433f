"""Verbs of opposite sense in a claim and a clause: "approved" against "rejected", "kept"
against "lowered"; when they are about the same thing, and what a clause must say itself."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.extract.lexicon import (
    AMOUNT_SENSES,
    APPEAL_SENSE,
    APPROVAL_SENSE,
    KEEPING_SENSE,
    OBTAINING_SENSE,
    REFUSAL_SENSES,
    REQUEST_SENSE,
    STOPWORDS,
    VERDICT_SENSES,
)
from factcheck.extract.patterns import regex
from factcheck.extract.tokens import is_past_form, stem, terms
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
        for same in [
            same_roles(ours, theirs) and (ours.owned or not _may_both_hold(ours, theirs, counted))
        ]
    ]
    return max(found, key=lambda opposition: opposition.same_roles, default=None)


def negation_answers(opposition: Opposition, claim: Assertion, clause: Assertion) -> bool:
    """A negation on one side of the opposite verbs, over its own verb, says the other's: "did
    not approve" is "rejected". One over another word ("denied the charges and did not
    testify") leaves the verbs opposed."""
    if claim.negated == clause.negated:
        return False
    negated, verb = (clause, opposition.source) if clause.negated else (claim, opposition.claim)
    return not set(terms(verb)).isdisjoint(negated.negation_scope)


def _may_both_hold(ours: VerbSense, theirs: VerbSense, counted: set[str]) -> bool:
    """Opposite verbs of a counted object may both be true: "approved three permits" and
    "rejected three permits" (other permits), "kept 36 nurses" (had them) and "increased its
    nurses to 36"."""
    if ours.sense in AMOUNT_SENSES:
        return bool(counted) and KEEPING_SENSE in (ours.sense, theirs.sense)
    return ours.object_head in counted


def _planned(assertion: Assertion) -> bool:
    return assertion.modality == "planned"


_WORD = regex(r"[a-z]+")


def only_planned(claim: Assertion, clause: Assertion) -> bool:
    """The claim says a thing was done ("began in September"), the clause only that it was to
    be ("which she said would begin in September as planned"): a plan is not its deed."""
    verb = _done_verb(claim) if claim.modality == "asserted" else None
    if verb is None:
        return False
    if verb in _planned_verbs(clause.text) - _done_verbs(clause.text):
        return True
    # A date the clause gives only to a plan, the claim's deed unsaid: "are still closed, and
    # the laboratory will test them again in May 2067" dates a plan, not "were declared safe
    # after the laboratory's tests in May 2067".
    # "The application to disqualify him is due to be heard": a deed asked or tried for is
    # not said done.
    deeds = _SOUGHT_DEED.sub(" ", clause.text.lower())
    said = {stem(word) for word in _WORD.findall(deeds)}
    if not claim.times or not clause.times or verb in said or _done_verbs(clause.text):
        return False
    # "due to an injury" gives a cause, not a plan; "is due to be heard" a plan.
    plans = [
        m.end()
        for m in _PLANNED_VERB.finditer(clause.text)
        if m[0][:3].lower() != "due" or _PASSIVE_OR_PERFECT.search(m[0])
    ]
    return all(any(p <= t.start - clause.start for p in plans) for t in clause.times)


# A noun of asking or trying and the deed it is for: "application to disqualify", "a bid to
# buy", "attempts to stop".
_SOUGHT_DEED = regex(
    r"\b(?:applications?|bids?|attempts?|requests?|motions?|proposals?|efforts?|calls?)"
    r"\s+to\s+[a-z]+"
)


# The mark a list item opens with: "3. ", "(c) ", "b) ", "- ".
_LIST_MARK = regex(r"^\s*(?:\d{1,2}[.)]|\([a-z0-9]{1,3}\)|[a-z][.)]|[-•*])\s+")
_LOWER_WORD = regex(r"[a-z]+\b")


def an_instruction(text: str, before: str = "") -> bool:
    """The sentence `text` (`before` it, the sentence before) is an item of a list of things
    to do, opening with a verb's bare form after what introduced the list ("We recommend that
    the University: ... 3. write to each of the 131 patients ...;"): it tells what should be
    done. An item ends in a semicolon, or follows one that does or the colon before the list."""
    listed = text.rstrip().endswith(";") or before.rstrip().endswith((";", ":"))
    if not listed:
        return False
    item = _LIST_MARK.sub("", text, count=1)
    first = _LOWER_WORD.match(item)
    if first is None:
        return False
    word = first.group()
    return (
        len(word) > 2
        and word not in STOPWORDS
        and not word.endswith(("ed", "ing", "ly", "s"))
        and not is_past_form(word)
    )


def tells_of_a_deed(claim: Assertion) -> bool:
    """The claim says a thing was done or is so ("has written to", "began in September",
    "was effective"), not that it is to be."""
    words = (claim.action or "").lower().split()
    if claim.modality != "asserted" or not words:
        return False
    return words[0] in _PAST_AUXILIARIES or is_past_form(words[-1])


def denied_plan_dates(claim: Assertion, clause: Assertion) -> frozenset[str]:
    """The words of the dates a clause says a plan will not meet, where the claim tells of a
    deed: "would not close by the end of January" dates no deal completed in January (nor,
    in a neighbour, the deal's agreement). A claim of a delay ("has put off") is no deed."""
    if not clause.negated or clause.modality != "planned" or claim.negated:
        return frozenset()
    if claim.modality != "asserted" or _done_verb(claim) is None:
        return frozenset()
    scope = set(clause.negation_scope)
    dated = (set(terms(t.text)) for t in clause.times)
    return frozenset(word for words in dated if scope & words for word in words)


def _done_verb(claim: Assertion) -> str | None:
    """The stem of the claim's verb when it tells of a thing done: "began", "was released",
    "had closed" (not "are associated", which tells of a state)."""
    words = (claim.action or "").lower().split()
    if not words or (len(words) > 1 and words[0] not in _PAST_AUXILIARIES):
        return None
    last = words[-1]
    after = claim.text.lower().split((claim.action or "").lower(), 1)[-1].split()
    if last in _ASPECT_VERBS and after and after[0].endswith("ing") and len(after[0]) > 5:
        return stem(after[0])  # "finished clearing its backlog": the deed is the clearing
    if last == "been" and after and is_past_form(after[0]):
        return stem(after[0])  # "had been built"
    return stem(last) if is_past_form(last) else None


# Verbs that say how far a deed has gone, the deed in the gerund after them.
_ASPECT_VERBS = frozenset("finished completed began started stopped ceased".split())


_PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have"})


# A verb said to be to come: "would begin", "will be released", "is due to open". Not "plans
# to send": that a plan was made is told of once it is carried out, too ("announced plans to
# dispatch 139 personnel" in a report of their going).
_PLANNED_VERB = regex(
    r"\b(?:will|would|shall|due\s+to)\s+(?:not\s+)?(?:be\s+|have\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)


_PASSIVE_OR_PERFECT = regex(r"\s(?:be|have)\s", re.IGNORECASE)


# A verb someone expected or hoped would be done: "had hoped to clear the backlog by
# mid-May", "expected the backlog of ships to be cleared by mid-May". Not "planned to": see
# above.
_HOPED_VERB = regex(
    r"\b(?:expect|expects|expected|hope|hopes|hoped|aim|aims|aimed|intend|intends|intended)"
    r"\s+(?:[\w'-]+\s+){0,6}?to\s+(?:be\s+|have\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)


# A deed someone was told to do or is free to do, which says nothing of its being done:
# "ordered him to complete an education course", "has the right to ask for her B sample" (an
# authority that "ordered to close all borders, effective March 19" closed them).
_OWED_VERB = regex(
    r"\b(?:(?:ordered|told|asked|required|instructed|urged|directed)\s+(?:[\w'-]+\s+){1,3}?"
    r"|(?:the\s+)?right\s+|entitled\s+|allowed\s+|free\s+)"
    r"to\s+(?:be\s+|have\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)


def _planned_verbs(text: str) -> frozenset[str]:
    """The stems of the verbs a text says are planned, expected, hoped for, ordered or allowed."""
    found = (*_PLANNED_VERB.finditer(text), *_HOPED_VERB.finditer(text), *_OWED_VERB.finditer(text))
    return frozenset(stem(match["verb"]) for match in found)


# A verb said done: "was expected to be released in late 2008, and was released as ...".
_DONE_VERB = regex(r"\b(?:was|were|has\s+been|had\s+been)\s+(?P<verb>[a-z]+ed)\b", re.IGNORECASE)


def _done_verbs(text: str) -> frozenset[str]:
    """The stems of the verbs a text says in the passive of a thing done."""
    return frozenset(stem(match["verb"]) for match in _DONE_VERB.finditer(text))


# Senses a sentence must say to support a claim that says them.
_SAID_ONLY_OUTRIGHT = (
    REFUSAL_SENSES | VERDICT_SENSES | {APPROVAL_SENSE, APPEAL_SENSE, REQUEST_SENSE}
)


def decisive_verb_unsaid(
    claim: Assertion, clause: Assertion, evidence: EvidenceSentence
) -> str | None:
    """The claim's verb of refusal or verdict that neither the sentence nor its title says:
    "Pell asked Quist to host the talks" does not say Quist turned the request down, "could
    not reach a verdict" on a count does not say the jury acquitted on it. A clause that
    denies a verb of its own says only what it says: "acquitted her of a second charge, and
    could not reach a verdict on a further count concerning £700,000" gives no acquittal on
    the £700,000 count."""
    decisive = [v for v in verb_senses(claim.text) if v.sense in _SAID_ONLY_OUTRIGHT]
    if not decisive:
        return None
    title = evidence.source.title or ""
    own = clause.text if clause.negated and not claim.negated else evidence.sentence.sentence.text
    said = {v.sense for text in (own, title) for v in verb_senses(text)}
    return next((v.said for v in decisive if v.sense not in said), None)


def future_verb_unsaid(claim: Assertion, evidence: EvidenceSentence) -> str | None:
    """The verb of a claim about what will happen ("will leave"), where the claim has no figure
    or date to pin it down and neither the sentence nor its title says it (or a word it is
    folded with): "The Kestrels will leave the city after voters rejected the stadium tax"
    shares every word but "leave" with the sentence about the vote."""
    at = claim.text.find(claim.subject) if claim.subject else -1
    if claim.quantities or claim.times or at < 0:
        return None
    # Right after the subject: "will leave", not "will be deployed" (a passive's verb is often
    # said otherwise: "includes a regiment" for "a regiment will be deployed by").
    found = _PLANNED_VERB.match(claim.text[at + len(claim.subject or "") :].lstrip())
    if found is None or _PASSIVE_OR_PERFECT.search(found[0]):
        return None
    verb = found["verb"]
    said = set(terms(evidence.sentence.sentence.text)) | set(terms(evidence.source.title or ""))
    wanted = set(terms(verb))
    return verb if wanted and not wanted & said else None


def obtaining_unsaid(claim: Assertion, evidence: EvidenceSentence) -> str | None:
    """The claim's verb of obtaining ("was awarded") where the sentence says only that it was
    asked for ("has applied for"): a request is not its grant."""
    obtained = [v for v in verb_senses(claim.text) if v.sense == OBTAINING_SENSE]
    if not obtained:
        return None
    said = {v.sense for v in verb_senses(evidence.sentence.sentence.text)}
    return obtained[0].said if REQUEST_SENSE in said and OBTAINING_SENSE not in said else None
