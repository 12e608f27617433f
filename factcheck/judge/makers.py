"""Who made a thing: one maker, so a source naming another for the same thing denies the claim's.

"The ferries are being built by Dovrik Yards" is denied by "The ferries, built by Pell Marine,
will cost $40 million": a thing is built, made or manufactured by the one firm the source
names. The maker is a name (a run of capitalised words after "by"); a claim that names no
one, or a source that names the claim's maker too, decides nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms
from factcheck.judge.rivals import Rival

# "built by Pell Marine", "are being manufactured by Dovrik Yards Ltd."
_MADE_BY = regex(
    r"\b(?P<verb>built|made|manufactured|produced|constructed)\s+by\s+"
    r"(?P<maker>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*)*)"
)
# Words of many firms' names that do not tell one from another.
_FIRM_WORDS = frozenset(terms("the company firm group inc ltd co corp corporation"))


@dataclass(frozen=True)
class Maker:
    """Who a text says made a thing, and the verb it says it with ("built", "made")."""

    verb: str
    name: str


def maker_named(text: str) -> Maker | None:
    """The firm a text says made or built something, if it names one."""
    found = _MADE_BY.search(text)
    if found is None:
        return None
    return Maker(found.group("verb").lower(), found.group("maker").rstrip("."))


def rival_maker(ours: Maker, source_text: str) -> Rival | None:
    """The claim's maker and the other one the source names, when the source names no part of
    the claim's."""
    theirs = maker_named(source_text)
    if theirs is None:
        return None
    mine = set(terms(ours.name)) - _FIRM_WORDS
    if not mine or mine & set(terms(source_text)):
        return None
    return Rival(f"{ours.verb} by {ours.name}", f"{theirs.verb} by {theirs.name}")
