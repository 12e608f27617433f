"""Which draft sentences are worth checking, and why the others are skipped.

A sentence is check-worthy when it states a checkable fact: a number, a date, a named entity, a
named person or body saying something, or a direct quotation. It is skipped, with the reason,
when it is a question, an opinion or a hedge (the `SKIP_RULES`, read outside quotation marks, so a
quoted opinion is still checked as a quotation), or when it states no checkable fact.

The rules are deliberately narrow: a factual sentence skipped is a claim never checked, while an
opinion checked only costs a "not enough evidence".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from factcheck.extract.quotations import Quotation, named_speaker
from factcheck.models import Assertion


class SkipRule(NamedTuple):
    """A kind of sentence not to check: its reason, its pattern, and whether naming who said
    it (`Ashimbayev said the mission may grow`) makes the sentence checkable after all."""

    reason: str
    pattern: re.Pattern[str]
    attributable: bool


_BELIEF = r"(?:believe|think|feel|argue|suggest|contend|fear|hope|wonder|doubt|expect|speculate)"
SKIP_RULES = (
    SkipRule(
        "opinion: the writer's own view",
        re.compile(
            r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?(?:think|believe|feel|suspect|guess|reckon|suppose)\b"
            r"|\b[Ii]n\s+(?:my|our)\s+(?:view|opinion)\b|\b[Pp]ersonally\b"
        ),
        attributable=False,
    ),
    SkipRule(
        "hedge: an unnamed group's belief",
        re.compile(
            r"(?i)\b(?:many|some|most|several|few|critics|observers|analysts|experts|commentators)"
            rf"\b[^,.;:]{{0,40}}?\b{_BELIEF}s?\b"
        ),
        attributable=False,
    ),
    SkipRule(
        "hedge: an impersonal belief",
        re.compile(
            r"(?i)\bit\s+(?:is|was)\s+(?:widely\s+|generally\s+|often\s+)?"
            r"(?:believed|thought|felt|rumou?red|assumed|alleged)\b|\bit\s+(?:seems|appears)\b"
        ),
        attributable=False,
    ),
    SkipRule(
        "hedge: speculation",
        re.compile(
            r"(?i:\b(?:arguably|perhaps|probably|possibly|presumably|supposedly|seemingly|maybe"
            r"|conceivably)\b|\blikely\s+to\b|\bseems?\s+to\b|\bappears?\s+to\b|\bmight\b)"
            r"|\bmay\b"
        ),
        attributable=True,
    ),
    SkipRule(
        "opinion: what ought to be",
        re.compile(r"(?i)\b(?:should|ought\s+to|deserves?|deserving)\b"),
        attributable=True,
    ),
)
QUESTION = "question"
NO_FACT = "no checkable fact: no number, date, name or quotation"
_CLOSERS = "\"'”’»)] "


def skip_reason(
    text: str,
    quotations: Sequence[Quotation],
    assertions: Sequence[Assertion],
    *,
    offset: int = 0,
) -> str | None:
    """Why a sentence is not worth checking, or None when it is.

    `text` is the sentence as it stands in its document, starting at `offset` there; the
    quotations inside it carry offsets into that document. `assertions` are the sentence's
    parse (the extractors' numbers, dates and names); a sentence with quotations needs none.
    """
    outside = _outside_quotations(text, quotations, offset)
    if outside.rstrip(_CLOSERS).endswith("?"):
        return QUESTION
    attributed = named_speaker(outside) is not None
    for rule in SKIP_RULES:
        if rule.pattern.search(outside) and not (rule.attributable and attributed):
            return rule.reason
    if quotations or attributed or _has_fact(assertions):
        return None
    return NO_FACT


def _outside_quotations(text: str, quotations: Sequence[Quotation], offset: int) -> str:
    """The sentence with each quotation's words replaced by spaces."""
    chars = list(text)
    for quotation in quotations:
        for pos in range(max(0, quotation.start - offset), min(len(text), quotation.end - offset)):
            chars[pos] = " "
    return "".join(chars)


def _has_fact(assertions: Sequence[Assertion]) -> bool:
    """Whether the sentence holds a number, a date or a named entity."""
    return any(a.times or a.quantities or a.entities for a in assertions)
