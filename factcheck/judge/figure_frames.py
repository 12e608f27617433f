"""What ties a figure to what it measures: its own stretch of words, its own date, and whether
it is an earlier value that another is compared with ("down from 28,900 acre-feet in 2023")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from factcheck.extract.dates import WEEKDAYS, one_span
from factcheck.extract.entities import is_country
from factcheck.extract.patterns import regex
from factcheck.extract.tokens import fold, terms
from factcheck.judge.intervals import SlotMatch, compare_times
from factcheck.models import AnalyzedSentence, Assertion, Place, Quantity, TimeExpression


@dataclass(frozen=True)
class FigureFrame:
    """What ties a figure to what it measures: the words, dates and markers of its own stretch
    of text, between the nearest commas, dashes or other figures."""

    terms: frozenset[str]
    times: tuple[TimeExpression, ...]
    earlier: bool  # "last year's", "a year earlier", "down from": a value before the one meant
    places: frozenset[str] = frozenset()  # where its own words put it: "12 cases in Quist"
    # A claim figure's names in its own stretch, which are not in `terms` (every figure of a
    # source may share whose story it is), yet may tell its figures apart: "92 % on Quist
    # Review" is the figure of a claim naming the Quist Review, not "77/100 on Pellcritic".
    names: frozenset[str] = frozenset()
    # A part of a figure said before it: "1,998 cases, of which 333 cases have recovered".
    part: bool = False
    # The places of `places` it is outside of: "$62 million outside Canada".
    outside: frozenset[str] = frozenset()
    # Said as of the writing: "has burned 48,100 acres", "is now 85 percent".
    current: bool = False


# Where one figure's stretch ends: ", " (not "24,300"), ";", a dash between spaces, brackets,
# and a full stop that runs into the next sentence ("in 2014.It was released ...").
_STRETCH_BREAK = regex(
    r"[,;:](?=\s)|\s[—–-]+\s|[()\[\]]|\s(?:and|or|but|while|whereas)\s|(?<=[a-z0-9])\.(?=[A-Z][a-z])"
)
# Words after which a figure is a part of one said before.
_PART_OPENERS = (
    ("of", "which"),
    ("of", "whom"),
    ("of", "those"),
    ("of", "them"),
    ("among", "them"),
)
# Words after which a figure is an earlier value that another is compared with.
_EARLIER_OPENERS = (("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to"))
# "Last month" alone may be the time of the claim itself; "last month's" marks a compared value,
# and "17 percent less than a year earlier" or "fell 7.4 percent from a year earlier" a change,
# not an earlier value.
_EARLIER_PHRASES = regex(
    r"\b(?:last|previous|prior|preceding) (?:year|month|week|season|quarter)(?:'|’)s\b|"
    r"(?<!than )(?<!from )\b(?:a|one|the) (?:year|month|week|decade) (?:earlier|before|ago)\b",
    re.IGNORECASE,
)


def _stretch(
    quantity: Quantity | TimeExpression,
    text: str,
    offset: int,
    others: Sequence[Quantity | TimeExpression],
    *,
    breaks: bool,
    dates: Sequence[TimeExpression] = (),
) -> tuple[int, int]:
    """The offsets (into `text`) of the words that belong to this figure and no other: up to
    the nearest comma, dash or conjunction (with `breaks`), else halfway to the next figure.
    A comma of a date's own (in `dates`) breaks nothing."""
    start, end = quantity.start - offset, quantity.end - offset
    previous = max((q.end - offset for q in others if q.end - offset <= start), default=0)
    following = min((q.start - offset for q in others if q.start - offset >= end), default=None)
    found = [m.start() for m in _STRETCH_BREAK.finditer(text)] if breaks else []
    found = [b for b in found if not _inside_a_date(text, b, dates, offset)]
    before = [b + 1 for b in found if previous <= b < start]
    after = [b for b in found if end <= b < (len(text) if following is None else following)]
    # Words between two figures go to the nearer: "by 18 feet would increase the reservoir's
    # capacity to 61,000 acre-feet".
    left = max(before) if before else previous and _midway(text, previous, start)
    if after:
        right = min(after)
    else:
        right = len(text) if following is None else _midway(text, end, following)
    return left, right


def _inside_a_date(text: str, at: int, dates: Sequence[TimeExpression], offset: int) -> bool:
    """The comma at `at` is a date's: inside it ("Aug. 19, 2039"), or after the day of the
    week that opens it ("Friday, Aug. 19")."""
    for written in dates:
        start, end = written.start - offset, written.end - offset
        if start <= at < end:
            return True
        weekday = text[:at].rsplit(None, 1)[-1:] if at <= start else []
        if weekday and weekday[0].lower() in WEEKDAYS and not text[at + 1 : start].strip():
            return True
    return False


def _midway(text: str, start: int, end: int) -> int:
    """A space about halfway between two offsets, so that no word is cut."""
    space = text.find(" ", (start + end) // 2, end)
    return end if space < 0 else space


def _frame(
    quantity: Quantity,
    text: str,
    offset: int,
    context: tuple[list[Quantity], list[TimeExpression], list[Place]],
    names: frozenset[str],
    *,
    breaks: bool = True,
) -> FigureFrame:
    """The frame of one figure of `text` (which starts at `offset` of the analysed text), less
    the `names` every figure there shares."""
    others, times, places = context
    others = [q for q in others if q is not quantity]
    left, right = _stretch(quantity, text, offset, others, breaks=breaks, dates=times)
    before = tuple(fold(w) for w in text[left : quantity.start - offset].split()[-2:])
    stretch = text[left:right]
    # The figure's own words ("million") say nothing about what it measures.
    words = f"{text[left : quantity.start - offset]} {text[quantity.end - offset : right]}"
    if breaks and _alone_in_brackets(text, left, right) and not words.strip():
        # "four in ten patients (39 percent) saw their days halved": a figure alone in
        # brackets restates what the words around the brackets say.
        brackets = quantity.model_copy(
            update={"start": left - 1 + offset, "end": right + 1 + offset}
        )
        outer_left, outer_right = _stretch(brackets, text, offset, others, breaks=True)
        words = f"{text[outer_left : left - 1]} {text[right + 1 : outer_right]}"
    own = frozenset(terms(words))
    own_places = [p for p in places if left <= p.start - offset < right]
    return FigureFrame(
        terms=own - names,
        times=tuple(t for t in times if left <= t.start - offset < right),
        earlier=before in _EARLIER_OPENERS or bool(_EARLIER_PHRASES.search(stretch)),
        places=frozenset(p.canonical for p in own_places),
        outside=frozenset(
            p.canonical for p in own_places if _OUTSIDE.search(text[left : p.start - offset])
        ),
        names=own & names,
        part=before in _PART_OPENERS or before[-1:] == ("including",),
        current=bool(
            _AS_OF_WRITING.search(text[left : quantity.start - offset])
            or _TO_DATE_AFTER.match(text, quantity.end - offset)
        ),
    )


# Words before a figure that put it at the time of writing: "now", "so far", and the present
# perfect ("has burned", "have been destroyed").
_AS_OF_WRITING = regex(
    r"\b(?:now|currently|so\s+far|to\s+date|at\s+present)\b"
    r"|\b(?:has|have)\s+(?:already\s+|now\s+)?(?:been\s+)?(?:[a-z]+(?:ed|en|wn|nt)|cost|paid"
    r"|lost|made|sold|bought|built|kept|left|held|cut|hit|set|put|won|spent)\b",
    re.IGNORECASE,
)
# "36.8 million lussars to date": the same, said after the figure and its noun.
_TO_DATE_AFTER = regex(
    r"\s*(?:[a-z]+\s+)?(?:so\s+far|to\s+date|as\s+of\s+now|until\s+now)\b", re.IGNORECASE
)


def _alone_in_brackets(text: str, left: int, right: int) -> bool:
    """Whether the stretch `text[left:right]` is the whole inside of a pair of brackets."""
    return text[left - 1 : left] == "(" and text[right : right + 1] == ")"


def time_words(time: TimeExpression, clause: Assertion) -> frozenset[str]:
    """The words of a date's own stretch of its clause: "born" in "( born 2 May 1961 )",
    not the "Salt Roads ( 2012 )" after it."""
    words = _own_words(time, clause)
    # The two days of a span are one date, whose words are either's: in "Between 15 and 20
    # May Pell cancelled 4,186 trains" the verb follows the last day only.
    for other in clause.times:
        joined = (time, other) if time.start < other.start else (other, time)
        if other is not time and one_span(clause.text, *joined, offset=clause.start):
            words |= _own_words(other, clause)
    return words


def _own_words(time: TimeExpression, clause: Assertion) -> frozenset[str]:
    others = [t for t in clause.times if t is not time]
    left, right = _stretch(time, clause.text, clause.start, others, breaks=True)
    return frozenset(terms(clause.text[left:right])) - frozenset(terms(time.text))


# Before a place, words that put a figure anywhere but there.
_OUTSIDE = regex(r"\boutside(?:\s+of)?\s+(?:the\s+)?$", re.IGNORECASE)
# Before a name, words that make it a place, known or not: "9 cases in Gaza".
_LOCATED = regex(r"\b(?:in|at|outside|across|near|from|of)\s+(?:the\s+)?$", re.IGNORECASE)


def claim_frame(claim_q: Quantity, claim: Assertion) -> FigureFrame:
    """A claim figure's frame; a date anywhere in the claim is its date when its own stretch
    has none ("By September, the reservoir had fallen to 27 percent")."""
    # Names say whose story it is, which every figure of a source sentence shares.
    names = frozenset(t for e in claim.entities for t in terms(e.text))
    context = (list(claim.quantities), list(claim.times), list(claim.places))
    # A claim of one figure is all about it: "On opening day, the film made $3.7 million".
    breaks = len(claim.quantities) > 1
    frame = _frame(claim_q, claim.text, claim.start, context, names, breaks=breaks)
    # Of those, a place is most often the whole story's ("9 cases in Gaza" and "the first two
    # cases in Gaza City"), and a figure "outside the United States" names it all the same.
    placed = {p.canonical for p in claim.places}
    telling = frozenset(
        t
        for e in claim.entities
        if e.canonical not in placed
        and not is_country(e.canonical)
        and not _LOCATED.search(claim.text[: e.start - claim.start])
        for t in terms(e.text)
    )
    frame = replace(frame, names=frame.names & telling)
    if frame.times:
        return frame
    compared = compared_times(claim)
    return replace(frame, times=tuple(t for t in claim.times if t not in compared))


# Before a date of the claim, words that make it the date of a figure the claim's is set
# against: "nearly half as much again as the estimate it gave in July", "more than the
# forecast of March".
_COMPARED_BEFORE = regex(
    r"\b(?:again|much|many|twice|times|more|less|fewer|higher|lower|larger|smaller|bigger)"
    r"\s+(?:than|as)\s+(?:the|its|their|his|her|an?)\s+[^,;:.()]*$",
    re.IGNORECASE,
)


def compared_times(claim: Assertion) -> tuple[TimeExpression, ...]:
    """The claim's dates of a figure it sets its own against, which date no figure it gives."""
    return tuple(
        t for t in claim.times if _COMPARED_BEFORE.search(claim.text[: t.start - claim.start])
    )


def dated_in(times: Sequence[TimeExpression], frame: FigureFrame, published: date | None) -> bool:
    """The source figure's date, its own or else the day its source was published, falls in
    one of `times`."""
    own = frame.times or ((_day(published),) if published is not None else ())
    return any(compare_times(t, at) == SlotMatch.SUPPORTS for t in times for at in own)


def source_frames(
    sentence: AnalyzedSentence, published: date | None = None
) -> dict[int, FigureFrame]:
    """The frame of every figure of a source sentence, by where it starts; a figure said as of
    the writing, with no date of its own, is dated by the day the source was `published`."""
    quantities = [q for a in sentence.assertions for q in a.quantities]
    times = [t for a in sentence.assertions for t in a.times]
    places = [p for a in sentence.assertions for p in a.places]
    text = sentence.sentence.text
    frames = {
        q.start: _frame(q, text, 0, (quantities, times, places), _shared_subject(q, assertion))
        for assertion in sentence.assertions
        for q in assertion.quantities
    }
    # A date of no figure's own ("As of 5 April, there are 531 cases in 25 provinces") dates
    # every figure that has none.
    owned = {id(t) for frame in frames.values() for t in frame.times}
    free = tuple(t for t in times if id(t) not in owned)
    written = (_day(published),) if published is not None else ()
    return {
        start: frame
        if frame.times
        else replace(frame, times=written if frame.current and written else free)
        for start, frame in frames.items()
    }


def _day(day: date) -> TimeExpression:
    return TimeExpression(
        text=f"{day:%d %B %Y}",
        start=0,
        end=0,
        granularity="day",
        year=day.year,
        month=day.month,
        day=day.day,
    )


def _shared_subject(quantity: Quantity, assertion: Assertion) -> frozenset[str]:
    """The words of a clause's subject and verb, which all its later figures share: "The film
    grossed $55 million at home and $44 million abroad" ties "film" to neither figure alone."""
    subject = assertion.subject or ""
    for shared in (f"{subject} {assertion.action or ''}".strip(), subject):
        before = assertion.start + len(shared) <= quantity.start
        if shared and before and assertion.text.startswith(shared):
            return frozenset(terms(shared))
    return frozenset()


def times_agree(claim: FigureFrame, source: FigureFrame) -> bool:
    """The source figure's own date, if it has one, may be the claim figure's."""
    if not claim.times or not source.times:
        return True
    return any(_times_may_meet(c, s) for c in claim.times for s in source.times)


def _times_may_meet(claim: TimeExpression, source: TimeExpression) -> bool:
    """The two dates may be the same point: a figure "by September" is the figure at that
    point, not at any time before it; a figure "before March 20" is not the one "as of 20
    March", even where neither says the year."""
    if _just_beside(claim, source):
        return False
    return compare_times(*as_at(claim, source)) != SlotMatch.CONTRADICTS


def _just_beside(claim: TimeExpression, source: TimeExpression) -> bool:
    """The claim's time is just before or after the source's day ("before March 20" and "20
    March"), the years the same or unsaid."""
    return (
        claim.relation in ("before", "after")
        and source.relation == "at"
        and claim.granularity == source.granularity == "day"
        and (claim.month, claim.day) == (source.month, source.day)
        and (claim.year is None or source.year is None or claim.year == source.year)
    )


def as_at(*times: TimeExpression) -> tuple[TimeExpression, TimeExpression]:
    """The times with "by September" read as "in September"."""
    first, second = (
        t.model_copy(update={"relation": "at"}) if t.relation == "by" else t for t in times
    )
    return first, second
