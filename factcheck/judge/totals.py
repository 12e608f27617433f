"""A total a claim gives ("amounted to 12 million in total") against the sums a source adds
up ("12 million in November and a further 8 million in April"), and a source's total against
a claim's cap on one ("can claim up to 8,000")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.patterns import regex
from factcheck.judge.beside import figure_in
from factcheck.models import Quantity

# Words that make a claim's figure a total of everything there was.
_TOTAL = regex(
    r"\b(?:in\s+total|in\s+all|altogether|all\s+told|a\s+total\s+of|totall?(?:ed|ing)"
    r"|amount(?:ed|s)?\s+to|add(?:ed|s)?\s+up\s+to)\b",
    re.IGNORECASE,
)
# Words right before a figure that add it to one said before: "and a further 8 million".
_ADDED = regex(
    r"\b(?:a\s+further|another|an\s+additional|an\s+extra|plus)\s+\S{0,3}$", re.IGNORECASE
)


def said_as_total(text: str) -> bool:
    """The claim gives its figure as a total: "in total", "came to" is not enough ("the fare
    came to $3")."""
    return _TOTAL.search(text) is not None


def added_up(claim_q: Quantity, text: str, figures: Sequence[Quantity]) -> list[Quantity]:
    """The figures of `text` (offsets within it) of the claim's kind and unit that a source
    adds together: the one before the first "a further", then each "a further" one; [] when
    none is added to another."""
    alike = sorted(
        (q for q in figures if q.kind == claim_q.kind and q.unit == claim_q.unit),
        key=lambda q: q.start,
    )
    added = [i for i, q in enumerate(alike) if i > 0 and _ADDED.search(text, 0, q.start)]
    if not added:
        return []
    first = added[0] - 1
    if _ADDED.search(text, 0, alike[first].start):
        return []
    parts = [alike[first], *(alike[i] for i in added)]
    # Counts must count the same thing: "12 million lussars" and "a further 8 million lussars".
    nouns = {q.noun[-1:] for q in parts}
    return parts if claim_q.kind != "count" or len(nouns) == 1 else []


# Words that make a source's figure the sum of many: "at a total cost of 4.1 million",
# "4.1 million in all".
_TOTAL_BEFORE = regex(r"\btotal(?:\s+[a-z]+){0,2}\s+of\s+$", re.IGNORECASE)
_TOTAL_AFTER = regex(r"^\s+(?:[a-z]+\s+){0,2}(?:in\s+total|in\s+all|altogether)\b", re.I)


# Words before a figure that make it the sum of the others around it: "bringing the total to
# 225", "the total stood at 225", "totalling 225".
_SUM_BEFORE = regex(
    r"\btotal\s+(?:to|was|is|stood\s+at|reached|came\s+to)\s+$|\btotall?(?:ed|ing)\s+$", re.I
)


def said_as_a_sum(text: str, quantity: Quantity) -> bool:
    """A source figure said as the sum of many (`quantity` at its offsets into `text`): "a
    total of 4,186", "bringing the total to 225", "4,186 in all"."""
    before, after = text[: quantity.start], text[quantity.end :]
    return bool(
        _TOTAL_BEFORE.search(before) or _SUM_BEFORE.search(before) or _TOTAL_AFTER.match(after)
    )


def total_against_a_cap(claim_q: Quantity, claim_text: str, text: str, figure: str) -> bool:
    """The claim caps what each may get ("can claim up to 8,000 marquels"), the source adds up
    what all got ("paid 1,720 claims, at a total cost of 4.1 million marquels"): a sum of
    many denies no cap on one."""
    if claim_q.qualifier != "up_to" or said_as_total(claim_text):
        return False
    found = figure_in(text, figure)
    if found is None:
        return False
    before, after = text[: found.start()], text[found.end() :]
    return bool(_TOTAL_BEFORE.search(before) or _TOTAL_AFTER.match(after))
