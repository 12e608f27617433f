"""Which one of a series: "the first stage" is not "the second stage".

A claim that names a thing by its place in a series ("the rocket's first stage shut down
early") is not said by a sentence that gives the same noun another place and never the
claim's ("its second-stage engine shut down early"), however close the rest of the wording:
the sentence is about another of them.
"""

from __future__ import annotations

import re

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import stem
from factcheck.judge.rivals import Rival

_PLACES = {
    **dict.fromkeys(["first", "1st"], 1),
    **dict.fromkeys(["second", "2nd"], 2),
    **dict.fromkeys(["third", "3rd"], 3),
    **dict.fromkeys(["fourth", "4th"], 4),
    **dict.fromkeys(["fifth", "5th"], 5),
}
_PLACED = regex(rf"\b(?P<place>{'|'.join(_PLACES)})[\s-]+(?P<noun>[a-z]{{3,}})\b", re.IGNORECASE)


# A place said of the subject's noun without repeating it: "The March failure was the
# rocket's second in nine flights".
_ELIDED = regex(
    rf"\b(?P<noun>[a-z]{{3,}})\s+(?:was|is|were|are|became|becomes)\s+"
    r"(?:(?:the|its|their|his|her)\s+)?(?:(?:[\w.-]+\s+){0,2}[\w.-]+['’]s\s+)?"
    rf"(?P<place>{'|'.join(_PLACES)})(?=\s+(?:in|of|for|since|to|on|at)\b|\s*[,.;]|\s*$)",
    re.IGNORECASE,
)


def _placed(text: str) -> dict[str, dict[int, str]]:
    """Each noun's places in the text, with the words that say each: {"stage": {2:
    "second-stage"}, "failure": {2: "second"}}."""
    found: dict[str, dict[int, str]] = {}
    for pattern in (_PLACED, _ELIDED):
        for match in pattern.finditer(text):
            noun = stem(match["noun"].lower())
            said = match.group() if pattern is _PLACED else match["place"]
            found.setdefault(noun, {})[_PLACES[match["place"].lower()]] = said
    return found


def another_ordinal(claim_text: str, source_text: str) -> Rival | None:
    """The place the source gives a noun the claim places otherwise, where the source never
    gives the claim's place of it; None when it does, or places none of the claim's nouns."""
    theirs = _placed(source_text)
    for noun, places in _placed(claim_text).items():
        given = theirs.get(noun, {})
        for place, said in places.items():
            if given and place not in given:
                return Rival(said, min(given.values()))
    return None
