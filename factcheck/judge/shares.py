"""A share said as a fraction or a percentage ("more than two-thirds of the trust's servers")
against the part and the whole a source counts instead ("612 of the trust's 870 servers"),
and a claim's whole ("3,500 of the 4,300 candidates") counted in the sentence before the one
that gives the part ("3,480 of them")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms
from factcheck.judge.all_or_part import parts_and_wholes, plural_stems
from factcheck.judge.intervals import SlotMatch, compare_quantities
from factcheck.judge.neighbours import sentence_before
from factcheck.models import AnalyzedSentence, EvidenceSentence, Quantity

# What a share is of, after it: "of the trust's servers", "of its desktop computers".
_OF_WHAT = regex(
    r"\s+of\s+(?:(?:the|its|their|our|his|her|all)\s+)?(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s?\s+)?"
    r"(?P<noun>[\w-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)
# What joins a counted part to its whole: "612 of the trust's 870", "nine out of 12".
_PART_OF = regex(
    r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|our|his|her)\s+)?(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+)?",
    re.IGNORECASE,
)
_NOUN_AFTER = regex(r"\s+(?P<noun>[\w-]+(?:\s+[\w-]+)?)")


def share_of_counted_whole(
    claim_q: Quantity, claim_text: str, claim_offset: int, text: str, figures: Sequence[Quantity]
) -> Quantity | None:
    """The share a part and its whole in `text` make of what the claim's percentage is of, as a
    percentage figure spanning both ("612 of the trust's 870 servers" → 70.3 percent); None
    when the claim gives no share of a plural thing or the text counts no part of one."""
    if claim_q.kind != "percent":
        return None
    of_what = _OF_WHAT.match(claim_text, claim_q.end - claim_offset)
    wanted = plural_stems(of_what["noun"]) if of_what else set()
    if not wanted:
        return None
    counts = [q for q in figures if q.kind == "count"]
    for part, whole in parts_and_wholes(text, counts, _PART_OF):
        named = _NOUN_AFTER.match(text, whole.end)
        if named is None or not wanted & plural_stems(named["noun"]):
            continue
        if 0 < part.value <= whole.value:
            share = 100.0 * part.value / whole.value
            # Quoted up to the plural it counts: "870 servers", "9,800 desktop computers".
            end = max(
                named.start("noun") + word.end()
                for word in re.finditer(r"[\w-]+", named["noun"])
                if plural_stems(word.group()) & wanted
            )
            return claim_q.model_copy(
                update={
                    "text": text[part.start : end],
                    "start": part.start,
                    "end": end,
                    "value": share,
                    "low": share,
                    "high": share,
                    "qualifier": "about" if part.qualifier == "about" else "exact",
                    "noun": (),
                }
            )
    return None


# The words naming the whole a share is of: "of its 1,140-kilometre backlog", "of the vote".
_WHOLE_AFTER = regex(r"\s+of\s+(?P<words>.{1,60}?)(?=[,;:]\s|\.\s+[A-Z]|\.?$|[()])")
_WHOLE_REACH = 6  # words after "of" that may name the whole


def whole_of(text: str, end: int) -> frozenset[str]:
    """The content stems of what the share ending at `end` is of ("a sixth of its network" →
    network); empty when no "of" follows it."""
    after = _WHOLE_AFTER.match(text, end)
    if after is None:
        return frozenset()
    return frozenset(terms(" ".join(after["words"].split()[:_WHOLE_REACH])))


# A part counted of a group the sentence before counted: "3,480 of them", "of those candidates".
_OF_THE_GROUP_BEFORE = regex(r"\bof\s+(?:them|those|these)\b", re.IGNORECASE)
# A claim's figure that is the whole of a part: "Nearly 3,500 of the roughly 4,300 ...".
_A_WHOLE_BEFORE = regex(
    r"\d[\d,.]*\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True)
class WholeFound:
    """The sentence before that counts the group, and its figure."""

    sentence: AnalyzedSentence
    figure: Quantity


def whole_said_before(
    claim_q: Quantity, claim_text: str, claim_offset: int, evidence: EvidenceSentence
) -> WholeFound | None:
    """The figure of the sentence before that gives the claim's whole, where the sentence
    counts its part of the group that one counted: "Nearly 3,500 of the roughly 4,300
    candidates" against "On results day, 4,310 candidates lost a firm offer. ... 3,480 of them
    started their courses"; None when the claim's figure is no whole or nothing gives it."""
    if not _A_WHOLE_BEFORE.search(claim_text[: max(claim_q.start - claim_offset, 0)]):
        return None
    sentence = evidence.sentence.sentence
    if not _OF_THE_GROUP_BEFORE.search(sentence.text):
        return None
    previous = sentence_before(evidence)
    return next(
        (
            WholeFound(n, q)
            for n in ([previous] if previous is not None else [])
            for a in n.assertions
            for q in a.quantities
            if compare_quantities(claim_q, q) is SlotMatch.SUPPORTS
        ),
        None,
    )
