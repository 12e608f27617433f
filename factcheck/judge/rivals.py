"""The contradiction of a relation that holds one party at a time ("plays for", "built by",
"paid by"): the claim's party and the other one its source names, each said with the
relation, in one record for every rule of that kind."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rival:
    """What the claim says and what its source says instead: "plays for Pell Rovers" and
    "plays for Dovrik City"."""

    claim: str
    source: str

    def reason(self) -> str:
        """Why it contradicts: "claim: plays for Pell Rovers; source: plays for Dovrik City"."""
        return f"claim: {self.claim}; source: {self.source}"


def same_party(one: str, other: str) -> bool:
    """One party named two ways: "Pell" and "Pell City Council" share their first word."""
    first, second = one.lower().split(), other.lower().split()
    return first[0] == second[0] or one.lower() in other.lower() or other.lower() in one.lower()


def parties_named(
    patterns: Iterable[re.Pattern[str]], group: str, text: str, not_names: frozenset[str]
) -> frozenset[str]:
    """The parties the patterns find in a text, each as its capitalised words say it ("the
    Pell City Council" as "Pell City Council"), less the capitalised words that name none."""
    found = set()
    for pattern in patterns:
        for match in pattern.finditer(text):
            words = [w for w in match[group].split() if w not in not_names]
            while words and words[0] == "of":
                words = words[1:]
            if words:
                found.add(" ".join(words).removesuffix("'s").removesuffix("’s"))
    return frozenset(found)


def another_party(ours: frozenset[str], theirs: frozenset[str], relation: str) -> Rival | None:
    """The party the source gives (`theirs`) where the claim gives others (`ours`), said with
    the relation ("owned by"); None when either names none, or the source names the claim's
    party too."""
    if not ours or not theirs or any(same_party(o, t) for o in ours for t in theirs):
        return None
    return Rival(f"{relation} {min(ours)}", f"{relation} {min(theirs)}")
