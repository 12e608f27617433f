"""Which way a level moved: a claim's "cut from 85 per cent to 60 per cent" is not said by a
sentence that brings the level from 60 per cent to 85, though it gives both figures."""

from __future__ import annotations

import re
from itertools import pairwise

from factcheck.extract.patterns import regex
from factcheck.judge.beside import figure_in

_ROUGHLY = r"(?:about\s+|around\s+|some\s+)?"
# The level left, right before the figure: "from 85 per cent".
_FROM = regex(rf"\bfrom\s+{_ROUGHLY}$", re.IGNORECASE)
# The level reached, right before the figure: "to 85 per cent", "bring their payment to".
_TO = regex(rf"\bto\s+{_ROUGHLY}$", re.IGNORECASE)
# Between the two levels of a change: "from 85 per cent to 60 per cent".
_THEN = regex(rf"\s+to\s+{_ROUGHLY}", re.IGNORECASE)


def change_reversed(
    claim_text: str, claimed: list[tuple[str, str]], text: str
) -> tuple[str, str] | None:
    """The (left, reached) levels of the sentence `text` where the claim says the change ran
    the other way: `claimed` pairs each claim figure, as written in `claim_text`, with the
    source figure it was matched to. None where the claim gives no change of two levels or the
    sentence does not reverse it."""
    for (left, left_source), (reached, reached_source) in pairwise(claimed):
        first, second = figure_in(claim_text, left), figure_in(claim_text, reached)
        if first is None or second is None or not left_source or not reached_source:
            continue
        if not _FROM.search(claim_text, 0, first.start()):
            continue
        if not _THEN.fullmatch(claim_text, first.end(), second.start()):
            continue
        theirs_left = figure_in(text, left_source)
        theirs_reached = figure_in(text, reached_source)
        if theirs_left is None or theirs_reached is None:
            continue
        # The claim's level left is where the sentence's level arrives, and not the reverse.
        if _TO.search(text, 0, theirs_left.start()) and not _TO.search(
            text, 0, theirs_reached.start()
        ):
            return reached_source, left_source
    return None
