"""Compare where a claim and a source clause put the same thing: another town, another country.

A place contradicts only when it stands in for the claim's own: of the same kind (town with
town, country with country: Lyon is in France, so "in France" denies nothing), as a site
("from Lyon to Paris" has an origin and a destination), going with a word of the claim ("a
plant in Porto" says where the claimed plant is; "a reservoir near Porto" does not), while the
clause does not name the claim's place at all. Regions overlap other places, so they never
contradict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.patterns import regex
from factcheck.extract.places import country_after
from factcheck.extract.tokens import fold, terms, terms_of_words
from factcheck.judge.figure_match import SlotComparison
from factcheck.judge.intervals import SlotMatch
from factcheck.judge.rivals import Rival
from factcheck.models import Assertion, Place, PlaceRelation

_SITE: frozenset[PlaceRelation] = frozenset({"in", "near"})
# Where a thing is built or based is one place for good; a meeting or a visit may be held in
# many places, so those contradict only on the same date.
SITING_TERMS = frozenset(
    terms_of_words(
        """build built building construct constructed construction locate located based site
        sited situated headquartered""".split()
    )
)

# Where anyone is born or dies is one place: "born in Lyon" is not also "born in Porto".
_ONCE_IN_A_LIFE = frozenset(terms_of_words(["born", "died", "dies"]))

# "also runs a terminal in Y", "another plant in Y": a second one, which may stand elsewhere.
_ANOTHER = regex(
    r"\b(?:also|another|other|others|second|third|additional|further|existing|more|too)\b",
    re.IGNORECASE,
)
_ANOTHER_REACH = 6  # words before a place, its preposition included, that may say so


@dataclass(frozen=True)
class PlaceConflict:
    """A place of the claim and the source's other place for the same thing."""

    claim: Place
    source: Place

    def reason(self) -> str:
        """Why it contradicts: "claim: in Lyon; source: in Paris"."""
        return Rival(_describe(self.claim), _describe(self.source)).reason()

    def sited(self, claim: Assertion, clause: Assertion) -> bool:
        """Where a thing is built: "will be built in X" against "to build a plant near Y", or
        "the plant will be built in X" against "building the plant in Y"."""
        subject = terms(claim.subject or "")
        heads = SITING_TERMS | set(subject[-1:])
        return (
            self.claim.anchor in SITING_TERMS
            and self.source.anchor in heads
            and bool(SITING_TERMS & set(clause.terms))
            and not _another_one(self.source, clause)
        )

    def once_in_a_life(self) -> bool:
        """Both places are where someone was born or died, which happens in one place."""
        return self.claim.anchor in _ONCE_IN_A_LIFE and self.source.anchor in _ONCE_IN_A_LIFE

    def difference(self) -> str:
        """Why it does not support: "puts it in Paris, not in Lyon"."""
        return f"puts it {_describe(self.source)}, not {_describe(self.claim)}"


def rival_place(claim: Assertion, clause: Assertion) -> PlaceConflict | None:
    """A place of the claim that the clause, naming it nowhere, gives as another of its kind."""
    for mine in claim.places:
        rivals = _rivals(mine, claim, clause)
        if rivals and not any(_same(e.canonical, mine.canonical) for e in clause.entities):
            return PlaceConflict(mine, rivals[0])
    return None


def place_names(assertion: Assertion) -> set[str]:
    """The names of the assertion's places, with the country after a town ("in Kathmandu,
    Nepal"), which is part of saying where."""
    names = {place.text for place in assertion.places}
    for place in assertion.places:
        country = country_after(assertion.text[place.end - assertion.start :])
        if country is not None:
            names.add(country)
    return names


def misplaced(claim: Assertion, clause: Assertion) -> PlaceConflict | None:
    """A place of the claim that the clause gives as another, naming the claim's own only as
    the place of something else: "the terminal in Dovrik and a marina near Casmere"."""
    for mine in claim.places:
        rivals = _rivals(mine, claim, clause)
        if rivals and not _placed_alike(mine, claim, clause):
            return PlaceConflict(mine, rivals[0])
    return None


def place_contradiction(
    conflict: PlaceConflict,
    clause: Assertion,
    *,
    quantities: list[SlotComparison],
    times: list[SlotComparison],
    sited: bool,
    once: bool = False,
) -> str | None:
    """Why the clause puts the claim's event elsewhere, if it does: the same event (every
    figure matched, no figure of its own otherwise) on the same date, or, with no date
    claimed, where a thing is built or based, or an event that happens `once` (see
    `one_off`), which is one place whatever the date."""
    if any(slot.match != SlotMatch.SUPPORTS for slot in quantities):
        return None
    if clause.quantities and not quantities:
        return None
    dated = bool(times) and all(slot.match == SlotMatch.SUPPORTS for slot in times)
    return conflict.reason() if dated or ((sited or once) and not times) else None


# Words that make an event happen once: "the first flight", "its maiden voyage".
_ONE_OFF = regex(r"\b(?:first|last|final|inaugural|maiden)\b", re.IGNORECASE)


def one_off(assertion: Assertion) -> bool:
    """The subject is an event that happens once, so in one place: "the first flight with
    the staff landed at Almaty airport" did not also land in Astana."""
    return bool(_ONE_OFF.search(assertion.subject or ""))


def _rivals(mine: Place, claim: Assertion, clause: Assertion) -> list[Place]:
    """The clause's other places of the same kind, for something the claim speaks of."""
    # Where people or goods come from or go to is often one of several ("flights from Spain"),
    # and a region overlaps other places: neither is compared.
    if mine.relation not in _SITE or mine.kind == "area" or mine.anchor not in claim.terms:
        return []
    theirs = [place.canonical for place in claim.places]
    return [
        place
        for place in clause.places
        if place.relation in _SITE
        and place.kind == mine.kind
        and place.anchor in claim.terms
        and not any(_same(place.canonical, name) for name in theirs)
    ]


def _placed_alike(mine: Place, claim: Assertion, clause: Assertion) -> bool:
    """The clause names the claim's place other than as the place of something else."""
    elsewhere = {
        (place.start, place.end)
        for place in clause.places
        if place.anchor is not None and place.anchor not in claim.terms
    }
    return any(
        _same(entity.canonical, mine.canonical) and (entity.start, entity.end) not in elsewhere
        for entity in clause.entities
    )


def _another_one(place: Place, clause: Assertion) -> bool:
    """ "also runs a terminal in Y", "another plant in Y": said just before the place."""
    before = clause.text[: max(0, place.start - clause.start)]
    return _ANOTHER.search(" ".join(before.split()[-_ANOTHER_REACH:])) is not None


def _describe(place: Place) -> str:
    return f"{place.relation} {place.text}"


def _same(name: str, other: str) -> bool:
    return _key(name) == _key(other)


def _key(name: str) -> str:
    return " ".join(fold(word) for word in name.split())
