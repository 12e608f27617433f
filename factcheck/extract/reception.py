"""How critics received a work, as a slot: "received mixed reviews", "was panned by critics",
"positive to mixed reviews". A film, book or album is received well, badly or with mixed
feelings, and a claim of one tone is answered by a source of another.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms

Tone = Literal["positive", "mixed", "negative"]

# A tone counts only in a sentence about critics or reviews.
_ABOUT_REVIEWS = regex(
    r"\b(?:reviews?|reviewed|reviewers?|critics?|critical(?:ly)?|reception|acclaim|acclaimed"
    r"|panned)\b",
    re.IGNORECASE,
)
_POSITIVE = (
    r"positive(?:ly)?|favou?rable|favou?rably|good|glowing|warm(?:ly)?|flattering|rave"
    r"|(?:critical\s+)?acclaim(?:ed)?|(?:mostly\s+|widely\s+|highly\s+)?prais(?:e|ed)"
    r"|well[\s-]received|(?:well[\s-])?liked|loved|enthusiastic|excellent|great|stellar"
)
_MIXED = (
    r"mixed|ambivalent|ambiguous|lukewarm|middling|divided|polarized|polarised"
    r"|both\s+good\s+and\s+bad|(?:both\s+)?positive\s+and\s+negative"
)
_NEGATIVE = (
    r"negative(?:ly)?|unfavou?rable|unfavou?rably|poor(?:ly)?|bad|panned|disliked|hostile"
    r"|scathing|harsh|savaged|hated|bleak|dismal|damning|withering|unenthusiastic|lacklustre"
    r"|lackluster|terrible|awful|weak"
)
_TONE = regex(
    rf"\b(?:(?P<mixed>{_MIXED})|(?P<negative>{_NEGATIVE})|(?P<positive>{_POSITIVE}))\b",
    re.IGNORECASE,
)
# "not well received", "never positive": a tone denied is no tone to compare.
_DENIED = regex(r"\b(?:not|never|no|hardly|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "mixed to positive", "positive to mixed": a tone between two.
_RANGE_JOINER = regex(r"^\s*(?:to|or|and)\s+$", re.IGNORECASE)
# Close enough to a review word to be said of the reviews: "received generally negative
# reviews", "was poorly reviewed", "panned by critics".
_NEAR = 60


def reception(text: str) -> frozenset[Tone]:
    """The tones a text gives the critics' reception of a work; empty when it gives none.

    "mixed to positive reviews" gives both tones; "received either ambiguous or flattering
    reviews" too: either is what the text allows.
    """
    return frozenset(_tone(match) for match in _tone_words(text))


def tone_difference(claim: str, clause: str) -> str | None:
    """How a clause's reception of a work differs from a claim's, in words: "source gives
    mixed reviews, claim positive"; "" when the clause gives no tone; None when they share one
    or the claim gives none."""
    ours = reception(claim)
    if not ours:
        return None
    theirs = reception(clause)
    if ours & theirs:
        return None
    if not theirs:
        return ""
    return f"source gives {' or '.join(sorted(theirs))} reviews, claim {' or '.join(sorted(ours))}"


def tone_terms(text: str) -> frozenset[str]:
    """The terms of the words a text gives its reception's tone in: they are the slot, not
    words a source must repeat."""
    return frozenset(t for match in _tone_words(text) for t in terms(match.group()))


@lru_cache(maxsize=4096)
def _tone_words(text: str) -> tuple[re.Match[str], ...]:
    """The words that give the reception's tone, all of one stretch ("mixed to positive");
    remembered, as a claim is compared with many sentences."""
    if not _ABOUT_REVIEWS.search(text):
        return ()
    found = [m for m in _TONE.finditer(text) if _beside_reviews(text, m)]
    if any(_DENIED.search(text[: m.start()]) for m in found):
        return ()
    kept = found[:1]
    for before, match in pairwise(found):
        if not _RANGE_JOINER.match(text[before.end() : match.start()]):
            break  # a second tone of something else: "mixed reviews, but strong sales"
        kept.append(match)
    return tuple(kept)


def _beside_reviews(text: str, match: re.Match[str]) -> bool:
    window = text[max(0, match.start() - _NEAR) : match.end() + _NEAR]
    return bool(_ABOUT_REVIEWS.search(window))


def _tone(match: re.Match[str]) -> Tone:
    if match.group("mixed"):
        return "mixed"
    return "negative" if match.group("negative") else "positive"
