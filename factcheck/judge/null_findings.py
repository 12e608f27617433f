"""A finding of no difference denies a claim of one: "found no difference between the two
groups in how often patients used pain medication" says the opposite of "patients on the drug
used pain medication less often", though the two share no negated word."""

from __future__ import annotations

import re

from factcheck.extract.patterns import regex

# What a study says when the groups it compared came out alike.
_NO_DIFFERENCE = regex(
    r"\bno\s+(?:(?:statistically|clinically)\s+)?(?:(?:significant|meaningful|clear|measurable"
    r"|detectable|appreciable|notable)\s+)?differences?\b"
    r"|\b(?:did|does|do)\s+not\s+(?:significantly\s+)?differ\b"
    r"|\bnot\s+(?:statistically\s+)?significantly\s+different\b",
    re.IGNORECASE,
)
# A comparison the claim makes between two groups or times: "less often than", "more deaths
# than", "lower than".
_COMPARED = regex(
    r"\b(?:less|more|fewer|lower|higher|greater|smaller|larger|better|worse|shorter|longer"
    r"|faster|slower)\b(?:\s+[\w-]+){0,4}?\s+than\b",
    re.IGNORECASE,
)


# Words before it that make it a supposition, not a finding: "would make no difference",
# "assuming no difference".
_SUPPOSED = regex(r"\b(?:would|could|might|may|if|assum\w*)\b[^.;,]*$", re.IGNORECASE)


def denies_a_difference(claim: str, clause: str) -> bool:
    """Whether the clause finds no difference where the claim compares and finds one."""
    return any(not supposed for supposed in _no_difference(claim, clause))


def tells_of_no_difference(claim: str, clause: str) -> bool:
    """Whether the clause finds or supposes no difference ("would make no difference") where
    the claim finds one: no support for the claim, even where it denies nothing."""
    return bool(_no_difference(claim, clause))


def _no_difference(claim: str, clause: str) -> list[bool]:
    """For each "no difference" of the clause, whether it is supposed; none where the claim
    makes no comparison."""
    if not _COMPARED.search(claim):
        return []
    return [bool(_SUPPOSED.search(clause[: m.start()])) for m in _NO_DIFFERENCE.finditer(clause)]
