"""What befell the people a figure counts: "five passengers died" counts deaths, which deny no
count of the passengers aboard ("164 passengers were on the train")."""

from __future__ import annotations

import re

from factcheck.judge.beside import words_beside

_FATES = {
    **dict.fromkeys(["died", "dead", "killed", "perished", "deaths", "fatalities"], "death"),
    **dict.fromkeys(["killing", "dying"], "death"),
    **dict.fromkeys(["injured", "hurt", "wounded", "injuring", "injuries"], "injury"),
    **dict.fromkeys(["rescued", "freed"], "rescue"),
    **dict.fromkeys(["evacuated", "evacuating"], "evacuation"),
    **dict.fromkeys(["hospitalised", "hospitalized"], "hospital"),
    **dict.fromkeys(["arrested", "detained", "arresting"], "arrest"),
    **dict.fromkeys(["recovered", "recoveries"], "recovery"),
    "missing": "missing",
    "trapped": "trapped",
    "survived": "survival",
}
_AFTER = 8  # words after a figure (its noun among them) that may say what befell what it counts
_BEFORE = 2  # ... and before it ("killing five", "injured 78")


def fate_of(text: str, figure: str) -> str | None:
    """What the text says befell what `figure` (as written in it) counts, if anything."""
    if re.search(r"\bof\b", figure):
        return None  # "125 out of 324 active cases remain in hospital": a part's fate
    beside = words_beside(text, figure)
    if beside is None:
        return None
    before, after = beside[0][:_BEFORE], beside[1][:_AFTER]
    if [word.lower() for word in before[:1]] == ["of"]:
        return None  # "125 out of 324 active cases remain in hospital": the 125 do
    for word in [*after, *before]:
        fate = _FATES.get(word.lower())
        if fate is not None:
            return fate
    return None


def another_fate(claim_text: str, claim_figure: str, source_text: str, source_figure: str) -> bool:
    """The source's figure counts those something befell that the claim's does not say
    befell its own: five who died against 164 aboard."""
    theirs = fate_of(source_text, source_figure)
    return theirs is not None and theirs != fate_of(claim_text, claim_figure)
