"""Judgements of too much or too little: "closed too late" says the opposite of "closed too
early", whatever else the two sentences share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.patterns import regex

# Each word after "too" by the side of its scale it is on.
_POLES: dict[str, str] = {
    "early": "early",
    "soon": "early",
    "late": "late",
    "fast": "fast",
    "quickly": "fast",
    "slow": "slow",
    "slowly": "slow",
    "high": "high",
    "low": "low",
    "many": "many",
    "few": "few",
    "much": "much",
    "little": "little",
    "big": "big",
    "large": "big",
    "small": "small",
    "long": "long",
    "short": "short",
    "strict": "strict",
    "lenient": "lenient",
    "lax": "lenient",
}
_OPPOSITE_POLES = {
    frozenset(pair)
    for pair in [
        ("early", "late"),
        ("fast", "slow"),
        ("high", "low"),
        ("many", "few"),
        ("much", "little"),
        ("big", "small"),
        ("long", "short"),
        ("strict", "lenient"),
    ]
}
_TOO = regex(r"\btoo\s+(?P<word>" + "|".join(_POLES) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Excess:
    """The claim's judgement and the source's opposite one, as written."""

    claim: str
    source: str

    def reason(self) -> str:
        return f"source says {self.source}, claim says {self.claim}"


def opposite_excess(claim_text: str, source_text: str) -> Excess | None:
    """The source's "too <word>" on the other side of the scale from the claim's, where the
    source does not also say the claim's: "too late" against "too early"."""
    ours = {_POLES[m["word"].lower()]: m[0] for m in _TOO.finditer(claim_text)}
    theirs = {_POLES[m["word"].lower()]: m[0] for m in _TOO.finditer(source_text)}
    for pole, said in ours.items():
        if pole in theirs:
            continue
        for other, written in theirs.items():
            if frozenset((pole, other)) in _OPPOSITE_POLES:
                return Excess(said, written)
    return None
