"""When a date is a doing's: the same doing dated twice, a date said of the sentence before,
and a denial that there is any date. Each decides whether two dates may contradict."""

from __future__ import annotations

import re

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms, terms_of_words
from factcheck.judge.intervals import SlotMatch, compare_times
from factcheck.judge.neighbours import sentence_before
from factcheck.models import AnalyzedSentence, Assertion, EvidenceSentence

# Words from a date back to what it dates: the claim's few, the source's more.
_CLAIM_REACH, _SOURCE_REACH = 3, 12


def dates_the_same_doing(claim: Assertion, clause: Assertion) -> bool:
    """Claim and clause date the same doing ("was opened on May 3", "opened ... on May 13"),
    and the claim counts nothing: a day dates an event, not a tally. A year or a month dates
    one only for what happens once ("was built in 1971", "built in 1961, carries ...")."""
    if claim.quantities or not claim.times or not clause.times:
        return False
    granularities = {t.granularity for t in (*claim.times, *clause.times)}
    if granularities == {"day"}:
        pattern = _ON_A_DAY
    elif len(granularities) == 1 and granularities <= {"month", "year"}:
        pattern = _IN_A_YEAR
    else:
        return False
    ours = _words_before_dates(claim.text, pattern, _CLAIM_REACH)
    if pattern is _IN_A_YEAR:
        ours = [mine for mine in ours if mine & _ONCE_STEMS]
    theirs = _words_before_dates(clause.text, pattern, _SOURCE_REACH)
    return any(mine and mine <= words for mine in ours for words in theirs)


def dates_another_doing(claim: Assertion, clause: Assertion) -> bool:
    """Every date of the clause that differs from the claim's is an infinitive's the claim
    does not say: "have begun a review, which they expect to publish in November" dates the
    publishing, and denies no date of the claim's beginning."""
    differing = [
        time
        for time in clause.times
        if any(compare_times(ours, time) == SlotMatch.CONTRADICTS for ours in claim.times)
    ]
    claimed = set(claim.terms)
    return bool(differing) and all(
        (verb := _INFINITIVE_BEFORE.search(clause.text[: max(0, time.start - clause.start)]))
        and not set(terms(verb["verb"])) & claimed
        for time in differing
    )


# "to publish in", "to be completed by": the verb a date after it is the time of.
_INFINITIVE_BEFORE = regex(
    r"\bto\s+(?:be\s+)?(?P<verb>[a-z]+)\s+(?:in|on|by|before|after|until|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _words_before_dates(text: str, pattern: re.Pattern[str], reach: int) -> list[set[str]]:
    """The terms of the words before each date of a text, up to `reach` words back."""
    return [
        set(terms(" ".join(text[: found.start()].split()[-reach:])))
        for found in pattern.finditer(text)
    ]


# "on 19 January", "on January 19", "on Jan. 19": a day, said as the day of an event.
_ON_A_DAY = regex(r"\bon\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b)")
# "in 1961", "in May 1961": a year or a month, said as when something happened.
_IN_A_YEAR = regex(r"\bin\s+(?:[A-Z][a-z]+\.?\s+)?(?:1[5-9]|20)\d\d\b")
# What happens to a thing once, so in one year: "built in 1961" was not also in 1971.
_ONCE_STEMS = frozenset(
    terms_of_words(
        """built constructed completed founded established opened inaugurated launched
        erected incorporated born died began begun started commenced""".split()
    )
)


# A time a figure is compared with ("up 6 percent from a year earlier"), not the figure's own.
_COMPARED_WITH = regex(r"\b(?:earlier|before|ago|previous|prior)\b", re.IGNORECASE)


# What a clause denies there is when it denies any date: "No strike date has been set".
_DATE_STEMS = frozenset(terms_of_words("date dates day deadline timetable".split()))


def no_date_given(claim: Assertion, clause: Assertion) -> bool:
    """The clause denies that there is a date at all, where the claim gives one: no date of
    the claim's can be near it, and none need be."""
    return bool(claim.times) and clause.negated and bool(set(clause.negation_scope) & _DATE_STEMS)


def dated_otherwise_before(claim: Assertion, evidence: EvidenceSentence) -> bool:
    """The sentence before gives dates, none of them the claim's and one of them another."""
    before = sentence_before(evidence)
    assertions = before.assertions if before is not None else ()
    times = [t for a in assertions for t in a.times if not _COMPARED_WITH.search(t.text)]
    if not claim.times or not times:
        return False
    found = {compare_times(ours, theirs) for ours in claim.times for theirs in times}
    return SlotMatch.CONTRADICTS in found and SlotMatch.SUPPORTS not in found


def dated_as_claimed_beside(
    claim: Assertion, clause: Assertion, sentence: AnalyzedSentence
) -> bool:
    """Another clause of the sentence says more of what the claim says was done (its words
    right before its date) and gives a date the claim's agree with: that clause, not this
    one, dates the claim's doing."""
    doing = set().union(*_words_before_dates(claim.text, _ANY_DATE, _CLAIM_REACH))
    if not doing:
        return False
    here = len(doing & set(clause.terms))
    for other in sentence.assertions:
        if other.start == clause.start or len(doing & set(other.terms)) <= here:
            continue
        if any(
            compare_times(ours, t) == SlotMatch.SUPPORTS
            for ours in claim.times
            for t in other.times
        ):
            return True
    return False


# A date as a claim says it, after "in", "on", "by", "since", "before" or "after".
_ANY_DATE = regex(r"\b(?:in|on|by|since|before|after|until)\s+(?:the\s+)?(?:[A-Z][a-z]+\.?\s+)?\d")
