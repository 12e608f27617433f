"""Who did it to whom: a clause that names the claim's parties in other places.

"Sablewood Gauges has agreed to buy Corvennic Instruments" shares every word with "Corvennic
Instruments has agreed to buy Sablewood Gauges", and says the opposite of who buys; "Starbreeze
bought Payday" shares every word with "Starbreeze acquired Overkill Software, the developer of
Payday", which says it bought another. A claim whose subject names one party and whose direct
object names another is not supported by a clause that names them the other way round, nor by
one in which the same doer does it to another party. Only a direct object counts ("buy
Sablewood Gauges", not "with Tariq Bello scoring" or "Whitcombe Albion's goals"), and only in
the active voice: in "was released ... from Major Lazer" the order of the names does not say
who did it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms
from factcheck.models import Assertion, Entity

# A passive or a copula: the order of the names does not say who did it.
_BE = regex(r"\b(?:is|are|was|were|be|been|being)\b", re.IGNORECASE)
# What may come between the verb and its direct object: "to buy", "to acquire the".
_BEFORE_OBJECT = regex(r"^(?:to\s+[a-z]+\s+)?(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class _Parties:
    """The names of a clause's subject, and the one name that is its direct object."""

    doers: tuple[Entity, ...]
    done_to: Entity

    def does(self, entity: Entity) -> bool:
        return any(_same(entity, doer) for doer in self.doers)


@dataclass(frozen=True)
class Misplaced:
    """Why a clause naming the claim's parties elsewhere does not support it."""

    reason: str


def misplaced_parties(claim: Assertion, clause: Assertion) -> Misplaced | None:
    """The clause's doer and direct object, when they are not the claim's: the claim's two
    parties the other way round, or the claim's doer doing it to another."""
    ours, theirs = _parties(claim), _parties(clause)
    if ours is None or theirs is None:
        return None
    doer, done_to = ours.doers[0].text, ours.done_to.text
    if _same(ours.done_to, theirs.done_to):
        return None
    if not any(theirs.does(d) for d in ours.doers):
        if theirs.does(ours.done_to) and any(_same(d, theirs.done_to) for d in ours.doers):
            return Misplaced(f"has it the other way round: {done_to} did it to {doer}")
        return None
    return Misplaced(f"says {doer} did it to {theirs.done_to.text}, not to {done_to}")


def _parties(assertion: Assertion) -> _Parties | None:
    """The names in the subject and the name that is the direct object; None where either is
    missing or the clause is passive or a copula."""
    subject, obj, action = assertion.subject or "", assertion.object or "", assertion.action or ""
    if _BE.search(action):
        return None
    doers = tuple(e for e in assertion.entities if e.text in subject)
    placed = [e for e in assertion.entities if e.text in obj and e not in doers]
    if not doers or not placed:
        return None
    first = min(placed, key=lambda e: obj.find(e.text))
    at = obj.find(first.text)
    after = obj[at + len(first.text) : at + len(first.text) + 2]
    # "scored both of Whitcombe Albion's goals": a name before "'s" owns the object.
    if not _BEFORE_OBJECT.match(obj[:at]) or after in ("'s", "’s"):
        return None
    return _Parties(doers, first)


def _same(one: Entity, other: Entity) -> bool:
    """The same party, by canonical name or a shared word ("Bello" and "Tariq Bello")."""
    return one.canonical == other.canonical or bool(set(terms(one.text)) & set(terms(other.text)))
