"""All against a part: "had all its posts filled" is denied by "had only 9 of its 15 posts
filled", whatever else the two sentences share."""

from __future__ import annotations

import re

from factcheck.extract.numbers import SMALL_NUMBERS
from factcheck.extract.tokens import stem

_OWNER = r"(?:its|their|his|her|the|our)"
# The whole is named by a plural among the two words after it: "all its (track) posts".
_NOUN = r"(?P<noun>\w+(?:\s+\w+)?)"
_ALL = re.compile(rf"\ball\s+(?:of\s+)?{_OWNER}\s+{_NOUN}", re.IGNORECASE)
_COUNT = r"\d[\d,]*|" + "|".join(word for word in SMALL_NUMBERS if word != "zero")
_PART = re.compile(
    rf"\b(?P<part>{_COUNT})\s+(?:out\s+)?of\s+(?:{_OWNER}\s+)?(?P<whole>{_COUNT})\s+{_NOUN}",
    re.IGNORECASE,
)


def part_for_all(claim_text: str, source_text: str) -> str | None:
    """The source's part of a whole the claim says all of ("9 of its 15 posts" for "all its
    posts"), as the source writes it; None when the source gives no smaller part of it."""
    claimed = {noun for match in _ALL.finditer(claim_text) for noun in _plurals(match["noun"])}
    if not claimed:
        return None
    for match in _PART.finditer(source_text):
        part, whole = _value(match["part"]), _value(match["whole"])
        if claimed & _plurals(match["noun"]) and part < whole:
            return match.group(0)
    return None


def _plurals(words: str) -> set[str]:
    return {stem(word) for word in words.lower().split() if len(word) > 3 and word[-1] == "s"}


def _value(written: str) -> int:
    word = written.lower()
    return SMALL_NUMBERS[word] if word in SMALL_NUMBERS else int(word.replace(",", ""))
