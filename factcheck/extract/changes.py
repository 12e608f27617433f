"""Changes of a level: "rise from £120 to £135" gives the level left and the level reached, and
"go up to £150" a level reached, where "from 10 to 20" is a range and "up to 40" a cap."""

from __future__ import annotations

import re

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import Token

# Verbs of a change from one level to another: "rise from £120 to £135" gives two levels.
CHANGE_VERBS = frozenset(
    """rise rises rose risen rising increase increases increased increasing fall falls fell
    fallen falling drop drops dropped dropping grow grows grew grown growing climb climbs
    climbed climbing jump jumps jumped cut cuts raise raises raised lower lowers lowered reduce
    reduces reduced go goes went gone going move moves moved change changes changed widen widens
    widened narrow narrows narrowed shrink shrinks shrank""".split()
)
_VERB = rf"\b(?:{'|'.join(sorted(CHANGE_VERBS))})"
# "cut her ban from four years to 30 months": what changed may stand between verb and "from".
_CHANGED_FROM = regex(
    rf"{_VERB}(?:\s+(?!(?:to|from|by)\b)[\w'’-]+){{0,3}}\s+from\s+$", re.IGNORECASE
)
# "fell to 11.2 percent from 12.9 percent": the level reached first, the level left after it.
# "rose 7.4 percent to $412.6 million from $384.2 million" too.
_REACHED_FROM = regex(
    rf"{_VERB}(?:\s+by)?(?:\s+\S*\d[\d,.]*%?(?:\s+(?:percent|per\s+cent|percentage\s+points|points))?)?"
    r"\s+to\s+\S*\d[^,;:()]*?,?\s+from\s+$",
    re.IGNORECASE,
)
# "71 gallons, down from 86 gallons", "compared with 86 gallons": the level left, after the
# level reached.
_UP_FROM = regex(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+$", re.IGNORECASE)
_ABOUT = r"(?:(?:about|nearly|almost|around|roughly|some|more\s+than|over|under)\s+)?"
# What makes a percentage a change ("rose 7.4 percent", "up 6 percent", "a 12 percent fall")
# or a level ("to 11.2 percent", "at 11 percent", "a margin of 38.5 percent").
_CHANGE_NOUN = r"(?:rise|fall|increase|decrease|decline|drop|gain|jump|growth|cut|reduction|climb)"
_CHANGE_BEFORE = regex(
    rf"(?:{_VERB}|\b(?:up|down|gained|lost|added|shed))\s+(?:by\s+)?{_ABOUT}$"
    rf"|\b{_CHANGE_NOUN}\s+of\s+{_ABOUT}$",
    re.IGNORECASE,
)
_CHANGE_AFTER = regex(rf"\s+{_CHANGE_NOUN}\b", re.IGNORECASE)
# "a 12 percent fall in third-quarter net profit on Tuesday": what changed, up to the next
# preposition or comma.
_CHANGE_IN = regex(
    rf"\s+{_CHANGE_NOUN}\s+in\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?P<thing>[\w-]+(?:\s+(?!(?:on|as|at|for|from|to|in|of|after|during|and|but|with)\b)[\w-]+){0,3})",
    re.IGNORECASE,
)
_LEVEL_BEFORE = regex(rf"\b(?:to|at|of|from)\s+{_ABOUT}$", re.IGNORECASE)
_ROLE_REACH = 40
# What follows the level left: "to" and the level reached, in digits or words, after the
# first figure's noun if it has one ("from 120 people to 150").
_TO_A_FIGURE = regex(
    r"(?:\s+[a-z]+)?\s+to\s+(?:\S*\d|(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)",
    re.IGNORECASE,
)
# "cut her four-year ban to 30 months": the figure describing what changed is the level left.
_CHANGED_OWN = regex(rf"{_VERB}\s+(?:(?:the|its|their|his|her|a|an)\s+)?$", re.IGNORECASE)
_NOUN_TO_A_FIGURE = regex(rf"^[\w-]*(?:\s+[a-z]+){{1,2}}?{_TO_A_FIGURE.pattern}", re.IGNORECASE)
_CHANGE_REACH = 60  # characters before a figure that hold "cut the monthly fare from "
_REACHED_REACH = 80  # ... and that hold "fell to 11.2 percent from "


def changed_from(text: str, start: int, end: int) -> bool:
    """The figure at `start`-`end` is the level a change left: "£120" in "rise from £120 to
    £135", in "fell to £100 from £120" and in "£100, down from £120"."""
    before = text[max(0, start - _CHANGE_REACH) : start]
    if (a_change_from(text, start) and _TO_A_FIGURE.match(text[end:])) or _UP_FROM.search(before):
        return True
    if _CHANGED_OWN.search(before) and _NOUN_TO_A_FIGURE.match(text[end:]):
        return True
    return bool(_REACHED_FROM.search(text[max(0, start - _REACHED_REACH) : start]))


def a_change_from(text: str, start: int) -> bool:
    """The words before `start` end in a change from it: "rise from ", "cut her ban from "."""
    return bool(_CHANGED_FROM.search(text[max(0, start - _CHANGE_REACH) : start]))


def moved_up_to(tokens: list[Token], i: int) -> bool:
    """ "go up to £150", "rose up to 40": a verb of change before "up to" moves a thing to that
    level, where "up to 40" alone caps it."""
    words = [t.folded for t in tokens[max(0, i - 3) : i]]
    return len(words) == 3 and words[1:] == ["up", "to"] and words[0] in CHANGE_VERBS


def percent_role(text: str, start: int, end: int) -> str | None:
    """Whether a percentage at `start`-`end` of `text` is how much something changed ("fell 7.4
    percent", "a 12 percent fall") or the level it stands at ("fell to 11.2 percent", "a margin
    of 38.5 percent"); None where the words do not say."""
    before = text[max(0, start - _ROLE_REACH) : start]
    if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(text[end:]):
        return "change"
    return "level" if _LEVEL_BEFORE.search(before) else None


def changed_thing(text: str, end: int) -> str:
    """What a change ending at `end` is a change in: "third-quarter net profit" in "a 12
    percent fall in third-quarter net profit on Tuesday"; "" where the words do not say."""
    found = _CHANGE_IN.match(text[end:])
    return found.group("thing") if found else ""
