"""A year that says which of a recurring thing the claim means: "the 2064 results", "its 2023
budget", "Pell's 2031 census". Another year's results are other results: a sentence about the
2063 results neither dates nor denies the 2064 ones, and a year read in a neighbouring
sentence ("a deferred place for 2064") is no year of theirs."""

from __future__ import annotations

import re

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms
from factcheck.models import Assertion

# A definite article or a possessive before the year, a word after it: the year names the
# thing. Not "a 2017 film", which says what kind of thing something named is.
_NAMING_BEFORE = regex(r"(?:\b(?:the|its|their|his|her|our|this|that)|['’]s)\s+$", re.IGNORECASE)
# The noun a year names an edition of, past any name: "the 2064 Upper Diploma results".
_EDITION_NOUN = regex(r"^(?:\s+[A-Z][\w'’-]*)*\s+(?P<noun>[a-z][a-z-]*)")


def edition_noun(claim: Assertion, index: int) -> str | None:
    """The noun the claim's date `index` names an edition of, where it is a year written
    after "the" or a possessive and before a noun ("the 2038 election": "election"); else
    None: it says when something happened."""
    time = claim.times[index]
    if time.granularity != "year" or time.relation != "at":
        return None
    start, end = time.start - claim.start, time.end - claim.start
    if not 0 <= start < end <= len(claim.text):
        return None
    before, after = claim.text[:start], claim.text[end:]
    noun = _EDITION_NOUN.match(after)
    if not _NAMING_BEFORE.search(before) or noun is None:
        return None
    return noun["noun"]


def year_of_another_thing(noun: str, text: str, date_said: str) -> bool:
    """A neighbour's bare year (`date_said`, as the judge describes it) dates the claim's
    edition only in a sentence that speaks of its thing: "590 had accepted a deferred place for
    2064" dates no "2064 results"; a day ("on the night of 6 May") is an event's date."""
    return date_said.strip().isdigit() and not set(terms(noun)) & set(terms(text))
