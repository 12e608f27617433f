"""A share said as a fraction or a percentage ("more than two-thirds of the trust's servers")
against the part and the whole a source counts instead ("612 of the trust's 870 servers")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.tokens import terms
from factcheck.judge.all_or_part import parts_and_wholes, plural_stems
from factcheck.models import Quantity

# What a share is of, after it: "of the trust's servers", "of its desktop computers".
_OF_WHAT = re.compile(
    r"\s+of\s+(?:(?:the|its|their|our|his|her|all)\s+)?(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s?\s+)?"
    r"(?P<noun>[\w-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)
# What joins a counted part to its whole: "612 of the trust's 870", "nine out of 12".
_PART_OF = re.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|our|his|her)\s+)?(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+)?",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"\s+(?P<noun>[\w-]+(?:\s+[\w-]+)?)")


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
_WHOLE_AFTER = re.compile(r"\s+of\s+(?P<words>.{1,60}?)(?=[,;:]\s|\.\s+[A-Z]|\.?$|[()])")
_WHOLE_REACH = 6  # words after "of" that may name the whole


def whole_of(text: str, end: int) -> frozenset[str]:
    """The content stems of what the share ending at `end` is of ("a sixth of its network" →
    network); empty when no "of" follows it."""
    after = _WHOLE_AFTER.match(text, end)
    if after is None:
        return frozenset()
    return frozenset(terms(" ".join(after["words"].split()[:_WHOLE_REACH])))
