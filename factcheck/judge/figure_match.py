"""Line up a claim's numbers and dates with a source clause's, then compare each pair."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.tokens import fold, stem, terms, tokenize
from factcheck.judge.intervals import (
    SlotMatch,
    compare_quantities,
    compare_times,
    has_specific_noun,
    noun_overlap,
    same_figure,
)
from factcheck.models import AnalyzedSentence, Assertion, EvidenceSentence, Quantity, TimeExpression


@dataclass(frozen=True)
class SlotComparison:
    """A claim's figure or date beside the source's it was paired with, and how they compare."""

    match: SlotMatch
    claim: str  # the claim's figure or date, as written in explanations
    source: str  # the source's, or "" when none was comparable


def match_quantity(
    claim_q: Quantity, claim: Assertion, clause: Assertion, sentence: AnalyzedSentence
) -> SlotComparison:
    """Align a claim number with the source number that counts the same thing, then compare."""
    frames = _claim_frame(claim_q, claim), _source_frames(sentence)
    comparable = _comparable(claim_q, frames, sentence)
    leveled = comparable.leveled
    claim_said = describe_quantity(claim_q, claim.text, claim.start)
    text = sentence.sentence.text
    candidates = _best_candidates(leveled, *frames, clause)
    if not candidates:
        return SlotComparison(SlotMatch.INCOMPARABLE, claim_said, "")
    results = [(compare_quantities(claim_q, q), level, q) for level, q in candidates]
    supporting = [q for status, _, q in results if status == SlotMatch.SUPPORTS]
    # With several candidates, support needs the same figure: "over 5 million" is not
    # confirmed by "4.5 million …, with a further 20 million" just because 20 > 5.
    same = [q for q in supporting if same_figure(claim_q, q)]
    if supporting and (len(supporting) == len(results) or same):
        return SlotComparison(
            SlotMatch.SUPPORTS,
            claim_said,
            describe_quantity((same or supporting)[0], text),
        )
    decisive = [(s, q) for s, level, q in results if level >= 2 and s == SlotMatch.CONTRADICTS]
    denies = comparable.timely and not _fits_another(claim_q, leveled)
    if decisive and len(decisive) == len(results) and denies:
        return SlotComparison(
            SlotMatch.CONTRADICTS, claim_said, describe_quantity(decisive[0][1], text)
        )
    return SlotComparison(SlotMatch.NEUTRAL, claim_said, describe_quantity(results[0][2], text))


@dataclass(frozen=True)
class Comparable:
    """The source figures that may measure what a claim's does, with their noun level."""

    leveled: list[tuple[int, Quantity]]
    # False when every one is of another date than the claim's: it may confirm the figure (and
    # the dates are then compared), never deny it, as the figure may have changed meanwhile.
    timely: bool


def _comparable(
    claim_q: Quantity,
    frames: tuple[FigureFrame, dict[int, FigureFrame]],
    sentence: AnalyzedSentence,
) -> Comparable:
    """The source figures that may measure what the claim's does, with their noun level."""
    pool = [q for a in sentence.assertions for q in a.quantities if q.kind == claim_q.kind]
    claim_frame, source_frames = frames
    # A value marked as an earlier one ("last year's", "down from") is another figure.
    pool = [q for q in pool if source_frames[q.start].earlier == claim_frame.earlier]
    # A figure of another date is another figure, when the sentence gives one of the claim's
    # date; when it gives none, the dates themselves are compared.
    text = sentence.sentence.text
    leveled = [
        (_told_apart(level, claim_frame, source_frames[q.start]), q)
        for q in pool
        if (level := _noun_level(claim_q, q, text)) > 0
    ]
    same_time = [lq for lq in leveled if _times_agree(claim_frame, source_frames[lq[1].start])]
    return Comparable(same_time or leveled, timely=bool(same_time) or not leveled)


# Words that make a count an increase on another: "67 new cases", "40 additional staff".
_INCREMENT_STEMS = frozenset(stem(w) for w in ("new", "additional", "further", "extra", "fresh"))
# The words a vague figure's own stretch must share with the claim's to count as named.
_TELLING_WORDS = 3


def _told_apart(level: int, claim: FigureFrame, source: FigureFrame) -> int:
    """A vague figure ("61 of them") whose own words say what the claim's says ("spoke during
    public comment") counts as one whose noun was named."""
    return 2 if level == 1 and len(claim.terms & source.terms) >= _TELLING_WORDS else level


def _fits_another(claim_q: Quantity, leveled: list[tuple[int, Quantity]]) -> bool:
    """A sentence that also gives the claim's figure is about several things or times, and
    the claim may mean that one: "$43.5 million abroad, for a worldwide total of $99 million"
    does not deny "$99 million worldwide"."""
    return any(
        same_figure(claim_q, q) and compare_quantities(claim_q, q) == SlotMatch.SUPPORTS
        for _, q in leveled
    )


def _best_candidates(
    leveled: list[tuple[int, Quantity]],
    claim_frame: FigureFrame,
    source_frames: dict[int, FigureFrame],
    clause: Assertion,
) -> list[tuple[int, Quantity]]:
    """Comparable source numbers, narrowed to those that count what the claim's does best: the
    same noun, nothing more in it ("18 feet" counts feet better than "61,000 acre-feet"), in
    the clause that says what the claim says, with the most of the claim's words around it."""
    in_clause = {q.start for q in clause.quantities}

    def fit(candidate: tuple[int, Quantity]) -> tuple[int, int, bool, int]:
        level, quantity = candidate
        shared = len(claim_frame.terms & source_frames[quantity.start].terms)
        return level, -len(quantity.noun), quantity.start in in_clause, shared

    best = max(map(fit, leveled), default=None)
    return [candidate for candidate in leveled if fit(candidate) == best]


def _noun_level(claim_q: Quantity, source_q: Quantity, text: str) -> int:
    """3 or more: same noun (a word more for each word shared); 2: noun left out but named
    earlier in the sentence; 1: vague; 0: other."""
    if claim_q.kind != "count":
        return 3 if claim_q.unit == source_q.unit else 0
    if claim_q.nationality and source_q.nationality and claim_q.nationality != source_q.nationality:
        return 0
    if _INCREMENT_STEMS & set(claim_q.noun) != _INCREMENT_STEMS & set(source_q.noun):
        return 0  # "67 new cases" are not the 255 cases in all
    shared = noun_overlap(claim_q, source_q)
    if shared:
        return 2 + shared  # "106 present members" counts them better than "45 members"
    if has_specific_noun(source_q):
        return 0
    earlier = set(terms(text[: source_q.start]))
    if has_specific_noun(claim_q) and set(claim_q.noun) & earlier:
        return 2
    return 1


# How many words after a number may name what it counts ("60 of her team members").
_NOUN_REACH = 8


@dataclass(frozen=True)
class FigureFrame:
    """What ties a figure to what it measures: the words, dates and markers of its own stretch
    of text, between the nearest commas, dashes or other figures."""

    terms: frozenset[str]
    times: tuple[TimeExpression, ...]
    earlier: bool  # "last year's", "a year earlier", "down from": a value before the one meant


# Where one figure's stretch ends: ", " (not "24,300"), ";", a dash between spaces, brackets.
_STRETCH_BREAK = re.compile(r"[,;:](?=\s)|\s[—–-]+\s|[()\[\]]|\s(?:and|or|but|while|whereas)\s")
# Words after which a figure is an earlier value that another is compared with.
_EARLIER_OPENERS = (("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to"))
# "Last month" alone may be the time of the claim itself; "last month's" marks a compared value,
# and "17 percent less than a year earlier" a change, not an earlier value.
_EARLIER_PHRASES = re.compile(
    r"\b(?:last|previous|prior|preceding) (?:year|month|week|season|quarter)(?:'|’)s\b|"
    r"(?<!than )\b(?:a|one|the) (?:year|month|week|decade) (?:earlier|before|ago)\b",
    re.IGNORECASE,
)


def _stretch(
    quantity: Quantity, text: str, offset: int, others: list[Quantity], *, breaks: bool
) -> tuple[int, int]:
    """The offsets (into `text`) of the words that belong to this figure and no other: up to
    the nearest comma, dash or conjunction (with `breaks`), else halfway to the next figure."""
    start, end = quantity.start - offset, quantity.end - offset
    previous = max((q.end - offset for q in others if q.end - offset <= start), default=0)
    following = min((q.start - offset for q in others if q.start - offset >= end), default=None)
    found = [m.start() for m in _STRETCH_BREAK.finditer(text)] if breaks else []
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


def _midway(text: str, start: int, end: int) -> int:
    """A space about halfway between two offsets, so that no word is cut."""
    space = text.find(" ", (start + end) // 2, end)
    return end if space < 0 else space


def _frame(
    quantity: Quantity,
    text: str,
    offset: int,
    context: tuple[list[Quantity], list[TimeExpression]],
    names: frozenset[str],
    *,
    breaks: bool = True,
) -> FigureFrame:
    others, times = context
    others = [q for q in others if q is not quantity]
    left, right = _stretch(quantity, text, offset, others, breaks=breaks)
    before = tuple(fold(w) for w in text[left : quantity.start - offset].split()[-2:])
    stretch = text[left:right]
    # The figure's own words ("million") say nothing about what it measures.
    words = f"{text[left : quantity.start - offset]} {text[quantity.end - offset : right]}"
    return FigureFrame(
        terms=frozenset(terms(words)) - names,
        times=tuple(t for t in times if left <= t.start - offset < right),
        earlier=before in _EARLIER_OPENERS or bool(_EARLIER_PHRASES.search(stretch)),
    )


def _claim_frame(claim_q: Quantity, claim: Assertion) -> FigureFrame:
    """A claim figure's frame; a date anywhere in the claim is its date when its own stretch
    has none ("By September, the reservoir had fallen to 27 percent")."""
    # Names say whose story it is, which every figure of a source sentence shares.
    names = frozenset(t for e in claim.entities for t in terms(e.text))
    context = (list(claim.quantities), list(claim.times))
    # A claim of one figure is all about it: "On opening day, the film made $3.7 million".
    breaks = len(claim.quantities) > 1
    frame = _frame(claim_q, claim.text, claim.start, context, names, breaks=breaks)
    if frame.times:
        return frame
    return FigureFrame(frame.terms, tuple(claim.times), frame.earlier)


def _source_frames(sentence: AnalyzedSentence) -> dict[int, FigureFrame]:
    """The frame of every figure of a source sentence, by where it starts."""
    quantities = [q for a in sentence.assertions for q in a.quantities]
    times = [t for a in sentence.assertions for t in a.times]
    text = sentence.sentence.text
    frames = {
        q.start: _frame(q, text, 0, (quantities, times), _shared_subject(q, assertion))
        for assertion in sentence.assertions
        for q in assertion.quantities
    }
    # A date of no figure's own ("As of 5 April, there are 531 cases in 25 provinces") dates
    # every figure that has none.
    owned = {id(t) for frame in frames.values() for t in frame.times}
    free = tuple(t for t in times if id(t) not in owned)
    return {
        start: frame if frame.times else FigureFrame(frame.terms, free, frame.earlier)
        for start, frame in frames.items()
    }


def _shared_subject(quantity: Quantity, assertion: Assertion) -> frozenset[str]:
    """The words of a clause's subject and verb, which all its later figures share: "The film
    grossed $55 million at home and $44 million abroad" ties "film" to neither figure alone."""
    subject = assertion.subject or ""
    for shared in (f"{subject} {assertion.action or ''}".strip(), subject):
        before = assertion.start + len(shared) <= quantity.start
        if shared and before and assertion.text.startswith(shared):
            return frozenset(terms(shared))
    return frozenset()


def _times_agree(claim: FigureFrame, source: FigureFrame) -> bool:
    """The source figure's own date, if it has one, may be the claim figure's."""
    if not claim.times or not source.times:
        return True
    return any(_times_may_meet(c, s) for c in claim.times for s in source.times)


def _times_may_meet(claim: TimeExpression, source: TimeExpression) -> bool:
    # A figure "by September" is the figure at that point, not at any time before it.
    return compare_times(*_as_at(claim, source)) != SlotMatch.CONTRADICTS


def _as_at(*times: TimeExpression) -> tuple[TimeExpression, TimeExpression]:
    """The times with "by September" read as "in September"."""
    first, second = (
        t.model_copy(update={"relation": "at"}) if t.relation == "by" else t for t in times
    )
    return first, second


def describe_quantity(quantity: Quantity, text: str, offset: int = 0) -> str:
    """A number as the text gave it, with what it counts in the text's own words: "11,800
    acre-feet", "60 of her team members". `offset` is where `text` starts in the analysed text.
    """
    start, end = quantity.start - offset, quantity.end - offset
    wanted = set(quantity.noun)
    for token in tokenize(text[end:])[:_NOUN_REACH] if wanted else []:
        if wanted <= set(terms(text[start : end + token.end])):
            return text[start : end + token.end]
    return quantity.text


def match_time(claim_t: TimeExpression, clause: Assertion) -> SlotComparison:
    results = [(compare_times(claim_t, t), t) for t in clause.times]
    results = [(s, t) for s, t in results if s != SlotMatch.INCOMPARABLE]
    # "By September" is met by "in July" too, but a date at that point is the one to show.
    results.sort(key=lambda found: compare_times(*_as_at(claim_t, found[1])) != found[0])
    for status, time in results:
        if status == SlotMatch.SUPPORTS:
            return SlotComparison(SlotMatch.SUPPORTS, describe_time(claim_t), describe_time(time))
    if results and all(status == SlotMatch.CONTRADICTS for status, _ in results):
        return SlotComparison(
            SlotMatch.CONTRADICTS, describe_time(claim_t), describe_time(results[0][1])
        )
    return SlotComparison(
        SlotMatch.NEUTRAL, describe_time(claim_t), describe_time(results[0][1]) if results else ""
    )


def describe_time(time: TimeExpression) -> str:
    """A date as written, with the year it was resolved to when the text leaves it out."""
    if time.year is not None and str(time.year) not in time.text:
        return f"{time.text} ({time.year})"
    return time.text


@dataclass(frozen=True)
class DateFound:
    """A date matching the claim's, and the sentence (the evidence or a neighbour) it is in."""

    sentence: AnalyzedSentence
    date: str  # as written in explanations


def time_in_neighbours(claim_t: TimeExpression, evidence: EvidenceSentence) -> DateFound | None:
    """A supporting date elsewhere in the sentence or in a neighbouring sentence."""
    for candidate in (evidence.sentence, *evidence.neighbours):
        for assertion in candidate.assertions:
            for time in assertion.times:
                if compare_times(claim_t, time) == SlotMatch.SUPPORTS:
                    return DateFound(candidate, describe_time(time))
    return None
