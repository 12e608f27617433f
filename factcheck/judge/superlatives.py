"""Only one thing is the most of its kind: "Nausea was the most common side effect" denies
"Dizziness was the most common side effect of the drug", as "The largest lake in Pell is Quist
Water" denies that another is. "One of the largest" is one of several and denies nothing; "the
second largest" is another rank.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms

_BE = r"(?:is|was|are|were|has\s+been|had\s+been|remains|remained|became|becomes)"
# "most common", "least visited", "largest", "highest-grossing", "best-selling".
_SUPERLATIVE = r"(?:most|least)\s+[a-z][\w-]*|[a-z][\w-]*est(?:-[a-z]+)?|best(?:-[a-z]+)?|worst"
_HOLDER = r"[\w'’-]+(?:\s+[\w'’-]+){0,5}?"
_PREPOSITION = r"(?:of|in|for|among|on|to|at|by|with|and|or|since|ever)\b"
_KIND = rf"[a-z][\w-]*(?:\s+(?!{_PREPOSITION})[a-z][\w-]*)?"
# What the top is of: "in Pell", "of the year", up to a comma or the sentence's end.
_SCOPE = rf"(?P<scope>\s+{_PREPOSITION}[^,;:.!?]{{0,60}})?"
# "Nausea was the most common side effect ...": the holder first.
_HOLDER_FIRST = regex(
    rf"(?:^|[,;:—–]\s*|\b(?:that|and|but)\s+)(?P<holder>{_HOLDER})\s+{_BE}\s+(?:the|its|their)\s+"
    rf"(?P<superlative>{_SUPERLATIVE})\s+(?P<kind>{_KIND}){_SCOPE}",
    re.IGNORECASE,
)
# "The largest lake in Pell is Quist Water": the kind first.
_KIND_FIRST = regex(
    rf"(?:^|[,;:—–]\s*|\b(?:that|and|but)\s+)(?:the|its|their)\s+(?P<superlative>{_SUPERLATIVE})"
    rf"\s+(?P<kind>{_KIND}){_SCOPE}\s+{_BE}\s+(?P<holder>{_HOLDER})(?=\s*(?:[,.;:!?]|$))",
    re.IGNORECASE,
)
_ONE_OF = regex(r"\bone\s+of\s*$", re.IGNORECASE)
# Holders that point elsewhere ("the film", "it"): who they are, the title or the sentence
# before may say.
_POINTING = regex(r"^(?:the|this|that|these|those|it|its|he|she|they|his|her|their)\b", re.I)


@dataclass(frozen=True)
class Superlative:
    """What a text says is the most of its kind, as written: "nausea", "most common",
    "side effect"."""

    holder: str
    superlative: str
    kind: str
    scope: str = ""  # what it is the top of: "in Pell"

    def reason(self, other: Superlative) -> str:
        """ "claim: Dizziness is the most common side effect; source: Nausea is"."""
        top = f"the {self.superlative} {self.kind}"
        return f"claim: {self.holder} is {top}; source: {other.holder} is"

    def same_rank(self, other: Superlative) -> bool:
        """Both speak of the top of the same kind: "most common side effect"."""
        return _key(self.superlative) == _key(other.superlative) and _first(self.kind) == _first(
            other.kind
        )


def superlatives_in(text: str) -> list[Superlative]:
    """Each thing the text says is the most of its kind (never "one of the most ...")."""
    found = []
    for pattern in (_HOLDER_FIRST, _KIND_FIRST):
        for match in pattern.finditer(text):
            if pattern is _HOLDER_FIRST and _ONE_OF.search(text[: match.start("superlative")]):
                continue
            holder = match.group("holder").strip()
            if terms(holder) and not _POINTING.match(holder):
                scope = (match.group("scope") or "").strip()
                found.append(
                    Superlative(holder, match.group("superlative"), match.group("kind"), scope)
                )
    return found


def rival_holder(
    claimed: Sequence[Superlative], claim_text: str, source_text: str, mentioned: frozenset[str]
) -> tuple[Superlative, Superlative] | None:
    """One of the claim's superlatives (`claimed`, from `claim_text`) and the source's giving
    the top of the same kind, of the same scope, to another holder; `mentioned` (the words of
    the sentence, its neighbours and its title) must hold the claim's scope and none of its
    holder."""
    for ours in claimed:
        # "Dovrik Lake" is named by "Dovrik": "lake" is the kind, which the source says too.
        holder = set(terms(ours.holder)) - set(terms(ours.kind))
        if not holder or holder & mentioned or not set(terms(ours.scope)) <= mentioned:
            continue
        for theirs in superlatives_in(source_text):
            same_scope = set(terms(theirs.scope)) <= set(terms(claim_text))
            if ours.same_rank(theirs) and same_scope and not holder & set(terms(theirs.holder)):
                return ours, theirs
    return None


def _key(words: str) -> str:
    return " ".join(words.lower().split())


def _first(kind: str) -> str:
    return kind.split()[0].lower()
