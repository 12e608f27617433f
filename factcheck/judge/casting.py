"""Who plays whom: a cast is written "Role ( Actor )" in a plot summary, "Actor as Role" in a
cast list, "Actor plays Role" or "Role is played by Actor" in prose, and all four say the same
pairing. A claim that an actor plays a role is supported by a source pairing the two, and
denied by one giving the role to another actor, where the claim's actor is not named at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.entities import is_country
from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms, terms_of_words
from factcheck.judge.rivals import Rival

# A name: capitalised words, with the small words names keep ("Victor the Hawk", "Lois de
# Vries"), the quotes around a nickname taken out first.
_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:the|of|de|van|von|da|del|la|le)\s+)?[A-ZÀ-Ý][\w'’.-]*){0,4}"
_PLAYS = (
    r"(?:plays|played|play|portrays|portrayed|portray|voices|voiced|(?:stars|starred|appears"
    r"|appeared)\s+as)"
)
_AS_THE = r"(?:the\s+(?:role|character|part)\s+of\s+|the\s+character\s+)?"
_IN_FIRST = r"(?:In\s+(?P<where>[^,]+?)\s*,\s*)?"
_CLAIMS = (
    regex(
        rf"^{_IN_FIRST}(?P<actor>{_NAME})\s+(?:(?:also|will|would|later|has|is\s+set\s+to)\s+)?"
        rf"{_PLAYS}\s+{_AS_THE}(?P<role>{_NAME})(?P<rest>.*)$"
    ),
    regex(
        rf"^{_IN_FIRST}(?:The\s+character\s+(?:of\s+)?)?(?P<role>{_NAME})\s+(?:is|was|will\s+be"
        rf"|has\s+been)\s+(?:played|portrayed|voiced)\s+by\s+(?P<actor>{_NAME})(?P<rest>.*)$"
    ),
)
_PAIRS = (
    regex(rf"(?P<role>{_NAME})\s*\(\s*(?P<actor>{_NAME})\s*\)"),
    regex(rf"(?P<actor>{_NAME})\s+as\s+(?P<role>{_NAME})"),
    regex(rf"(?P<actor>{_NAME})\s+{_PLAYS}\s+{_AS_THE}(?P<role>{_NAME})"),
    regex(
        rf"(?P<role>{_NAME})\s+(?:is|was)\s+(?:played|portrayed|voiced)\s+by\s+(?P<actor>{_NAME})"
    ),
)
_QUOTES = regex(r"``|''|[\"“”]")
# Words a claim about a cast may use that a source's pairing says without them.
_CASTING_WORDS = frozenset(
    terms_of_words(
        "play plays played portray portrays portrayed voice voices voiced star stars starred"
        " appear appears appeared role character part film movie series show also".split()
    )
)
_OPENING = frozenset({"The", "A", "An", "In", "On", "At", "It", "He", "She", "They"})


@dataclass(frozen=True)
class Casting:
    """An actor and the role they play, as written."""

    actor: str
    role: str

    def said(self) -> str:
        return f"{self.role} played by {self.actor}"


@dataclass(frozen=True)
class ClaimedCasting:
    """The pairing a claim states, and the terms it says besides: where ("in Lock Up")."""

    casting: Casting
    rest: frozenset[str]


def claimed_casting(claim_text: str) -> ClaimedCasting | None:
    """The actor and role a claim pairs, when all it says is who plays whom (and where)."""
    text = _unquoted(claim_text).rstrip(".! ")
    for pattern in _CLAIMS:
        found = pattern.match(text)
        if found is None:
            continue
        actor, role = found.group("actor"), found.group("role")
        if not _a_person(actor) or actor.split()[0] in _OPENING:
            return None
        said = f"{found.group('where') or ''} {found.group('rest')}"
        rest = frozenset(terms(said)) - _CASTING_WORDS
        return ClaimedCasting(Casting(actor, role), rest)
    return None


def castings_in(text: str) -> tuple[Casting, ...]:
    """The pairings of actor and role a text gives, in any of the four ways."""
    plain = _unquoted(text)
    return tuple(
        Casting(found.group("actor"), found.group("role"))
        for pattern in _PAIRS
        for found in pattern.finditer(plain)
    )


def casting_agreed(ours: ClaimedCasting, source_text: str) -> Casting | None:
    """The source's pairing of the claim's actor with the claim's role, if it gives one."""
    return next(
        (
            theirs
            for theirs in castings_in(source_text)
            if _same_role(ours.casting, theirs) and _same_actor(ours.casting, theirs)
        ),
        None,
    )


def rival_casting(ours: ClaimedCasting, source_text: str) -> Rival | None:
    """The claim's role given to another actor by a source that never names the claim's."""
    if set(terms(ours.casting.actor)) & set(terms(source_text)):
        return None
    theirs = next(
        (c for c in castings_in(source_text) if _same_role(ours.casting, c) and _a_name(c.actor)),
        None,
    )
    if theirs is None:
        return None
    return Rival(ours.casting.said(), theirs.said())


def _unquoted(text: str) -> str:
    """ "Sidney `` Sid '' Rourke" as "Sidney Sid Rourke": a nickname's quotes are no words."""
    return " ".join(_QUOTES.sub(" ", text).split())


def _same_role(ours: Casting, theirs: Casting) -> bool:
    mine, other = set(terms(ours.role)), set(terms(theirs.role))
    return bool(mine) and (mine <= other or other <= mine)


def _same_actor(ours: Casting, theirs: Casting) -> bool:
    """The same person, however much of the name each writes: "Caine" is "Michael Caine"."""
    mine, other = set(terms(ours.actor)), set(terms(theirs.actor))
    return bool(mine) and bool(other) and (other <= mine or mine <= other)


def _a_person(name: str) -> bool:
    """Two to four capitalised words, and not a country: who plays, not what ("Brazil played
    Costa Rica" is a match)."""
    return 2 <= len(name.split()) <= 4 and _a_name(name)


def _a_name(name: str) -> bool:
    return not is_country(name) and all(w.replace(".", "").isalpha() for w in name.split())
