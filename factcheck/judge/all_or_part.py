"""All against a part: "had all its posts filled" is denied by "had only 9 of its 15 posts
filled", whatever else the two sentences share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import stem
from factcheck.models import Assertion, Quantity

_OWNER = r"(?:its|their|his|her|the|our)"
# The whole is named by a plural among the two words after it: "all its (track) posts".
_NOUN = r"(?P<noun>\w+(?:\s+\w+)?)"
_ALL = regex(rf"\ball\s+(?:of\s+)?{_OWNER}\s+{_NOUN}", re.IGNORECASE)
# What joins a part to its whole: "9 of its 15", "nine out of the 12".
_PART_OF = regex(rf"\s+(?:out\s+)?of\s+(?:{_OWNER}\s+)?", re.IGNORECASE)
_NOUN_AFTER = regex(rf"\s+{_NOUN}")


def parts_and_wholes(
    text: str, figures: Sequence[Quantity], joiner: re.Pattern[str] = _PART_OF, offset: int = 0
) -> list[tuple[Quantity, Quantity]]:
    """Each figure of `text` (which starts at `offset` of the analysed text) said as a part of
    the next one, the two joined by `joiner`: "9 of its 15 posts", "392,000 of our 1.38 million
    customers"."""
    ordered = sorted(figures, key=lambda q: q.start)
    return [
        (part, whole)
        for part, whole in pairwise(ordered)
        if part.end <= whole.start
        and joiner.fullmatch(text, part.end - offset, whole.start - offset) is not None
    ]


def part_for_all(claim_text: str, clause: Assertion) -> str | None:
    """The clause's part of a whole the claim says all of ("9 of its 15 posts" for "all its
    posts"), as the clause writes it; None when the clause gives no smaller part of it."""
    claimed = {noun for match in _ALL.finditer(claim_text) for noun in plural_stems(match["noun"])}
    if not claimed:
        return None
    text, offset = clause.text, clause.start
    for part, whole in parts_and_wholes(text, clause.quantities, offset=offset):
        named = _NOUN_AFTER.match(text, whole.end - offset)
        if named and claimed & plural_stems(named["noun"]) and part.value < whole.value:
            return text[part.start - offset : named.end()]
    return None


def plural_stems(words: str) -> set[str]:
    """The stems of the plurals among `words` ("the trust's servers" → server), which say what
    a count or a share is of."""
    return {stem(word) for word in words.lower().split() if len(word) > 3 and word[-1] == "s"}
