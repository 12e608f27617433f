"""Who beat whom: one result said from either side.

"Pell Rovers defeated Dovrik City" says what "Dovrik City lost to Pell Rovers", "Dovrik City
were beaten by Pell Rovers" and "Pell Rovers' 2–1 win over Dovrik City" say: the winner and the
loser are the slots, the verb only which side the sentence starts from. A source saying the
claim's result in other words answers the claim's verb, so the rest of the claim (the score,
the date) decides as it would with the claim's own verb. A result the other way round is not
read as a denial: two sides may meet more than once.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.patterns import regex
from factcheck.judge.teams import distinctive

# A side: a run of capitalised words ("Minnesota Vikings", "FC Barcelona"), or a pronoun
# standing for one named before ("where they lost to ...").
_OPENERS = r"(?:The|A|An|This|That|In|On|At|After|But|And|However|When|While)\b"
# (Six words at most: a side's name is short, and an unbounded run would make a long
# capitalised text take quadratic time.)
_SIDE = rf"(?:(?!{_OPENERS})[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,5}}|\b(?:they|he|she|it)\b)"
_THE = r"(?:[Tt]he\s+)?"
_SCORE = r"(?:\d+\s*[-–]\s*\d+\s+)?"
_PATTERNS = (
    # "Pell defeated Dovrik", "Pell has beaten Dovrik", "Pell won against Dovrik"
    regex(
        rf"{_THE}(?P<winner>{_SIDE})\s+(?:has\s+|have\s+|had\s+)?(?P<verb>defeated|defeats|"
        rf"defeat|beat|beats|beaten|won\s+{_SCORE}(?:against|over))\s+{_THE}(?P<loser>{_SIDE})"
    ),
    # "Dovrik were beaten by Pell"
    regex(
        rf"{_THE}(?P<loser>{_SIDE})\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
        rf"(?P<verb>defeated|beaten)\s+by\s+{_THE}(?P<winner>{_SIDE})"
    ),
    # "Dovrik lost to Pell", "Dovrik lost 2-1 to Pell", "Dovrik were relegated after losing
    # 4-0 at home to Pell"
    regex(
        rf"{_THE}(?P<loser>{_SIDE})(?:\s+[a-z]+){{0,4}}?\s+(?P<verb>lost|loses|lose|losing)\s+"
        rf"{_SCORE}(?:at\s+home\s+|away\s+)?to\s+{_THE}(?P<winner>{_SIDE})"
    ),
    # "Dovrik were relegated after a 4-0 home defeat by Pell"
    regex(
        rf"{_THE}(?P<loser>{_SIDE})(?:\s+[a-z]+){{0,4}}?\s+{_SCORE}(?:home\s+|away\s+)?"
        rf"(?P<verb>defeat|loss)\s+(?:by|to|against)\s+{_THE}(?P<winner>{_SIDE})"
    ),
    # "Pell won the cup on Saturday, beating Dovrik 1-0"
    regex(
        rf"{_THE}(?P<winner>{_SIDE})\s+(?:won|beat|defeated)\b[^.;]*?,\s+"
        rf"(?P<verb>beating|defeating)\s+{_THE}(?P<loser>{_SIDE})"
    ),
    # "Pell's 2–1 win over Dovrik", "Pell's first win was a 1–0 victory over Dovrik"
    regex(
        rf"{_THE}(?P<winner>{_SIDE})\s*(?:'s|’s)?\s+(?:[a-z]+\s+)?(?P<verb>win|victory)\s+"
        rf"(?:was\s+an?\s+{_SCORE}(?:win|victory)\s+)?(?:over|against)\s+{_THE}(?P<loser>{_SIDE})"
    ),
)
_PRONOUNS = frozenset({"they", "he", "she", "it"})


@dataclass(frozen=True)
class Result:
    """Who won and who lost, as a text names them, and its verb as written."""

    winner: str
    loser: str
    verb: str


def results_in(text: str) -> list[Result]:
    """Every result the text says, from whichever side."""
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            winner, loser = (match.group(side).rstrip(".") for side in ("winner", "loser"))
            found.append(Result(winner, loser, match.group("verb")))
    return found


def result_said(claimed: Result, source_text: str, named: frozenset[str]) -> Result | None:
    """The source's result that is the claim's: the same winner, and the same loser (or a
    pronoun, the claim's loser being among the `named` terms of the sentence and its title)."""
    for theirs in results_in(source_text):
        if not _same_side(claimed.winner, theirs.winner):
            continue
        if _same_side(claimed.loser, theirs.loser) or (
            theirs.loser.lower() in _PRONOUNS and distinctive(claimed.loser) <= named
        ):
            return theirs
    return None


def _same_side(ours: str, theirs: str) -> bool:
    mine = distinctive(ours)
    return bool(mine) and theirs.lower() not in _PRONOUNS and mine <= distinctive(theirs)
