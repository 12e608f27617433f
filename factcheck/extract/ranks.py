"""Places in an ordered series, however they are written: "Week 14" is "the 14th week", "season 2"
"the second season", "lap 57" a lap before "the 59th lap".

A number after the name of a series' member reads as its place in that series, a rank counting
that noun, so that one way of writing it matches the other; "# 5", "number 25" and "No. 4" are
places in an order of nothing named, as "fifth" is. Labels of other kinds ("Article 5",
"Resolution 1701", "Route 66") are names, not places in a series, and stay unread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from factcheck.extract.lexicon import STOPWORDS
from factcheck.extract.tokens import Token, fold, stem
from factcheck.models import Qualifier

# What comes in an order where "<word> 14" is the fourteenth of them. Grades, stages, phases
# and levels are classes more than places ("grade 2 or 3", "stage 3 or worse", a "phase 2"
# trial beside a "phase 3" one): a different one is no contradiction, so they are not here.
SERIES_MEMBERS = frozenset(
    """week season episode lap round chapter volume game leg heat act book part series ward
    district precinct""".split()
)
SERIES_STEMS = frozenset(stem(word) for word in SERIES_MEMBERS)
# Members that are places, not times: "after the Ward 9 recount" is no ward after the ninth.
PLACE_MEMBERS = frozenset({"ward", "district", "precinct"})
# "first" and "second" say too many other things to be ranks on their own ("for the first
# time", "a second"); before a member of a series ("the second season") they are.
_FIRST_TWO = {"first": 1.0, "second": 2.0}
# Words before a rank that make it a bound: "before the 59th lap" is any lap under the 59th,
# "after week 13" any week over the 13th (longer phrases first).
_RANK_BOUNDS: dict[tuple[str, ...], Qualifier] = {
    ("before", "the"): "under",
    ("prior", "to", "the"): "under",
    ("after", "the"): "over",
    ("before",): "under",
    ("prior", "to"): "under",
    ("after",): "over",
}


class LabelledRank(NamedTuple):
    """A place in a series as a text gives it: where, which place, and of what (a folded word;
    "" for a place of nothing named, "# 5")."""

    start: int
    end: int
    value: float
    member: str
    # The index of its first token, whose words before may make it a bound.
    at: int


def labelled_ranks(
    text: str, tokens: list[Token], number: Callable[[Token], float | None]
) -> list[LabelledRank]:
    """The places in a series the text gives as "<member> <number>" ("Week 14", "season one";
    `number` reads a token's whole number, if it is one) or as "first" or "second" before a
    member ("the first season"), and the places in an order it numbers ("# 5", "number 25")."""
    ranks: list[LabelledRank] = []
    for i, token in enumerate(tokens):
        if _hashed(text, token):  # "ranked # 5", "#5"
            start = text.rindex("#", 0, token.start)
            ranks.append(LabelledRank(start, token.end, float(token.text), "", i))
    for i, token in enumerate(tokens[:-1]):
        following = tokens[i + 1]
        value = number(following) if token.folded in SERIES_MEMBERS else None
        if _numbered(text, token, following):  # "at number 25", "No. 4": a place, of nothing named
            ranks.append(LabelledRank(token.start, following.end, float(following.text), "", i))
            continue
        if value is not None:
            member = token.folded
        elif token.folded in _FIRST_TWO and following.folded in SERIES_MEMBERS:
            if not text[token.end : following.start].isspace():
                continue  # "a second-round pick" is a kind of pick, not a round
            value, member = _FIRST_TWO[token.folded], following.folded
        else:
            continue
        if not _in_a_title(tokens, i):
            ranks.append(LabelledRank(token.start, following.end, value, member, i))
    return ranks


def _hashed(text: str, token: Token) -> bool:
    """Digits written after "#": "# 5" as tokenised text has it, or "#5"."""
    return _place_digits(token.text) and text[max(0, token.start - 2) : token.start].strip() == "#"


def _numbered(text: str, token: Token, following: Token) -> bool:
    """ "number 25", "No. 4": digits after the word for a place in an order (a number in
    words after it, "its number four single", stays unread)."""
    if not _place_digits(following.text):
        return False
    if token.folded == "no":
        return text[token.end : token.end + 1] == "."
    # "Number 10" capitalised is an address, as "Number One" is a song.
    return token.folded == "number" and token.text != "Number"


def _place_digits(text: str) -> bool:
    return text.isdecimal() and len(text) <= 3 and text != "0"


def _in_a_title(tokens: list[Token], i: int) -> bool:
    """A capitalised label after a name is part of it: "John Wick: Chapter 3", "Anne with an E
    Season 1"; after a small word, an owner ("Ostrevane's Ward 9") or at the start ("In Week
    14, ...") it is a place."""
    if not tokens[i].text[:1].isupper() or i == 0:
        return False
    before = tokens[i - 1]
    return before.folded not in STOPWORDS and not before.text.endswith(("'s", "’s"))


def rank_bound(tokens: Sequence[Token], i: int) -> Qualifier:
    """The bound the words before the rank starting at `i` put on it: "before the" (under),
    "after the" (over); "exact" for none."""
    for words, qualifier in _RANK_BOUNDS.items():
        if i >= len(words) and tuple(t.folded for t in tokens[i - len(words) : i]) == words:
            return qualifier
    return "exact"


def bound_start(text: str, start: int) -> int:
    """Where the words bounding the rank at `start` begin ("before the 59th lap" from "before"),
    so that explanations quote the rank as the claim bounds it; `start` itself for none."""
    words = text[:start].split()
    for bound in _RANK_BOUNDS:
        if tuple(fold(word) for word in words[-len(bound) :]) == bound:
            return text.rindex(words[-len(bound)], 0, start)
    return start
