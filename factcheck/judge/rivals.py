"""The contradiction of a relation that holds one party at a time ("plays for", "built by",
"paid by"): the claim's party and the other one its source names, each said with the
relation, in one record for every rule of that kind."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rival:
    """What the claim says and what its source says instead: "plays for Pell Rovers" and
    "plays for Dovrik City"."""

    claim: str
    source: str

    def reason(self) -> str:
        """Why it contradicts: "claim: plays for Pell Rovers; source: plays for Dovrik City"."""
        return f"claim: {self.claim}; source: {self.source}"
