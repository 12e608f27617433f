"""Changes of a level: "rise from £120 to £135" gives the level left and the level reached, and
"go up to £150" a level reached, where "from 10 to 20" is a range and "up to 40" a cap."""

from __future__ import annotations

import re

from factcheck.extract.tokens import Token

# Verbs of a change from one level to another: "rise from £120 to £135" gives two levels.
CHANGE_VERBS = frozenset(
    """rise rises rose risen rising increase increases increased increasing fall falls fell
    fallen falling drop drops dropped dropping grow grows grew grown growing climb climbs
    climbed climbing jump jumps jumped cut cuts raise raises raised lower lowers lowered reduce
    reduces reduced go goes went gone going move moves moved change changes changed""".split()
)
_CHANGED_FROM = re.compile(rf"\b(?:{'|'.join(sorted(CHANGE_VERBS))})\s+from\s+$", re.IGNORECASE)
_TO_A_FIGURE = re.compile(r"\s+to\s+\S*\d")
_CHANGE_REACH = 24  # characters before a figure that hold "increased from "


def changed_from(text: str, start: int) -> bool:
    """The figure at `start` is the level a change left: "£120" in "rise from £120 to £135"."""
    end = re.match(r"\S*\d[\d,.]*(?:\s+(?:million|billion|thousand))?", text[start:])
    after = text[start + end.end() :] if end else ""
    before = text[max(0, start - _CHANGE_REACH) : start]
    return bool(_CHANGED_FROM.search(before)) and bool(_TO_A_FIGURE.match(after))


def moved_up_to(tokens: list[Token], i: int) -> bool:
    """ "go up to £150", "rose up to 40": a verb of change before "up to" moves a thing to that
    level, where "up to 40" alone caps it."""
    words = [t.folded for t in tokens[max(0, i - 3) : i]]
    return len(words) == 3 and words[1:] == ["up", "to"] and words[0] in CHANGE_VERBS
