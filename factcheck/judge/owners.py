"""Whose a thing is: one owner at a time, so a sentence giving it another denies the claim's.

"The twenty plaques remain Pell's property" is denied by "twenty plaques are on loan to the
museum from Quist" (a lender owns what it lends) and by "the plaques that belong to Quist";
"owned by", "belongs to", "X's property", "X keeps ownership" and "ownership passes to X" say
the same thing. Owners are compared by their capitalised words, so "the Pell government" and
"Pell" are one owner, "Quist" another.
"""

from __future__ import annotations

from factcheck.extract.patterns import regex
from factcheck.judge.rivals import Rival, another_party, parties_named

_NAME = r"(?P<owner>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})"
# Ways of saying who owns a thing, in a claim or a source.
_OWNED = (
    regex(rf"\b{_NAME}['’]s?\s+(?:own\s+)?property\b"),
    regex(rf"\b[Oo]wned\s+by\s+(?:the\s+)?{_NAME}"),
    regex(rf"\bbelong(?:s|ed|ing)?\s+to\s+(?:the\s+)?{_NAME}"),
    regex(rf"\b{_NAME}\s+(?:keeps|kept|retains|retained|keep|retain)\s+(?:the\s+)?ownership\b"),
    regex(
        rf"\b[Oo]wnership\b[^.;:]{{0,60}}?\b(?:pass(?:es|ed)?|transfer(?:s|red)?)\s+to\s+{_NAME}"
    ),
    regex(
        rf"\b[Oo]wnership\b[^.;:]{{0,60}}?\b(?:stays|stayed|remains|remained|rests)\s+with\s+{_NAME}"
    ),
)
# Ways a source says who owns a thing by lending it: the lender.
_LENT = (
    regex(rf"\bon\s+loan\b(?:\s+to\s+[^,;.]{{1,40}}?)?\s+from\s+(?:the\s+)?{_NAME}"),
    regex(rf"\b(?:lent|loaned)\b(?:\s+to\s+[^,;.]{{1,40}}?)?\s+by\s+(?:the\s+)?{_NAME}"),
)
# Capitalised words that name no owner: a sentence's first word, months, titles.
_NOT_OWNERS = frozenset("The A An This That These Those It Its Their His Her Under In On".split())


def owners_in(text: str, *, lending: bool = True) -> frozenset[str]:
    """The owners a text names, as it writes them ("Oyembra", "the Pell City Council" as
    "Pell City Council")."""
    return parties_named(_OWNED + (_LENT if lending else ()), "owner", text, _NOT_OWNERS)


def another_owner(ours: frozenset[str], source_text: str) -> Rival | None:
    """The owner the source gives where the claim gives others (`ours`, as `owners_in` reads
    the claim, lending aside); None when either names none, or the source names the claim's
    owner too."""
    return another_party(ours, owners_in(source_text), "owned by")
