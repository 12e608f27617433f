"""Whom a player plays for: one club at a time, so a source naming another denies the claim's.

"Mara Quist plays for Pell Rovers" is denied by a sentence about her saying that she "plays as
a forward for Dovrik City", or that she "is a midfielder for Dovrik City": both in the present,
as the claim. What a player "played for" is a career, many clubs; a national team is played
for beside a club; so neither ever contradicts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.entities import is_country
from factcheck.extract.lexicon import DEMONYMS
from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms, terms_of_words
from factcheck.judge.rivals import Rival

# What a player is, said as "is a ... <position> for <club>".
_POSITIONS = (
    "player|footballer|cricketer|goalkeeper|defender|midfielder|forward|striker|winger|"
    "linebacker|quarterback|cornerback|safety|tackle|receiver|pitcher|catcher|outfielder|"
    "infielder|shortstop|guard|centre|center|point guard|fullback|halfback|flanker|hooker|prop"
)
# "plays for", "plays as a forward for", "currently plays for": the present only.
_PLAYS_FOR = regex(
    r"\b(?:plays|is playing)\b(?P<between>[^.;()]{0,60}?)\bfor\s+(?P<club>[^.;()]+)",
    re.IGNORECASE,
)
_IS_A_PLAYER_FOR = regex(
    rf"\bis\s+an?\s+(?P<between>[^.;()]{{0,60}}?)\b(?:{_POSITIONS})\s+for\s+(?P<club>[^.;()]+)",
    re.IGNORECASE,
)
# Where a club's name ends: "the Seattle Seahawks of the NFL", "Arsenal and the Chile
# national team", "Club León, where ...".
_CLUB_END = regex(r",|\s(?:of|and|in|since|from|until|on|at|as|where|who|which)\s", re.I)
# Words that say a playing days are over, or that name a national side.
_NOT_NOW = regex(r"\b(?:former|retired|ex|onetime|once)\b", re.IGNORECASE)
_NATIONAL = regex(r"\bnational\b", re.IGNORECASE)
# Words of many clubs' names that do not tell one from another.
_CLUB_WORDS = frozenset(terms_of_words("club fc cf ac sc afc team the side".split()))
# A claim that says only whom a named player plays for, the club marked: "Mara Quist plays for
# the football club <club>."
_CLUB = "\x00"
_ONLY_WHO_PLAYS_FOR = regex(
    r"\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}\s+(?:currently\s+)?plays\s+for"
    r"(?:\s+[\w-]+){0,4}\s+\x00\s*[.!]?\s*"
)
_CAPITALISED_RUN = regex(r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:&\s+)?[A-ZÀ-Ý][\w'’.-]*)*")


@dataclass(frozen=True)
class ClaimedClub:
    """The club a claim says someone plays for, read once for all its candidates."""

    name: str
    # "former", "retired": a career that is over, which no other club denies.
    past: bool
    # The claim says no more than whom a named player plays for ("Mara Quist plays for Pell
    # Rovers."), so a source naming the same club supports all of it.
    only: bool


def claimed_club(claim_text: str) -> ClaimedClub | None:
    """The club the claim says someone plays for, if it says so."""
    name = club_played_for(claim_text)
    if name is None:
        return None
    only = _ONLY_WHO_PLAYS_FOR.fullmatch(claim_text.replace(name, _CLUB, 1)) is not None
    return ClaimedClub(name, past=_NOT_NOW.search(claim_text) is not None, only=only)


def club_played_for(text: str) -> str | None:
    """The club a text says someone plays for now, in its own words; None when it names none
    (or only a national team, or a playing career that is over)."""
    for pattern in (_PLAYS_FOR, _IS_A_PLAYER_FOR):
        for found in pattern.finditer(text):
            if _NOT_NOW.search(found.group("between")):
                continue
            club = _club_name(found.group("club"))
            if club is not None:
                return club
    return None


def rival_club(ours: ClaimedClub, source_text: str) -> Rival | None:
    """The claim's club and the other one the source says the player plays for, if it does."""
    theirs = None if ours.past else club_played_for(source_text)
    if theirs is None:
        return None
    mine = distinctive(ours.name)
    if mine & distinctive(theirs) or mine <= set(terms(source_text)):
        return None
    return Rival(f"plays for {ours.name}", f"plays for {theirs}")


def club_agreed(ours: ClaimedClub, source_text: str) -> str | None:
    """The club, when the claim says no more than whom a player plays for and the source
    says the player plays for that very club."""
    theirs = club_played_for(source_text) if ours.only else None
    if theirs is None or not distinctive(ours.name) <= distinctive(theirs):
        return None
    return theirs


def _club_name(words: str) -> str | None:
    """The club in the words after "for": their last run of capitalised words before anything
    else is said ("the American football club Indianapolis Colts" → "Indianapolis Colts")."""
    words = _CLUB_END.split(words, maxsplit=1)[0]
    runs: list[str] = _CAPITALISED_RUN.findall(words)
    if not runs or _NATIONAL.search(words):
        return None
    club = runs[-1].strip()
    if is_country(club) or club in DEMONYMS or not distinctive(club):
        return None
    return club


def distinctive(club: str) -> set[str]:
    """The words of a club's or a side's name that tell it from another ("Pell" of "Pell
    FC")."""
    return set(terms(club)) - _CLUB_WORDS
