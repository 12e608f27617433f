"""What someone is known as: a nickname is written in quotes inside the name ("Benjamin `` Benji
'' Madden", "Fabricio “Goldilocks” Coloccini") or after "nicknamed" or "known by the nickname",
and a claim says it as "X is known as N", "X's nickname is N" or "X was nicknamed N". A source
giving the claim's person the claim's nickname supports a claim that says no more; one giving
another nickname denies nothing, as a person may go by several.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms

_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}"
_OPEN = r"(?:``|\"|“|‘)"
_CLOSE = r"(?:''|\"|”|’)"
_CLAIMS = (
    regex(
        rf"^(?P<person>{_NAME})\s*,?\s+(?:is|was)\s+(?:also\s+|popularly\s+|commonly\s+|"
        rf"better\s+|widely\s+)?known\s+as\s+(?P<nickname>.+?)\s*[.!]?\s*$"
    ),
    regex(
        rf"^(?P<person>{_NAME})\s*(?:'s|’s|` s|'|’)\s+nickname\s+(?:is|was)\s+"
        rf"(?P<nickname>.+?)\s*[.!]?\s*$"
    ),
    regex(
        rf"^(?P<person>{_NAME})\s+(?:is|was)\s+(?:also\s+)?nicknamed\s+(?P<nickname>.+?)"
        rf"\s*[.!]?\s*$"
    ),
)
# "Benjamin `` Benji '' Madden": the nickname between a first name and a last.
_INSIDE_A_NAME = regex(
    rf"(?P<first>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){{0,2}})\s+{_OPEN}\s*"
    rf"(?P<nickname>[^`\"“”‘’']{{1,40}}?)\s*{_CLOSE}\s+(?P<last>[A-ZÀ-Ý][\w'’.-]*)"
)
# "nicknamed `` Valdanito ''", "known by the nickname `` Ollie ''": whose, the sentence says.
_AFTER_A_WORD = regex(
    rf"\b(?:nicknamed|known\s+by\s+the\s+nickname|known\s+as)\s+{_OPEN}\s*"
    rf"(?P<nickname>[^`\"“”‘’']{{1,40}}?)\s*{_CLOSE}",
    re.IGNORECASE,
)
_QUOTES = regex(r"``|''|[\"“”‘’]")


@dataclass(frozen=True)
class ClaimedNickname:
    """The person a claim names and what it says they are known as, as written."""

    person: str
    nickname: str


def claimed_nickname(claim_text: str) -> ClaimedNickname | None:
    """The person and nickname a claim pairs, when that is all it says."""
    for pattern in _CLAIMS:
        found = pattern.match(claim_text.strip())
        if found is not None:
            nickname = _QUOTES.sub(" ", found.group("nickname")).strip(" ,")
            if _key(nickname):
                return ClaimedNickname(found.group("person"), nickname)
    return None


def nickname_agreed(ours: ClaimedNickname, source_text: str, said: frozenset[str]) -> str | None:
    """The source's words giving the claim's person the claim's nickname, if it gives them:
    inside the person's name, or after "nicknamed" in a sentence whose words (with its
    neighbours' and title's, `said`) name the person."""
    person = frozenset(terms(ours.person))
    for found in _INSIDE_A_NAME.finditer(source_text):
        named = frozenset(terms(f"{found.group('first')} {found.group('last')}"))
        if _key(found.group("nickname")) == _key(ours.nickname) and person <= named:
            return found.group()
    if not person <= said:
        return None
    for found in _AFTER_A_WORD.finditer(source_text):
        if _key(found.group("nickname")) == _key(ours.nickname):
            return found.group()
    return None


def _key(nickname: str) -> str:
    """A nickname as compared: letters and digits, lower-cased ("B.J ." is "bj")."""
    return "".join(ch for ch in nickname.lower() if ch.isalnum())
