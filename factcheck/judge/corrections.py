"""A correction's account of what an earlier version wrongly said ("Correction: An earlier
version of this article said that the limit was 150,000 vardins. The limit is 100,000."): the
retracted words are the source's own denial, never its support."""

from __future__ import annotations

import re

from factcheck.extract.patterns import regex

_RETRACTED = regex(
    r"\b(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|page)"
    r"\s+(?:\w+\s+)?(?:said|stated|reported|gave|misstated|misreported|described|named)\b"
    r"|\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|described"
    r"|named|identified)\b",
    re.IGNORECASE,
)


def retracted(text: str) -> bool:
    """Whether the sentence tells what an earlier version wrongly said."""
    return _RETRACTED.search(text) is not None
