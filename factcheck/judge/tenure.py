"""How long a post is held: "interim chief executive" is not the "permanent chief executive"
a claim names. A sentence calling someone interim while it speaks of a permanent appointment to
come shares the claim's words, and reads to the model as its paraphrase; it is neither."""

from __future__ import annotations

from factcheck.extract.patterns import regex

_TENURES = {
    **dict.fromkeys(["interim", "acting", "temporary", "caretaker"], "for now"),
    "permanent": "permanent",
}
_WORD = regex(r"[a-z]+")


def tenures(text: str) -> frozenset[str]:
    """The kinds of tenure a text gives a post: "for now" (interim, acting), "permanent"."""
    return frozenset(_TENURES[w] for w in _WORD.findall(text.lower()) if w in _TENURES)


def another_tenure(claim: str, sentence: str) -> bool:
    """The claim says how long a post is held and the sentence says the other tenure too:
    "named Sturrock as its permanent chief executive" against "Sturrock has been interim
    chief executive ... expects to appoint a permanent chief executive"."""
    ours = tenures(claim)
    return bool(ours) and bool(tenures(sentence) - ours)
