"""Quantities: digits and number words with their scale, unit, qualifier and counted noun."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from factcheck.extract.changes import a_change_from, moved_up_to
from factcheck.extract.clock import clock_times
from factcheck.extract.lexicon import (
    COUNTRIES,
    DEMONYMS,
    GENERIC_NOUNS,
    POSTPOSITIVE_WORDS,
    STOPWORDS,
)
from factcheck.extract.patterns import regex
from factcheck.extract.ranks import PLACE_MEMBERS, LabelledRank, labelled_ranks, rank_bound
from factcheck.extract.scores import Score, scores
from factcheck.extract.tokens import (
    Token,
    fold,
    fold_phrases,
    is_ly_adverb,
    is_past_form,
    stem,
    tokenize,
)
from factcheck.models import Qualifier, Quantity, QuantityKind

SMALL_NUMBERS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS = {
    word: 10 * (i + 2)
    for i, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NUMBER_WORDS = {**SMALL_NUMBERS, **TENS, "hundred": 100, "dozen": 12, **SCALES}


# Qualifier phrases, longest first, matched against the words just before the number; one
# may stand before another ("up to around 100": see `_qualifier`).
_QUALIFIER_PHRASES: tuple[tuple[str, Qualifier], ...] = (
    ("no more than", "up_to"),
    ("not more than", "up_to"),
    ("a maximum of", "up_to"),
    ("a minimum of", "at_least"),
    ("as many as", "up_to"),
    ("as much as", "up_to"),
    ("more than", "over"),
    ("higher than", "over"),
    ("larger than", "over"),
    ("in excess of", "over"),
    ("upwards of", "over"),
    ("lower than", "under"),
    ("smaller than", "under"),
    ("longer than", "over"),
    ("older than", "over"),
    ("shorter than", "under"),
    ("younger than", "under"),
    ("greater than", "over"),
    ("at least", "at_least"),
    ("at most", "up_to"),
    ("no fewer than", "at_least"),
    ("no less than", "at_least"),
    ("fewer than", "under"),
    ("less than", "under"),
    ("just over", "over"),
    ("just under", "almost"),
    ("close to", "almost"),
    ("an estimated", "about"),
    ("up to", "up_to"),
    ("about", "about"),
    ("around", "about"),
    ("approximately", "about"),
    ("roughly", "about"),
    ("some", "about"),
    ("circa", "about"),
    ("nearly", "almost"),
    ("almost", "almost"),
    ("over", "over"),
    ("above", "over"),
    ("exceeding", "over"),
    ("under", "under"),
    ("below", "under"),
    ("maximum", "up_to"),
    ("minimum", "at_least"),
)
QUALIFIERS: tuple[tuple[tuple[str, ...], Qualifier], ...] = tuple(
    (tuple(phrase.split()), qualifier) for phrase, qualifier in _QUALIFIER_PHRASES
)
_QUALIFIER_WORDS = frozenset(word for phrase, _ in QUALIFIERS for word in phrase)
_LONGEST_QUALIFIER = max(len(phrase) for phrase, _ in QUALIFIERS)
# Each phrase with its place in QUALIFIERS, where the first listed wins.
_QUALIFIER_RANKS: dict[tuple[str, ...], tuple[int, Qualifier]] = {}
for _rank, (_phrase, _qualifier_of) in enumerate(QUALIFIERS):
    _QUALIFIER_RANKS.setdefault(_phrase, (_rank, _qualifier_of))
APPROXIMATE_SLACK = 0.1
# Characters before a number that its qualifiers fit in ("no fewer than approximately").
_QUALIFIER_REACH = 40
# Ordinals in words, from "third" ("first" and "second" say too many other things: "for the
# first time", "a second"): a rank as "3rd" is.
ORDINAL_WORDS = {
    word: value
    for value, word in enumerate(
        """third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
        fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split(),
        start=3,
    )
}
# The words a number can start with (see `_starts_number`): scale words only follow one.
_STARTING_WORDS = frozenset(
    (NUMBER_WORDS.keys() - SCALES.keys() - {"hundred"}) | {"a", "an", "half"} | ORDINAL_WORDS.keys()
)
# What makes digits an ordinal: "21st", "2nd", "3rd", "12th".
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
# The scales a rating is given on: "5.9/10", "3 stars out of 5".
RATING_SCALES = frozenset({5.0, 10.0})
# Beside function words, words that may follow a score without being what it counts: "4/5
# stars", "7.4/10 based on 28 critics".
_AFTER_A_SCORE = frozenset({"stars", "star", "points", "based", "according", "rating", "average"})
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CENTS = "cents"
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})
# Scales written onto a figure's digits: "$1.58bn", "$186m".
_SCALE_ABBREVIATIONS = {"bn": 1e9, "mn": 1e6, "tn": 1e12}
_MONEY_SCALE_ABBREVIATIONS = {**_SCALE_ABBREVIATIONS, "m": 1e6, "b": 1e9, "k": 1e3}
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "tenge": "KZT",
    "rubles": "RUB",
    "roubles": "RUB",
    "pounds sterling": "GBP",
}
_POUNDS = frozenset({"pound", "pounds"})
_SCALE_WORDS = frozenset({"thousand", "million", "billion"})
DURATION_DAYS = {
    "day": 1.0,
    "days": 1.0,
    "week": 7.0,
    "weeks": 7.0,
    "month": 30.44,
    "months": 30.44,
    "year": 365.25,
    "years": 365.25,
    "decade": 3652.5,
    "decades": 3652.5,
}
SINGLE_DURATIONS = frozenset({"day", "week", "month", "year", "decade"})
LABEL_WORDS = frozenset(
    {
        "article",
        "no",
        "number",
        "resolution",
        "chapter",
        "page",
        "section",
        "paragraph",
        "item",
        "rule",
        "line",
        "grade",
        "level",
        "phase",
        "round",
        "week",
        "episode",
        "season",
        "stage",
        "volume",
        "track",
        "tier",
        "category",
        "route",
    }
)
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday"
    " friday saturday sunday".split()
)
NOUN_STOPS = frozenset({"who", "which", "that", "whom", "whose", "and", "or", "but"})
# Counts of people, after which a verb says what is counted: "530 people have recovered".
_PEOPLE = frozenset({"people", "persons", "individuals", "patients"})
# What becomes of cases, which a count of cases with the verb counts ("deaths", "recoveries").
_OUTCOMES = frozenset({"recovered", "died"})
OUTCOME_NOUNS = frozenset(stem(word) for word in _OUTCOMES)
_AUXILIARIES = frozenset({"have", "has", "had", "were", "was", "been", "are", "is", "who"})
_AUXILIARY_REACH = 3  # "people who have died"
_MAX_NOUN_WORDS = 4


def extract_quantities(
    text: str, *, skip: Sequence[tuple[int, int]] = (), tokens: list[Token] | None = None
) -> list[Quantity]:
    """Every quantity in the text, except numbers inside the `skip` spans (dates, years).

    `tokens` are `tokenize(text)`, when the caller has them already.
    """
    if tokens is None:
        tokens = tokenize(text)
    quantities: list[Quantity] = [
        _unanimity(t) for t in tokens if t.folded in UNANIMITY_WORDS and not _inside(t.start, skip)
    ]
    shares = [q for q in _fractions(text, tokens) if not _inside(q.start, skip)]
    quantities += shares
    ranks = [_rank_quantity(text, tokens, r) for r in labelled_ranks(text, tokens, _place_number)]
    games = [_score_quantity(text, score) for score in scores(text, tokens)]
    quantities += [q for q in [*ranks, *games] if not _inside(q.start, skip)]
    clock = ((time.start, time.end) for time in clock_times(text))
    skip = [*skip, *((q.start, q.end) for q in [*shares, *ranks, *games]), *clock]
    end = 0  # where the last quantity read ends: the tokens before it are taken
    for i in _number_candidates(tokens):
        if i < end or _inside(tokens[i].start, skip) or not _starts_number(tokens, i, text):
            continue
        end, value = _read_number(tokens, i, text)
        tally = _tally(text, tokens, i, end)
        if tally is not None:
            quantities.append(tally)
            end = next(k for k in range(i, len(tokens)) if tokens[k].end == tally.end) + 1
            continue
        second = _range_end(tokens, i, end, text)
        if second is None:
            quantity = _build_quantity(text, tokens, i, end, value)
        else:
            own_scale = value != _bare_value(tokens, i, text)
            bare_high = _bare_value(tokens, second, text)
            end, high = _read_number(tokens, second, text)
            quantity = _build_range(text, tokens, (i, end), (value, own_scale), (high, bare_high))
        if quantity is not None:
            quantities.append(quantity)
            while end < len(tokens) and tokens[end].start < quantity.end:
                end += 1  # "out of 19" is part of "11 out of 19", not a figure of its own
    return sorted(quantities, key=lambda q: q.start)


UNANIMITY_WORDS = frozenset({"unanimous", "unanimously"})
# Words that make "7-2" a vote's tally rather than a range from 2 to 7.
_VOTE_WORDS = frozenset(
    {"vote", "votes", "voted", "voting", "ballot", "ballots", "decision", "ruling", "margin"}
    | UNANIMITY_WORDS
)
# Verbs of a decision, before which "9-0" is a tally when it does not read as a range (the
# larger number first).
_DECISION_VERBS = frozenset(
    {"approved", "passed", "rejected", "adopted", "backed", "endorsed", "confirmed", "elected"}
    | {"split", "divided"}
)
_VOTE_REACH = 3
_NO_VOTES = frozenset({"none", "nil", "zero"})


def _votes_to(tokens: list[Token], end: int) -> int | None:
    """Where the second number of "98 votes to none" or "45 votes to 3" is."""
    words = [t.folded for t in tokens[end : end + 3]]
    if len(words) < 3 or words[0] not in ("vote", "votes") or words[1] != "to":
        return None
    return end + 2 if _tally_count(tokens[end + 2]) is not None else None


def _counted_to(tokens: list[Token], start: int, end: int) -> int | None:
    """Where the second number of "a majority of ten to two" or "voted 11 to 4" is: "to" and
    a number after one, with a vote before it."""
    if end + 1 >= len(tokens) or tokens[end].folded != "to":
        return None
    before = {t.folded for t in tokens[max(0, start - _VOTE_REACH) : start]}
    if not before & (_VOTE_WORDS | {"majority"}) or _tally_count(tokens[end + 1]) is None:
        return None
    return end + 1


def _tally(text: str, tokens: list[Token], start: int, end: int) -> Quantity | None:
    """ "voted 7-2", "a 6-3 vote", "by a vote of 9-0", "98 votes to none", "a majority of ten
    to two": two whole numbers with a vote beside them count the votes for and against."""
    if end != start + 1:
        return None
    second = _votes_to(tokens, end) or _counted_to(tokens, start, end)
    if second is None:
        second = _range_end(tokens, start, end, text)
        if second != end or not _beside_a_vote(tokens, start, end):
            return None
    counts = [_tally_count(tokens[k]) for k in (start, second)]
    if None in counts:
        return None
    votes_for, against = sorted((c for c in counts if c is not None), reverse=True)
    return Quantity(
        text=text[tokens[start].start : tokens[second].end],
        start=tokens[start].start,
        end=tokens[second].end,
        value=votes_for,
        low=votes_for,
        high=votes_for,
        kind="tally",
        unit="ratio" if against == 1 and _said_as_ratio(tokens, start) else "votes",
        against=against,
    )


def _said_as_ratio(tokens: list[Token], start: int) -> bool:
    """ "by a margin of almost three to one", "voted nearly two to one": how many votes for
    each vote against, not the votes cast ("voted eight to one" counts them)."""
    before = {t.folded for t in tokens[max(0, start - _VOTE_REACH) : start]}
    return "margin" in before or _qualifier(tokens, start)[0] != "exact"


def _beside_a_vote(tokens: list[Token], start: int, end: int) -> bool:
    """ "voted 7-2", "a 6-3 vote", "approved 9-0" (but not "approved 10-20 percent")."""
    before = {t.folded for t in tokens[max(0, start - _VOTE_REACH) : start]}
    after = {t.folded for t in tokens[end + 1 : end + 3]}
    if (before | after) & _VOTE_WORDS:
        return True
    descending = (digits_value(tokens[start].text) or 0) >= (digits_value(tokens[end].text) or 0)
    return bool(before & _DECISION_VERBS) and descending and not after & {"percent", "per"}


def _tally_count(token: Token) -> float | None:
    """A whole number of votes, written in digits or as a word ("none")."""
    if token.folded in _NO_VOTES:
        return 0.0
    value = digits_value(token.text) if token.is_number else SMALL_NUMBERS.get(token.folded)
    return float(value) if value is not None and float(value).is_integer() else None


# "half the budget", "about a third of the votes", "two-thirds of residents": shares of a
# whole, in percent. A fraction needs what it is a share of after it, or "by" before it ("fell
# by almost a fifth"); "the third largest" is a rank, "the first half of 2024" a period.
_DENOMINATORS = {
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
# The words of a fraction, alone or written with a hyphen: "half", "two-thirds", "a tenth".
FRACTION_WORDS = frozenset(
    {"half", "halves", *_DENOMINATORS, *(f"{denominator}s" for denominator in _DENOMINATORS)}
)
_NUMERATORS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_FRACTIONS = regex(
    r"\b(?:(?P<half>(?:a|one)\s+half|half)"
    rf"|(?:a|one)[\s-]+(?P<one>{'|'.join(_DENOMINATORS)})"
    rf"|(?P<numerator>{'|'.join(_NUMERATORS)})[\s-]+(?P<many>{'|'.join(_DENOMINATORS)})s)\b",
    re.IGNORECASE,
)
_SHARE_OF = regex(r"\s+(?:of|the|its|their|his|her|all)\b")
_CHANGED_BY = regex(
    r"\bby\s+(?:(?:about|almost|nearly|roughly|around|some|over|under|more\s+than|less\s+than"
    r"|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)


# "one in three voters", "four in five households", "one in every ten": a share said in words
# as a part of every so many, followed by what it is a share of. "16 out of 28 provinces" and
# "8 out of 10" (a rating) are counts and scores, which digits and "out of" write.
_SMALL = r"one|two|three|four|five|six|seven|eight|nine|ten"
_PART_IN = regex(
    rf"\b(?P<part>{_SMALL})\s+in\s+(?:every\s+)?(?P<whole>{_SMALL})\b(?=\s+[a-z])",
    re.IGNORECASE,
)


def _part_in_share(match: re.Match[str]) -> float | None:
    """ "four in five" → 80.0; None where the part is not less than the whole."""
    part, whole = (NUMBER_WORDS[match[name].lower()] for name in ("part", "whole"))
    return 100.0 * part / whole if 0 < part < whole else None


def _fraction_share(match: re.Match[str]) -> float | None:
    """A fraction's share in percent ("two-thirds" → 66.7); None for one of no share ("five
    thirds")."""
    if match["half"]:
        return 50.0
    if match["one"]:
        return 100.0 / _DENOMINATORS[match["one"].lower()]
    numerator = _NUMERATORS[match["numerator"].lower()]
    denominator = _DENOMINATORS[match["many"].lower()]
    return 100.0 * numerator / denominator if numerator < denominator else None


# Words before "half" that make it a part of a period or a game, not a share.
_NOT_A_SHARE = frozenset({"first", "second", "last", "latter", "former", "other", "and"})


def changed_by(text: str, start: int) -> bool:
    """The words before `start` end in "by" and perhaps a qualifier: a fraction there is a
    share of a change ("fell by almost a fifth")."""
    return _CHANGED_BY.search(text, 0, start) is not None


def _fractions(text: str, tokens: list[Token]) -> list[Quantity]:
    """The fractions of the text as shares in percent, with their qualifiers ("nearly a
    third" → almost 33.3%; a bare one is "about")."""
    found = []
    fractions = [
        (match, _fraction_share(match))
        for match in _FRACTIONS.finditer(text)
        if _SHARE_OF.match(text, match.end()) or changed_by(text, match.start())
    ]
    parts = [(match, _part_in_share(match)) for match in _PART_IN.finditer(text)]
    for match, value in sorted(fractions + parts, key=lambda found: found[0].start()):
        before = text[: match.start()].split()
        if value is None or (before and before[-1].lower() in _NOT_A_SHARE):
            continue
        i = next((k for k, t in enumerate(tokens) if t.start >= match.start()), len(tokens))
        qualifier, inner = _bound_said(*_qualifier(tokens, i))
        if qualifier == "exact":
            qualifier = "about"  # a fraction is a round share: "half" is 52 percent too
        low, high = nested_interval(value, qualifier, inner)
        found.append(
            Quantity(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                value=value,
                low=low,
                high=high,
                kind="percent",
                unit="percent",
                qualifier=qualifier,
            )
        )
    return found


def _unanimity(token: Token) -> Quantity:
    """ "unanimously": at least one vote for, none against."""
    return Quantity(
        text=token.text,
        start=token.start,
        end=token.end,
        value=1.0,
        low=1.0,
        high=math.inf,
        kind="tally",
        unit="votes",
        qualifier="at_least",
        against=0.0,
    )


def _number_candidates(tokens: list[Token]) -> list[int]:
    """Where a number may start: digits (`Token.is_number`, inlined as it is asked of every
    token) and the words `_starts_number` can accept, which most words are not."""
    return [i for i, t in enumerate(tokens) if t.folded in _STARTING_WORDS or t.text[0].isdigit()]


def _range_end(tokens: list[Token], i: int, end: int, text: str) -> int | None:
    """Where the second number of "10-20", "10 to 20" or "between 10 and 20" starts."""
    if end + 1 > len(tokens) - 1 and not (end < len(tokens) and tokens[end].is_number):
        return None
    gap_end = tokens[end].start if end < len(tokens) else len(text)
    gap = text[tokens[end - 1].end : gap_end]
    if end < len(tokens) and tokens[end].is_number and re.match(r"^\s*[-–—]\s*$", gap):
        return end
    joiner = tokens[end].folded if end < len(tokens) else ""
    if end + 1 >= len(tokens) or not _starts_number(tokens, end + 1, text):
        return None
    opener = tokens[i - 1].folded if i > 0 else ""
    if opener == "from" and a_change_from(text, tokens[i - 1].end + 1):
        return None  # "rise from £120 to £135", "cut the fare from $2 to $1.50": a change
    if (joiner == "to" and opener in ("from", "between")) or (
        joiner == "and" and opener == "between"
    ):
        return end + 1
    return None


def _bare_value(tokens: list[Token], i: int, text: str) -> float:
    """A number's value without its scale word: "20" of "20 million"."""
    if tokens[i].is_number:
        return digits_value(tokens[i].text) or 0.0
    end = _number_word_run(tokens, i, text)
    return _words_value([t.folded for t in tokens[i:end] if t.folded != "and"])


_LONGEST_PLACE = 3  # digits: "lap 57", "episode 112"; "Route 2024" is no place in a series


def _place_number(token: Token) -> float | None:
    """A whole number a label can take: "14" of "Week 14", "one" of "season one"."""
    if token.text.isdecimal() and len(token.text) <= _LONGEST_PLACE:
        return float(token.text)
    value = SMALL_NUMBERS.get(token.folded) or TENS.get(token.folded)
    return None if value is None else float(value)


def _score_quantity(text: str, score: Score) -> Quantity:
    """A game's score as a tally of the higher number against the lower: "33-16"."""
    return Quantity(
        text=text[score.start : score.end],
        start=score.start,
        end=score.end,
        value=score.high,
        low=score.high,
        high=score.high,
        kind="tally",
        unit="score",
        against=score.low,
    )


def _rank_quantity(text: str, tokens: list[Token], rank: LabelledRank) -> Quantity:
    """A place in a series as a rank counting the series' members: "Week 14" as "14th week"."""
    qualifier = "exact" if rank.member in PLACE_MEMBERS else rank_bound(tokens, rank.at)
    low, high = interval(rank.value, qualifier)
    return Quantity(
        text=text[rank.start : rank.end],
        start=rank.start,
        end=rank.end,
        value=rank.value,
        low=low,
        high=high,
        kind="rank",
        qualifier=qualifier,
        noun=(stem(rank.member),) if rank.member else (),
    )


def _build_range(
    text: str,
    tokens: list[Token],
    span: tuple[int, int],
    first: tuple[float, bool],
    second: tuple[float, float],
) -> Quantity | None:
    """A range takes its unit, scale and noun from its second number: "$10-20 million"."""
    shared = _build_quantity(text, tokens, span[0], span[1], second[0])
    if shared is None or not second[1]:
        return None
    low_value, has_own_scale = first
    if not has_own_scale:
        low_value *= shared.value / second[1]
    low, high = sorted((low_value, shared.value))
    return shared.model_copy(
        update={"value": (low + high) / 2, "low": low, "high": high, "qualifier": "between"}
    )


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _starts_number(tokens: list[Token], i: int, text: str) -> bool:
    token = tokens[i]
    if token.is_number:
        return digits_value(token.text) is not None and not _is_footnote_or_label(tokens, i, text)
    word = token.folded
    if word in ORDINAL_WORDS:  # "ranked sixth", but not "Fifth Avenue"
        return not _in_a_name(tokens, i) and not token.text[:1].isupper()
    if word == "half":  # "half a million": half a scale, where "half the budget" is a share
        return _a_scale(tokens, i + 1, text)
    if word in ("a", "an"):  # "a year", "an hour": one unit of time; "a million": one scale
        return _a_scale(tokens, i, text) or (
            i + 1 < len(tokens)
            and tokens[i + 1].folded in SINGLE_DURATIONS
            and not (_relative_time(tokens, i + 2) or _rate(tokens, i))
        )
    if word not in NUMBER_WORDS or word in SCALES or word == "hundred":
        return False
    if i > 0 and tokens[i - 1].folded in LABEL_WORDS:  # "number four", "week twelve"
        return False
    if _in_a_name(tokens, i):  # "Formula One", "Channel Four", "Apollo Eleven"
        return False
    if word == "one":
        following = tokens[i + 1].folded if i + 1 < len(tokens) else ""
        # "one from Russia", "one each from Russia and Lithuania": one person of a list
        return (
            _is_noun_like(following)
            or following in ("hundred", "from", "each", *SCALES)
            or _and_a_half(tokens, i + 1, text)
        )
    return True


def _in_a_name(tokens: list[Token], i: int) -> bool:
    """A capitalised number word right after a capitalised word belongs to a name, and so does
    one inside a sentence right before a capitalised word ("the Three Mile Island accident"),
    but in a text capitalised throughout ("Council Approves Two Parks") it is a number."""
    before = tokens[i - 1] if i else None
    if before is None or not tokens[i].text[:1].isupper():
        return False
    if not before.text[:1].isupper() and not _names_on(tokens, i, before):
        return False
    if before.folded in STOPWORDS and before.text[:1].isupper():
        return False  # "the Owls Had Only One title": capitals for emphasis
    words = [t.text for t in tokens if t.text.isalpha() and len(t.text) > 3]
    capitalised = sum(word[0].isupper() for word in words)
    return capitalised < _TITLE_CASE_SHARE * len(words)


def _names_on(tokens: list[Token], i: int, before: Token) -> bool:
    """Inside a sentence (not after its end or an opening quote), a capitalised word follows."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    inside = before.text not in (".", "!", "?", ":", ";", "``", '"', "“", "(", "[")
    return inside and after is not None and after.text[:1].isupper() and after.text.isalpha()


# The share of longer words capitalised from which a text is a headline in title case.
_TITLE_CASE_SHARE = 0.6
_RELATIVE_TIME_WORDS = frozenset({"earlier", "ago", "later", "before", "after", "since"})
_RATE_REACH = 4


def _relative_time(tokens: list[Token], i: int) -> bool:
    """ "a year earlier", "a week ago": a time, not a length of time."""
    return i < len(tokens) and tokens[i].folded in _RELATIVE_TIME_WORDS


def _rate(tokens: list[Token], i: int) -> bool:
    """ "31 million gallons a day": "a day" makes the figure before it a rate."""
    before = tokens[max(0, i - _RATE_REACH) : i]
    return bool(before) and _is_noun_like(before[-1].folded) and any(t.is_number for t in before)


_DIGITS = regex(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def digits_value(text: str) -> float | None:
    """ "1,000" → 1000.0, "336.7" → 336.7; None for things like "1.1.7" or "12,34"."""
    if not _DIGITS.match(text):
        return None
    return float(text.replace(",", ""))


def _is_footnote_or_label(tokens: list[Token], i: int, text: str) -> bool:
    token = tokens[i]
    if _part_of_name(tokens, i, text):
        return True
    before = text[max(0, token.start - 1) : token.start]
    after = text[token.end : token.end + 1]
    if before == "[" and after == "]":
        return True
    if after == ":" and text[token.end + 1 : token.end + 2].isdigit():
        return True  # a time of day like 00:20
    if before == ":" and text[max(0, token.start - 2) : token.start - 1].isdigit():
        return True
    return i > 0 and tokens[i - 1].folded in LABEL_WORDS


def _part_of_name(tokens: list[Token], i: int, text: str) -> bool:
    """ "COVID-19", "FOXO3", "Apollo 11", "10 Cloverfield Lane": the digits belong to a name."""
    token = tokens[i]
    glued = text[token.start - 1 : token.start] if token.start else ""
    if glued.isalpha() or (glued == "-" and i > 0 and tokens[i - 1].end == token.start - 1):
        return True
    # "2Pac", "5G", "3D": a capital letter written onto the digits (but "$10M" is money).
    money = text[max(0, token.start - 4) : token.start].rstrip().endswith(tuple(CURRENCY_SYMBOLS))
    if text[token.end : token.end + 1].isupper() and not money:
        return True
    if _ordinal_ending(tokens, i + 1, token.end):
        return False  # "Pell University 256th in the world": a rank, where "Apollo 11" is a name
    if text[token.end : token.end + 3].lstrip().startswith("%"):
        return False  # "a 75 % Certified Fresh rating": a share, whatever names follow it
    if "," in token.text or (i + 1 < len(tokens) and tokens[i + 1].folded in SCALES):
        return False  # "fined Pell Tankers 24 million kerrits", "Pell Tankers 2,400": sums
    # "Apollo 11", but not "Roughly 100" opening a sentence, nor "Reservoir, 9,100" in a list.
    before = tokens[i - 1] if i > 1 and tokens[i - 1].folded not in _QUALIFIER_WORDS else None
    if before is not None and text[before.end : token.start].strip():
        before = None
    if before is not None and before.text.endswith(("'s", "’s")):
        before = None  # "the Upper Diploma's 44 subjects": a possessive, not "Apollo 11"
    after = tokens[i + 1 : i + 3]
    followed_by_name = len(after) == 2 and all(_titlecase_name(t) for t in after)
    return _titlecase_name(before) or followed_by_name


def _titlecase_name(token: Token | None) -> bool:
    """A capitalised word that is not a demonym, a month, a weekday, a unit or an acronym."""
    if token is None or not token.text[:1].isupper() or token.text.isupper():
        return False
    word = token.folded
    return not (
        word in DEMONYMS or word in NUMBER_WORDS or word in _CALENDAR_WORDS or word in STOPWORDS
    )


def _is_noun_like(word: str) -> bool:
    return word.isalpha() and word not in STOPWORDS and word not in NUMBER_WORDS


def _read_number(tokens: list[Token], i: int, text: str) -> tuple[int, float]:
    """Consume a number (digits or words, with scale words); return the end index and value."""
    if tokens[i].is_number:
        value = digits_value(tokens[i].text) or 0.0
        end = i + 1
    elif tokens[i].folded in ORDINAL_WORDS:
        return i + 1, float(ORDINAL_WORDS[tokens[i].folded])
    elif tokens[i].folded == "half":  # "half a million": the scale is read below
        value, end = 0.5, i + 2
    elif _a_scale(tokens, i, text):  # "a million people"
        value, end = 1.0, i + 1
    elif tokens[i].folded in ("a", "an"):
        half = i > 0 and tokens[i - 1].folded == "half"  # "half a year"
        return i + 1, 0.5 if half else 1.0
    else:
        end = _number_word_run(tokens, i, text)
        value = _words_value([t.folded for t in tokens[i:end] if t.folded != "and"])
    if _and_a_half(tokens, end, text):  # "two and a half years", "1 and a half million"
        value += 0.5
        end += 3
    while end < len(tokens) and tokens[end].folded in SCALES and _adjacent(tokens, end, text):
        value *= SCALES[tokens[end].folded]
        end += 1
    if end < len(tokens) and tokens[end].start == tokens[end - 1].end:
        scale = _written_on_scale(tokens[end].folded, text, tokens[i].start)
        if scale is not None:
            value *= scale
            end += 1
    return end, value


def _a_scale(tokens: list[Token], at: int, text: str) -> bool:
    """ "a million", "a billion" from token `at` on, the words next to each other."""
    return (
        at + 1 < len(tokens)
        and tokens[at].folded in ("a", "an")
        and tokens[at + 1].folded in SCALES
        and _adjacent(tokens, at + 1, text)
    )


def _and_a_half(tokens: list[Token], at: int, text: str) -> bool:
    """ "and a half" (or "and one half") from token `at` on, each word next to the last."""
    return (
        at + 2 < len(tokens)
        and tokens[at].folded == "and"
        and tokens[at + 1].folded in ("a", "one")
        and tokens[at + 2].folded == "half"
        and all(_adjacent(tokens, k, text) for k in range(at, at + 3))
    )


def _written_on_scale(word: str, text: str, start: int) -> float | None:
    """A scale written onto the digits: "$1.58bn", "£3m", "$40k". "bn" is a billion wherever it
    is; "m" and "k" only after a currency sign ("a 100m sprint" is metres)."""
    if word in _SCALE_ABBREVIATIONS:
        return _SCALE_ABBREVIATIONS[word]
    money = text[max(0, start - 1) : start] in CURRENCY_SIGNS
    return _MONEY_SCALE_ABBREVIATIONS.get(word) if money else None


def _adjacent(tokens: list[Token], i: int, text: str) -> bool:
    gap = text[tokens[i - 1].end : tokens[i].start]
    return gap.strip(" -\u00a0") == "" and len(gap) <= 2


def _number_word_run(tokens: list[Token], i: int, text: str) -> int:
    end = i + 1
    while end < len(tokens) and _adjacent(tokens, end, text):
        word = tokens[end].folded
        if (word in NUMBER_WORDS and word not in SCALES) or (
            word == "and"
            and end + 1 < len(tokens)
            and tokens[end + 1].folded in NUMBER_WORDS
            and tokens[end - 1].folded in ("hundred", "thousand")
        ):
            end += 1
        else:
            break
    return end


def _words_value(words: list[str]) -> float:
    total, current = 0.0, 0.0
    for word in words:
        number = NUMBER_WORDS.get(word, 0)
        if word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * number
            current = 0
        else:
            current += number
    return total + current


def _build_quantity(
    text: str, tokens: list[Token], i: int, end: int, value: float
) -> Quantity | None:
    if not math.isfinite(value):
        return None
    start = tokens[i].start
    unit, kind, start, end_offset, noun_from = _unit(text, tokens, i, end, start)
    if kind == "duration":
        value *= DURATION_DAYS[tokens[end].folded]
        if _and_a_half(tokens, end + 1, text):  # "a year and a half", "two days and a half"
            value += DURATION_DAYS[tokens[end].folded] / 2
            end_offset = tokens[end + 3].end
    elif unit == _CENTS:  # "94 cents a share" is "$0.94"
        unit, value = "USD", value / 100
    elif kind == "count" and _an_age(tokens, i):
        # "aged 22", "at the age of 22": 22 years, as "22 years old" says it.
        unit, kind, value = "day", "duration", value * DURATION_DAYS["years"]
    qualifier, inner = _bound_said(*_qualifier(tokens, i))
    if qualifier == "exact":  # "aged 70 or older": the bound is part of the figure's text
        qualifier, said = _bound_after(text[end_offset:])
        if said:
            end_offset += said
            noun_from += 2  # what "3 or more children" counts comes after the bound
    if kind == "duration" and qualifier == "over" and _over_a_span(text, tokens, i, end_offset):
        qualifier, inner = "exact", None  # "Over three days, savers took out ...": during them
    if qualifier == "up_to" and moved_up_to(tokens, i):
        qualifier, inner = "exact", None  # "will go up to £150" is the new level
    if kind == "rank" and qualifier == "exact":
        qualifier = rank_bound(tokens, i)  # "before the 59th lap"
    low, high = nested_interval(value, qualifier, inner)
    # A rank names what it ranks as a count names what it counts: "the 256th spot".
    noun, head = (
        ((), None) if kind not in ("count", "rank") else counted_noun(text, tokens, noun_from)
    )
    noun = noun or (() if kind != "count" else _noun_before_of(tokens, i))
    nationality = None if kind != "count" else counted_nationality(tokens, noun_from)
    return Quantity(
        text=text[start:end_offset],
        start=start,
        end=end_offset,
        value=value,
        low=low,
        high=high,
        kind=kind,
        unit=unit,
        qualifier=qualifier,
        noun=noun,
        head=head,
        nationality=nationality,
    )


def _unit(
    text: str, tokens: list[Token], i: int, end: int, start: int
) -> tuple[str | None, QuantityKind, int, int, int]:
    """Unit, kind, span start, span end and where the counted noun begins."""
    end_offset = tokens[end - 1].end
    if _ordinal_ending(tokens, end, end_offset):  # "21st", "the 12th most viewed"
        return None, "rank", start, tokens[end].end, end + 1
    if tokens[end - 1].folded in ORDINAL_WORDS:  # "ranked sixth"
        return None, "rank", start, end_offset, end
    # "$8 million", and "$ 8 million" as some tokenised text writes it
    prefix = text[max(0, start - 4) : start].rstrip(" \u00a0")
    for symbol, currency in CURRENCY_SYMBOLS.items():
        if prefix.endswith(symbol):
            symbol_start = max(0, start - 4) + len(prefix) - len(symbol)
            return currency, "money", symbol_start, end_offset, end
    following = text[end_offset : end_offset + 2].lstrip()
    if following.startswith("%"):
        return "percent", "percent", start, text.index("%", end_offset) + 1, end
    if end < len(tokens):
        word = tokens[end].folded
        if word in ("percent", "pct"):
            return "percent", "percent", start, tokens[end].end, end + 1
        if word == "per" and end + 1 < len(tokens) and tokens[end + 1].folded == "cent":
            return "percent", "percent", start, tokens[end + 1].end, end + 2
        if word in CURRENCY_WORDS:
            return CURRENCY_WORDS[word], "money", start, tokens[end].end, end + 1
        if word in _POUNDS and tokens[end - 1].folded in _SCALE_WORDS:
            # "forty thousand pounds", "two million pounds": a weight is seldom counted so.
            return "GBP", "money", start, tokens[end].end, end + 1
        if word in ("cent", "cents"):
            return _CENTS, "money", start, tokens[end].end, end + 1
        if word in DURATION_DAYS:
            return "day", "duration", start, tokens[end].end, end + 1
    if end < len(tokens) and tokens[end].folded in ("star", "stars"):
        rated = _whole(text, tokens, end + 1)  # "3 stars out of 5"
        if rated is not None and rated[0] in RATING_SCALES:
            return f"out of {rated[0]:g}", "score", start, tokens[rated[1]].end, rated[1] + 1
    whole = _whole(text, tokens, end)
    if whole is not None:
        value, at = whole
        if value == 100:  # "a score of 71 out of 100" is 71 percent
            return "percent", "percent", start, tokens[at].end, at + 1
        if value in RATING_SCALES and not _counts_after(text, tokens, at + 1):
            # "an average rating of 5.9/10", "rated it 4 out of 5": a score on a scale
            return f"out of {value:g}", "score", start, tokens[at].end, at + 1
        # "11 out of 19 districts": 11 districts, part of a whole counting the same thing
        return None, "count", start, tokens[at].end, at + 1
    return None, "count", start, end_offset, end


def _ordinal_ending(tokens: list[Token], at: int, number_end: int) -> bool:
    """ "st", "nd", "rd" or "th" written onto the digits just read."""
    return (
        at < len(tokens)
        and tokens[at].folded in _ORDINAL_ENDINGS
        and tokens[at].start == number_end
    )


def _counts_after(text: str, tokens: list[Token], at: int) -> bool:
    """A word right after a whole that says what its parts count: "4 out of 5 doctors"."""
    if at >= len(tokens) or text[tokens[at - 1].end : tokens[at].start].strip():
        return False  # the end of the text, or a comma, bracket or full stop between
    word = tokens[at].folded
    return word.isalpha() and word not in _AFTER_A_SCORE and word not in STOPWORDS


def _whole(text: str, tokens: list[Token], end: int) -> tuple[float, int] | None:
    """The whole a number is a part of, written right after it ("out of 28", "/10"), and the
    index of its token."""
    if not 0 < end < len(tokens):
        return None
    at = end
    if text[tokens[end - 1].end : tokens[end].start].strip() != "/":
        if [t.folded for t in tokens[end : end + 2]] != ["out", "of"]:
            return None
        at = end + 2
    value = digits_value(tokens[at].text) if at < len(tokens) else None
    return None if value is None or value <= 0 else (value, at)


def _qualifier(tokens: list[Token], i: int) -> tuple[Qualifier, Qualifier | None]:
    """The qualifier of the number at `i`, and the one inside it when two are nested:
    "up to around 100" → (up_to, about), "more than about 50" → (over, about), "60" → (exact,
    None)."""
    before = tuple(t.folded for t in tokens[max(0, i - 2 * _LONGEST_QUALIFIER) : i])
    outer, inner, _ = _qualifiers_ending(before)
    return outer, inner


_OR_MORE = regex(r"\s+or\s+(?:older|more|over|above|greater|higher)\b", re.IGNORECASE)
_OR_LESS = regex(r"\s+or\s+(?:younger|less|fewer|under|below|lower)\b", re.IGNORECASE)


def _bound_after(after: str) -> tuple[Qualifier, int]:
    """The bound the words right after a number put on it, and their length: "70 or older" is
    at least 70, "5 or fewer" at most 5; "exact" for none."""
    bounds: tuple[tuple[re.Pattern[str], Qualifier], ...] = (
        (_OR_MORE, "at_least"),
        (_OR_LESS, "up_to"),
    )
    for pattern, qualifier in bounds:
        found = pattern.match(after)
        if found is not None:
            return qualifier, found.end()
    return "exact", 0


def _over_a_span(text: str, tokens: list[Token], i: int, end: int) -> bool:
    """The stretch of time at `i` opens the sentence after "over", a comma after it: "Over
    three days, savers withdrew 1.47 billion" tells what happened in those days, not that
    they were more than three."""
    opening = i == 1 and tokens[0].folded == "over"
    return opening and text[end:].lstrip().startswith(",")


def _an_age(tokens: list[Token], i: int) -> bool:
    """The number at `i` is someone's age in years: "aged 22", "at age 4", "the age of 10"."""
    words = [t.folded for t in tokens[max(0, i - 2) : i]]
    return words[-1:] == ["aged"] or words[-1:] == ["age"] or words == ["age", "of"]


def _bound_said(outer: Qualifier, inner: Qualifier | None) -> tuple[Qualifier, Qualifier | None]:
    """ "approximately more than 328 million" says the bound: an approximate bound would let
    327,996,618 count as "more than 328 million"."""
    if outer in _APPROXIMATIONS and inner is not None and inner in _BOUNDS:
        return inner, None
    return outer, inner


_APPROXIMATIONS: frozenset[Qualifier] = frozenset({"about", "almost"})
_BOUNDS: frozenset[Qualifier] = frozenset({"over", "under", "at_least", "up_to"})


def _qualifiers_ending(words: tuple[str, ...]) -> tuple[Qualifier, Qualifier | None, int]:
    """The qualifier the words end with and the one nested inside it ("up to around"), and
    how many words the two take."""
    inner = _qualifier_ending(words)
    if inner is None:
        return "exact", None, 0
    outer = _qualifier_ending(words[: -inner[1]])
    if outer is None:
        return inner[0], None, inner[1]
    return outer[0], inner[0], inner[1] + outer[1]


def qualified_start(text: str, start: int) -> int:
    """Where the qualifiers of the number at `start` begin: at "more" in "more than about 50"
    (`start` itself for a bare number), so explanations quote the figure as the text gave it
    and its slot holds the qualifier's words. Only the words just before it are read."""
    window = max(0, start - _QUALIFIER_REACH)
    tokens = tokenize(text[window:start])[-2 * _LONGEST_QUALIFIER :]
    *_, taken = _qualifiers_ending(tuple(t.folded for t in tokens))
    return window + tokens[-taken].start if taken else start


def _qualifier_ending(words: tuple[str, ...]) -> tuple[Qualifier, int] | None:
    """The first phrase in `QUALIFIERS` that the words end with, and its length in words."""
    found = [
        (_QUALIFIER_RANKS[words[-n:]], n)
        for n in range(1, min(len(words), _LONGEST_QUALIFIER) + 1)
        if words[-n:] in _QUALIFIER_RANKS
    ]
    if not found:
        return None
    (_, qualifier), length = min(found)
    return qualifier, length


def nested_interval(value: float, outer: Qualifier, inner: Qualifier | None) -> tuple[float, float]:
    """The range a number allows under one qualifier or two: "up to around 100" reaches 110,
    "more than about 50" starts at 45; an approximation around a bound widens only that bound."""
    low, high = interval(value, outer)
    if inner is None or inner == outer:
        return low, high
    inner_low, inner_high = interval(value, inner)
    if outer in ("up_to", "under"):
        return low, max(high, inner_high)
    if outer in ("over", "at_least"):
        return min(low, inner_low), high
    return low, high


def interval(value: float, qualifier: Qualifier) -> tuple[float, float]:
    """The range of values a qualified number allows."""
    slack = abs(value) * APPROXIMATE_SLACK
    about = about_slack(value)
    return {
        "exact": (value, value),
        "about": (value - about, value + about),
        "up_to": (0.0, value),
        "at_least": (value, math.inf),
        "over": (value, math.inf),
        "almost": (value - slack, value),
        "under": (0.0, value),
    }[qualifier]


def about_slack(value: float) -> float:
    """How far "about N" reaches either way: a tenth of N, but a round figure says how round
    it is, so no further than half the step of its last written digit ("about 1,200" reaches
    1,240, "about 12 percent" does not reach 11 percent). A figure of many digits ("a third":
    33.333...) says nothing of it and keeps the tenth."""
    tenth = abs(value) * APPROXIMATE_SLACK
    step = _written_step(value)
    return min(tenth, step / 2) if step >= abs(value) / 1000 else tenth


def _written_step(value: float) -> float:
    """The place of a figure's last significant digit: 1,200 → 100; 12 → 1; 11.2 → 0.1."""
    if value == 0:
        return 1.0
    mantissa, _, exponent = f"{abs(value):.6g}".partition("e")
    power = int(exponent) if exponent else 0
    whole, _, fraction = mantissa.partition(".")
    if fraction:
        return 10.0 ** (power - len(fraction))
    return 10.0 ** (power + len(whole) - len(whole.rstrip("0")))


_BREAKS = frozenset(",.;:()[]")


def counted_noun(text: str, tokens: list[Token], i: int) -> tuple[tuple[str, ...], str | None]:
    """Stems of the words right after a number: "60 of her team members" → (staff, member),
    and the stem of the plural that heads them (member), None when no plural ends them."""
    # Capitalised modifiers ("UN staff", "Kazakh troops", "COVID-19 cases") name who or what
    # kind, not what is counted.
    window = tokens[i : i + _MAX_NOUN_WORDS + 3]
    # ", and crews had contained ...", "19 critics, indicating": punctuation ends what is
    # counted.
    for k in range(1, len(window)):
        if _BREAKS.intersection(text[window[k - 1].end : window[k].start]):
            window = window[:k]
            break
    named = _in_capitalised_names(text, window)
    words = [t.folded for t, in_name in zip(window, named, strict=True) if not in_name]
    if words[:1] == ["of"]:
        words = words[1:]
        while words and words[0] in ("the", "her", "his", "their", "its", "our", "these"):
            words = words[1:]
        if words[:1] and _is_number(words[0]):
            words = words[1:]  # "1,108 of the 1,240 participants" counts participants too
    if words[:1] == ["strong"]:  # "a 139-strong contingent" counts the contingent's members
        words = words[1:]
    # "4.3 fewer migraine days", "20 more seats": a difference between two levels, which keeps
    # its comparative first so that it is never read as a level.
    difference = [stem(words[0])] if words[:1] and words[0] in DIFFERENCE_WORDS else []
    said = _noun_words(fold_phrases(words[len(difference) :]))
    noun = difference + [stem(word) for word in said]
    heading = [word for word in said if word not in POSTPOSITIVE_WORDS][-1:]
    head = stem(heading[0]) if heading and _is_plural(heading[0]) else None
    return tuple(dict.fromkeys(noun + _body_of_members(window, noun))), head


# Comparatives that make the number after them a difference: "4.3 fewer days", "20 more seats".
DIFFERENCE_WORDS = ("more", "fewer", "less")
_DIFFERENCE_STEMS = frozenset(stem(word) for word in DIFFERENCE_WORDS)


def difference_of(quantity: Quantity) -> str | None:
    """The comparative a counted figure is a difference by ("fewer" in "4.3 fewer days"), or
    None for a level."""
    first = quantity.noun[:1]
    return first[0] if first and first[0] in _DIFFERENCE_STEMS else None


def _is_number(word: str) -> bool:
    return bool(re.fullmatch(r"\d[\d,.]*", word)) or word in NUMBER_WORDS


def _body_of_members(window: list[Token], noun: list[str]) -> list[str]:
    """The body whose members a number counts, by the stem of its name: "45 members of the
    Senate" are senators ("senat")."""
    if noun[-1:] != ["member"]:
        return []
    folded = [t.folded for t in window]
    at = folded.index("of") if "of" in folded[1:4] else -1
    after = [t for t in window[at + 1 : at + 3] if t.folded != "the"][:1] if at > 0 else []
    return [stem(t.folded) for t in after if t.text[:1].isupper() and t.folded.isalpha()]


def _in_capitalised_names(text: str, window: list[Token]) -> list[bool]:
    """For each token, whether it is a capitalised word or written onto one: the "19" of
    "COVID-19", the "90" of "T-90", all of "H5N1-positive"."""
    flags: list[bool] = []
    for k, token in enumerate(window):
        glued = k > 0 and flags[-1] and text[window[k - 1].end : token.start] in ("", "-")
        flags.append(token.text[:1].isupper() or glued)
    return flags


def _noun_words(words: list[str]) -> list[str]:
    noun: list[str] = []
    for k, word in enumerate(words):
        if noun and set(noun) <= _PEOPLE:
            done = _what_people_did(words, k)
            if done is not None:
                noun.append(done)
                break
        outcome = _what_people_did(words, k) if noun in ([], ["cases"]) else None
        if outcome is not None and outcome in _OUTCOMES:
            # "333 cases have recovered", "10 have died" count recoveries and deaths: the cases
            # are the whole they are part of, which "1,900 cases" counts.
            return [outcome]
        if word == "and" and noun and k + 1 < len(words) and _continues_noun(words[k + 1]):
            continue
        if word in STOPWORDS or word in NOUN_STOPS or word in NUMBER_WORDS or not word.isalpha():
            break
        if noun and is_past_form(word):
            break
        coordinated = k > 0 and words[k - 1] == "and"  # "munitions and explosive devices"
        if noun and _is_plural(noun[-1]) and word not in POSTPOSITIVE_WORDS and not coordinated:
            break  # "30 ships waiting at anchor": a compound's plural is its last word
        if not noun and is_ly_adverb(word):
            continue  # "1,348 officially confirmed cases" counts cases
        if noun and words[k : k + 2] in (["full", "time"], ["part", "time"]):
            break  # "28 people full time": how they work, not what is counted
        if word not in DEMONYMS:
            noun.append(word)
        if len(noun) == _MAX_NOUN_WORDS:
            break
    return noun


_COUNTRIES = {fold(country): country for country in COUNTRIES}
_LONGEST_COUNTRY = max(len(country.split()) for country in _COUNTRIES)


def _country_at(words: list[str], start: int) -> str | None:
    """The country named from `start` on, the longest name first: "New Zealand", "Chad"."""
    for length in range(_LONGEST_COUNTRY, 0, -1):
        country = _COUNTRIES.get(" ".join(words[start : start + length]))
        if country is not None:
            return country
    return None


def counted_nationality(tokens: list[Token], i: int) -> str | None:
    """Whose the counted people are: "14 Kyrgyz nationals", "14 citizens from Kyrgyzstan"."""
    window = [t.folded for t in tokens[i : i + _MAX_NOUN_WORDS + 2]]
    after = [t.folded for t in tokens[i : i + _MAX_NOUN_WORDS + 2 + _LONGEST_COUNTRY]]
    for k, word in enumerate(window):
        if word in DEMONYMS and k < 2:
            return DEMONYMS[word]
        if word in ("from", "of"):
            country = _country_at(after, k + 1)
            if country is not None:
                return country
        if word in STOPWORDS and word not in ("from", "of", "each"):
            return None
    return None


def _noun_before_of(tokens: list[Token], i: int) -> tuple[str, ...]:
    """ "in groups of five": the number counts the noun before "of"."""
    if i >= 2 and tokens[i - 1].folded == "of" and _is_noun_like(tokens[i - 2].folded):
        return (stem(tokens[i - 2].folded),)
    return ()


def _what_people_did(words: list[str], k: int) -> str | None:
    """The verb after a count of people, which says what is counted: "530 people died" are
    deaths, "530 people have recovered" recoveries."""
    for word in words[k : k + _AUXILIARY_REACH]:
        if word not in _AUXILIARIES:
            return word if is_past_form(word) else None
    return None


# Plurals that modify a noun after them ("sports teams", "customs officers"), and words ending
# in "s" that are no plural. Of the generic nouns, none heads a compound: "ten times higher".
_NOT_A_HEAD_PLURAL = frozenset(
    """news series species means sports arms goods savings customs sales headquarters works
    physics politics economics athletics ethics mathematics electronics measles mumps rabies
    diabetes herpes scabies shingles""".split()
)


def _is_plural(word: str) -> bool:
    """A plural noun, which ends the compound it is the head of ("container ships")."""
    if word in _NOT_A_HEAD_PLURAL or word in GENERIC_NOUNS:
        return False
    if word.endswith(("ss", "us", "is", "as")):
        return False
    return len(word) > 3 and word.endswith("s")


def _continues_noun(word: str) -> bool:
    return _is_noun_like(word) and not word.endswith("ed") and word not in DIFFERENCE_WORDS
