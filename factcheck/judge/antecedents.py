"""What "the county" or "the company" of a sentence names: the last place or body of that kind
its document named before it ("BEXHOLLOW COUNTY, Valdessa — ... approved a declaration for the
county")."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.models import EvidenceSentence

# Kinds of place and body a document names once, then calls "the county", "the council".
_KINDS = frozenset(
    """county city town district state province region council company party agency
    department service board trust university hospital club government ministry commission
    bank authority""".split()
)


def named_before(name: str, evidence: EvidenceSentence) -> bool:
    """Whether the sentence says "the <kind>" of the claim's `name` ("Bexhollow County") and
    the last name of that kind its document gave before the sentence is that one."""
    words = name.split()
    kind = words[-1].lower() if len(words) > 1 else ""
    sentence = evidence.sentence.sentence
    if kind not in _KINDS or not _the_kind(kind).search(sentence.text):
        return False
    before = evidence.source.text[: sentence.start]
    mentions = list(_named_kind(kind).finditer(before))
    if not mentions:
        return False
    last = mentions[-1]
    named = last.group("name").lower().split()
    wanted = [word.lower() for word in words[:-1]]
    return named[-len(wanted) :] == wanted


@lru_cache(maxsize=64)
def _the_kind(kind: str) -> re.Pattern[str]:
    # "the county", not "the County Council", which is a name of its own.
    return re.compile(rf"\b[Tt]he {kind}\b(?!\s+[A-Z])")


@lru_cache(maxsize=64)
def _named_kind(kind: str) -> re.Pattern[str]:
    # "Bexhollow County", "BEXHOLLOW COUNTY": capitalised words, then the kind capitalised.
    return re.compile(
        rf"\b(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:{kind.capitalize()}|{kind.upper()})\b"
    )
