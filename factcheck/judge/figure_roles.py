"""What a figure stands as in its sentence, beyond what it counts: a sum asked for, a budget,
an estimate or the final figure, a difference between two others. Figures of different roles
neither give nor deny each other."""

from __future__ import annotations

import re

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms
from factcheck.models import Quantity

# Comparatives that make the figure before them a difference ("higher than"); "up", "down",
# "above" and "below" also say where a level stands ("30 metres above sea level").
_DIFFERENCE_AFTER = regex(
    r"\s*(?:(?!(?:from|of|in|at|to|for|by|with|on|and|or|no|not|is|was|were|are|be)\b)[a-z]+\s+)?"
    r"(?:more|higher|greater|larger|bigger|longer|older|fewer|less|lesser|lower"
    r"|smaller|shorter|younger|cheaper|dearer)\s+than\b"
    r"|\s*(?:[a-z]+\s+)?(?:over|under)\s+(?:the\s+|its\s+|their\s+)?(?:original\s+)?budget\b",
    re.IGNORECASE,
)


def a_difference(text: str, end: int) -> bool:
    """The figure ending at `end` is said as a difference: "75 million drevans higher than"."""
    return _DIFFERENCE_AFTER.match(text, end) is not None


# A request before a figure in the same stretch of the sentence: "asking the Court to reduce her
# ban to no more than 12 months", "asked the Tribunal for a ban of four years".
_ASKED_BEFORE = regex(
    r"\b(?:ask|asks|asked|asking|sought|seek|seeks|seeking|request|requests|requested"
    r"|requesting|demand|demands|demanded|demanding|urge|urges|urged|urging"
    # "called for a ban", not "was called for pass interference"
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)(?<!be\s)call(?:s|ed|ing)?\s+for)"
    r"\b[^,;:.()]*$",
    re.IGNORECASE,
)
# A sum claimed is a sum asked for ("claims 196 million velders from insurers"); other figures
# claimed are figures said ("claimed 5,000 people marched").
_CLAIMED_BEFORE = regex(r"\bclaim(?:s|ed|ing)?\b[^,;:.()]*$", re.IGNORECASE)
_ASKED_REACH = 100  # characters before a figure that may hold what asked for it


def asked_for(text: str, figure: Quantity, start: int) -> bool:
    """The `figure` at `start` of `text` is what someone asked for, not what was done or
    given."""
    before = text[max(0, start - _ASKED_REACH) : start]
    if figure.kind == "money" and _CLAIMED_BEFORE.search(before):
        return True
    return _ASKED_BEFORE.search(before) is not None


# A claim setting its figure against what was asked: "settled for 181 million, 15 million less
# than the operator had claimed".
_THAN_ASKED = regex(
    r"\bthan\s+(?:[\w'’-]+\s+){0,4}?(?:had\s+|has\s+|have\s+)?"
    r"(?:claimed|asked\s+for|sought|demanded|requested)\b",
    re.IGNORECASE,
)


def set_against_asked(text: str, end: int) -> bool:
    """The figure ending at `end` is compared, later in `text`, with a sum asked for: a figure
    the source says was claimed ("Brenhollow claims 196 million velders", whatever its unit) is
    then that other sum, not this one."""
    return _THAN_ASKED.search(text, end) is not None


def said_as_claimed(text: str, start: int) -> bool:
    """The figure at `start` follows "claims" or "claimed" in its stretch of `text`."""
    return _CLAIMED_BEFORE.search(text, max(0, start - _ASKED_REACH), start) is not None


# A budget's figure: "a $720 million budget", "a budget of $720 million", "budgeted at", but not
# "over budget" (an overrun) or "the budget's" other figures further on.
_BUDGET_AFTER = regex(
    r"\s*(?:(?!(?:over|under|above|below|within|of|in|from|than|on|the|a|an|for|to|at|by|with"
    r"|and|or|its|their|his|her|as)\b)[\w-]+\s+){0,2}budget\b"
    r"|\s*as\s+(?:a|an|its|the|their|his|her)\s+budget\b|\s*(?:[a-z]+\s+)?\(budget\)",
    re.IGNORECASE,
)
_BUDGET_BEFORE = regex(
    r"\b(?:budget\s+(?:of|was|is|at)|budgeted(?:\s+(?:at|for))?)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just|under|over|more\s+than|less\s+than"
    r"|up\s+to|at\s+least)\s+)?\S{0,4}$",
    re.IGNORECASE,
)


_ESTIMATED = regex(
    r"\b(?:estimated?|estimates?|expects?|expected|forecasts?|projected|predicted)\b[^.;]{0,100}$",
    re.IGNORECASE,
)
_ESTIMATE_REACH = 120  # characters before a figure that may say it is estimated
_FINAL = regex(
    r"\b(?:final(?:ly)?|in\s+the\s+end|ultimately|eventually|ended\s+up|all\s+told)\b",
    re.IGNORECASE,
)


def estimate_or_final(text: str, start: int, *, whole: bool = False) -> str | None:
    """Whether the figure at `start` is said as an estimate ("an estimated 865 million",
    "expects the final bill to be about 905 million") or as the final one ("the final cost
    of 918 million"; for a claim, `whole`, "In the end it cost ..." anywhere in it)."""
    before = text[max(0, start - _ESTIMATE_REACH) : start]
    if _ESTIMATED.search(before):
        return "estimate"
    return "final" if _FINAL.search(text if whole else before) else None


def estimate_against_final(claim: str | None, source: str | None) -> bool:
    """One figure is an estimate and the other the final one (in either order): neither gives
    nor denies the other."""
    return {claim, source} == {"estimate", "final"}


def a_budget(text: str, start: int, end: int) -> bool:
    """The figure at `start`-`end` of `text` is a budget."""
    return bool(
        _BUDGET_AFTER.match(text, end) or _BUDGET_BEFORE.search(text, max(0, start - 40), start)
    )


# A figure said as a limit, not as what was done: "The maximum fine for the offence is 40
# million skelds", "a maximum penalty of 40 million", "capped at", "the legal limit of".
# "a maximum of 40 million" is left to the figure's qualifier ("up to").
_LIMIT_BEFORE = regex(
    r"(?:\b(?:maximum|minimum)\s+(?!of\b)[a-z]+(?:\s+[a-z]+){0,4}?"
    r"\s+(?:is|was|are|were|of|at|stands\s+at|would\s+be|will\s+be)"
    r"|\b(?:capped|limited)\s+(?:at|to)|\b(?:limit|ceiling|cap)\s+of)\s+\S{0,4}$",
    re.IGNORECASE,
)
_LIMIT_REACH = 80  # characters before a figure that may say it is a limit


def a_limit(text: str, start: int) -> bool:
    """The figure at `start` of `text` is a limit (the most or least allowed), which a figure
    of what was done neither meets nor breaks: a fine of 24 million is no fine of the
    maximum's 40 million."""
    return _LIMIT_BEFORE.search(text, max(0, start - _LIMIT_REACH), start) is not None


# The event a stretch of time is counted from or to: "two days after a disciplinary hearing",
# "more than 14 months after it had first suspended him".
_COUNTED_FROM = regex(
    r"\s+(?:\w+\s+)?(?:after|before|since|following)\s+(?P<event>[^,;:.()]{3,80})",
    re.IGNORECASE,
)


def counted_from(text: str, end: int) -> frozenset[str]:
    """The words (their terms) of the event the stretch of time ending at `end` is counted
    from or to; empty where the text names none."""
    found = _COUNTED_FROM.match(text, end)
    return frozenset(terms(found["event"])) if found else frozenset()


# "had cancelled more than 3,400 flights since the system failed": a count of what had happened
# since an event when it was said, which could only grow after.
_SINCE_AFTER = regex(r"\s*(?:[\w'’-]+\s+){0,3}?since\b", re.IGNORECASE)


def counted_so_far(text: str, end: int) -> bool:
    """The figure ending at `end` of `text` counts what had happened since an event up to when
    it was said: a larger figure is no denial of it, only a later count."""
    return _SINCE_AFTER.match(text, end) is not None
