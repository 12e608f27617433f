"""Line up a claim's numbers and dates with a source clause's, then compare each pair."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from factcheck.extract.changes import changed_from, changed_thing, percent_role
from factcheck.extract.dates import extract_times, parse_iso_date
from factcheck.extract.numbers import (
    OUTCOME_NOUNS,
    SMALL_NUMBERS,
    changed_by,
    difference_of,
    qualified_start,
)
from factcheck.extract.patterns import regex
from factcheck.extract.quotations import SPEECH_VERBS
from factcheck.extract.ranks import SERIES_STEMS, bound_start
from factcheck.extract.tokens import stem, terms, tokenize
from factcheck.judge.all_or_part import parts_and_wholes
from factcheck.judge.figure_frames import (
    FigureFrame,
    as_at,
    claim_frame,
    compared_times,
    dated_in,
    source_frames,
    time_words,
    times_agree,
)
from factcheck.judge.figure_roles import (
    a_budget,
    a_difference,
    a_limit,
    asked_for,
    counted_from,
    counted_so_far,
    estimate_against_final,
    estimate_or_final,
    said_as_claimed,
    set_against_asked,
)
from factcheck.judge.intervals import (
    GENERIC_STEMS,
    SlotMatch,
    compare_quantities,
    compare_times,
    counts_things,
    has_specific_noun,
    noun_overlap,
    people_and_a_kind,
    same_figure,
)
from factcheck.judge.opposition import denied_plan_dates
from factcheck.judge.shares import share_of_counted_whole, whole_of
from factcheck.judge.totals import added_up, said_as_a_sum, said_as_total
from factcheck.models import AnalyzedSentence, Assertion, EvidenceSentence, Quantity, TimeExpression


@dataclass(frozen=True)
class SlotComparison:
    """A claim's figure or date beside the source's it was paired with, and how they compare."""

    match: SlotMatch
    claim: str  # the claim's figure or date, as written in explanations
    source: str  # the source's, or "" when none was comparable
    # The source's figure counts the very thing the claim's does ("3,000 theaters" against
    # "2,950 theaters"): the noun says what is measured, whatever verb the clause uses.
    same_noun: bool = False
    # The value of the source's figure it was compared with, where there was one.
    source_value: float | None = None


def match_quantity(
    claim_q: Quantity,
    claim: Assertion,
    clause: Assertion,
    sentence: AnalyzedSentence,
    published: date | None = None,
) -> SlotComparison:
    """Align a claim number with the source number that counts the same thing, then compare.

    `published` is the source's date of publication, the date of its figures as of writing."""
    frames = claim_frame(claim_q, claim), source_frames(sentence, published)
    text = sentence.sentence.text
    claim_said = describe_quantity(claim_q, claim.text, claim.start)
    parts = added_up(claim_q, text, _figures(sentence)) if said_as_total(claim.text) else []
    if parts:
        totalled = _against_parts(claim_q, claim, parts, text, claim_said)
        if totalled is not None:
            return totalled
    comparable = _comparable(claim_q, claim, frames, sentence, published)
    leveled = comparable.leveled
    candidates = _best_candidates(leveled, *frames, clause)
    if not candidates:
        # "More than two-thirds of the trust's servers" is given by "612 of its 870 servers";
        # never denied so, as a share said in words is rounded as its writer liked.
        share = share_of_counted_whole(claim_q, claim.text, claim.start, text, _figures(sentence))
        if share is not None and compare_quantities(claim_q, share) == SlotMatch.SUPPORTS:
            said = f"{share.text} ({share.value:.0f}%)"
            return SlotComparison(SlotMatch.SUPPORTS, claim_said, said, source_value=share.value)
        return SlotComparison(SlotMatch.INCOMPARABLE, claim_said, "")
    ours = comparison_direction(claim.text, claim_q.end - claim.start)
    results = [
        (
            _directed(compare_quantities(claim_q, q), ours, comparison_direction(text, q.end)),
            level,
            q,
        )
        for level, q in candidates
    ]
    supporting = [q for status, _, q in results if status == SlotMatch.SUPPORTS]
    # With several candidates, support needs the same figure: "over 5 million" is not
    # confirmed by "4.5 million …, with a further 20 million" just because 20 > 5.
    same = [q for q in supporting if same_figure(claim_q, q)]
    all_fit = len(supporting) == len(results)
    ceiling = claim_q.qualifier in ("under", "up_to")
    if all_fit and ceiling and not same and _dated_apart([q for _, _, q in results], frames[1]):
        # Under a ceiling, the figures of a list of dates are the parts of what it caps:
        # "fewer than 4,000 flights over the six days" is not given by each day's, all of
        # them fewer; only a figure said as their sum gives it ("a total of 3,912").
        supporting = [q for q in supporting if said_as_a_sum(text, q)]
        all_fit = bool(supporting)
    if supporting and (all_fit or same):
        # Of several figures within a bound, the nearest is the one the claim is about: "less
        # than 240 cases" is the total of 225, not a district's 29 in the same sentence.
        confirming = min(same or supporting, key=lambda q: abs(q.value - claim_q.value))
        return SlotComparison(
            SlotMatch.SUPPORTS,
            claim_said,
            describe_quantity(confirming, text),
            source_value=confirming.value,
        )
    # A part ("seven of the satellites") is not denied by its whole ("all 18 satellites").
    part = _a_part(claim.text, claim_q.end - claim.start)
    decisive = [
        (s, q)
        for s, level, q in results
        if level >= 2
        and s == SlotMatch.CONTRADICTS
        and not _another_group(claim, claim_q, text, q, _figures(sentence))
        and not (part and _ALL_OF.search(text, 0, q.start))
        and not (claim_q.value > q.value and counted_so_far(text, q.end))
    ]
    # A figure said the other way ("27 percent more") is no restatement of the claim's.
    alike = [
        (level, q)
        for level, q in leveled
        if _directed(SlotMatch.SUPPORTS, ours, comparison_direction(text, q.end))
        == SlotMatch.SUPPORTS
    ]
    denies = comparable.timely and not _fits_another(claim_q, alike)
    # "prize money of 16,500 kerrits, and ... worth 8,000 kerrits" are the parts of the claim's
    # "24,500 kerrits in prize money": figures adding up to the claim's deny it no more than
    # they give it.
    denies = denies and not _parts_of(claim_q, [q for _, q in leveled])
    if decisive and len(decisive) == len(results) and denies:
        counted = [level for level, _ in candidates]
        denying = decisive[0][1]
        theirs = comparison_direction(text, denying.end)
        return SlotComparison(
            SlotMatch.CONTRADICTS,
            f"{claim_said} {ours.said}" if ours and theirs else claim_said,
            f"{describe_quantity(denying, text)} {theirs.said}"
            if ours and theirs
            else describe_quantity(denying, text),
            source_value=denying.value,
            same_noun=counts_things(claim_q)
            and not _unit_symbol_after(claim_q, claim)
            and min(counted) >= _SAME_NOUN,
        )
    return SlotComparison(SlotMatch.NEUTRAL, claim_said, describe_quantity(results[0][2], text))


def _dated_apart(figures: Sequence[Quantity], frames: dict[int, FigureFrame]) -> bool:
    """Two or more figures, each with a date of its own that no other has: "612 on Friday 15
    May, 1,046 on Saturday 16 May, ..."."""
    dates = [frames[q.start].times for q in figures]
    days = {(t[0].year, t[0].month, t[0].day) for t in dates if t}
    return len(figures) > 1 and all(dates) and len(days) == len(figures)


def _against_parts(
    claim_q: Quantity, claim: Assertion, parts: list[Quantity], text: str, claim_said: str
) -> SlotComparison | None:
    """A claim's total against sums a source adds up: given by their sum, denied by one of
    them alone ("12 million in total" against "12 million ... and a further 8 million") unless
    the claim dates its total, which may be of a time before the rest was added."""
    value = sum(q.value for q in parts)
    total = claim_q.model_copy(update={"value": value, "low": value, "high": value})
    said = " and ".join(describe_quantity(q, text) for q in parts) + f" ({_in_words(value)} in all)"
    if compare_quantities(claim_q, total) == SlotMatch.SUPPORTS:
        return SlotComparison(SlotMatch.SUPPORTS, claim_said, said, source_value=value)
    if not claim.times and any(same_figure(claim_q, q) for q in parts):
        return SlotComparison(SlotMatch.CONTRADICTS, claim_said, said, source_value=value)
    return None


def _in_words(value: float) -> str:
    """ "20 million" for 20,000,000, as a reader writes a sum; smaller figures as digits."""
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if value >= scale:
            return f"{value / scale:,.10g} {word}"
    return f"{value:,.10g}"


@dataclass(frozen=True)
class Direction:
    """Which way a figure compares, as written right after it: "27 percent more", "8% lower"."""

    up: bool
    said: str


# A comparative right after a figure: "27 percent more than", "8% lower than", "$2 cheaper".
_COMPARATIVE_AFTER = regex(
    r"^\s*(?:[a-z]+\s+)?(?P<word>more|higher|greater|larger|bigger|longer|older|up|above"
    r"|fewer|less|lower|smaller|shorter|younger|cheaper|down|below)\b",
    re.IGNORECASE,
)
_UPWARD = frozenset("more higher greater larger bigger longer older up above".split())


def comparison_direction(text: str, end: int) -> Direction | None:
    """The comparative a figure is said with, right after it; None for a figure said alone."""
    said = _COMPARATIVE_AFTER.match(text[end:])
    if said is None:
        return None
    word = said["word"].lower()
    return Direction(word in _UPWARD, word)


def _directed(status: SlotMatch, ours: Direction | None, theirs: Direction | None) -> SlotMatch:
    """A figure matched in value but compared the other way is denied: "8 percent lower than
    in 2019" against "8 percent higher than in 2019"."""
    if ours is None or theirs is None or ours.up == theirs.up:
        return status
    return SlotMatch.CONTRADICTS if status == SlotMatch.SUPPORTS else status


def _change_of_claimed(thing: str, wanted: set[str]) -> bool:
    """Whether a change is in a thing the claim names, or in a thing the words do not say."""
    return not thing or bool(set(terms(thing)) & wanted)


@dataclass(frozen=True)
class Comparable:
    """The source figures that may measure what a claim's does, with their noun level."""

    leveled: list[tuple[int, Quantity]]
    # False when every one is of another date than the claim's: it may confirm the figure (and
    # the dates are then compared), never deny it, as the figure may have changed meanwhile.
    timely: bool


def _comparable(
    claim_q: Quantity,
    claim: Assertion,
    frames: tuple[FigureFrame, dict[int, FigureFrame]],
    sentence: AnalyzedSentence,
    published: date | None = None,
) -> Comparable:
    """The source figures that may measure what the claim's does, with their noun level."""
    pool = [q for a in sentence.assertions for q in a.quantities if q.kind == claim_q.kind]
    claim_side, source_side = frames
    # "half as much again as the estimate it gave in July": a figure of July is the one the
    # claim sets its own against, which neither gives nor denies it.
    compared = compared_times(claim)
    if compared:
        pool = [q for q in pool if not dated_in(compared, source_side[q.start], published)]
    # A value marked as an earlier one ("last year's", "down from") is another figure, unless
    # both carry their own dates: then the dates say whether they are of the same time.
    pool = [
        q
        for q in pool
        if source_side[q.start].earlier == claim_side.earlier
        or (claim_side.times and source_side[q.start].times)
    ]
    text = sentence.sentence.text
    # "392,000 of our 1.38 million customers": the 1.38 million is the whole, no part's figure.
    part = _a_part(claim.text, claim_q.end - claim.start)
    wholes = (
        {whole.start for _, whole in parts_and_wholes(text, _figures(sentence), _OF_A_WHOLE)}
        if part
        else set()
    )
    if not part:
        # "For 38,600 of those patients": a share of a group counted before, no count of the
        # whole group a claim gives without "of".
        pool = [q for q in pool if not _OF_THOSE.match(text, q.end)]
    if _whole_of_a_share(claim, claim_q):
        # "40 per cent of the 61 papers", "a third of the 12.4 million awarded": the figure is
        # the whole the claim takes a share of, which only a whole denies ("23 of the 60
        # papers", "all 60 papers"), never a part ("26 papers", "repaid 4.1 million"); the
        # same figure restated still gives it.
        pairs = parts_and_wholes(text, _figures(sentence), _OF_A_WHOLE)
        shared = {whole.start for _, whole in pairs}
        pool = [
            q
            for q in pool
            if q.start in shared
            or _ALL_OF.search(text, 0, q.start)
            or math.isclose(q.value, claim_q.value)
        ]
    pool = [
        q
        for q in pool
        if not _counts_another_place(claim, source_side[q.start], sentence)
        and not _inside_where_claimed_outside(claim_side, source_side[q.start])
        and not _of_another_doing(claim, text, q)
        and q.start not in wholes
    ]
    if claim_q.kind == "percent":
        # "fell 7.4 percent" is how much it moved, "fell to 11.2 percent" where it stands: a
        # change compares with changes, a level with levels. A change said as a fraction ("cut
        # the risk by a third") is a rough share of what changed: it compares only with a
        # figure said to be a change, never with a percentage the words give no role ("95% CI").
        fraction = _a_fraction_of_a_change(claim.text, claim_q, claim_q.start - claim.start)
        ours = "change" if fraction else _percent_role(claim.text, claim_q, claim.start)
        either = (ours,) if fraction else (None, ours)
        pool = [q for q in pool if ours is None or _percent_role(text, q, 0) in either]
        # "a 12 percent fall in net profit" is no change in the claim's revenue.
        wanted = set(claim.terms)
        pool = [q for q in pool if _change_of_claimed(changed_thing(text, q.end), wanted)]
        # "a third of its backlog" is no share of the network "a sixth of its network" is.
        whole = whole_of(claim.text, claim_q.end - claim.start)
        pool = [
            q for q in pool if not whole or not (theirs := whole_of(text, q.end)) or whole & theirs
        ]
    else:
        # "75 million more than last August's figure" is how far apart two sums are, no sum:
        # a difference compares only with differences.
        apart = a_difference(claim.text, claim_q.end - claim.start)
        pool = [q for q in pool if a_difference(text, q.end) == apart]
    # "rise from £120 to £135": the level left behind is another figure than the one reached,
    # whatever date the sentence gives (which is the new level's).
    left = changed_from(claim.text, claim_q.start - claim.start, claim_q.end - claim.start)
    pool = [q for q in pool if changed_from(text, q.start, q.end) == left]
    if claim_q.kind == "duration":
        # "14 months after it had first suspended him" is no stretch of "two days after a
        # disciplinary hearing": each is counted from its own event, and a claim that names
        # none (its "after ..." may be a clause of its own) must speak of the source's.
        since = counted_from(claim.text, claim_q.end - claim.start) or frozenset(claim.terms)
        pool = [q for q in pool if not (other := counted_from(text, q.end)) or since & other]
    # What was asked for is another figure than what was done: "asking the Court to reduce
    # her ban to no more than 12 months" neither gives nor denies the ban the Court set.
    asked = asked_for(claim.text, claim_q, claim_q.start - claim.start)
    pool = [q for q in pool if asked_for(text, q, q.start) == asked]
    # "15 million less than the operator had claimed": the sum claimed is the claim's other
    # figure, whatever its unit (an invented currency reads as a count).
    if not asked and set_against_asked(claim.text, claim_q.end - claim.start):
        pool = [q for q in pool if not said_as_claimed(text, q.start)]
    # A budget is what was set aside, not what was spent or earned: "the 720 million budget"
    # neither gives nor denies "the tunnel cost more than 930 million".
    budget = a_budget(claim.text, claim_q.start - claim.start, claim_q.end - claim.start)
    pool = [q for q in pool if a_budget(text, q.start, q.end) == budget]
    # A limit is what is allowed, not what was done: "the maximum fine for the offence is 40
    # million" neither gives nor denies a fine of 24 million (a claim of a cap may meet it).
    if claim_q.qualifier != "up_to" and not a_limit(claim.text, claim_q.start - claim.start):
        pool = [q for q in pool if not a_limit(text, q.start)]
    # An estimate is a forecast of the final figure, not it: "the final cost was 936 million"
    # is neither given nor denied by "has risen to an estimated 865 million" years before.
    ours_said = estimate_or_final(claim.text, claim_q.start - claim.start, whole=True)
    pool = [
        q for q in pool if not estimate_against_final(ours_said, estimate_or_final(text, q.start))
    ]
    # The base of a rate ("per 1,000 births") says how many were counted among, not how many
    # there were: it compares only with another rate's base.
    base = _rate_base(claim.text, claim_q.start - claim.start)
    pool = [q for q in pool if _rate_base(text, q.start) == base]
    # "7% over two years" is a total of the years' rises, no rise of one year ("4 percent
    # this year"): a figure spread over a period compares only with one spread over the same.
    spread = _spread_over(claim.text[claim_q.end - claim.start :])
    pool = [q for q in pool if _spread_over(text[q.end :]) == spread]
    claim_before = claim.text[: claim_q.start - claim.start]

    def in_context(level: int, q: Quantity) -> int:
        level = _part_set_apart(level, q, source_side[q.start], claim_side)
        return _said_of_another(level, claim_q, q, pool, source_side)

    leveled = [
        (_told_apart(in_context(level, q), claim_side, source_side[q.start]), q)
        for q in pool
        if (level := _noun_level(claim_q, q, (claim_before, text[: q.start]))) > 0
        and not (level == 2 and _sent_to_a_place(text, q))
    ]
    # A figure of another date is another figure, when the sentence gives one of the claim's
    # date; when it gives none, the dates themselves are compared.
    same_time = [lq for lq in leveled if times_agree(claim_side, source_side[lq[1].start])]
    return Comparable(same_time or leveled, timely=bool(same_time) or not leveled)


def _part_set_apart(level: int, source_q: Quantity, frame: FigureFrame, claim: FigureFrame) -> int:
    """A part of a figure said before ("1,998 cases, of which 333 cases have recovered") whose
    own words the claim's figure does not say counts its noun only vaguely: the claim's "more
    than 1,905 cases" is the whole's figure, not the recovered part's."""
    # A part counted by what became of it ("333 cases have recovered": recoveries) says what
    # it counts in its noun, whatever else its words say.
    outcome = bool(OUTCOME_NOUNS & set(source_q.noun))
    if frame.part and level >= 2 and frame.terms - set(source_q.noun) - claim.terms:
        return level if outcome else 1
    return level


def _said_of_another(
    level: int,
    claim_q: Quantity,
    source_q: Quantity,
    pool: list[Quantity],
    frames: dict[int, FigureFrame],
) -> int:
    """A figure with no noun of its own, after the claim's noun was said of the figure before
    it, does not count that noun: in "333 cases have recovered and 10 have died", 10 is not
    a count of recoveries. (In "44 cases - 26 in Sofia, 4 in Lom" the noun is the earlier
    figure's own, and the figures after it are its parts.)"""
    if level != 2 or has_specific_noun(source_q):
        return level
    earlier = [q for q in pool if q.start < source_q.start]
    if not earlier:
        return level
    before = max(earlier, key=lambda q: q.start)
    wanted = set(claim_q.noun) - GENERIC_STEMS
    said = wanted & frames[before.start].terms
    return 1 if said and not wanted & set(before.noun) else level


# "the other five", "another 12": a group beside the one said before.
_ANOTHER_BEFORE = regex(r"\b(?:the\s+other|another|other)\s+$", re.IGNORECASE)
# What joins a part to the figure it is a part of: "the first 5 million velts of its 15
# million", "5 of the 15".
_OF_A_FIGURE = regex(
    r"[\s\w-]{0,20}?\s+of\s+(?:its|their|his|her|the|a|an|this|that)\s+(?:[$€£¥]\s*)?",
    re.IGNORECASE,
)


def _figures(sentence: AnalyzedSentence) -> list[Quantity]:
    """Every figure of the sentence, of all its clauses."""
    return [q for clause in sentence.assertions for q in clause.quantities]


def _another_group(
    claim: Assertion, claim_q: Quantity, text: str, source_q: Quantity, figures: list[Quantity]
) -> bool:
    """The source's figure counts another group than the one its sentence set beside it, or a
    part of another of its figures: "The other five ... will stay" denies no "Twenty ... remain",
    nor "paid the first 5 million velts of its 15 million velt contribution" a 48 million cost.
    Said so of the claim's figure too, they compare."""
    before = claim.text[: claim_q.start - claim.start]
    claimed_parts = parts_and_wholes(claim.text, claim.quantities, _OF_A_FIGURE, claim.start)
    ours = bool(_ANOTHER_BEFORE.search(before)) or any(p is claim_q for p, _ in claimed_parts)
    theirs = bool(_ANOTHER_BEFORE.search(text[: source_q.start])) or any(
        p is source_q for p, _ in parts_and_wholes(text, figures, _OF_A_FIGURE)
    )
    return theirs and not ours


# "400,000 of SED's customers": a figure said as a part of a whole.
_PART_OF_A_WHOLE = regex(r"^\s+of\s+(?:the|its|their|our|his|her|[A-Z][\w'’]*['’]s?)\b")
# What joins a part to the whole after it: "392,000 of our 1.38 million", "310,000 of the
# district's 1.2 million".
_OF_A_WHOLE = regex(
    r"\s+of\s+(?:the|its|their|our|his|her|[A-Z][\w'’]*['’]s?)(?:\s+[\w'’-]+){0,2}\s+"
)


# What says a figure counts a whole: "all 18 satellites", "all of the 40 staff".
_ALL_OF = regex(r"\b(?:all|all\s+of\s+the|the\s+entire|the\s+whole)\s+$", re.IGNORECASE)


def _a_fraction_of_a_change(text: str, quantity: Quantity, start: int) -> bool:
    """The percentage at `start` of `text` is a fraction after "by": "cut the risk by a third"."""
    words = not any(character.isdigit() for character in quantity.text)
    return words and changed_by(text, start)


def _percent_role(text: str, quantity: Quantity, offset: int) -> str | None:
    """What a percentage says (`changes.percent_role`), a fraction after "by" a change; the
    figure's offsets are `offset` past the text's start."""
    start, end = quantity.start - offset, quantity.end - offset
    if _a_fraction_of_a_change(text, quantity, start):
        return "change"
    return percent_role(text, start, end)


_OF_THOSE = regex(r"\s+of\s+(?:those|these)\s+[a-z]", re.IGNORECASE)


def _whole_of_a_share(claim: Assertion, claim_q: Quantity) -> bool:
    """The claim gives `claim_q` as the whole of another of its figures: "a third of the 12.4
    million", "40 per cent of the 61 papers"."""
    pairs = parts_and_wholes(claim.text, claim.quantities, _OF_A_WHOLE, offset=claim.start)
    return any(whole.start == claim_q.start for _, whole in pairs)


def _a_part(text: str, end: int) -> bool:
    """The figure ending at `end` is said as a part of a whole: "400,000 of SED's customers"."""
    return _PART_OF_A_WHOLE.match(text[end:]) is not None


# A relative clause of another doing before a figure: ", under which ownership of 141 of the
# 146 objects" (", which ran ten minutes shorter" tells of the thing before it, and so may count
# what the claim does).
_RELATIVE_OPENER = regex(
    r"\b(?:under|in|by|through|after|before|during|with)\s+(?:which|whom)\b", re.IGNORECASE
)
_NO_DOING = frozenset("is are was were be been has have had".split())


def _of_another_doing(claim: Assertion, text: str, source_q: Quantity) -> bool:
    """The source's figure is in a relative clause that does not say the claim's verb: in
    "the first under the agreement, under which ownership of 141 of the 146 objects passed",
    146 counts no objects "returned" at the handover."""
    verb = (claim.action or "").lower().split()[-1:]
    if not verb or verb[0] in _NO_DOING or source_q.kind != "count":
        return False  # a measure there describes a thing ("after a six-year war"), not a doing
    openers = list(_RELATIVE_OPENER.finditer(text, 0, source_q.start))
    if not openers or re.search(r"[,;:]", text[openers[-1].end() : source_q.start]):
        return False
    comma = text.find(",", source_q.end)
    relative = text[openers[-1].start() : comma if comma >= 0 else len(text)]
    return not set(terms(verb[0])) <= set(terms(relative))


def _counts_another_place(
    claim: Assertion, source: FigureFrame, sentence: AnalyzedSentence
) -> bool:
    """The sentence gives figures for several places, the claim names one of them, and this
    figure's own words put it in another: "12 cases in Quist and none in Pell" gives no
    figure for Pell's cases."""
    if not source.places:
        return False
    placed = {p.canonical: p.text for a in sentence.assertions for p in a.places}
    # The claim may name a place as its subject ("Pell reported ..."), where no entity is read.
    claim_words = set(terms(claim.text))
    named = {e.canonical for e in claim.entities} | {p.canonical for p in claim.places}
    named |= {name for name, text in placed.items() if set(terms(text)) <= claim_words}
    return bool(named & placed.keys()) and not source.places & named


def _inside_where_claimed_outside(claim: FigureFrame, source: FigureFrame) -> bool:
    """The claim's figure is outside a place that the source's is in: "$55.7 million in
    Canada" is no figure for "outside Canada"."""
    return bool((claim.outside & source.places) - source.outside)


# Words that make a count an increase on another: "67 new cases", "40 additional staff".
_INCREMENT_STEMS = frozenset(stem(w) for w in ("new", "additional", "further", "extra", "fresh"))
# The words a vague figure's own stretch must share with the claim's to count as named.
_TELLING_WORDS = 3


def _told_apart(level: int, claim: FigureFrame, source: FigureFrame) -> int:
    """A vague figure ("61 of them") whose own words say what the claim's says ("spoke during
    public comment") counts as one whose noun was named."""
    return 2 if level == 1 and len(claim.terms & source.terms) >= _TELLING_WORDS else level


def _parts_of(claim_q: Quantity, figures: list[Quantity]) -> bool:
    """Two or more figures of the claim's kind that add up to its exact figure (a bound is
    denied by a total at it: "62 goals ..., including eight" is no "over 70")."""
    if claim_q.qualifier != "exact":
        return False
    parts = [q.value for q in figures if q.kind == claim_q.kind and q.unit == claim_q.unit]
    return len(parts) > 1 and math.isclose(sum(parts), claim_q.value, rel_tol=1e-6)


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
    claim_side: FigureFrame,
    source_side: dict[int, FigureFrame],
    clause: Assertion,
) -> list[tuple[int, Quantity]]:
    """Comparable source numbers, narrowed to those that count what the claim's does best: the
    same noun, nothing more in it ("18 feet" counts feet better than "61,000 acre-feet"), in
    the clause that says what the claim says, with the most of the claim's words around it."""
    in_clause = {q.start for q in clause.quantities}

    def fit(candidate: tuple[int, Quantity]) -> tuple[int, int, bool, int]:
        level, quantity = candidate
        own = source_side[quantity.start].terms
        shared = len(claim_side.terms & own) + len(claim_side.names & own)
        return level, -len(quantity.noun), quantity.start in in_clause, shared

    best = max(map(fit, leveled), default=None)
    return [candidate for candidate in leveled if fit(candidate) == best]


def counted_by_name(
    quantity: Quantity, slot: SlotComparison, claim: Assertion, said: str
) -> SlotComparison:
    """ "Two directors, Ines Okafor and Mara Quist, voted no": a count of people named right
    after it is the count of those names, confirmed by a sentence (`said`) naming them all."""
    if slot.match == SlotMatch.SUPPORTS or quantity.kind != "count":
        return slot
    offset = quantity.end - claim.start
    listed = _LISTED_NAMES.match(claim.text[offset:])
    if listed is None:
        return slot
    start, end = offset + listed.start("names"), offset + listed.end("names")
    names = [e.text for e in claim.entities if start <= e.start - claim.start < end]
    words = set(terms(said))
    if len(names) != quantity.value or not all(set(terms(n)) <= words for n in names):
        return slot
    return SlotComparison(SlotMatch.SUPPORTS, slot.claim, f"named: {' and '.join(names)}")


# A count's noun, then the names it counts between commas: " directors, Ines Okafor and Mara
# Quist,".
_LISTED_NAMES = regex(r"\s+[a-z][\w-]*,\s+(?P<names>[^,]+(?:,\s+[^,]+)*?\s+and\s+[^,]+),")


def _unit_symbol_after(quantity: Quantity, claim: Assertion) -> bool:
    """The number is followed at once by a unit's symbol ("0.3°C", "5km"): a measure, whatever
    noun is read around it ("a warming of 0.3°C")."""
    after = claim.text[quantity.end - claim.start :][:1]
    return bool(after) and not after.isspace() and after not in _AFTER_A_COUNT


def _rate_base(text: str, start: int) -> bool:
    """Whether the number starting at `start` is the base of a rate: "for every 1,000"."""
    return bool(_RATE_BASE.search(text[:start]))


_SPREAD = regex(
    r"^\s*(?:over|across)\s+(?:the\s+)?(?:next\s+|following\s+|past\s+|last\s+)?"
    r"(?P<count>\w+)\s+(?P<unit>year|month|week|day)s?\b",
    re.IGNORECASE,
)


def _spread_over(after: str) -> tuple[float, str] | None:
    """The period a figure is a total over, from the words after it: "over two years" →
    (2, year); None when they name none."""
    match = _SPREAD.match(after)
    if match is None:
        return None
    count = match["count"].lower()
    value = SMALL_NUMBERS.get(count) if not count.isdigit() else int(count)
    return (float(value), match["unit"].lower()) if value is not None else None


# What may follow a count at once: punctuation, a closing bracket or quote.
_AFTER_A_COUNT = frozenset(",.;:!?)]'\"’”-–")
_RATE_BASE = regex(r"\b(?:every|per|each)\s+$", re.IGNORECASE)
# The noun level (`_noun_level`) of a figure counting a noun the claim's counts.
_SAME_NOUN = 3


def _a_margin(before: str) -> bool:
    """The number after `before` is by how much one side beat another: "her lead of", "a
    majority of", "margin ... stood at", "won by"."""
    return bool(_MARGIN.search(before[-_MARGIN_REACH:]))


# A margin named before its number, or a win or a defeat by it.
_MARGIN = regex(
    r"\b(?:margin|lead|difference)\s+(?:of|over)\b(?:\s+[\w'’-]+){0,6}[\s:]*$"
    r"|\bmajority\b[^.;]*\bover\b[^.;]*$"
    r"|\b(?:won|win|wins|lost|lose|beat|defeated|led|leads|trailed)\b[^.;]*\bby\s+$",
    re.IGNORECASE,
)
_MARGIN_REACH = 60


# A figure that says how many went to a named place: "34 to Cardenby General, 19 to Ulvasted
# University Hospital".
_TO_A_PLACE = regex(r"\s+to\s+(?:the\s+)?[A-Z]")


def _sent_to_a_place(text: str, quantity: Quantity) -> bool:
    """The figure counts what went to a place the words after it name, so a noun said before
    it ("taken to hospital: 34 to ...") is where they went, not what it counts."""
    return _TO_A_PLACE.match(text, quantity.end) is not None


def _noun_level(claim_q: Quantity, source_q: Quantity, before: tuple[str, str]) -> int:
    """3 or more: same noun (a word more for each word shared); 2: noun left out on one side
    but named before the number there; 1: vague; 0: other. `before` is the claim's text and
    the source sentence's before their numbers."""
    if claim_q.kind == "rank" and not _same_series(claim_q, source_q):
        return 0
    if claim_q.kind != "count":
        return 3 if claim_q.unit == source_q.unit and not _another_scale(claim_q, source_q) else 0
    if claim_q.nationality and source_q.nationality and claim_q.nationality != source_q.nationality:
        return 0
    if bool(_INCREMENT_STEMS & set(claim_q.noun)) != bool(_INCREMENT_STEMS & set(source_q.noun)):
        return 0  # "67 new cases" are not the 255 cases in all ("22 new" are "22 additional")
    if difference_of(claim_q) != difference_of(source_q):
        return 0  # "4.3 fewer days" is neither "8.2 days" nor "4.3 more days"
    if _a_margin(before[0]) != _a_margin(before[1]):
        return 0  # "a winning margin of 4,573 votes" is not the winner's 48,312 votes
    if _another_scale(claim_q, source_q):
        return 0
    shared = noun_overlap(claim_q, source_q)
    if shared:
        return 2 + shared  # "106 present members" counts them better than "45 members"
    claim_before, source_before = before
    if people_and_a_kind(claim_q, source_q):
        return 2  # "131,700 people" and "118,400 residents" of the same place
    if has_specific_noun(source_q):
        # "the population is over 20,000" counts what "a population of 18,400" does: both
        # name it before the number ("six bridges" does not count what "bridges ... 1981" does)
        named = _named_in(source_q, claim_before) and _named_in(source_q, source_before)
        return 2 if named and not has_specific_noun(claim_q) else 0
    if has_specific_noun(claim_q) and _named_in(claim_q, source_before):
        return 2
    return 1


def _same_series(claim_q: Quantity, source_q: Quantity) -> bool:
    """Two ranks may be places in the same series: "the first week" is not "6th" (in a chart),
    nor "Week 14" "the 59th lap"; but "their 90th appearance" may be "the 90th season"."""
    ours, theirs = set(claim_q.noun), set(source_q.noun)
    if not (ours | theirs) & SERIES_STEMS:
        return True
    if ours & SERIES_STEMS and theirs & SERIES_STEMS:
        return bool(ours & theirs)
    return bool(ours and theirs)


# Sums or counts this many times apart are of different things (a fare and a fleet's price;
# a toll of 2.80 drevans and a tunnel's 930 million drevans, where the currency is one no list
# knows), unless one is the other's digits at another scale ("$46.8 billion" for "$46.8
# million").
_SCALE_APART = 1000.0
_SCALES = (1e3, 1e6, 1e9)
_SLIP = 0.05  # how close the digits of a scale slip are, rounding allowed ("$44" for $44.5m)
# Counts are rounded more loosely ("over 1.4 copies" for 1,490,000 copies).
_COUNT_SLIP = 0.25


def _another_scale(claim_q: Quantity, source_q: Quantity) -> bool:
    """Two sums of money, or counts, orders of magnitude apart measure different things:
    "$2.25" (a fare) is no figure for "$46.8 million" (a fleet), where "$46.8 billion" would
    be."""
    if claim_q.kind not in ("money", "count") or not claim_q.value or not source_q.value:
        return False
    low, high = sorted((abs(claim_q.value), abs(source_q.value)))
    if high < low * _SCALE_APART:
        return False
    slip = _SLIP if claim_q.kind == "money" else _COUNT_SLIP
    return not any(math.isclose(low * scale, high, rel_tol=slip) for scale in _SCALES)


def _named_in(quantity: Quantity, text: str) -> bool:
    """Whether the text names what the number counts (a word of its noun beyond "people")."""
    return bool((set(quantity.noun) - GENERIC_STEMS) & set(terms(text)))


# How many words after a number may name what it counts ("60 of her team members").
_NOUN_REACH = 8


def describe_quantity(quantity: Quantity, text: str, offset: int = 0) -> str:
    """A number as the text gave it, with its qualifiers and what it counts in the text's own
    words: "11,800 acre-feet", "up to 60 of her team members". `offset` is where `text` starts
    in the analysed text."""
    start, end = qualified_start(text, quantity.start - offset), quantity.end - offset
    if quantity.kind == "rank" and quantity.qualifier != "exact":
        start = bound_start(text, start)  # "before the 59th lap"
    wanted = set(quantity.noun)
    if wanted <= set(terms(text[start:end])):
        return text[start:end]  # "Week 14" says what it ranks
    for token in tokenize(text[end:])[:_NOUN_REACH] if wanted else []:
        if wanted <= set(terms(text[start : end + token.end])):
            return text[start : end + token.end]
    return text[start:end]


def match_time(claim_t: TimeExpression, claim: Assertion, clause: Assertion) -> SlotComparison:
    results = _dates_of(claim_t, [clause], time_words(claim_t, claim))
    if not _COMPARING.search(_before_in(claim, claim_t)):
        # "60 percent contained on Friday, up from 15 percent last Sunday": the date after
        # "up from" is the earlier figure's, and dates the claim's figure only in a claim that
        # compares as well.
        results = [
            r
            for r in results
            if r[0] != SlotMatch.SUPPORTS or not _COMPARED.search(_before_in(clause, r[1]))
        ]
    if not any(status == SlotMatch.SUPPORTS for status, _, _ in results):
        # "a turnout of 42.3 percent, compared with 38.9 percent at the election of 4 May
        # 2034": a date after "compared with" is the compared figure's, and denies no other.
        results = [r for r in results if not _COMPARED.search(_before_in(clause, r[1]))]
    # "By September" is met by "in July" too, but a date at that point is the one to show.
    results.sort(key=lambda found: compare_times(*as_at(claim_t, found[1])) != found[0])
    for status, time, _ in results:
        if status == SlotMatch.SUPPORTS:
            return SlotComparison(SlotMatch.SUPPORTS, describe_time(claim_t), describe_time(time))
    if results and all(status == SlotMatch.CONTRADICTS for status, _, _ in results):
        return SlotComparison(
            SlotMatch.CONTRADICTS, describe_time(claim_t), describe_time(results[0][1])
        )
    return SlotComparison(
        SlotMatch.NEUTRAL, describe_time(claim_t), describe_time(results[0][1]) if results else ""
    )


def _before_in(clause: Assertion, time: TimeExpression) -> str:
    """The clause's words before one of its dates, less the day of the week that opens it
    ("up from 15 percent on Sunday, Aug. 14")."""
    return _OPENING_WEEKDAY.sub("", clause.text[: max(0, time.start - clause.start)])


_OPENING_WEEKDAY = regex(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s*$", re.IGNORECASE
)


# What introduces a figure or a date compared with the clause's own.
_COMPARED = regex(
    r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|versus|against)\b[^,;]*$", re.IGNORECASE
)


# What introduces, in a claim, a figure or date compared with another: "fell to 71 gallons
# from 86 gallons a year earlier" as well.
_COMPARING = regex(r"\b(?:compared\s+(?:with|to)|from|versus|against)\b[^,;]*$", re.IGNORECASE)


def _dates_of(
    claim_t: TimeExpression, clauses: Sequence[Assertion], wanted: frozenset[str]
) -> list[tuple[SlotMatch, TimeExpression, Assertion]]:
    """The clauses' dates comparable with the claim's, each with how it compares and its clause.

    Of dates that disagree about the claim's, only those whose own words say most of what the
    claim's date's words (`wanted`) say: "born after 1970" is dated by "( born 1961 )", not by
    "Salt Roads ( 2012 )"."""
    found: list[tuple[SlotMatch, TimeExpression, Assertion]] = [
        (status, time, clause)
        for clause in clauses
        for time in clause.times
        if (status := compare_times(claim_t, time)) != SlotMatch.INCOMPARABLE
    ]
    if len({status for status, _, _ in found}) < 2:
        return found
    shared = [len(wanted & time_words(time, clause)) for _, time, clause in found]
    return [f for f, count in zip(found, shared, strict=True) if count == max(shared)]


def describe_time(time: TimeExpression) -> str:
    """A date as written, with the year it was resolved to when the text leaves it out, and
    the relation the text put before it ("before 1988": the date alone would read "gives 1988,
    not 1988")."""
    said = time.text
    if said.isdigit() and time.month is not None:  # the first day of "15 and 20 May"
        said = f"{said} {date(2000, time.month, 1):%B}"
    if time.relation != "at" and time.relation not in said.lower().split():
        said = f"{time.relation} {said}"
    if time.year is not None and time.end_year is not None and str(time.year) not in time.text:
        return f"{said} ({time.year}-{time.end_year})"  # "16th century (1500-1599)"
    if time.year is not None and str(time.year) not in time.text:
        return f"{said} ({time.year})"
    return said


@dataclass(frozen=True)
class DateFound:
    """A date matching the claim's, and the sentence (the evidence or a neighbour) it is in."""

    sentence: AnalyzedSentence
    date: str  # as written in explanations


def another_month(claim_t: TimeExpression, clause: Assertion) -> bool:
    """The clause dates its event by month, and by none the claim names (its year may be
    unknown): a date nearby is not this event's."""
    if claim_t.month is None or claim_t.relation != "at":
        return False
    months = [t.month for t in clause.times if t.month is not None and t.relation == "at"]
    return bool(months) and claim_t.month not in months


def time_in_neighbours(
    claim_t: TimeExpression, claim: Assertion, evidence: EvidenceSentence
) -> DateFound | None:
    """A supporting date elsewhere in the sentence or in a neighbouring sentence, its dates
    chosen as a clause's are (`_dates_of`): "Ada Voss (born 2 May 1953) ... known for Salt
    Roads (2014)" does not date a birth "after 1970" by 2014."""
    wanted = time_words(claim_t, claim)
    for candidate in (evidence.sentence, *evidence.neighbours):
        dating = candidate.assertions
        if candidate is evidence.sentence:
            # "a net profit of $31.8 million (2030: $36.1 million)": another clause of the
            # sentence with another figure of the claim's kind is dated for that figure.
            dating = tuple(a for a in dating if not _figures_otherwise(claim, a))
        else:
            # "would not close by the end of January" lends its month to no deed beside it.
            dating = tuple(a for a in dating if not denied_plan_dates(claim, a))
        found = _dates_of(claim_t, dating, wanted)
        statuses = {status for status, _, _ in found}
        if candidate is evidence.sentence and statuses and SlotMatch.SUPPORTS not in statuses:
            # The sentence dates it otherwise, or with a date the claim's does not settle
            # ("cleared on 28 May" for "by mid-May", years unknown): a neighbour's date may be
            # of another event.
            return None
        for status, time, _ in found:
            if status == SlotMatch.SUPPORTS:
                return DateFound(candidate, describe_time(time))
    return None


def _figures_otherwise(claim: Assertion, clause: Assertion) -> bool:
    """The clause gives a figure of a kind the claim has that is none of the claim's."""
    kinds = {ours.kind for ours in claim.quantities}
    return any(
        all(compare_quantities(ours, theirs) != SlotMatch.SUPPORTS for ours in claim.quantities)
        for theirs in clause.quantities
        if theirs.kind in kinds
    )


def time_in_title(
    claim_t: TimeExpression, claim: Assertion, evidence: EvidenceSentence
) -> str | None:
    """A date of the source's title matching the claim's, as written, when the sentence gives
    none of its own to compare: a page titled "2018 Harbor Lions season" dates what it says
    of "Weeks 5-17". A sentence with a date of its own is dated by it, not by the title."""
    title = evidence.source.title
    if not title or _dates_of(claim_t, evidence.sentence.assertions, time_words(claim_t, claim)):
        return None
    for time in _title_times(title):
        if compare_times(claim_t, time) == SlotMatch.SUPPORTS:
            return f"{describe_time(time)} (the source's title)"
    return None


def said_when_published(
    claim_t: TimeExpression, claim: Assertion, clause: Assertion, evidence: EvidenceSentence
) -> str | None:
    """The source's date of publication, matching the claim's, for what a news report says
    someone said and dates no other way: "In October 2034 Thollesby told analysts ..." is
    dated by "..., she said" in a report published on 25 October 2034. Only a saying on both
    sides, and only a month or a year: the day of a saying may be the day before."""
    published = parse_iso_date(evidence.source.published)
    if published is None or claim_t.granularity not in ("month", "year") or clause.times:
        return None
    if not (_says(claim) and _says(clause)):
        return None
    month = TimeExpression(
        text="", start=0, end=0, granularity="month", year=published.year, month=published.month
    )
    if compare_times(claim_t, month) != SlotMatch.SUPPORTS:
        return None
    return f"{published:%B %Y} (when the source was published)"


def _says(assertion: Assertion) -> bool:
    return any(word in SPEECH_VERBS for word in re.findall(r"[a-z]+", assertion.text.lower()))


@lru_cache(maxsize=1024)
def _title_times(title: str) -> tuple[TimeExpression, ...]:
    return tuple(extract_times(title))
