"""Scores of a game: "defeated Dovrik 33-16", "a 2–1 win", "lost 0–1 to Pell", "by a score of
37–17". Two whole numbers joined by a dash are a score (not a range, not a name's digits) when a
word of a result says so: before them, across only the sides' names and small words, or right
after them. Which side's goals come first varies ("won 0–1" away), so a score is read as the
higher and the lower number.
"""

from __future__ import annotations

from typing import NamedTuple

from factcheck.extract.tokens import Token

# Words of a result, before a score ("defeated the Browns 33-16") or right after ("a 2–1 win").
_RESULT_BEFORE = frozenset(
    """defeated defeat defeats defeating beat beats beaten beating won win wins winning lost
    lose loses losing drew draw draws drawing victory score scored thrashed routed edged""".split()
)
_RESULT_AFTER = frozenset({"win", "victory", "defeat", "loss", "draw", "triumph", "home", "away"})
# Small words that may stand between a result's verb and its score, beside the sides' names.
_BETWEEN = frozenset({"the", "to", "by", "a", "of", "against", "over", "them", "him", "her"})
_REACH = 8  # words looked back through for a result's verb
_DASHES = frozenset({"-", "–", "—"})
_LONGEST = 3  # digits of a score: "112-109" in basketball, never a year's four


class Score(NamedTuple):
    """Where a score is in the text and its two numbers, higher first."""

    start: int
    end: int
    high: float
    low: float


def scores(text: str, tokens: list[Token]) -> list[Score]:
    """Every score of a game the text gives."""
    found = []
    for i in range(len(tokens) - 1):
        one, other = tokens[i], tokens[i + 1]
        if not (_whole(one.text) and _whole(other.text)):
            continue
        if text[one.end : other.start].strip() not in _DASHES:
            continue
        if _result_before(tokens, i) or _result_after(tokens, i + 2):
            a, b = float(one.text), float(other.text)
            found.append(Score(one.start, other.end, max(a, b), min(a, b)))
    return found


def _result_before(tokens: list[Token], i: int) -> bool:
    for token in reversed(tokens[max(0, i - _REACH) : i]):
        if token.folded in _RESULT_BEFORE:
            return True
        if not (token.text[:1].isupper() or token.folded in _BETWEEN):
            return False
    return False


def _result_after(tokens: list[Token], at: int) -> bool:
    return at < len(tokens) and tokens[at].folded in _RESULT_AFTER


def _whole(text: str) -> bool:
    return text.isdecimal() and len(text) <= _LONGEST
