"""Compare one slot of a claim with one slot of a source: quantities and times."""

from __future__ import annotations

import re
from datetime import date
from enum import Enum

from factcheck.extract.lexicon import GENERIC_NOUNS, MEASURE_UNITS, PERSON_NOUNS
from factcheck.extract.numbers import about_slack
from factcheck.extract.patterns import regex
from factcheck.extract.tokens import stem
from factcheck.models import Qualifier, Quantity, TimeExpression


class SlotMatch(Enum):
    """How one figure or date of a claim compares with one of a source."""

    SUPPORTS = "supports"  # the same figure or date, within the qualifiers' leeway
    CONTRADICTS = "contradicts"  # comparable, and out of reach of each other
    NEUTRAL = "neutral"  # comparable, but neither settles the other ("up to 100" vs 60)
    INCOMPARABLE = "incomparable"  # different kinds, units or granularity


_QUALIFIER_CLASS: dict[Qualifier, str] = {
    "exact": "exact",
    "about": "about",
    "up_to": "upper",
    "under": "upper_strict",
    "at_least": "lower",
    "over": "lower",
    "almost": "almost",
    "between": "range",
}
_ROUNDING_TOLERANCE = 0.005
GENERIC_STEMS = frozenset(stem(word) for word in GENERIC_NOUNS)
PERSON_STEMS = frozenset(stem(word) for word in PERSON_NOUNS)
_PEOPLE = stem("people")

UNIT_STEMS = frozenset(stem(word) for word in MEASURE_UNITS)


def people_and_a_kind(claim: Quantity, source: Quantity) -> bool:
    """One figure counts "people" and nothing more, the other a kind of people ("residents",
    "passengers"): the same figure may be said both ways."""
    ours, theirs = set(claim.noun), set(source.noun)
    return (ours == {_PEOPLE} and bool(theirs & PERSON_STEMS)) or (
        theirs == {_PEOPLE} and bool(ours & PERSON_STEMS)
    )


def compare_quantities(claim: Quantity, source: Quantity) -> SlotMatch:
    """Numbers compare as intervals with their qualifiers ("about 100" vs 98 supports)."""
    if claim.kind != source.kind or claim.unit != source.unit:
        return SlotMatch.INCOMPARABLE
    if claim.against != source.against:  # "7-2" and "6-3", or "unanimously" and "7-2"
        return SlotMatch.CONTRADICTS
    shared_class = _QUALIFIER_CLASS[claim.qualifier]
    if shared_class == _QUALIFIER_CLASS[source.qualifier]:
        if same_figure(claim, source):
            return SlotMatch.SUPPORTS
        if shared_class in _ONE_SIDED:
            return _compare_bounds(claim, source)
        return SlotMatch.CONTRADICTS
    if {claim.qualifier, source.qualifier} == {"exact", "about"} and same_figure(claim, source):
        return (
            SlotMatch.SUPPORTS
        )  # "$8 million" and "approximately $8 million" state the same figure
    # An approximate figure's interval holds its leeway already.
    tolerance = 0.0 if claim.qualifier == "about" else _leeway(claim, source)
    if source.high < claim.low - tolerance or source.low > claim.high + tolerance:
        return SlotMatch.CONTRADICTS
    if _touch_only(claim, source, tolerance) or _touch_only(source, claim, tolerance):
        return SlotMatch.CONTRADICTS
    inside = claim.low - tolerance <= source.low and source.high <= claim.high + tolerance
    # "up to 1,000" announces a cap: a smaller figure is consistent with it but does not confirm it.
    if inside and claim.qualifier != "up_to":
        return SlotMatch.SUPPORTS
    return SlotMatch.NEUTRAL


# Bounds on one side only: "more than 26 million" says "more than 25 million" too.
_ONE_SIDED = frozenset({"lower", "upper_strict"})


# How far past its bound "over 2 million" (or short of it "under 200") reaches as people read
# it: "over 2 million" is not "over 13 million", nor "more than 20 million" "more than 25".
_BOUND_REACH = 0.1


def _compare_bounds(claim: Quantity, source: Quantity) -> SlotMatch:
    """Two bounds on the same side: the tighter one implies the looser; a looser source leaves
    a claim near its bound open and denies one far past it."""
    if source.low >= claim.low and source.high <= claim.high:
        return SlotMatch.SUPPORTS
    if claim.low > source.low * (1 + _BOUND_REACH) or claim.high < source.high * (1 - _BOUND_REACH):
        return SlotMatch.CONTRADICTS
    return SlotMatch.NEUTRAL


_OPEN_BELOW = frozenset({"over"})
_OPEN_ABOVE = frozenset({"under", "almost"})


def _touch_only(lower: Quantity, upper: Quantity, tolerance: float) -> bool:
    """ "more than 200" and "almost 200" share only the point 200, which neither includes.

    Rounding lets the upper end fall a little short of the lower, never pass it: 979,603 is
    inside "more than 975,000", not touching it.
    """
    touching = lower.low - tolerance <= upper.high <= lower.low
    return touching and (lower.qualifier in _OPEN_BELOW or upper.qualifier in _OPEN_ABOVE)


def same_figure(claim: Quantity, source: Quantity) -> bool:
    """The two state the same number (both ends for ranges), within rounding."""
    tolerance = max(_leeway(claim, source), _leeway(source, claim))
    ends: tuple[tuple[float, float], ...] = ((claim.value, source.value),)
    if claim.qualifier == "between":
        ends = ((claim.low, source.low), (claim.high, source.high))
    return all(abs(a - b) <= tolerance + 1e-9 for a, b in ends)


def _leeway(quantity: Quantity, other: Quantity) -> float:
    """How far from a figure another may lie and still be the figure it states."""
    if quantity.qualifier == "about":
        return about_slack(quantity.value)
    return _tolerance(quantity) * max(abs(quantity.value), abs(other.value))


def _tolerance(quantity: Quantity) -> float:
    """The rounding of a figure given as it is: none for a whole number."""
    whole = float(quantity.value).is_integer() and quantity.value < 1e5
    return 0.0 if whole and quantity.kind != "duration" else _ROUNDING_TOLERANCE


def noun_overlap(claim: Quantity, source: Quantity) -> int:
    """How many specific nouns the two numbers share: 0 when they count different things, as
    "34 container ships" and "9,000 containers" do (a word shared, but not the head)."""
    heads = {claim.head, source.head}
    if None not in heads and len(heads) == 2 and not heads & _BROAD_HEADS:
        return 0
    return len((set(claim.noun) & set(source.noun)) - GENERIC_STEMS)


# Heads that take their kind from the words before them: "staff members" are staff, "police
# officers" the police.
_BROAD_HEADS = frozenset(
    stem(word) for word in ("members", "personnel", "officers", "workers", "persons", "people")
)


def counts_things(quantity: Quantity) -> bool:
    """The number counts things named by a noun ("3,000 theaters", "57 reviews"), neither
    people in general nor a unit of measure ("8 inches")."""
    noun = set(quantity.noun)
    # A letter or two is a unit's symbol ("W/m2"), not a word for what is counted.
    named = {word for word in noun - GENERIC_STEMS if len(word) > 2}
    return quantity.kind == "count" and bool(named) and not noun & UNIT_STEMS


def has_specific_noun(quantity: Quantity) -> bool:
    """The number names what it counts with a noun that is not merely "people" or "total"."""
    return bool(set(quantity.noun) - GENERIC_STEMS)


def time_bounds(time: TimeExpression) -> tuple[date, date] | None:
    """The first and last day a time expression covers, when its year is known."""
    if time.year is None:
        return None
    try:
        if time.granularity == "day" and time.month and time.day:
            day = date(time.year, time.month, time.day)
            return day, day
        if time.granularity == "month" and time.month:
            last = _month_end(time.year, time.month)
            first_day, last_day = _PART_OF_MONTH.get(_part_of_month(time.text), (1, last.day))
            return date(time.year, time.month, first_day), last.replace(day=min(last_day, last.day))
        if time.granularity == "decade":
            return date(time.year, 1, 1), date(time.year + 9, 12, 31)
        return date(time.year, 1, 1), date(time.end_year or time.year, 12, 31)
    except ValueError:
        return None


# The days of a month that "early May", "mid-May" and "late May" allow, overlapping: where one
# part ends and the next begins is the writer's, so only a day well outside denies it.
_PART_OF_MONTH = {"early": (1, 12), "mid": (8, 22), "late": (18, 31)}
_PART_WORD = regex(r"^\s*(?:the\s+)?(early|mid|late|end|start|beginning|middle)\b", re.IGNORECASE)
_PART_NAMES = {"end": "late", "start": "early", "beginning": "early", "middle": "mid"}


def _part_of_month(text: str) -> str:
    found = _PART_WORD.match(text)
    word = found.group(1).lower() if found else ""
    return _PART_NAMES.get(word, word)


def period(time: TimeExpression) -> tuple[date, date] | None:
    """The days a time expression allows, its relation included: "before 22 April 2020"."""
    bounds = time_bounds(time)
    if bounds is None:
        return None
    first, last = bounds
    if time.relation == "before":
        return date.min, date.fromordinal(first.toordinal() - 1)
    if time.relation == "after":
        return date.fromordinal(last.toordinal() + 1), date.max
    if time.relation == "since":
        return first, date.max
    if time.relation == "by":
        return date.min, last
    return bounds


_AFTER_DAY = {
    "before": lambda s, c: s < c,
    "after": lambda s, c: s > c,
    "since": lambda s, c: s >= c,
    "by": lambda s, c: s <= c,
}


def _compare_partial_relation(claim: TimeExpression, source: TimeExpression) -> SlotMatch:
    """ "before February 29" against "February 28", years unknown: support only."""
    if source.relation != "at" or claim.relation == "at":
        return SlotMatch.NEUTRAL
    source_day = (source.month or 0, source.day or 0)
    claim_day = (claim.month or 0, claim.day or 0)
    return (
        SlotMatch.SUPPORTS
        if _AFTER_DAY[claim.relation](source_day, claim_day)
        else SlotMatch.NEUTRAL
    )


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


def compare_times(claim: TimeExpression, source: TimeExpression) -> SlotMatch:
    """Dates compare at their granularity: March 2024 vs 2024-03-15 supports."""
    claim_bounds, source_bounds = period(claim), period(source)
    if claim.relation == "since" and claim_bounds and source_bounds:
        return _compare_start(claim, source, claim_bounds, source_bounds)
    if _a_span(claim) and claim_bounds and source_bounds:
        return _compare_spans(claim_bounds, source_bounds)
    if claim_bounds and source_bounds:
        if claim_bounds[0] <= source_bounds[0] and source_bounds[1] <= claim_bounds[1]:
            return SlotMatch.SUPPORTS
        if source_bounds[1] < claim_bounds[0] or source_bounds[0] > claim_bounds[1]:
            return SlotMatch.CONTRADICTS
        return SlotMatch.NEUTRAL
    return _compare_partial(claim, source)


def _a_span(time: TimeExpression) -> bool:
    """ "between 1981 and 2004", "from 2015 to 2019": when something began and ended (a
    season written "2013–14" is a period things happen in)."""
    return time.granularity == "year_range" and time.text.lower().startswith(("between", "from"))


def _compare_spans(claim: tuple[date, date], source: tuple[date, date]) -> SlotMatch:
    """A period of years says when something began and ended: "between 1981 and 2004" is
    confirmed by the same period only, not by "between 1981 and 2003" nor by "in 1990",
    though it contains them; a date outside it denies it."""
    if claim == source:
        return SlotMatch.SUPPORTS
    if source[1] < claim[0] or source[0] > claim[1]:
        return SlotMatch.CONTRADICTS
    return SlotMatch.NEUTRAL


def _compare_start(
    claim: TimeExpression,
    source: TimeExpression,
    claim_bounds: tuple[date, date],
    source_bounds: tuple[date, date],
) -> SlotMatch:
    """ "since 2019" names when something began: a later date ("October 2024", or "since
    October 2023") is consistent with it, but only a date within 2019 confirms it."""
    began, start = time_bounds(claim), time_bounds(source)
    if began and start and began[0] <= start[0] and start[1] <= began[1]:
        return SlotMatch.SUPPORTS
    if source_bounds[1] < claim_bounds[0]:
        return SlotMatch.CONTRADICTS
    return SlotMatch.NEUTRAL


def _compare_partial(claim: TimeExpression, source: TimeExpression) -> SlotMatch:
    """At least one side has no year: compare the month and day both give."""
    if claim.month is None or source.month is None:
        return SlotMatch.INCOMPARABLE
    if claim.year is not None and source.year is None:
        # "September" with no year cannot deny "August 2021": it may be another year.
        return SlotMatch.NEUTRAL
    if claim.relation != "at" or source.relation != "at":
        return _compare_partial_relation(claim, source)
    if claim.month != source.month:
        return SlotMatch.CONTRADICTS
    if claim.day is not None and source.day is not None and claim.day != source.day:
        return SlotMatch.CONTRADICTS
    if claim.day is not None and source.day is None:
        return SlotMatch.NEUTRAL
    if claim.year is not None and source.year is None:
        return SlotMatch.NEUTRAL
    return SlotMatch.SUPPORTS
