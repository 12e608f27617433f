"""Dates and periods at their own granularity, resolved against the publication date if known."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from factcheck.extract.lexicon import IRREGULAR_PAST, STOPWORDS
from factcheck.extract.numbers import SMALL_NUMBERS
from factcheck.extract.patterns import regex
from factcheck.models import Granularity, TimeExpression

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?"
    r"|Dec\.?)"
)
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# Things dated by a year written before them: "the 2016 population", "a 2014 estimated
# population", "the 2020 election" (elsewhere a year before a word may be a count: "2000 people").
_DATED_NOUN = (
    r"(?:(?:estimated|official|general|regular)\s+)?(?:population|census|estimates?|elections?"
    r"|season|budget|report|survey|edition|championships?|tournament|campaign|figures|data"
    r"|revenues?|sales|profits?|results|earnings|forecasts?|outlook|guidance|fiscal)"
)
# Events and works a year names, with up to two words between: "the 2020 coronavirus pandemic",
# "the 2006 Italian football scandal", "a 1997 American film" (a count would count them in the
# plural: "2000 films").
_DATED_EVENT = (
    r"(?:[A-Za-z][a-z-]*\s+){0,2}(?:pandemic|epidemic|outbreak|scandal|crisis|war|film|movie"
    r"|album|novel|festival|olympics|earthquake|hurricane|revolution|coup|referendum|summit)"
)
_SAME_YEAR = regex(r"^\s*(?:of\s+)?(?:the\s+same\s+year|that\s+year)", re.IGNORECASE)
_YEAR_BEFORE = regex(r"^\s*of\s+(?:last\s+year|the\s+(?:previous|prior)\s+year)", re.IGNORECASE)
_TIME_PREPOSITION = (
    r"(?i:\b(?:in|since|by|until|till|from|during|before|after|of|early|late|mid|last|next|this"
    r"|as\s+of|through|throughout)[\s-]+)"
)

# After a year, verbs that make it the subject ("2023 was wet"), where a lower-case word after
# a number is otherwise what it counts ("2000 people").
_VERB_AFTER_A_YEAR = r"(?:was|were|is|saw|marked|brought)"
# A number bounded so is a count ("more than 1905 COVID-19 cases"), not a year ("earlier than
# 1905"); so is a number a count reaches ("the confirmed cases reached 1661").
_NOT_A_BOUND = (
    r"(?<!ore than )(?<!ess than )(?<!ewer than )"  # "More", "less", "Fewer" ...
    r"(?<!reached )(?<!totaled )(?<!totalled )(?<!numbered )(?<!rose to )(?<!fell to )"
    r"(?<!climbed to )(?<!increased to )(?<!stood at )"
)

# Most specific first: a later pattern never claims text an earlier one took. Each names what
# it cannot match without (see `_HINTS`): most sentences have no date, and so skip most patterns.
PATTERNS: tuple[tuple[Granularity, re.Pattern[str], frozenset[str]], ...] = (
    (
        "day",
        regex(rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*{_YEAR})?(?!\d)"),
        frozenset({"month", "digit"}),
    ),
    (
        "day",
        regex(rf"\b{_MONTH}\s+{_DAY}(?:\s*,\s*|\s+)?(?:{_YEAR})?(?![\d:])"),
        frozenset({"month", "digit"}),
    ),
    # The first day of a span within one month ("between 15 and 20 May", "15-20 May 2071",
    # "from 3 to 7 March"): a day of the month named after the last, not a figure "15 and 20".
    (
        "day",
        regex(
            rf"\b{_DAY}(?=\s*(?:to|until|till|through|and|[-–—])\s*[0-3]?\d(?:st|nd|rd|th)?"
            rf"\s+(?:of\s+)?{_MONTH})"
        ),
        frozenset({"month", "digit"}),
    ),
    (
        "month",
        regex(
            rf"\b(?:early|mid|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)[\s-]+"
            rf"{_MONTH}(?:,?\s+{_YEAR})?\b"
        ),
        frozenset({"month"}),
    ),
    ("month", regex(rf"\b{_MONTH},?\s+{_YEAR}\b"), frozenset({"month", "year"})),
    (
        "year_range",
        regex(r"\b(?P<year>1[5-9]\d\d|20\d\d)\s*[-–—/]\s*(?P<end>1[5-9]\d\d|20\d\d|\d\d)\b"),
        frozenset({"year"}),
    ),
    (
        "year_range",
        regex(
            r"(?i:\b(?:between|from)\s+)(?P<year>1[5-9]\d\d|20\d\d)"
            r"(?i:\s+(?:and|to|until|till|through)\s+)(?P<end>1[5-9]\d\d|20\d\d)\b"
        ),
        frozenset({"year"}),
    ),
    (
        "decade",
        regex(r"\b(?:the\s+)?(?P<year>1[5-9]\d0|20\d0)['’]?s\b"),
        frozenset({"year"}),
    ),
    ("month", regex(rf"{_TIME_PREPOSITION}{_MONTH}\b(?!\s*\d)"), frozenset({"month"})),
    (
        "year",
        regex(rf"{_TIME_PREPOSITION}(?:the\s+)?{_YEAR}\b(?![.,]\d)"),
        frozenset({"year"}),
    ),
    (
        "year",
        regex(rf"{_NOT_A_BOUND}\b{_YEAR}\b(?![.,]\d)(?!\s+(?!{_VERB_AFTER_A_YEAR}\b)[a-z])"),
        frozenset({"year"}),
    ),
    (
        "year",
        regex(rf"(?i:\b(?:fiscal|water|school|financial)\s+year\s+){_YEAR}\b"),
        frozenset({"year"}),
    ),
    # "4 percent for 2041 and 3 percent for 2042", "the budget for 2041.": the year a figure
    # is for (not "for 2041 people").
    (
        "year",
        regex(
            rf"(?i:\bfor\s+){_YEAR}\b(?![.,]\d)"
            r"(?=\s*(?:[,;:.)]|$|(?i:and|or|but|in|on|at|with|under)\b))"
        ),
        frozenset({"year"}),
    ),
    ("year", regex(rf"\b{_YEAR}(?=\s+{_DATED_NOUN}\b)"), frozenset({"year"})),
    ("year", regex(rf"\b{_YEAR}(?=\s+{_DATED_EVENT}\b)"), frozenset({"year"})),
)
# Necessary parts of a date, each found in one quick search of the text: the start of a month
# name as `_MONTH` spells it, a year as `_YEAR` does, any digit (a day), and a relative unit.
_HINTS = {
    "month": regex(r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec"),
    "year": regex(r"1[5-9]\d\d|20\d\d"),
    "digit": regex(r"\d"),
    "unit": regex(r"(?i)[MY](?:ONTH|EAR)"),  # "month" or "year" as `_RELATIVE` has them
}
_RELATION = regex(
    r"\b(before|prior to|after|since|from|by|until|till|up to)\s+(?:the\s+)?(?:early\s+|late\s+)?$",
    re.IGNORECASE,
)
_RELATIONS = {
    "before": "before",
    "prior to": "before",
    "after": "after",
    "since": "since",
    "from": "since",
    "by": "by",
    "until": "by",
    "till": "by",
    "up to": "by",
}
_YEAR_PART = regex(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)\b|\b[QH][1-4]\b",
    re.IGNORECASE,
)
_RELATIVE = regex(r"\b(?P<which>last|this|next)\s+(?P<unit>month|year)\b", re.IGNORECASE)
# "a year earlier", "the year before", "ten years later", "the following month": a time
# counted from the sentence's own date, not a duration. "Before" and "after" count only at the
# end of a phrase: "a year after the war" counts from the war.
_AT_PHRASE_END = r"(?=\s*[,.;:)]|\s*$)"
_STEP = regex(
    r"\b(?:(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"\s+(?P<unit>year|month)s?\s+"
    rf"(?P<direction>earlier|previously|later|(?:before|after){_AT_PHRASE_END})"
    rf"|the\s+(?P<unit_of>year|month)\s+(?P<direction_of>before|after){_AT_PHRASE_END}"
    r"|the\s+(?P<order>previous|prior|preceding|following)\s+(?P<unit_ordered>year|month))\b",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, "an": 1, **{word: SMALL_NUMBERS[word] for word in SMALL_NUMBERS}}
_BACKWARD = frozenset({"earlier", "previously", "before", "previous", "prior", "preceding"})
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = regex(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# The capitalised word before a weekday that makes it part of a name: "Good Friday".
_NAME_BEFORE = regex(r"\b([A-Z][\w’'-]*)\s+$")
_NOT_NAME_WORDS = frozenset({"last", "next", "early", "late"})  # "Last Friday" opening a sentence
# Words before a weekday that put it after the publication date: "will vote on Friday".
_FUTURE = regex(r"\b(?:will|shall|next|scheduled|due|planned|plans|expected)\b", re.I)
_LAST = regex(r"\blast\s+$", re.IGNORECASE)


def extract_times(
    text: str,
    *,
    published: date | None = None,
    context_year: int | None = None,
    paragraph_year: int | None = None,
) -> list[TimeExpression]:
    """Every date or period in the text, in order of position.

    A date with no year takes the year of "the same year" (`context_year`) when the text says
    so, else the year written last before it in the text or its paragraph (`paragraph_year`),
    else the publication year when known; otherwise its year stays unknown.
    """
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    present = {name for name, hint in _HINTS.items() if hint.search(text)}
    for granularity, pattern, needs in PATTERNS:
        if not needs <= present:
            continue
        for match in pattern.finditer(text):
            span = _span(match, granularity)
            if any(start < span[1] and span[0] < end for start, end in taken):
                continue
            expression = _expression(text, match, span, granularity, published, context_year)
            if expression is not None:
                found.append(expression)
                taken.append(span)
    if "centur" in text.lower():
        found.extend(_centuries(text, taken))
    found = _years_from_before(text, found, published, paragraph_year)
    if "unit" in present:
        found.extend(_relative(text, taken, published))
        found.extend(_steps(text, sorted(found, key=lambda t: t.start), context_year))
    if published is not None:
        found.extend(_weekdays(text, taken, published))
    related = (_with_relation(text, t) for t in found)
    return _years_of_spans(text, [_since_is_past(t, published) for t in related])


# "the 16th century", "the 1st century": a hundred years, numbered from the first.
_CENTURY = regex(r"\b(?P<number>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b", re.I)


def _centuries(text: str, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """The centuries the text names, as the years they span ("the 16th century": 1500-1599,
    as it is commonly counted)."""
    found = []
    for match in _CENTURY.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        first = (int(match.group("number")) - 1) * 100
        found.append(
            TimeExpression(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                granularity="year_range",
                year=first,
                end_year=first + 99,
            )
        )
    return found


# Between the two days of a span: "from April 7 to August 29, 2025", "7–29 August 2025".
_SPAN_BETWEEN = regex(r"\s*(?:to|until|till|through|and|[-–—])\s*", re.IGNORECASE)


def _years_of_spans(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """ "from April 7 to August 29, 2025": the first day of a span takes the year written
    after its last (the year before, when its month comes later in the year)."""
    ordered = sorted(found, key=lambda t: t.start)
    spanned = list(ordered)  # in order of position, as `extract_times` gives them
    for k, (first, last) in enumerate(pairwise(ordered)):
        if first.granularity != "day" or last.granularity != "day" or last.year is None:
            continue
        if str(first.year) in first.text or str(last.year) not in last.text:
            continue  # the first day says its own year, or the last says none
        if _joiner(text, first, last) is None:
            continue
        later = (first.month or 0) > (last.month or 0)
        spanned[k] = first.model_copy(update={"year": last.year - 1 if later else last.year})
    return spanned


def one_span(text: str, first: TimeExpression, last: TimeExpression, offset: int = 0) -> bool:
    """The two days or months of `text` (which starts at `offset` of theirs) are the ends of
    one span: "between 15 and 20 May", "from April 7 to August 29", "May 2012 to October
    2019" (not "in 1998 and 2010", nor "on 3 and 5 March" without "between")."""
    if first.granularity not in ("day", "month") or last.granularity not in ("day", "month"):
        return False
    joiner = _joiner(text, first, last, offset)
    if joiner is None or joiner.strip().lower() != "and":
        return joiner is not None
    return _BETWEEN_BEFORE.search(text[: first.start - offset]) is not None


def _joiner(text: str, first: TimeExpression, last: TimeExpression, offset: int = 0) -> str | None:
    """What stands between two dates of `text` when it is a span's joiner ("to", "-", "and")."""
    between = text[first.end - offset : last.start - offset]
    joined = first.end <= last.start and _SPAN_BETWEEN.fullmatch(between) is not None
    return between if joined else None


_BETWEEN_BEFORE = regex(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


_FOR_A_YEAR = regex(r"\bfor\s+$", re.IGNORECASE)


def is_a_figures_year(text: str, time: TimeExpression) -> bool:
    """Whether the year is one a figure is for ("3 percent for 2042"), which dates no day
    written after it."""
    return time.granularity == "year" and bool(_FOR_A_YEAR.search(text, 0, time.start))


def _years_from_before(
    text: str, found: list[TimeExpression], published: date | None, paragraph_year: int | None
) -> list[TimeExpression]:
    """ "In August 2021 ..., in September": a date with no year of its own takes the year of
    the date written before it in the text (or in its paragraph's sentences before), rather
    than the publication's."""
    written = paragraph_year
    dated = []
    for time in sorted(found, key=lambda t: t.start):
        if time.year is not None and str(time.year) in time.text:
            # "3 percent for 2042 in the vote that closed on April 6": the year a figure is
            # for dates no day after it.
            if not is_a_figures_year(text, time):
                written = time.year
        elif (
            written is not None
            and time.month is not None
            and _year_left_open(text, time, published)
        ):
            # "held most of the objects since 1894 ... returned to the palace in May", in a
            # report of October 2046: a year long before the publication's may be history told
            # in passing, or the story's own time; the month's year is left unknown.
            far = published is not None and published.year - written > _HISTORY_YEARS
            time = time.model_copy(update={"year": None if far else written})
        elif published is not None and _done_before_publication(text, time, published):
            time = time.model_copy(update={"year": published.year - 1})
        dated.append(time)
    return dated


# How far back from "in August" the verb that dates it may be: "which OHRA turned down in".
_VERB_REACH = 8
_PAST_AUXILIARIES = frozenset({"was", "were", "had"})
# Words that put what follows them ahead: "agreed to sign the deal in December", "is expected
# in August".
_AHEAD = regex(r"^(?:to|will|shall|would|next|scheduled|due|planned|plans|expected|set)$")


def _done_before_publication(text: str, time: TimeExpression, published: date) -> bool:
    """A month of the publication's year after its month, with no year said, of a thing done:
    "which OHRA turned down in August" in a report of May 2046 is August 2045."""
    if time.granularity != "month" or time.month is None or time.year != published.year:
        return False
    if time.month <= published.month or str(time.year) in time.text:
        return False
    if _LAST_OR_NEXT.search(text[: time.start]):
        return False
    words = re.findall(r"[A-Za-z]+|[;:.!?]", text[: time.start])
    if not words or words[-1].lower() != "in":
        return False
    for word in reversed(words[-_VERB_REACH:-1]):
        folded = word.lower()
        if not folded.isalpha() or _AHEAD.match(folded):
            return False
        if folded in _PAST_AUXILIARIES or folded in IRREGULAR_PAST or folded.endswith("ed"):
            return True
    return False


_HISTORY_YEARS = 25


def _year_left_open(text: str, time: TimeExpression, published: date | None) -> bool:
    """The year was not said: unknown or the publication's, or "the same year" as before."""
    after = text[time.end :]
    if _SAME_YEAR.match(after):
        return True  # the same year as the date just written
    if _YEAR_BEFORE.match(after) or _LAST_OR_NEXT.search(text[: time.start]):
        return False
    return time.year is None or (published is not None and time.year == published.year)


def year_part_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a part of a year ("the third quarter", "third-quarter profit",
    "Q3", "the first half"): a time, never a figure, so "third" ranks nothing."""
    return [match.span() for match in _YEAR_PART.finditer(text)]


def relative_spans(text: str) -> list[tuple[int, int]]:
    """Where the text says "a year earlier" or "the year before": a time, never a figure, even
    where no date of the sentence tells which year it is."""
    if not _HINTS["unit"].search(text):
        return []
    return [match.span() for match in _STEP.finditer(text)]


def _since_is_past(time: TimeExpression, published: date | None) -> TimeExpression:
    """ "since October 1" in a July paper began the October before: a start is in the past."""
    if time.relation != "since" or published is None or time.year is None:
        return time
    if time.year != published.year or str(time.year) in time.text or time.month is None:
        return time
    if (time.month, time.day or 1) <= (published.month, published.day):
        return time
    return time.model_copy(update={"year": time.year - 1})


def _with_relation(text: str, time: TimeExpression) -> TimeExpression:
    """ "before 22 April", "since 1992", "by 2020", "until May": an open-ended period."""
    match = _RELATION.search(text[max(0, time.start - 20) : time.start])
    if match is None or _STEP.fullmatch(time.text):  # "up from a year earlier": a point
        return time
    word = match.group(1).lower()
    return time.model_copy(update={"relation": _RELATIONS[word]})


# Words that open a date which is all of its span: "mid-May", "the end of April", "between
# 1981 and 2004".
_WHOLE_SPAN_WORDS = (
    "early", "mid", "late", "the end", "end", "the start", "start", "the beginning",
    "beginning", "the middle", "middle", "between", "from",
)  # fmt: skip


def _span(match: re.Match[str], granularity: Granularity) -> tuple[int, int]:
    """The date itself, without a leading time preposition ("in 2003" → "2003")."""
    groups = [
        g
        for g in ("day", "month", "year", "end")
        if g in match.re.groupindex
        and match.group(g) is not None
        and match.end(g) <= match.end()  # not a month read ahead of the match
    ]
    start = min(match.start(g) for g in groups)
    end = max(match.end(g) for g in groups)
    if match.group().lower().startswith(_WHOLE_SPAN_WORDS):
        start = match.start()  # "between 1981 and 2004" is the period, not "1981 and 2004"
    if granularity == "decade":
        end = match.end()
    return start, end


# Quotation marks around a title, as texts write them: “1999”, "1999", '' 1999 '', `` 1999 ''.
_OPENS_QUOTE = regex(r"(?:[“\"‘]|''|``)\s*$")
_CLOSES_QUOTE = regex(r"^\s*(?:[”\"’]|'')")


def _quoted(text: str, span: tuple[int, int]) -> bool:
    """The year stands alone between quotation marks: a title, not a date."""
    before, after = text[max(0, span[0] - 4) : span[0]], text[span[1] : span[1] + 4]
    return bool(_OPENS_QUOTE.search(before) and _CLOSES_QUOTE.search(after))


def _expression(
    text: str,
    match: re.Match[str],
    span: tuple[int, int],
    granularity: Granularity,
    published: date | None,
    context_year: int | None,
) -> TimeExpression | None:
    groups = match.groupdict()
    month = MONTHS.get(groups["month"].rstrip(".").lower()) if groups.get("month") else None
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    if day is not None and not 1 <= day <= 31:
        return None
    end_year = _end_year(year, groups.get("end"))
    if granularity == "year_range" and (end_year is None or year is None or end_year <= year):
        return None
    if granularity == "day" and day is None:
        granularity = "month"
    if granularity == "year" and _quoted(text, span):
        return None  # a title: the song "1999", the novel "1984"
    if year is None and month is not None:
        year = _implied_year(text[span[1] :], published, context_year)
        if published is not None and granularity == "month":
            year = _year_of_last_or_next(text[: span[0]], month, published) or year
    return TimeExpression(
        text=text[span[0] : span[1]],
        start=span[0],
        end=span[1],
        granularity=granularity,
        year=year,
        month=month,
        day=day,
        end_year=end_year,
    )


def _end_year(year: int | None, end: str | None) -> int | None:
    if year is None or end is None:
        return None
    if len(end) == 2:
        return year // 100 * 100 + int(end)
    return int(end)


# "last June", "next March": the nearest such month before or after the day of publication.
_LAST_OR_NEXT = regex(r"(?<!\bthe\s)\b(?P<which>last|next)\s+$", re.IGNORECASE)


def _year_of_last_or_next(before: str, month: int, published: date) -> int | None:
    """The year of "last June" (the June before the day of publication: in May 2046 the one
    of 2045) or "next June"; None when the month is not said so."""
    said = _LAST_OR_NEXT.search(before)
    if said is None:
        return None
    if said.group("which").lower() == "last":
        return published.year if month < published.month else published.year - 1
    return published.year if month > published.month else published.year + 1


def _implied_year(after: str, published: date | None, context_year: int | None) -> int | None:
    if context_year is not None and _SAME_YEAR.match(after):
        return context_year
    if published is None:
        return None
    # "August of last year": the publication's year before.
    return published.year - 1 if _YEAR_BEFORE.match(after) else published.year


def _steps(
    text: str, found: list[TimeExpression], context_year: int | None
) -> list[TimeExpression]:
    """ "a year earlier", "ten years later": counted from the latest date said before it (else
    from the year the text before was about); left out when neither is known."""
    steps = []
    for match in _STEP.finditer(text):
        unit, months = _months(match)
        before = [t for t in found if t.end <= match.start() and t.year is not None]
        anchor = before[-1] if before else None
        if anchor is None and context_year is not None and unit == "year":
            anchor = TimeExpression(text="", start=0, end=0, granularity="year", year=context_year)
        step = _step(anchor, unit, months) if anchor is not None else None
        if step is not None:
            span = {"text": match.group(), "start": match.start(), "end": match.end()}
            steps.append(step.model_copy(update={**span, "relation": "at"}))
    return steps


def _months(match: re.Match[str]) -> tuple[str, int]:
    """The unit of a step ("year" or "month") and its length in months, negative backwards."""
    groups = match.groupdict()
    unit = (groups["unit"] or groups["unit_of"] or groups["unit_ordered"]).lower()
    direction = (groups["direction"] or groups["direction_of"] or groups["order"]).lower()
    count = groups["count"].lower() if groups["count"] else "1"
    size = int(count) if count.isdigit() else _COUNTS[count]
    size *= 12 if unit == "year" else 1
    return unit, -size if direction in _BACKWARD else size


def _step(anchor: TimeExpression, unit: str, months: int) -> TimeExpression | None:
    """The anchor's date so many months away, at its own granularity (a month at most for a
    step in months)."""
    if anchor.year is None or anchor.granularity in ("decade", "year_range"):
        return None
    if unit == "year":
        return anchor.model_copy(update={"year": anchor.year + months // 12, "end_year": None})
    if anchor.month is None:
        return None
    year, month = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
    return anchor.model_copy(
        update={"year": year, "month": month + 1, "day": None, "granularity": "month"}
    )


def _weekdays(text: str, taken: list[tuple[int, int]], published: date) -> list[TimeExpression]:
    """ "on Tuesday" in a paper of Wednesday 10 July is 9 July; "will meet on Friday", the
    Friday after. Only a known publication date says which week."""
    found = []
    for match in _WEEKDAY.finditer(text):
        # "Tuesday, July 9": the date itself follows.
        if any(start < match.end() + 4 and match.start() < end for start, end in taken):
            continue
        if _in_a_name(text[: match.start()]):
            continue
        wanted = WEEKDAYS.index(match.group("weekday").lower())
        offset = (wanted - published.weekday()) % 7
        before = text[: match.start()]
        if _FUTURE.search(before) and not _LAST.search(before):
            day = published + timedelta(days=offset)
        else:
            day = published - timedelta(days=(7 - offset) % 7)
        found.append(
            TimeExpression(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                granularity="day",
                year=day.year,
                month=day.month,
                day=day.day,
            )
        )
    return found


def _relative(
    text: str, taken: list[tuple[int, int]], published: date | None
) -> list[TimeExpression]:
    """ "last month", "this year": resolved only when the publication date is known."""
    found = []
    for match in _RELATIVE.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        shift = {"last": -1, "this": 0, "next": 1}[match.group("which").lower()]
        unit = match.group("unit").lower()
        year = month = None
        if published is not None and unit == "year":
            year = published.year + shift
        elif published is not None:
            index = published.year * 12 + published.month - 1 + shift
            year, month = divmod(index, 12)
            month += 1
        found.append(
            TimeExpression(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                granularity="year" if unit == "year" else "month",
                year=year,
                month=month,
            )
        )
    return found


def _in_a_name(before: str) -> bool:
    """ "Good Friday", "Super Tuesday": a capitalised word other than "On" or "Last" before it."""
    word = _NAME_BEFORE.search(before)
    if word is None:
        return False
    folded = word.group(1).lower()
    return folded not in STOPWORDS and folded not in _NOT_NAME_WORDS


def parse_iso_date(value: str | None) -> date | None:
    """A YYYY-MM-DD string as a date, or None when absent or malformed."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_DAYS = "|".join(WEEKDAYS)
# "Monday to Saturday", "Monday through to Friday", "Monday-Friday".
_WEEKDAY_RANGE = regex(
    rf"\b({_DAYS})s?\s*(?:-|\u2013|to|through(?:\s+to)?|thru|until|till)\s*({_DAYS})s?\b",
    re.IGNORECASE,
)


def weekday_ranges(text: str) -> frozenset[tuple[str, str]]:
    """The runs of days of the week the text gives, first and last day, in lower case."""
    return frozenset((first.lower(), last.lower()) for first, last in _WEEKDAY_RANGE.findall(text))
