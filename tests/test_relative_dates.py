"""Dates a text gives relative to its publication or to its own dates, and "since" periods."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.dates import extract_times
from factcheck.extract.entities import AliasIndex
from factcheck.judge.intervals import SlotMatch, compare_times
from factcheck.models import TimeExpression, TimeRelation
from tests.test_matching_rules import N, S, check_against

WEDNESDAY = date(2031, 3, 12)


def day_of(text: str, published: date | None = WEDNESDAY) -> tuple[int | None, ...]:
    """(year, month, day) of the one date in the text."""
    [time] = extract_times(text, published=published)
    return time.year, time.month, time.day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry company cancelled its crossings on Tuesday.", (2031, 3, 11)),
        ("The ferry company cancelled its crossings on Wednesday.", (2031, 3, 12)),
        ("The ferry company cancelled its crossings on Thursday.", (2031, 3, 6)),
        ("The ferry company will resume its crossings on Friday.", (2031, 3, 14)),
        ("The regatta was held last Friday.", (2031, 3, 7)),
        ("On Monday, the ferry company cancelled its crossings.", (2031, 3, 10)),
    ],
)
def test_a_weekday_is_the_one_of_the_publication_week(
    text: str, expected: tuple[int, int, int]
) -> None:
    assert day_of(text) == expected


def test_a_weekday_without_a_publication_date_is_no_date() -> None:
    assert extract_times("The ferry sailed on Tuesday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Shops stayed shut on Good Friday.",
        "Super Tuesday brought few surprises.",
        "Shops stayed shut on Tuesday, 4 March 2031.",
    ],
)
def test_a_weekday_in_a_name_or_before_its_date_is_not_read_as_a_date(text: str) -> None:
    assert all(
        t.text.lower() not in ("friday", "tuesday")
        for t in extract_times(text, published=WEDNESDAY)
    )


def test_since_a_day_after_the_publication_is_the_year_before() -> None:
    assert day_of("Snow has fallen since November 2.", WEDNESDAY) == (2030, 11, 2)


def test_a_month_of_last_year_is_the_year_before_the_publication() -> None:
    [time, _] = extract_times("Sales fell from October of last year.", published=WEDNESDAY)
    assert (time.year, time.month) == (2030, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports reached 40 tonnes in May 2029, from 30 tonnes a year earlier.", (2028, 5)),
        ("Exports reached 40 tonnes in May 2029, up from the month before.", (2029, 4)),
        ("Exports reached 40 tonnes in May 2029, against 30 the previous year.", (2028, 5)),
        ("Exports reached 40 tonnes in May 2029 and doubled three years later.", (2032, 5)),
        ("Exports reached 40 tonnes in May 2029, and 30 two months later.", (2029, 7)),
        ("Exports reached 40 tonnes in May 2029 and fell the following year.", (2030, 5)),
    ],
)
def test_a_step_in_years_or_months_counts_from_the_sentences_own_date(
    text: str, expected: tuple[int, int]
) -> None:
    assertions = analyze(text, AnalysisContext(AliasIndex()))
    step = [t for a in assertions for t in a.times][-1]
    assert (step.year, step.month) == expected
    assert step.relation == "at"
    quantities = [q for a in assertions for q in a.quantities]
    assert [q.value for q in quantities][:1] == [40]
    assert all(q.kind != "duration" for q in quantities)


def test_a_year_earlier_with_no_date_to_step_from_is_neither_date_nor_figure() -> None:
    [assertion] = analyze(
        "Exports fell 12 percent in May from a year earlier.", AnalysisContext(AliasIndex())
    )
    assert [t.text for t in assertion.times] == ["May"]
    assert [q.value for q in assertion.quantities] == [12]


def year(value: int, relation: TimeRelation = "at") -> TimeExpression:
    text = str(value)
    return TimeExpression(
        text=text,
        start=0,
        end=4,
        granularity="year",
        year=value,
        relation=relation,
    )


def test_since_a_year_is_confirmed_only_by_a_start_in_that_year() -> None:
    october = TimeExpression(
        text="October 1", start=0, end=9, granularity="day", year=2024, month=10, day=1
    )
    assert compare_times(year(2019, "since"), october) == SlotMatch.NEUTRAL
    assert compare_times(year(2019, "since"), year(2023, "since")) == SlotMatch.NEUTRAL
    assert compare_times(year(2019, "since"), year(2019)) == SlotMatch.SUPPORTS
    assert compare_times(year(2019, "since"), year(2019, "since")) == SlotMatch.SUPPORTS
    assert compare_times(year(2019, "since"), year(2015, "before")) == SlotMatch.CONTRADICTS


def test_a_weekday_in_a_dated_article_supports_its_month() -> None:
    text = "The Orlen harbour board closed the north pier on Monday."
    claim = "The Orlen harbour board closed the north pier in March 2031."
    assert check_against(claim, text, published="2031-03-12").verdict == S
    assert check_against(claim, text).verdict == N


def test_a_year_earlier_is_matched_as_a_date() -> None:
    text = (
        "Ticket sales at the Orlen museum reached 9,200 in June 2030, against 7,100 in June 2029."
    )
    claim = (
        "Ticket sales at the Orlen museum reached 9,200 in June 2030, from 7,100 a year earlier."
    )
    assert check_against(claim, text).verdict == S
    wrong = (
        "Ticket sales at the Orlen museum reached 9,200 in June 2030, from 7,100 two years earlier."
    )
    assert check_against(wrong, text).verdict != S


def test_a_year_after_an_event_is_not_counted_from_the_sentences_date() -> None:
    assert extract_times("Exports doubled in 2029, a year after the war.") == [
        t for t in extract_times("Exports doubled in 2029, a year after the war.") if t.year == 2029
    ]


def test_ten_years_later_is_matched_as_a_date() -> None:
    text = "Velmora opened a consulate in Casmere in 1990, while Tarvia opened one in 2000."
    claim = "Velmora opened a consulate in Casmere in 1990, and Tarvia opened one ten years later."
    assert check_against(claim, text).verdict == S


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("In August 2029 the ferry line moved its depot in September.", None, 2029),
        ("In August 2029 the ferry line moved its depot in September.", WEDNESDAY, 2029),
        ("In March 2029 the depot opened; in June of the same year it closed.", None, 2029),
    ],
)
def test_a_date_without_a_year_takes_the_year_written_before_it(
    text: str, published: date | None, expected: int
) -> None:
    *_, later = extract_times(text, published=published, context_year=2020)
    assert later.year == expected
