"""Property tests for the extractors: they never crash, spans cite the text, numbers round-trip."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.changes import changed_thing, percent_role
from factcheck.extract.clock import clock_times, day_parts
from factcheck.extract.dates import WEEKDAYS, extract_times, weekday_ranges
from factcheck.extract.entities import (
    AliasIndex,
    acronym_definitions,
    extract_entities,
    kind_beside,
)
from factcheck.extract.numbers import extract_quantities
from factcheck.extract.ranks import SERIES_MEMBERS
from factcheck.extract.reception import reception, tone_terms
from factcheck.extract.tokens import stem, terms
from factcheck.extract.verbs import verb_senses
from factcheck.judge.all_or_part import part_for_all
from factcheck.judge.editions import edition_noun, year_of_another_thing
from factcheck.judge.fates import another_fate, fate_of
from factcheck.judge.figure_match import comparison_direction
from factcheck.judge.intervals import SlotMatch, compare_quantities, same_figure
from factcheck.judge.ordinals import another_ordinal
from factcheck.judge.owners import another_owner, owners_in
from factcheck.judge.payees import another_payee, payees_in
from factcheck.judge.remainders import left_the_rest
from factcheck.judge.routes import reversed_route
from factcheck.judge.tenure import another_tenure, tenures
from factcheck.judge.totals import total_against_a_cap
from factcheck.judge.transactions import another_deal, deal_of
from factcheck.models import Entity, Quantity, TimeExpression

ALIASES = AliasIndex()
PUBLISHED = date(2024, 1, 20)

# Pieces of news text that exercise the extractors' special cases, mixed with noise.
FRAGMENTS = (
    "$",
    "%",
    "US$",
    "€",
    "-",
    "–",
    "(",
    ")",
    "(UN)",
    ",",
    ".",
    " ",
    "  ",
    "\n",
    "'",
    "’",
    "up to",
    "about",
    "over",
    "almost",
    "at least",
    "more than",
    "nearly",
    "some",
    "not",
    "n't",
    "never",
    "will",
    "plans to",
    "said",
    "and",
    "while",
    "but",
    ";",
    "in",
    "of",
    "the same year",
    "January",
    "Feb.",
    "March",
    "May",
    "Sept.",
    "Dec.",
    "mid-",
    "early",
    "late",
    "last month",
    "this year",
    "the 1930s",
    "1993",
    "2003",
    "2017-18",
    "2019-2018",
    "1999/2000",
    "0",
    "00",
    "7",
    "139",
    "1,000",
    "336.7",
    "1.2.3",
    "10,00",
    "[5]",
    "00:20",
    "99999999999999999999",
    "1e309",
    "million",
    "billion",
    "bn",
    "m",
    "k",
    "cents",
    "$1.5bn",
    "third-quarter",
    "Q3",
    "first half",
    "the end of",
    "(2030:",
    "after she",
    ", and",
    "compared with",
    "down from",
    "fell to",
    "stood at",
    "revenue",
    "percent fall in",
    "from a year earlier",
    "rose to",
    "thousand",
    "hundred",
    "and",
    "one",
    "twenty",
    "thirty-nine",
    "dozen",
    "percent",
    "per cent",
    "months",
    "years",
    "weeks",
    "troops",
    "members",
    "Kazakh",
    "Afghan-Kazakh",
    "U.N.",
    "UN",
    "Cote d'Ivoire",
    "Al-Farabi",
    "d'Estaing",
    "Golan Heights",
    "İstanbul",
    "ǅemal",
    "ß",
    "\u00a0",
    "\u200b",
    "😀",
    "reviews",
    "critics",
    "half",
    "a third of",
    "two-thirds",
    "mixed",
    "positive",
    "to",
    "\x00",
    "\ud7ff",
    "Σ",
    "ﬁ",
)
news_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=30).map(
    lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts)
)


any_text = st.one_of(st.text(), news_text)


def assert_spans_cite(text: str, spans: Sequence[Quantity | TimeExpression | Entity]) -> None:
    """Each extracted item's span slices the text back to exactly the item's text."""
    for item in spans:
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start : item.end] == item.text, item


@settings(max_examples=300, deadline=None)
@given(text=any_text)
@example(text="up to 1e309 troops")
@example(text="In 2019-2018 the U.N. (UN) sent 99999999999999999999 troops; not")
@example(text="Dec. 32, 2020 and the 31st of Feb 2021")
@example(text="(A-B) (C) (")
@example(text="#² at No. ², Week ² and a ²-1 score")  # digits that are no decimal digits
def test_quantities_never_raise_and_spans_cite_the_text(text: str) -> None:
    quantities = extract_quantities(text)
    assert_spans_cite(text, quantities)
    for quantity in quantities:
        assert quantity.low <= quantity.value <= quantity.high or quantity.qualifier in (
            "almost",
            "under",
        )
        # The head of what is counted is one of its words.
        assert quantity.head is None or quantity.head in quantity.noun


@settings(max_examples=200, deadline=None)
@given(
    modifier=st.sampled_from(["container", "cargo", "bus", "school", "police"]),
    head=st.sampled_from(["ships", "drivers", "buildings", "stations", "officers"]),
    after=st.sampled_from(["waiting", "working", "on duty", "in all", "remain"]),
    n=st.integers(min_value=2, max_value=99_999),
)
def test_a_counted_compound_is_headed_by_its_plural(
    modifier: str, head: str, after: str, n: int
) -> None:
    [quantity] = extract_quantities(f"There were {n:,} {modifier} {head} {after}.")
    assert quantity.head == stem(head)
    assert stem(after.split()[0]) not in quantity.noun


@settings(max_examples=300, deadline=None)
@given(text=any_text, published=st.none() | st.dates(), context_year=st.none() | st.integers())
@example(text="Dec. 32, 2020 and the 31st of Feb 2021", published=None, context_year=None)
@example(text="last month", published=date(1, 1, 1), context_year=None)
@example(text="next month", published=date(9999, 12, 31), context_year=None)
def test_times_never_raise_and_spans_cite_the_text(
    text: str, published: date | None, context_year: int | None
) -> None:
    times = extract_times(text, published=published, context_year=context_year)
    assert_spans_cite(text, times)
    assert [t.start for t in times] == sorted(t.start for t in times)
    for time in times:
        assert time.month is None or 1 <= time.month <= 12
        assert time.day is None or 1 <= time.day <= 31


@settings(max_examples=300, deadline=None)
@given(text=any_text)
def test_entities_and_acronyms_never_raise_and_spans_cite_the_text(text: str) -> None:
    entities = extract_entities(text, ALIASES)
    assert_spans_cite(text, entities)
    assert all(entity.text.strip() and entity.canonical for entity in entities)
    for alias in acronym_definitions(text, "doc"):
        assert alias.alias in text
        assert f"({alias.canonical}" in text
        assert alias.origin == "doc"
    for entity in entities:  # what kind of thing each is: words of the text, or nothing
        assert all(word in text for word in kind_beside(text, entity.text).split())


@settings(max_examples=300, deadline=None)
@given(text=any_text, published=st.none() | st.just(PUBLISHED))
def test_analyze_never_raises_and_every_slot_cites_the_text(
    text: str, published: date | None
) -> None:
    context = AnalysisContext(aliases=ALIASES, published=published, context_year=2013)
    for assertion in analyze(text, context):
        assert text[assertion.start : assertion.end] == assertion.text
        slots: list[Quantity | TimeExpression | Entity] = [
            *assertion.quantities,
            *assertion.times,
            *assertion.entities,
        ]
        assert_spans_cite(text, slots)
        assert all(assertion.start <= slot.start < assertion.end for slot in slots)


@given(text=any_text)
@example(text="mixed to positive to negative reviews")
def test_a_reception_never_raises_and_its_words_are_the_texts(text: str) -> None:
    tones = reception(text)
    assert tones <= {"positive", "mixed", "negative"}
    assert bool(tones) == bool(tone_terms(text)) or not tone_terms(text)
    assert tone_terms(text) <= set(terms(text))


@given(text=any_text)
def test_verb_senses_never_raise_and_cite_the_text(text: str) -> None:
    for verb in verb_senses(text):
        assert verb.said in text


@given(
    text=any_text
    | st.from_regex(r"\A\d{1,2}(:\d\d)? ?[ap]\.?m\.?\Z|\A\d{1,2}:\d\d\Z")
    | st.from_regex(r"\A(after|by|at|about) \d{1,2}([.:]\d\d)? (in the morning|at night)\Z")
)
def test_clock_times_never_raise_and_name_a_part_of_the_day(text: str) -> None:
    assert day_parts(text) <= {"morning", "afternoon", "evening", "night"}
    for time in clock_times(text):
        assert 0 <= time.minutes < 24 * 60
        assert text[time.start : time.end] == time.text
        assert time.met_by(time)


@given(text=any_text | st.from_regex(r"\A(Mon|Fri)days? ?(-|to|through to) ?(Sun|Wednes)day\Z"))
def test_runs_of_days_never_raise_and_name_weekdays(text: str) -> None:
    for first, last in weekday_ranges(text):
        assert {first, last} <= set(WEEKDAYS)


OPENERS = (
    "In 2019, ",
    "Two years later, ",
    "According to the agency, ",
    "Meanwhile, ",
    "By early May, ",
    "Once it is built, ",
    "Under the new rules, ",
)


@given(
    opener=st.sampled_from(OPENERS),
    subject=st.sampled_from(["The ferry company", "Velmora", "Its three nurses", "the board"]),
    rest=st.sampled_from(["sent 40 crews to Pell.", "had 12 boats.", "was approved."]),
)
def test_an_opener_never_changes_the_subject(opener: str, subject: str, rest: str) -> None:
    plain = analyze(f"{subject} {rest}", AnalysisContext(ALIASES))[0]
    opened = analyze(f"{opener}{subject} {rest}", AnalysisContext(ALIASES))[0]
    assert plain.subject == subject
    assert opened.subject == subject


@given(
    subject=st.sampled_from(["The ferry company", "Velmora", "Its three nurses", "the board"]),
    adverb=st.sampled_from(["eventually", "quietly", "later", "unanimously", "also"]),
    rest=st.sampled_from(["sent 40 crews to Pell.", "approved the plan.", "dropped the case."]),
)
def test_an_adverb_before_the_verb_never_joins_the_subject(
    subject: str, adverb: str, rest: str
) -> None:
    plain = analyze(f"{subject} {rest}", AnalysisContext(ALIASES))[0]
    with_adverb = analyze(f"{subject} {adverb} {rest}", AnalysisContext(ALIASES))[0]
    assert with_adverb.subject == plain.subject == subject


@given(
    defendant=st.sampled_from(["Mara Quist", "the former director, Ines Okafor,", "him", "Pell"]),
    acquitted=st.booleans(),
    rest=st.sampled_from(["of fraud.", "on two counts.", ""]),
)
def test_a_verdict_around_its_defendant_is_one_verb(
    defendant: str, acquitted: bool, rest: str
) -> None:
    text = f"The jury found {defendant} {'not ' if acquitted else ''}guilty {rest}"
    [sense] = verb_senses(text)
    assert sense.sense == ("acquitted" if acquitted else "convicted")
    assert ("acquit" if acquitted else "convict") in terms(text)
    assert "guilti" not in terms(text)


@pytest.mark.parametrize("text", ["Trade grew in 2014.¹", "The area is 10² km.", "We saw ① today."])
def test_superscript_and_circled_digits_do_not_crash(text: str) -> None:
    assert_spans_cite(text, extract_quantities(text))
    assert analyze(text, AnalysisContext(aliases=ALIASES))


@pytest.mark.parametrize(
    "text",
    ["On 20.12.2013 the parliament voted.", "Version 2.0.1 shipped.", "Some 1.000.000 people."],
)
def test_numbers_with_several_dots_do_not_crash(text: str) -> None:
    assert_spans_cite(text, extract_quantities(text))
    assert analyze(text, AnalysisContext(aliases=ALIASES))


# ---------------------------------------------------------------- format, then parse

ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    """0–999 in words as a newspaper writes them: "one hundred and thirty-nine"."""
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{ONES[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")


def test_number_words_helper_writes_like_a_newspaper() -> None:
    assert number_words(139) == "one hundred and thirty-nine"
    assert number_words(20) == "twenty"
    assert number_words(700) == "seven hundred"
    assert number_words(45) == "forty-five"


def only_quantity(sentence: str) -> Quantity:
    """The one quantity of a sentence, read the way claims and sources are read."""
    [assertion] = analyze(sentence, AnalysisContext(aliases=ALIASES))
    assert len(assertion.quantities) == 1, assertion.quantities
    return assertion.quantities[0]


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**12))
@example(n=139)
@example(n=1000)
@example(n=1993)
def test_integers_with_thousands_separators_round_trip(n: int) -> None:
    for written in (str(n), f"{n:,}"):
        quantity = only_quantity(f"The agency counted {written} observers.")
        assert (quantity.value, quantity.kind, quantity.unit) == (n, "count", None)
        assert quantity.text == written
        assert quantity.noun == ("observ",)


@settings(max_examples=200, deadline=None)
@given(whole=st.integers(min_value=0, max_value=99_999), tenths=st.integers(0, 9))
@example(whole=336, tenths=7)
def test_decimals_round_trip(whole: int, tenths: int) -> None:
    written = f"{whole}.{tenths}"
    quantity = only_quantity(f"The agency counted {written} observers.")
    assert quantity.value == pytest.approx(float(written))
    assert quantity.kind == "count"


@settings(max_examples=200, deadline=None)
@given(amount=st.integers(1, 999), scale=st.sampled_from(["million", "billion"]))
@example(amount=8, scale="million")
def test_money_round_trips(amount: int, scale: str) -> None:
    quantity = only_quantity(f"The ministry allocated ${amount} {scale} for transport.")
    factor = {"million": 1e6, "billion": 1e9}[scale]
    assert quantity.value == pytest.approx(amount * factor)
    assert (quantity.kind, quantity.unit) == ("money", "USD")
    assert quantity.text == f"${amount} {scale}"


@settings(max_examples=200, deadline=None)
@given(
    value=st.decimals(min_value=0, max_value=100, places=1).map(str),
    spelling=st.sampled_from(["{} percent", "{}%", "{} per cent"]),
)
@example(value="40", spelling="{} percent")
def test_percentages_round_trip(value: str, spelling: str) -> None:
    quantity = only_quantity(f"Turnout reached {spelling.format(value)} in the north.")
    assert quantity.value == pytest.approx(float(value))
    assert (quantity.kind, quantity.unit) == ("percent", "percent")


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=0, max_value=999))
@example(n=20)
@example(n=139)
@example(n=1)
def test_number_words_round_trip(n: int) -> None:
    words = number_words(n)
    for sentence in (f"The agency counted {words} observers.", f"{words.capitalize()} observers."):
        quantity = only_quantity(sentence)
        assert (quantity.value, quantity.kind, quantity.unit) == (n, "count", None)
        assert quantity.text.lower() == words
        assert quantity.noun == ("observ",)


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1, max_value=10**9))
def test_digits_and_words_give_the_same_value(n: int) -> None:
    if n < 1000:
        spelled = only_quantity(f"They sent {number_words(n)} engineers.")
        assert spelled.value == n
    assert only_quantity(f"They sent {n:,} engineers.").value == n


def ordinal(n: int) -> str:
    """ "1st", "12th", "22nd": digits with the ending a newspaper writes."""
    ending = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{ending}"


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1, max_value=999), member=st.sampled_from(sorted(SERIES_MEMBERS)))
@example(n=14, member="week")
@example(n=11, member="chapter")
def test_a_place_in_a_series_reads_the_same_either_way(n: int, member: str) -> None:
    labelled = only_quantity(f"It happened in {member} {n} of the run.")
    ranked = only_quantity(f"It happened in the {ordinal(n)} {member} of the run.")
    assert labelled.kind == ranked.kind == "rank"
    assert labelled.value == ranked.value == n
    assert labelled.noun == ranked.noun != ()
    assert labelled.text == f"{member} {n}"


# ---------------------------------------------------------------- qualifiers as intervals


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=10**9),
    phrase=st.sampled_from(["about", "around", "approximately"]),
)
def test_about_n_is_an_interval_around_n(n: int, phrase: str) -> None:
    quantity = only_quantity(f"The agency counted {phrase} {n:,} observers.")
    assert quantity.qualifier == "about"
    assert quantity.low < n < quantity.high
    assert quantity.value == n


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**9), phrase=st.sampled_from(["up to", "as many as"]))
def test_up_to_n_is_capped_at_n(n: int, phrase: str) -> None:
    quantity = only_quantity(f"The agency may send {phrase} {n:,} observers.")
    assert quantity.qualifier == "up_to"
    assert quantity.high == n
    assert quantity.low <= n


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**9), phrase=st.sampled_from(["over", "more than"]))
def test_over_n_starts_at_n(n: int, phrase: str) -> None:
    quantity = only_quantity(f"The agency counted {phrase} {n:,} observers.")
    assert quantity.qualifier == "over"
    assert quantity.low == n
    assert quantity.high > n


@settings(max_examples=200, deadline=None)
@given(
    # Figures whose last digit is the one written (not 10, 20, ...) and whose neighbour is too.
    n=st.integers(min_value=5, max_value=999).filter(lambda n: n % 10 not in (0, 9)),
    zeros=st.integers(min_value=0, max_value=6),
)
def test_a_round_figure_reaches_what_rounds_to_it_and_not_the_next(n: int, zeros: int) -> None:
    """ "about 1,200" is 1,240 but not "about 1,300"; "about 12" is not "about 13"."""
    step = 10**zeros
    about = only_quantity(f"The agency counted about {n * step:,} observers.")
    nearby = only_quantity(f"The agency counted {n * step + step // 4:,} observers.")
    following = only_quantity(f"The agency counted about {(n + 1) * step:,} observers.")
    assert compare_quantities(about, nearby) == SlotMatch.SUPPORTS
    assert not same_figure(about, following)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=120), at=st.integers(min_value=0, max_value=130))
def test_reading_a_percentages_role_never_crashes(text: str, at: int) -> None:
    start = min(at, len(text))
    assert percent_role(text, start, start) in ("change", "level", None)
    assert changed_thing(text, start) in text


@settings(max_examples=200, deadline=None)
@given(
    claim=any_text | st.just("The train ran from Pell to Quist with all its 9 cars and 85 staff."),
    source=any_text
    | st.just("Quist to Pell, 3 of its 9 cars; Corby took 85 staff and Pell the rest; 4 died."),
    figure=st.sampled_from(["", "85 staff", "4", "9", "of"]) | st.text(max_size=8),
)
def test_reading_routes_parts_fates_and_rests_never_crashes(
    claim: str, source: str, figure: str
) -> None:
    route = reversed_route(claim, source)
    assert route is None or route in source
    for clause in analyze(source, AnalysisContext(ALIASES)):
        part = part_for_all(claim, clause)
        assert part is None or part in source
    fate = fate_of(source, figure)
    assert fate is None or fate.isalpha()
    assert another_fate(claim, figure, source, figure) in (True, False)
    rest = left_the_rest(claim, source, figure)
    assert rest is None or rest in source


@settings(max_examples=200, deadline=None)
@given(
    claim=any_text | st.just("The 20 Pell plaques remain Quist's property, owned by Quist."),
    source=any_text
    | st.just("The plaques that belong to Corby are on loan to the museum from Corby."),
)
def test_reading_owners_never_crashes_and_quotes_the_text(claim: str, source: str) -> None:
    for owner in owners_in(source):
        assert owner and owner in source
    conflict = another_owner(owners_in(claim, lending=False), source)
    assert conflict is None or (
        conflict.claim.removeprefix("owned by ") in claim
        and conflict.source.removeprefix("owned by ") in source
    )


@settings(max_examples=200, deadline=None)
@given(
    claim=any_text | st.just("Insurers agreed to pay Pell Marine 18 million florins."),
    source=any_text | st.just("Quist was awarded $2 million; they will pay 5 million to Corby."),
)
def test_reading_whom_a_sum_is_paid_never_crashes_and_quotes_the_text(
    claim: str, source: str
) -> None:
    for payee in payees_in(source):
        assert payee and payee in source
    conflict = another_payee(payees_in(claim), source)
    assert conflict is None or (
        conflict.claim.removeprefix("paid to ") in claim
        and conflict.source.removeprefix("paid to ") in source
    )


@given(
    claim=any_text | st.just("the first stage shut down"),
    source=any_text | st.just("its second-stage engine and the 3rd round"),
)
def test_reading_places_in_a_series_never_crashes_and_quotes_the_text(
    claim: str, source: str
) -> None:
    placed = another_ordinal(claim, source)
    assert placed is None or (placed.claim in claim and placed.source in source)


@given(text=any_text | st.just("27 percent more than in 2045, 8% lower"), at=st.integers(0, 60))
def test_reading_a_comparatives_direction_never_crashes(text: str, at: int) -> None:
    direction = comparison_direction(text, min(at, len(text)))
    assert direction is None or direction.said.lower() in text.lower()


@settings(max_examples=200, deadline=None)
@given(
    claim=any_text | st.just("The fund had to borrow 4.5 billion and pay back 1.2 billion."),
    source=any_text | st.just("we repay 1.2 billion of the loan, at a total cost of 4.1 million"),
    figure=st.sampled_from(["", "4.5 billion", "1.2 billion", "4.1 million"]) | st.text(max_size=8),
)
def test_reading_what_was_done_with_a_sum_never_crashes(
    claim: str, source: str, figure: str
) -> None:
    deal = deal_of(source, figure)
    assert deal is None or deal.isalpha()
    assert another_deal(claim, figure, source, figure) in (True, False)
    for clause in analyze(claim, AnalysisContext(ALIASES)):
        for quantity in clause.quantities:
            assert total_against_a_cap(quantity, claim, source, figure) in (True, False)


@settings(max_examples=200, deadline=None)
@given(
    text=any_text | st.just("The 2064 Upper Diploma results, its 2023 budget, a 2017 film."),
    neighbour=any_text | st.just("590 had accepted a deferred place for 2064."),
)
def test_reading_editions_and_tenures_never_crashes(text: str, neighbour: str) -> None:
    for clause in analyze(text, AnalysisContext(ALIASES)):
        for index in range(len(clause.times)):
            noun = edition_noun(clause, index)
            assert noun is None or noun in clause.text
            if noun is not None:
                assert year_of_another_thing(noun, neighbour, "2064") in (True, False)
    assert tenures(text) <= {"for now", "permanent"}
    assert another_tenure(text, neighbour) in (True, False)
