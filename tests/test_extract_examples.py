"""The extractors on realistic news phrases: dates, quantities, negation, modality, entities."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.changes import changed_from, changed_thing, percent_role
from factcheck.extract.clock import clock_times
from factcheck.extract.dates import extract_times, one_span, weekday_ranges
from factcheck.extract.entities import (
    AliasIndex,
    acronym_definitions,
    extract_entities,
    kind_beside,
    looks_like_person,
)
from factcheck.extract.numbers import difference_of, extract_quantities
from factcheck.extract.reception import reception, tone_difference
from factcheck.extract.tokens import terms
from factcheck.extract.verbs import verb_senses
from factcheck.models import Assertion, Quantity, TimeExpression

PUBLISHED = date(2024, 1, 20)
ALIASES = AliasIndex()


def only(items: tuple[Any, ...] | list[Any]) -> Any:
    """The single item of a sequence."""
    assert len(items) == 1, items
    return items[0]


def fields(record: TimeExpression | Quantity, names: dict[str, Any]) -> dict[str, Any]:
    """The record's values for the expected fields' names, to compare in one assert."""
    return {name: getattr(record, name) for name in names}


# ---------------------------------------------------------------- dates

# (text, publication date, what the one date found must say)
DATES = [
    pytest.param(
        "The deployment is scheduled for March 2024.",
        None,
        {"text": "March 2024", "granularity": "month", "year": 2024, "month": 3, "day": None},
        id="month-year",
    ),
    pytest.param(
        "Parliament ratified the treaty on Dec. 20.",
        None,
        {"text": "Dec. 20", "granularity": "day", "year": None, "month": 12, "day": 20},
        id="abbreviated-day-without-publication-date-has-no-year",
    ),
    pytest.param(
        "Parliament ratified the treaty on Dec. 20.",
        date(2013, 12, 21),
        {"text": "Dec. 20", "granularity": "day", "year": 2013, "month": 12, "day": 20},
        id="abbreviated-day-takes-the-publication-year",
    ),
    pytest.param(
        "Grain prices peaked in mid-August.",
        PUBLISHED,  # January 2024: the August they peaked in was 2023's
        {"text": "mid-August", "granularity": "month", "year": 2023, "month": 8},
        id="mid-month",
    ),
    pytest.param(
        "The survey ran in 2017-2018 across four regions.",
        None,
        {"text": "2017-2018", "granularity": "year_range", "year": 2017, "end_year": 2018},
        id="year-range",
    ),
    pytest.param(
        "Output grew 5% in 2019-20.",
        None,
        {"text": "2019-20", "granularity": "year_range", "year": 2019, "end_year": 2020},
        id="short-year-range",
    ),
    pytest.param(
        "Many families fled the region in the 1930s.",
        None,
        {"text": "1930s", "granularity": "decade", "year": 1930},
        id="decade",
    ),
    pytest.param(
        "As of July 31, reserves stood at a record high.",
        PUBLISHED,
        {"text": "July 31", "granularity": "day", "year": 2024, "month": 7, "day": 31},
        id="as-of-day",
    ),
    pytest.param(
        "The central bank raised rates last month.",
        PUBLISHED,
        {"text": "last month", "granularity": "month", "year": 2023, "month": 12},
        id="last-month-resolved-against-publication-date",
    ),
    pytest.param(
        "The central bank raised rates last month.",
        None,
        {"text": "last month", "year": None, "month": None},
        id="last-month-unresolved-without-publication-date",
    ),
    pytest.param(
        "The council met on the 3rd of May 2019.",
        None,
        {"text": "3rd of May 2019", "granularity": "day", "year": 2019, "month": 5, "day": 3},
        id="ordinal-day-of-month",
    ),
    pytest.param(
        "In 2021 the agency recorded 14 floods.",
        None,
        {"text": "2021", "granularity": "year", "year": 2021},
        id="sentence-initial-in-year",
    ),
    pytest.param(
        "In March the council voted.",
        PUBLISHED,
        {"text": "March", "granularity": "month", "year": 2024, "month": 3},
        id="sentence-initial-in-month",
    ),
    pytest.param(
        "Pell's 2016 population was 18,400.",
        None,
        {"text": "2016", "granularity": "year", "year": 2016},
        id="year-dating-a-population",
    ),
    pytest.param(
        "With a 2013 estimated population of 9,200, Quist grew.",
        None,
        {"text": "2013", "granularity": "year", "year": 2013},
        id="year-dating-an-estimate",
    ),
    pytest.param(
        "Pell's mill made films between 1981 and 2003.",
        None,
        {"text": "between 1981 and 2003", "granularity": "year_range", "end_year": 2003},
        id="between-two-years",
    ),
    pytest.param(
        "She served from 2015 to 2019.",
        None,
        {"text": "from 2015 to 2019", "granularity": "year_range", "year": 2015},
        id="from-one-year-to-another",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATES)
def test_dates_are_read_at_their_granularity(
    text: str, published: date | None, expected: dict[str, Any]
) -> None:
    time = only(extract_times(text, published=published))
    assert fields(time, expected) == expected
    assert text[time.start : time.end] == time.text


@pytest.mark.parametrize(
    ("text", "years", "counts"),
    [
        ("The offer was 4 percent for 2041 and 3 percent for 2042 in all.", [2041, 2042], []),
        ("The council set a budget for 2041.", [2041], []),
        ("The charity raised money for 2041 children.", [], [2041]),
    ],
)
def test_the_year_a_figure_is_for_is_a_year(text: str, years: list[int], counts: list[int]) -> None:
    [clause] = analyze(text, AnalysisContext(ALIASES))
    assert [t.year for t in clause.times] == years
    assert [q.value for q in clause.quantities if q.kind == "count"] == counts


def test_the_year_a_figure_is_for_dates_no_day_after_it() -> None:
    text = "Members rejected 3 percent for 2042 in the vote that closed on April 6."
    [clause] = analyze(text, AnalysisContext(ALIASES, published=date(2041, 4, 7)))
    assert [(t.text, t.year) for t in clause.times] == [("2042", 2042), ("April 6", 2041)]


def test_the_same_year_takes_the_year_of_the_text_before() -> None:
    time = only(extract_times("She returned in June of the same year.", context_year=1961))
    assert (time.year, time.month) == (1961, 6)
    assert only(extract_times("She returned in June.", context_year=1961)).year is None


def test_a_year_long_before_publication_leaves_a_later_month_unknown() -> None:
    """ "since 1894 ... in May" in a report of October 2046: the year said in passing may be
    history, the month the story's own; neither is assumed. A recent year still dates it."""
    text = "The museum has held them since 1894. The first were returned in May."
    times = extract_times(text, published=date(2046, 10, 12))
    assert [(t.text, t.year) for t in times] == [("1894", 1894), ("May", None)]
    recent = "The museum bought them in 2044. The first were returned in May."
    times = extract_times(recent, published=date(2046, 10, 12))
    assert [(t.text, t.year) for t in times] == [("2044", 2044), ("May", 2044)]


def test_years_of_a_period_are_not_a_count() -> None:
    [assertion] = analyze("Pell's mill made films between 1981 and 2003.", AnalysisContext(ALIASES))
    assert assertion.quantities == ()


def test_a_year_before_a_count_of_people_is_a_count() -> None:
    [assertion] = analyze("The 2000 people who marched sang.", AnalysisContext(ALIASES))
    assert [q.value for q in assertion.quantities] == [2000]
    assert assertion.times == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dish scored 71 out of 100.", {"value": 71, "kind": "percent", "unit": "percent"}),
        ("The dish scored 71/100.", {"value": 71, "kind": "percent", "text": "71/100"}),
        (
            "Floods hit 11 out of 19 districts.",
            {"value": 11, "kind": "count", "noun": ("district",), "text": "11 out of 19"},
        ),
    ],
)
def test_a_part_of_a_whole_is_one_figure(text: str, expected: dict[str, Any]) -> None:
    """The whole after "out of" is not a figure of its own; a part of 100 is a percentage."""
    [assertion] = analyze(text, AnalysisContext(ALIASES))
    quantity = only(assertion.quantities)
    assert fields(quantity, expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pell blamed the 2020 influenza pandemic for its losses.",
        "The 2006 football scandal ended Quist's career.",
        "Velmora is a 1997 film about ferries.",
    ],
)
def test_a_year_naming_an_event_or_a_work_is_its_date_not_a_count(text: str) -> None:
    [assertion] = analyze(text, AnalysisContext(ALIASES))
    assert assertion.quantities == ()
    assert len(assertion.times) == 1


def test_a_count_of_events_or_works_stays_a_count() -> None:
    [assertion] = analyze("Pell has made 1500 films.", AnalysisContext(ALIASES))
    assert [q.value for q in assertion.quantities] == [1500]


@pytest.mark.parametrize(
    "text",
    [
        "A reactor failed in the Three Mile Island accident.",
        "The group still owns the channels Seven News and Nine News, its filings show.",
        "Velmora starred in the stage version of A Tale of Two Harbours last winter.",
    ],
)
def test_a_capitalised_number_word_inside_a_name_is_not_a_figure(text: str) -> None:
    [assertion] = analyze(text, AnalysisContext(ALIASES))
    assert assertion.quantities == ()


def test_a_capitalised_number_word_opening_a_sentence_is_a_figure() -> None:
    [assertion] = analyze("Two Dovrik ferries sank.", AnalysisContext(ALIASES))
    assert [q.value for q in assertion.quantities] == [2]


def test_a_year_in_a_date_is_not_also_a_quantity() -> None:
    [assertion] = analyze("In 2021 the agency recorded 14 floods.", AnalysisContext(ALIASES))
    assert [q.value for q in assertion.quantities] == [14]
    assert [t.year for t in assertion.times] == [2021]


# ---------------------------------------------------------------- quantities

# (text, what its one quantity must say)
QUANTITIES = [
    pytest.param(
        "She thanked 60 of her team members.",
        {"value": 60, "kind": "count", "noun": ("staff",)},
        id="of-her-team-members-counts-staff",
    ),
    pytest.param(
        "The contingent included 36 Kazakh troops.",
        {"value": 36, "kind": "count", "noun": ("troop",)},
        id="demonym-is-not-the-counted-noun",
    ),
    pytest.param(
        "The ministry will send 139 military personnel.",
        {"value": 139, "noun": ("troop",)},
        id="military-personnel-are-troops",
    ),
    pytest.param(
        "The fund lost almost $200 million.",
        {"value": 2e8, "kind": "money", "unit": "USD", "qualifier": "almost", "high": 2e8},
        id="almost-money",
    ),
    pytest.param(
        "The talks lasted six months.",
        {"kind": "duration", "unit": "day", "text": "six months"},
        id="six-months-is-a-duration",
    ),
    pytest.param(
        "Transport will cost approximately $8 million.",
        {"value": 8e6, "kind": "money", "qualifier": "about", "text": "$8 million"},
        id="approximately-money",
    ),
    pytest.param(
        "Parliament approved up to 430 military personnel.",
        {"value": 430, "qualifier": "up_to", "low": 0, "high": 430, "noun": ("troop",)},
        id="up-to-a-cap",
    ),
    pytest.param(
        "More than 4 million people voted.",
        {"value": 4e6, "qualifier": "over", "low": 4e6},
        id="more-than-with-scale-word",
    ),
    pytest.param(
        "Trade reached 3.2 billion tenge.",
        {"value": 3.2e9, "kind": "money", "unit": "KZT"},
        id="currency-word",
    ),
    pytest.param(
        "Turnout fell to 40 per cent.",
        {"value": 40, "kind": "percent", "text": "40 per cent"},
        id="per-cent",
    ),
    pytest.param(
        "One hundred and thirty-nine observers arrived.",
        {"value": 139, "kind": "count", "noun": ("observ",)},
        id="number-words-opening-a-sentence",
    ),
    pytest.param(
        "Resolution 2334 was backed by 14 members.[5]",
        {"value": 14, "noun": ("member",)},
        id="labels-and-footnotes-are-not-quantities",
    ),
    pytest.param(
        "The session ended at 00:20 with the backing of 14 members.",
        {"value": 14, "noun": ("member",)},
        id="time-of-day-is-not-a-quantity",
    ),
    pytest.param(
        "The mine shipped 12 tonnes a year earlier.",
        {"value": 12},
        id="a-year-earlier-is-a-time-not-a-duration",
    ),
    pytest.param(
        "The plant pumps 40 million litres a day.",
        {"value": 40e6, "kind": "count"},
        id="a-day-after-a-figure-makes-it-a-rate",
    ),
    pytest.param(
        "Ada Voss, a former Formula One driver, won 3 races.",
        {"value": 3, "noun": ("race",)},
        id="a-number-word-in-a-name-is-not-a-quantity",
    ),
    pytest.param(
        "Council Approves Two Parks",
        {"value": 2},
        id="a-number-word-in-a-title-case-headline-is-a-quantity",
    ),
    pytest.param(
        "Thirty-four container ships were waiting at anchor.",
        {"value": 34, "noun": ("contain", "ship"), "head": "ship"},
        id="a-compound-is-headed-by-its-plural",
    ),
    pytest.param(
        "There were 30 ships waiting at anchor.",
        {"value": 30, "noun": ("ship",), "head": "ship"},
        id="a-plural-ends-what-is-counted",
    ),
    pytest.param(
        "The film's score is based on 19 critics, indicating mixed reviews.",
        {"value": 19, "noun": ("review",)},
        id="a-comma-ends-what-is-counted",
    ),
    pytest.param(
        "She has sold an estimated 32 million albums worldwide.",
        {"value": 32e6, "noun": ("album", "worldwid"), "head": "album"},
        id="where-a-count-was-made-stays-with-it",
    ),
    pytest.param(
        "All 106 members present voted for it.",
        {"value": 106, "noun": ("member", "present")},
        id="which-of-them-stays-with-the-count",
    ),
    pytest.param(
        "Sappers neutralized over 4 million munitions and explosive devices.",
        {"value": 4e6, "noun": ("munit", "explos", "devic")},
        id="a-plural-joined-by-and-goes-on",
    ),
    pytest.param(
        "ITV made an eight-part series.",
        {"value": 8, "head": None},
        id="a-series-is-no-plural-head",
    ),
]


@pytest.mark.parametrize(
    ("text", "votes_for", "against"),
    [
        ("The Pell board voted 7-2 on Tuesday to close the depot.", 7, 2),
        ("The depot closure passed on a 6-3 vote.", 6, 3),
        ("The senators backed the treaty by 45 votes to none.", 45, 0),
        ("The committee approved the budget 9-0 after a short debate.", 9, 0),
        ("The jury convicted him by a majority of ten to two.", 10, 2),
        ("Jurors were split 10-2 on the main charge.", 10, 2),
        ("The council confirmed her by five votes to two.", 5, 2),
        ("The council voted 11 to 4 in favour.", 11, 4),
    ],
)
def test_a_vote_tally_is_one_figure_with_votes_for_and_against(
    text: str, votes_for: int, against: int
) -> None:
    [assertion] = analyze(text, AnalysisContext(ALIASES))
    tally = only(assertion.quantities)
    assert (tally.kind, tally.value, tally.against) == ("tally", votes_for, against)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Dockers rejected the offer by a margin of almost three to one.", "ratio"),
        ("Members backed the deal by a margin of two to one.", "ratio"),
        ("The court voted eight to one.", "votes"),
    ],
)
def test_votes_for_each_vote_against_are_a_ratio_not_a_count(text: str, unit: str) -> None:
    [tally] = [q for q in extract_quantities(text) if q.kind == "tally"]
    assert (tally.unit, tally.against) == (unit, 1)


def test_unanimously_is_a_tally_with_none_against() -> None:
    [assertion] = analyze("The jury unanimously acquitted him.", AnalysisContext(ALIASES))
    tally = only(assertion.quantities)
    assert (tally.kind, tally.low, tally.against) == ("tally", 1, 0)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The ban was cut to two and a half years.", 913.125),
        ("The strike lasted one and a half days.", 1.5),
        ("It took a year and a half to rebuild.", 547.875),
    ],
)
def test_and_a_half_is_half_a_unit_more(text: str, days: float) -> None:
    assert [(q.kind, q.value) for q in extract_quantities(text)] == [("duration", days)]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Shares fell by almost a fifth on Monday.", 20.0),
        ("The cost was cut by half.", 50.0),
        ("One tenth of the budget went to schools.", 10.0),
        ("Shares lost nine-tenths of their value.", 90.0),
        ("Four-fifths of the seats were filled.", 80.0),
        ("Savers withdrew a sixth of its deposits.", 100 / 6),
        ("Three eighths of the land was flooded.", 37.5),
    ],
)
def test_a_fraction_is_a_share_of_a_whole_or_of_a_change(text: str, share: float) -> None:
    assert [(q.kind, q.value) for q in extract_quantities(text)] == [("percent", share)]


def test_a_fraction_with_nothing_it_is_a_share_of_is_none() -> None:
    assert [q.kind for q in extract_quantities("He finished a fifth time.")] == ["rank"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("More than half a million patients were affected.", 500_000.0),
        ("A million people marched.", 1_000_000.0),
        ("They sold a thousand copies.", 1_000.0),
    ],
)
def test_half_a_scale_or_one_is_a_number(text: str, value: float) -> None:
    assert [q.value for q in extract_quantities(text)] == [value]


def test_a_fraction_above_one_is_no_share() -> None:
    assert "percent" not in [q.kind for q in extract_quantities("Five thirds of the cake.")]


def test_and_a_half_is_read_with_scale_words() -> None:
    assert only(extract_quantities("It cost one and a half million euros.")).value == 1_500_000


def test_a_change_with_its_object_before_from_is_no_range() -> None:
    text = "The city cut the bus fare from $2 to $1.50."
    assert [q.value for q in extract_quantities(text)] == [2.0, 1.5]


def test_a_change_from_one_level_to_another_is_two_figures() -> None:
    text = "Prices will rise from £120 to £135."
    assert [(q.text, q.qualifier) for q in extract_quantities(text)] == [
        ("£120", "exact"),
        ("£135", "exact"),
    ]
    at, to = text.index("£120"), text.index("£135")
    assert changed_from(text, at, at + 4) and not changed_from(text, to, to + 4)
    assert only(extract_quantities("From 10 to 20 people came.")).qualifier == "between"


def test_going_up_to_a_level_is_no_cap() -> None:
    assert only(extract_quantities("Tickets will go up to £150.")).qualifier == "exact"
    assert only(extract_quantities("Tickets cost up to £150.")).qualifier == "up_to"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He was fined forty thousand pounds.", "money"),
        ("It cost two million pounds.", "money"),
        ("The truck weighs 40,000 pounds.", "count"),
    ],
)
def test_pounds_after_a_scale_word_are_money(text: str, kind: str) -> None:
    quantity = only(extract_quantities(text))
    assert quantity.kind == kind
    assert quantity.unit == ("GBP" if kind == "money" else None)


def test_a_range_is_not_a_tally() -> None:
    [assertion] = analyze("The firm approved 10-20 percent raises.", AnalysisContext(ALIASES))
    assert only(assertion.quantities).kind == "percent"
    # "to" between two numbers is a vote's only with a vote before it.
    assert only(extract_quantities("He walked from 10 to 2 miles.")).kind != "tally"


@pytest.mark.parametrize(
    ("text", "said", "value", "noun", "qualifier"),
    [
        ("In Week 14, Quist tore a ligament.", "Week 14", 14.0, ("week",), "exact"),
        ("Quist tore a ligament in the 14th week.", "14th", 14.0, ("week",), "exact"),
        ("The pair collided on lap 57.", "lap 57", 57.0, ("lap",), "exact"),
        ("Season one holds a rating of note.", "Season one", 1.0, ("season",), "exact"),
        ("The first season drew praise.", "first season", 1.0, ("season",), "exact"),
        ("The pair collided before the 59th lap.", "59th", 59.0, ("lap",), "under"),
        ("Games before week 13 were moved.", "week 13", 13.0, ("week",), "under"),
        ("The pair collided after the 59th lap.", "59th", 59.0, ("lap",), "over"),
    ],
)
def test_a_place_in_a_series_is_a_rank_of_its_member(
    text: str, said: str, value: float, noun: tuple[str, ...], qualifier: str
) -> None:
    rank = only(extract_quantities(text))
    assert (rank.text, rank.kind, rank.value, rank.noun, rank.qualifier) == (
        said,
        "rank",
        value,
        noun,
        qualifier,
    )


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        ("It ranked # 5 among airports.", "# 5", 5.0),
        ("It ranked #5 among airports.", "#5", 5.0),
        ("It was ranked at number 25 on the chart.", "number 25", 25.0),
        ("It is No. 4 among law schools.", "No. 4", 4.0),
    ],
)
def test_a_numbered_place_is_a_rank_of_nothing_named(text: str, said: str, value: float) -> None:
    rank = only(extract_quantities(text))
    assert (rank.text, rank.kind, rank.value, rank.noun) == (said, "rank", value, ())


def test_an_address_is_no_rank() -> None:
    assert extract_quantities("The meeting was held at Number 10.") == []


@pytest.mark.parametrize(
    ("text", "said", "years", "qualifier"),
    [
        ("She joined the band aged 22.", "22", 22, "exact"),
        ("He moved at the age of 10.", "10", 10, "exact"),
        ("It hit patients aged 70 or older.", "70 or older", 70, "at_least"),
    ],
)
def test_an_age_is_a_length_of_time(text: str, said: str, years: int, qualifier: str) -> None:
    age = only(extract_quantities(text))
    assert (age.text, age.kind, age.qualifier) == (said, "duration", qualifier)
    assert age.value == only(extract_quantities(f"It lasted {years} years.")).value


def test_a_bound_after_a_count_leaves_what_it_counts() -> None:
    count = only(extract_quantities("Three or more children were hurt."))
    assert (count.qualifier, count.noun) == ("at_least", ("children",))


def test_a_century_is_a_hundred_years() -> None:
    [century] = extract_times("Pell was annexed in the 16th century.")
    assert (century.granularity, century.year, century.end_year) == ("year_range", 1500, 1599)


@pytest.mark.parametrize(
    "text",
    [
        "John Wick: Chapter 3 opened in May.",  # a capitalised label after a name is the name's
        "The Velmora Season 2 box set sold out.",
        "Article 5 of the treaty applies.",  # a label of no series names a thing
        "Route 66 crosses the plain.",
        "Cancer of grade 2 or 3 was found.",  # grades and stages are classes, not places
        "Pell traded a second-round pick.",  # a kind of pick, not a round
        "It ranked first in the second half of the year.",
    ],
)
def test_a_label_that_names_a_thing_is_no_rank(text: str) -> None:
    assert [q for q in extract_quantities(text) if q.kind == "rank"] == []


@pytest.mark.parametrize(
    ("text", "said", "high", "low"),
    [
        ("Pell Rovers defeated the Dovrik Tigers 33-16 on Sunday.", "33-16", 33.0, 16.0),
        ("It was a 2–1 win over Dovrik.", "2–1", 2.0, 1.0),
        ("Pell won 0–1 against Dovrik.", "0–1", 1.0, 0.0),  # away goals first
        ("Dovrik lost to Pell by a score of 37–17.", "37–17", 37.0, 17.0),
    ],
)
def test_a_games_score_is_a_tally_higher_first(
    text: str, said: str, high: float, low: float
) -> None:
    score = only(extract_quantities(text))
    assert (score.text, score.kind, score.unit, score.value, score.against) == (
        said,
        "tally",
        "score",
        high,
        low,
    )


@pytest.mark.parametrize(
    "text", ["Pell grew in the 2014-15 season.", "Ages 10-20 were counted.", "Pell voted 7-2."]
)
def test_two_numbers_with_no_result_are_no_score(text: str) -> None:
    assert all(q.unit != "score" for q in extract_quantities(text))


@pytest.mark.parametrize("text", ["Its number four single sold well.", "Its Resolution 12 passed."])
def test_a_number_naming_a_week_or_a_rank_is_not_a_quantity(text: str) -> None:
    [assertion] = analyze(text, AnalysisContext(ALIASES))
    assert assertion.quantities == ()


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Some 11,800 tonnes came from the mine.", ("tonn",)),
        ("The quarry employs 80 workers full time.", ("worker",)),
        # A name hyphened onto a number names which kind, not what is counted.
        ("The clinic logged 412 H5N1-positive samples.", ("sampl",)),
        ("The yard built 14 T-90 tanks.", ("tank",)),
        ("Ghana reported 9,100 COVID-19 infections.", ("infect",)),
        # A comma before "and" ends it: a clause of its own follows.
        ("The fire burned 42,000 acres, and crews held the line.", ("acr",)),
    ],
)
def test_a_verb_or_an_adverb_ends_what_a_number_counts(text: str, noun: tuple[str, ...]) -> None:
    [assertion] = analyze(text, AnalysisContext(ALIASES))
    assert only(assertion.quantities).noun == noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Members of a body are counted as its members: senators, councillors.
        ("The 12 members of the Senate voted for it.", ("member", "senat")),
        ("The 12 senators voted for it.", ("senat",)),
        # Of no named body: the members alone.
        ("The 12 members of the team voted for it.", ("member",)),
    ],
)
def test_members_of_a_body_count_the_bodys_members(text: str, noun: tuple[str, ...]) -> None:
    [assertion] = analyze(text, AnalysisContext(ALIASES))
    assert only(assertion.quantities).noun == noun


def test_a_figure_after_a_name_and_a_comma_is_not_part_of_the_name() -> None:
    text = "Of the total, 7,500 tonnes came from Quist Mine, 4,200 tonnes from the Pell quarry."
    [*assertions] = analyze(text, AnalysisContext(ALIASES))
    values = [q.value for a in assertions for q in a.quantities]
    assert values == [7500, 4200]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("More than 530 people died of measles.", ("peopl", "death")),
        ("By May, 530 people had recovered.", ("peopl", "recoveri")),
        ("It counted 530 people who have died.", ("peopl", "death")),
        ("It counted 530 people in Pell.", ("peopl",)),
        # Cases counted by what became of them are recoveries and deaths, not cases.
        ("Since March, 333 cases have recovered.", ("recoveri",)),
        ("Since March, 10 have died.", ("death",)),
        ("Officials said 400 cases were confirmed.", ("case",)),
        ("By May, 40 have been vaccinated.", ()),
    ],
)
def test_what_counted_people_did_is_what_is_counted(text: str, noun: tuple[str, ...]) -> None:
    [quantity] = [q for a in analyze(text, AnalysisContext(ALIASES)) for q in a.quantities]
    assert quantity.noun == noun


def test_a_clause_denying_the_one_before_for_another_thing_takes_its_verb() -> None:
    text = "The council approved the plan for adults on Tuesday, but not for children."
    first, second = analyze(text, AnalysisContext(ALIASES))
    assert second.text == "not for children."
    assert (second.subject, second.action) == (first.subject, first.action)
    assert second.negated and second.negation_scope == ("children",)
    assert set(first.terms) < set(second.terms)


def test_a_part_of_a_counted_whole_counts_its_noun() -> None:
    text = "By May, 1,108 of the 1,240 participants had finished."
    nouns = [q.noun for a in analyze(text, AnalysisContext(ALIASES)) for q in a.quantities]
    assert nouns == [("particip",), ("particip",)]


@pytest.mark.parametrize(
    ("text", "difference"),
    [
        ("Nurses in Pell had 3 fewer sick days a year.", "fewer"),
        ("Quist won 20 more seats than in 2019.", "more"),
        ("The plant used 5 less tonnes of coal.", "less"),
        ("Nurses in Pell had 8 sick days a year.", None),
        # A comparative after "and" begins another figure, not this one's noun.
        ("Pell had under 400 cases and fewer than 20 deaths.", None),
        ("Pell won 3 or more games.", None),
    ],
)
def test_a_figure_after_a_comparative_is_a_difference(text: str, difference: str | None) -> None:
    quantity = next(q for a in analyze(text, AnalysisContext(ALIASES)) for q in a.quantities)
    assert difference_of(quantity) == difference


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_quantities_with_what_they_count(text: str, expected: dict[str, Any]) -> None:
    [assertion] = analyze(text, AnalysisContext(ALIASES))
    quantity = only(assertion.quantities)
    expected = dict(expected)
    if "value" in expected:
        assert quantity.value == pytest.approx(expected.pop("value"))
    if "noun" in expected:  # what it counts; more words after the noun are fine
        assert set(expected.pop("noun")) <= set(quantity.noun), quantity.noun
    assert fields(quantity, expected) == expected
    assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("There are 1,348 officially confirmed cases.", ("confirm", "case")),
        ("Five family members were flown out.", ("famili", "member")),
    ],
)
def test_an_adverb_before_a_counted_noun_is_not_what_is_counted(
    text: str, noun: tuple[str, ...]
) -> None:
    assert only(extract_quantities(text)).noun == noun


def test_a_name_of_two_words_is_mentioned_written_as_one() -> None:
    assert AliasIndex().mentioned_in("Velta Link", frozenset(terms("VeltaLink bought lines")))
    assert not AliasIndex().mentioned_in("Velta Link", frozenset(terms("Velta bought lines")))


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("About half the district's wells ran dry.", 50.0, "about"),
        ("Nearly a third of the votes went to Ruiz.", 100 / 3, "almost"),
        ("Turnout was low: two-thirds of residents stayed home.", 200 / 3, "about"),
        ("More than three-quarters of the budget is spent.", 75.0, "over"),
        # A part of every so many, in words.
        ("Fewer than four in five households sent back a form.", 80.0, "under"),
        ("Nearly one in three voters backed the plan.", 100 / 3, "almost"),
        ("One in every ten trains was late.", 10.0, "about"),
    ],
)
def test_a_fraction_is_a_share_in_percent(text: str, value: float, qualifier: str) -> None:
    share = only(extract_quantities(text))
    assert (share.kind, share.qualifier) == ("percent", qualifier)
    assert share.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["Pell is the third largest city.", "Sales fell in the first half of the year."]
)
def test_an_ordinal_or_a_period_is_no_fraction(text: str) -> None:
    assert all(q.kind != "percent" for q in extract_quantities(text))


@pytest.mark.parametrize(
    "text",
    [
        "Cases were found in 16 out of 28 provinces.",  # counts of a known set
        "Critics gave it 8 out of 10.",  # a rating
        "Three out of four adults agreed.",
        "He was one in a million.",
    ],
)
def test_a_count_out_of_a_whole_is_no_share_in_words(text: str) -> None:
    assert all(q.kind != "percent" for q in extract_quantities(text))


def test_a_share_followed_by_a_name_is_a_figure_not_part_of_the_name() -> None:
    quantity = only(extract_quantities('The film holds a 75 % "Certified Fresh" rating.'))
    assert (quantity.text, quantity.kind) == ("75 %", "percent")


def test_six_months_and_26_weeks_are_about_the_same_duration() -> None:
    months = only(only(analyze("It lasted six months.", AnalysisContext(ALIASES))).quantities)
    weeks = only(only(analyze("It lasted 26 weeks.", AnalysisContext(ALIASES))).quantities)
    assert months.unit == weeks.unit == "day"
    assert months.value == pytest.approx(weeks.value, rel=0.01)


# ---------------------------------------------------------------- negation and modality

# (text, negated, a stem the negation must cover or None)
NEGATIONS = [
    pytest.param("The ministry does not recognize the new council.", True, "recogn", id="does-not"),
    pytest.param("The agency has not managed to open an office.", True, "open", id="not-managed"),
    pytest.param("Norway is not part of the customs union.", True, "member", id="is-not-part-of"),
    pytest.param("The board never approved the merger.", True, "approv", id="never"),
    pytest.param("The mayor didn't sign the decree.", True, "sign", id="contracted-not"),
    pytest.param("The outcome was not unprecedented.", True, "unpreced", id="litotes-is-negated"),
    pytest.param("It was not only cheap.", False, None, id="not-only"),
    pytest.param("No matter how long it took, the board approved it.", False, None, id="no-matter"),
    pytest.param("The city borrowed without raising taxes.", False, "tax", id="without-a-gerund"),
    pytest.param("The envoy arrived without an invitation.", True, "invit", id="without-a-noun"),
    pytest.param("The ministry recognizes the new council.", False, None, id="plain-statement"),
    pytest.param(
        "Ines Okafor hosted the Straight But Not Narrow game.", False, None, id="not-in-a-name"
    ),
    pytest.param(
        "The plaques whose history could not be traced were returned to Quist.",
        False,
        "trace",
        id="not-in-the-subjects-relative-clause",
    ),
    pytest.param(
        "Pell said its research into five plaques, which were left out of the return, would be "
        "published.",
        False,
        "return",
        id="left-out-of-in-an-aside",
    ),
    pytest.param("Five plaques were left out of the return.", True, "return", id="left-out-of"),
]


@pytest.mark.parametrize(("text", "negated", "covered"), NEGATIONS)
def test_negation_and_what_it_covers(text: str, negated: bool, covered: str | None) -> None:
    assertion = analyze(text, AnalysisContext(ALIASES))[0]
    assert assertion.negated is negated
    if covered is not None:
        assert covered in assertion.negation_scope
    else:
        assert assertion.negation_scope == ()


def test_negation_in_a_contrasting_clause_stays_in_that_clause() -> None:
    text = "The company hired drivers, but it did not hire engineers."
    first, second = analyze(text, AnalysisContext(ALIASES))
    assert not first.negated
    assert second.negated and "engin" in second.negation_scope


MODALITIES = [
    pytest.param("The launch is scheduled for May 2025.", "planned", id="is-scheduled-for"),
    pytest.param("The firm plans to hire 40 engineers.", "planned", id="plans-to"),
    pytest.param("The council will vote on the budget.", "planned", id="will"),
    pytest.param("The minister said the port reopened.", "reported", id="said"),
    pytest.param("The port reopened in May 2023.", "asserted", id="plain-past"),
    pytest.param(
        "The board approved the plan in 2019.",
        "asserted",
        id="plan-as-a-noun",
    ),
    pytest.param(
        "The council voted to reject a permit that would have allowed the plant.",
        "asserted",
        id="what-a-thing-would-have-done-is-no-plan",
    ),
    pytest.param(
        "The council would have rejected the permit.",
        "planned",
        id="would-have-of-the-clause-itself-stays",
    ),
]


@pytest.mark.parametrize(("text", "modality"), MODALITIES)
def test_modality(text: str, modality: str) -> None:
    assert analyze(text, AnalysisContext(ALIASES))[0].modality == modality


# ---------------------------------------------------------------- entities and aliases

# (text, the canonical names of the entities found, in order)
ENTITIES = [
    pytest.param("Observers from the U.N. arrived.", ["United Nations"], id="dotted-acronym"),
    pytest.param("The talks included Kazakh diplomats.", ["Kazakhstan"], id="demonym"),
    pytest.param("Delegates from Cote d'Ivoire signed.", ["Côte d'Ivoire"], id="unaccented"),
    pytest.param("Delegates from Cote d’Ivoire signed.", ["Côte d'Ivoire"], id="curly-apostrophe"),
    pytest.param("Delegates from Ivory Coast signed.", ["Côte d'Ivoire"], id="english-name"),
    pytest.param("Afghan-Kazakh trade grew.", ["Afghanistan", "Kazakhstan"], id="demonym-pair"),
    pytest.param("Parliament met on Dec. 20 in Astana.", ["Astana"], id="month-is-no-name"),
    pytest.param("Delegates from Nur-Sultan arrived.", ["Astana"], id="former-city-name"),
    pytest.param("Thai-Nepali trade grew.", ["Thailand", "Nepal"], id="any-country-s-demonym"),
    pytest.param(
        "Delegates from Bosnia and Herzegovina and Chad met.",
        ["Bosnia and Herzegovina", "Chad"],
        id="a-country-named-with-and",
    ),
    pytest.param(
        "The envoy met Kazakhstan's foreign minister.",
        ["Kazakhstan"],
        id="possessive",
    ),
    pytest.param(
        "Forty-one of the Pell patients were admitted; two-thirds of them in Quist.",
        ["Pell", "Quist"],
        id="a-number-opening-a-sentence-names-no-one",
    ),
    pytest.param(
        "Two-thirds of the satellites were lost.",
        [],
        id="a-fraction-opening-a-sentence-names-no-one",
    ),
]


@pytest.mark.parametrize(("text", "canonical"), ENTITIES)
def test_entities_resolve_to_canonical_names(text: str, canonical: list[str]) -> None:
    entities = extract_entities(text, ALIASES)
    assert [entity.canonical for entity in entities] == canonical
    assert all(text[e.start : e.end] == e.text for e in entities)


DEFINING = (
    "The Lake Monitoring Agency for Northern Basins (LMANB) publishes flood data every spring."
)


def test_an_acronym_defined_in_a_source_names_the_long_form() -> None:
    [alias] = acronym_definitions(DEFINING, "report-7")
    assert (alias.alias, alias.canonical, alias.origin) == (
        "Lake Monitoring Agency for Northern Basins",
        "LMANB",
        "report-7",
    )
    aliases = AliasIndex([alias])
    long_form = "Last year the Lake Monitoring Agency for Northern Basins counted 14 floods."
    assert [e.canonical for e in extract_entities(long_form, aliases)] == ["LMANB"]
    assert "Lake Monitoring Agency for Northern Basins" in aliases.names("LMANB")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Currently, officers serve in Western Sahara (MINURSO).", id="after-comma"),
        pytest.param(
            "Officers serve in Western Sahara (MINURSO) and Lebanon.",
            id="capitalised-sentence-start",
        ),
    ],
)
def test_a_short_name_is_not_taken_for_a_long_acronym(text: str) -> None:
    assert acronym_definitions(text, "doc") == []


# ---------------------------------------------------------------- clauses keep their own slots


def test_each_clause_keeps_its_own_actor_and_year() -> None:
    text = "Velmora opened an embassy in Quist in 1993, while Tarvia opened one in Pell in 2003."
    first, second = analyze(text, AnalysisContext(ALIASES))
    assert_clause(first, "velmora", 1993, "tarvia")
    assert_clause(second, "tarvia", 2003, "velmora")


def test_and_inside_a_countrys_name_splits_no_clause() -> None:
    text = "By 2 May 2031, Pell in Trinidad and Tobago reported 40 cases of measles."
    [clause] = analyze(text, AnalysisContext(ALIASES))
    assert [q.value for q in clause.quantities] == [40.0]
    assert [t.day for t in clause.times] == [2]


def assert_clause(clause: Assertion, actor: str, year: int, other: str) -> None:
    """The clause names its own actor and year and not the other clause's actor."""
    assert actor in clause.terms and other not in clause.terms
    assert [t.year for t in clause.times] == [year]


# ---------------------------------------------------------------- subjects after openers

# (text, the subject): a phrase or clause before the comma sets the scene, it is not who acts.
SUBJECTS = [
    pytest.param("Two decades later, Velmora had 40 nurses in Pell.", "Velmora", id="years-later"),
    pytest.param("By early March, the lake had risen to 80 percent.", "the lake", id="by-date"),
    pytest.param("Once it is finished, the bridge will carry 9,000 cars.", "the bridge", id="once"),
    pytest.param("Under the new code, tenants may keep two cats.", "tenants", id="under"),
    pytest.param("In 2019, the museum sent 300 paintings to Pell.", "the museum", id="in-year"),
    pytest.param(
        "According to the audit, the mill burned 12 tons of coal.", "the mill", id="according-to"
    ),
    pytest.param("Meanwhile, the ferry service was suspended.", "the ferry service", id="adverb"),
    pytest.param(
        "The mayor, who took office in May, said the levy was fair.",
        "The mayor, who took office in May",
        id="aside-with-its-own-verb",
    ),
    pytest.param("Repairing the tunnel is expected to cost more.", "the tunnel", id="gerund"),
    pytest.param("A state-owned lender paid 40 firms.", "A state-owned lender", id="compound"),
    pytest.param("A survey team found 12 wrecks.", "A survey team", id="irregular-past"),
    pytest.param(
        "Velmora, Tarvia and Quist signed the accord.",
        "Velmora, Tarvia and Quist",
        id="a-list-is-no-opener",
    ),
    pytest.param(
        "At its peak on Saturday, August 13, the fire had 1,740 firefighters.",
        "the fire",
        id="a-date-between-commas",
    ),
    pytest.param(
        "On Tuesday, March 4, 2031, the council approved the plan.",
        "the council",
        id="a-weekday-and-a-full-date",
    ),
    pytest.param("The Pell Fire broke out on 9 August.", "The Pell Fire", id="broke"),
    pytest.param(
        "The day after the crash, Quist Rail denied it.", "Quist Rail", id="the-day-after"
    ),
    pytest.param("That evening, the council met.", "the council", id="that-evening"),
    pytest.param(
        "In the end the Pell bridge cost 936 million kerrits.",
        "the Pell bridge",
        id="a-set-phrase-without-a-comma",
    ),
    pytest.param("So far the fund has raised 3 million.", "the fund", id="so-far"),
    pytest.param(
        "In the space of a week Quist Bank's shares lost half their value.",
        "Quist Bank's shares",
        id="a-stretch-of-time-without-a-comma",
    ),
    pytest.param(
        "The two weeks of talks, which began in May, ended well.",
        "The two weeks of talks, which began in May",
        id="a-time-that-is-the-subject",
    ),
    pytest.param(
        "A week after the closure of 1,850 square kilometres, the Pell zone was enlarged.",
        "the Pell zone",
        id="a-thousands-comma-ends-no-opener",
    ),
]


@pytest.mark.parametrize(("text", "subject"), SUBJECTS)
def test_the_subject_comes_after_any_opener(text: str, subject: str) -> None:
    first, *_ = analyze(text, AnalysisContext(ALIASES))
    assert first.subject == subject


def test_a_set_phrase_opening_a_clause_says_when_not_what() -> None:
    # "In the end" is no word of what was done: a source need not say "end" to give it.
    first, *_ = analyze(
        "In the end the Pell bridge cost 936 million kerrits.", AnalysisContext(ALIASES)
    )
    assert "end" not in first.terms and "cost" in first.terms


@pytest.mark.parametrize(
    ("one", "other"),
    [("They stole the data.", "The data was stolen."), ("He wrote it.", "It was written.")],
)
def test_the_forms_of_an_irregular_verb_are_one_term(one: str, other: str) -> None:
    assert set(terms(one)) == set(terms(other))


# A present-tense verb, or a past spelled like one, ends the subject when its object follows;
# a word in "-s" that is a noun does not.
SUBJECTS_BEFORE_VERBS: dict[str, tuple[str, str | None]] = {
    "hit": ("The lake hit its low in May, when it was 3 m deep.", "The lake"),
    "stood": (
        "By 13 March the Pell count stood at 31 cases, three of them fatal.",
        "the Pell count",
    ),
    "uses": ("The new ferry uses a third of the fuel.", "The new ferry"),
    "show-that": ("Tide gauges show that the harbour sank.", "Tide gauges"),
    "applies-to": ("The toll rule applies to 40 bridges.", "The toll rule"),
    "noun-in-s": ("The spending cuts were reversed.", "The spending cuts"),
    "adverb-opener": ("Indeed, most ferries were late.", "most ferries"),
    "adverb-without-comma": ("Often the ferry, built in 1990, was late.", "Often the ferry"),
    "pronoun-and-is": ("It’s likely the bridge will close.", None),
    "adverb-before-verb": ("Prosecutors eventually decided not to retry her.", "Prosecutors"),
    "time-adverb-before-verb": ("Police later arrested the driver.", "Police"),
    "slotted-adverb-before-verb": ("The board unanimously approved the plan.", "The board"),
    "noun-in-ly": ("The family sued the ferry operator.", None),
    "adjective-in-ly-as-noun": ("The elderly suffered most in the heat.", "The elderly"),
}


def test_a_clause_opening_with_its_verb_is_done_by_the_subject_before() -> None:
    text = "Quist was fined £40,000 and ordered to carry out 180 hours of unpaid work."
    first, second = analyze(text, AnalysisContext(ALIASES))
    assert (second.subject, second.action) == (first.subject, "ordered") == ("Quist", "ordered")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("The Pell Fire had burned 41,800 acres by Sunday and was 15 percent contained.", "was"),
        ("The fund raised $5 million in 2020 and will spend $3 million in 2021.", "will spend"),
        ("Velmora sent 40 nurses in 2020 and had 36 in 2023.", "had"),
    ],
)
def test_a_clause_opening_with_an_auxiliary_is_done_by_the_subject_before(
    text: str, action: str
) -> None:
    first, second = analyze(text, AnalysisContext(ALIASES))
    assert second.subject == first.subject
    assert second.action is not None and second.action.startswith(action)


def test_and_between_two_nouns_is_no_clause_when_another_and_opens_the_verb() -> None:
    text = (
        "The fire had burned 41,800 acres of brush and timber by Sunday morning and was 15 "
        "percent contained."
    )
    first, second = analyze(text, AnalysisContext(ALIASES))
    assert first.text.endswith("by Sunday morning")
    assert second.text.startswith("was 15 percent")


@pytest.mark.parametrize(
    ("text", "subject"), SUBJECTS_BEFORE_VERBS.values(), ids=SUBJECTS_BEFORE_VERBS.keys()
)
def test_the_subject_ends_at_its_verb(text: str, subject: str | None) -> None:
    first, *_ = analyze(text, AnalysisContext(ALIASES))
    assert first.subject == subject


def test_an_openers_date_is_still_the_clauses_date() -> None:
    clause = only(analyze("In March 2021, the port handled 40 ships.", AnalysisContext(ALIASES)))
    assert clause.subject == "the port"
    assert [(t.year, t.month) for t in clause.times] == [(2021, 3)]


# ---------------------------------------------------------------- verbs and what they say


def test_a_refusal_is_a_verb_not_a_negation() -> None:
    clause = only(analyze("The panel turned down the request.", AnalysisContext(ALIASES)))
    assert not clause.negated
    assert "reject" in clause.terms


VERB_SENSES = [
    pytest.param("The panel turned down the request.", ["rejected"], id="phrase"),
    pytest.param("Prices rose while wages fell.", ["rose", "fell"], id="two-verbs"),
    pytest.param("Port Falls approved the plan.", ["approved"], id="a-name-is-no-verb"),
    pytest.param("Costs were low, as opposed to last year.", [], id="as-opposed-to"),
    pytest.param("The ferry opened close to 40 routes.", ["opened"], id="close-to"),
    pytest.param("Most towns fall into two groups.", [], id="idiom"),
]


@pytest.mark.parametrize(("text", "senses"), VERB_SENSES)
def test_verb_senses(text: str, senses: list[str]) -> None:
    assert [verb.sense for verb in verb_senses(text)] == senses


# (text, the stem of what the verb acts on, or None)
OBJECTS = [
    pytest.param("The Pell council approved the new stadium.", "stadium", id="plain"),
    pytest.param("The board rejected the city's request to build.", "request", id="before-to"),
    pytest.param("The agency affirmed its AA credit rating on Monday.", "rating", id="before-on"),
    pytest.param("The board approved the plan unanimously.", "plan", id="adverb-after"),
    pytest.param("The city will raise fares this year.", "fare", id="time-after"),
    pytest.param("Prices rose 5% in May.", None, id="no-object"),
    pytest.param("The bank kept its rates unchanged.", "rate", id="complement-after"),
    pytest.param("The levy was backed by the mayor.", "mayor", id="passive-agent"),
    pytest.param("Ridership fell this season.", None, id="when-is-no-object"),
    pytest.param("Ridership rose 8 percent this season.", None, id="an-amount-is-no-object"),
    pytest.param("The board approved this plan.", "plan", id="a-demonstrative-object"),
]


def test_a_time_after_a_verb_points_back_to_nothing() -> None:
    verb, *_ = verb_senses("Ridership fell this season.")
    assert not verb.refers_back


@pytest.mark.parametrize(("text", "head"), OBJECTS)
def test_what_a_verb_acts_on(text: str, head: str | None) -> None:
    verb, *_ = verb_senses(text)
    assert verb.object_head == head


def test_a_verb_knows_who_comes_before_it() -> None:
    verb = only(verb_senses("The Pell council approved the new stadium."))
    assert verb.said == "approved"
    assert {"pell", "council"} <= verb.before


# ---------------------------------------------------------------- stems of unrelated words


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("the bond rating", "the ferry rates"),
        ("the court's ruling", "the parking rules"),
    ],
)
def test_words_that_stem_alike_but_mean_otherwise_stay_apart(one: str, other: str) -> None:
    assert terms(one)[-1] != terms(other)[-1]


@pytest.mark.parametrize(
    ("one", "other"),
    [("Fitch rated the bonds", "the bonds' rating"), ("the judge ruled", "a ruling")],
)
def test_a_verb_keeps_the_stem_of_its_own_noun(one: str, other: str) -> None:
    assert set(terms(one)) & set(terms(other)) - {"bond"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The film Salt Roads grossed $4 million.", "Salt Roads", "film"),
        ("Harbour Lights ( film ) grossed $4 million.", "Harbour Lights", "film"),
        ("Rapper Dale Onu sang it.", "Dale Onu", "Rapper"),
        ("The council of Pell met.", "Pell", ""),
        ("Pell (the town) grew.", "Pell", ""),
        ("The Salt Roads film was poorly reviewed.", "Salt Roads", "film"),
        ("Dockers at the Pell Basin grain terminal struck.", "Pell Basin", "grain terminal"),
        ("The Pell plant closed.", "Pell", "plant"),
        ("Pell at station nine.", "Pell", ""),
        ("Pell terminals grew.", "Pell", ""),
    ],
)
def test_the_kind_of_thing_a_name_is_is_read_beside_it(text: str, name: str, kind: str) -> None:
    assert kind_beside(text, name) == kind


@pytest.mark.parametrize(
    ("text", "weekday_is_a_term"),
    [
        ("The walkout began on Monday, 4 March 2041.", False),
        ("Dockers walked out on Wednesday 20 March.", False),
        ("Dockers walked out on Monday.", True),
        ("The Monday market reopened on 4 March 2041.", True),
    ],
)
def test_the_day_of_the_week_of_a_date_is_part_of_the_date(
    text: str, weekday_is_a_term: bool
) -> None:
    clause = only(analyze(text, AnalysisContext(aliases=AliasIndex())))
    weekdays = {"monday", "wednesday"} & set(clause.terms)
    assert bool(weekdays) == weekday_is_a_term, clause.terms


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Tarvia plans to send 25 observers.", {"send", "observ"}, {"plan"}),
        ("The museum is scheduled to reopen in May.", {"museum", "reopen"}, {"schedul"}),
        ("The vote is set for Friday.", {"vote"}, {"set"}),
        ("The council approved the plan to widen the road.", {"plan", "approv"}, set()),
        ("Tokayev proposed a new budget.", {"propos", "budget"}, set()),
    ],
)
def test_words_that_only_say_a_thing_is_planned_are_not_terms(
    text: str, kept: set[str], dropped: set[str]
) -> None:
    clause = only(analyze(text, AnalysisContext(aliases=AliasIndex())))
    assert kept <= set(clause.terms) and not dropped & set(clause.terms)
    assert clause.modality == "planned" or not dropped


@pytest.mark.parametrize(
    ("text", "tones"),
    [
        ("Harrow Lane received mixed reviews from critics.", {"mixed"}),
        ("The film received generally negative reviews.", {"negative"}),
        ("It was poorly reviewed.", {"negative"}),
        ("The film was panned by critics.", {"negative"}),
        ("Reviews of the album have been positive to mixed.", {"positive", "mixed"}),
        ("It received either ambiguous or flattering reviews.", {"mixed", "positive"}),
        ("The show received both good and bad reviews.", {"mixed"}),
        ("The episode received mostly praise from critics.", {"positive"}),
        ("The film was liked by reviewers.", {"positive"}),
        ("The film was hated by critics.", {"negative"}),
        # The tone of the reviews, not of what comes after them.
        ("It received mixed reviews from critics, with praise for its cast.", {"mixed"}),
        # No tone where it is denied, or where nothing is reviewed.
        ("The film was not well received by critics.", set()),
        ("The team had a good season and a bad start.", set()),
        ("The film received 40 reviews.", set()),
    ],
)
def test_a_reception_is_read_as_its_tone(text: str, tones: set[str]) -> None:
    assert reception(text) == tones


def test_a_difference_of_tone_is_said_in_plain_words() -> None:
    claim = "Harrow Lane received positive reviews."
    said = tone_difference(claim, "The film received mixed reviews from critics.")
    assert said == "source gives mixed reviews, claim positive"
    assert tone_difference(claim, "The film received 40 reviews.") == ""  # no tone: open
    assert tone_difference(claim, "Reviews were mixed to positive.") is None  # shared
    assert tone_difference("Harrow Lane grossed $4 million.", "It got mixed reviews.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Overall, farms in Drava used 88% of the water.",
        "Moreover, farms in Drava used 88% of the water.",
        "Farms in Drava, meanwhile, used 88% of the water.",
        "Farms in Drava thus used 88% of the water; hence the ban.",
    ],
)
def test_words_that_link_a_sentence_to_the_one_before_are_not_terms(text: str) -> None:
    # In a large store they are rare enough to weigh like content, and "Overall, ..." matched
    # "Overall, ..." where nothing else did.
    assert set(terms(text)) <= {"farm", "drava", "use", "water", "ban"}


@pytest.mark.parametrize(
    ("text", "qualifier", "word"),
    [
        ("The Pell ferry carried fewer than 106 cars.", "under", "fewer"),
        ("The film holds a rating lower than 30% on the Quist Review.", "under", "lower"),
        ("The Pell ferry carried in excess of 100 cars.", "over", "excess"),
        ("The Pell ferry carried no more than 100 cars.", "up_to", "more"),
        ("The Pell ferry carries a maximum of 100 cars.", "up_to", "maximum"),
        ("The Pell ferry carries at most 100 cars.", "up_to", "most"),
        ("The Quist duo had a career longer than 15 years.", "over", "longer"),
        ("The Quist duo had a career shorter than 16 years.", "under", "shorter"),
        ("Every Pell ferry captain is older than 30 years.", "over", "older"),
        ("Every Pell ferry deckhand is younger than 25 years.", "under", "younger"),
    ],
)
def test_a_figures_qualifier_is_its_slot_not_a_term_nor_a_negation(
    text: str, qualifier: str, word: str
) -> None:
    clause = only(analyze(text, AnalysisContext(aliases=AliasIndex())))
    assert only(clause.quantities).qualifier == qualifier
    assert word not in clause.terms and not clause.negated


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("The Quist Review gives it an average rating of 5.9/10.", "out of 10"),
        ("Ada Voss gave the film 3 stars out of 5, calling it slow.", "out of 5"),
        ("Pellcritic scored it 7.4/10 based on 28 critics.", "out of 10"),
        ("The critic rated it 9 out of 10, her best of the year.", "out of 10"),
    ],
)
def test_a_rating_on_a_scale_is_a_score(text: str, scale: str) -> None:
    clause = analyze(text, AnalysisContext(aliases=AliasIndex()))[0]
    score = [q for q in clause.quantities if q.kind == "score"]
    assert [q.unit for q in score] == [scale]


def test_a_part_of_a_whole_that_counts_something_is_no_score() -> None:
    clause = only(analyze("4 out of 5 doctors agree.", AnalysisContext(aliases=AliasIndex())))
    assert only(clause.quantities).kind == "count"


@pytest.mark.parametrize(
    ("text", "count", "year"),
    [
        ("More than 1905 measles cases were reported in Pell.", 1905, None),
        ("Fewer than 2000 people attended.", 2000, None),
        ("The Pell bridge was built earlier than 1905.", None, 1905),
        ("The confirmed measles cases in Pell reached 1661 .", 1661, None),
    ],
)
def test_a_number_bounded_by_more_or_fewer_than_is_a_count_not_a_year(
    text: str, count: int | None, year: int | None
) -> None:
    clause = analyze(text, AnalysisContext(aliases=AliasIndex()))[0]
    assert [q.value for q in clause.quantities] == ([count] if count else [])
    assert [t.year for t in clause.times] == ([year] if year else [])


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Ines Okafor", True),
        ("Stillwater Reservoir", False),
        ("Harbor Valley", False),
        ("Linden Falls", False),
        ("Merrow Bay", False),
        ("Skellan Quay", False),
        ("Fenlow Roads", False),
        ("Greave Basin Terminal", False),
    ],
)
def test_a_place_named_in_capitals_is_not_a_person(name: str, person: bool) -> None:
    assert looks_like_person(name, AliasIndex()) is person


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Water year 2023 was wet by comparison, with 29.3 inches of rain.", 2023),
        ("In fiscal year 2031 the Pell budget grew.", 2031),
        ("2024 saw record heat in Pell.", 2024),
    ],
)
def test_a_year_that_is_the_subject_or_names_a_year_is_a_date(text: str, year: int) -> None:
    assert [t.year for t in extract_times(text)] == [year]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Saltroads is the last studio album by the rapper 2Pell .", []),
        ("The Pell phone supports 5G networks.", []),
        ("The Pell ferry cost $10M.", [10_000_000.0]),  # "M" after a currency sign: million
        ("The Pell ferry carried 12 cars.", [12.0]),
    ],
)
def test_digits_with_a_capital_letter_written_onto_them_are_a_name(
    text: str, values: list[float]
) -> None:
    clause = analyze(text, AnalysisContext(aliases=AliasIndex()))[0]
    assert [q.value for q in clause.quantities] == values


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("Ada Voss was the 21st mayor of Pell.", 21, ("mayor",)),
        ("Pell ranked 256th in the world.", 256, ()),
        ("In 2031 Pell ranked sixth by attendance.", 6, ()),
        ("Saltroads is the fourth studio album by Ada Voss.", 4, ("studio", "album")),
    ],
)
def test_an_ordinal_is_a_rank(text: str, value: int, noun: tuple[str, ...]) -> None:
    rank = only(only(analyze(text, AnalysisContext(aliases=AliasIndex()))).quantities)
    assert (rank.kind, rank.value, rank.noun) == ("rank", value, noun)
    assert "th" not in terms(text) or rank.text.endswith(("st", "th"))


def test_an_ordinal_word_in_a_name_is_no_rank() -> None:
    clause = only(analyze("She lived on Fifth Avenue.", AnalysisContext(aliases=AliasIndex())))
    assert clause.quantities == ()


@pytest.mark.parametrize(
    ("text", "nationality"),
    [
        ("Rescuers flew out 14 Ghanaian nationals.", "Ghana"),
        ("Rescuers flew out 14 citizens from New Zealand.", "New Zealand"),
        ("Rescuers flew out 14 citizens of Sri Lanka.", "Sri Lanka"),
    ],
)
def test_counted_people_of_any_country_have_their_nationality(text: str, nationality: str) -> None:
    [quantity] = [q for a in analyze(text, AnalysisContext(ALIASES)) for q in a.quantities]
    assert quantity.nationality == nationality


@pytest.mark.parametrize(
    "text",
    [
        "The federal Pell-No grant program will pay for the buses.",
        "The city signed a no-bid contract for the buses.",
        "The clinic is a not-for-profit venture.",
    ],
)
def test_a_cue_written_onto_another_word_negates_nothing(text: str) -> None:
    assert not any(a.negated for a in analyze(text, AnalysisContext(ALIASES)))


def test_a_cue_on_its_own_still_negates() -> None:
    [assertion] = analyze("No strike date has been set.", AnalysisContext(ALIASES))
    assert assertion.negated


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # The first day of a span takes the year written after its last.
        ("The road will close from April 7 to August 29, 2031.", (2031, 4, 7)),
        ("The road will close from 7 April to 29 August 2031.", (2031, 4, 7)),
        # ... the year before, when its month comes later in the year.
        ("The road will close from December 20 to January 5, 2032.", (2031, 12, 20)),
    ],
)
def test_a_span_of_days_shares_its_year(text: str, first: tuple[int, int, int]) -> None:
    start = extract_times(text, published=date(2031, 3, 20))[0]
    assert (start.year, start.month, start.day) == first


@pytest.mark.parametrize(
    "text",
    [
        "Between 15 and 20 May 2031 the airline cancelled 4,186 flights.",
        "The airline cancelled 4,186 flights from 15 to 20 May 2031.",
        "The airline cancelled 4,186 flights on 15-20 May 2031.",
        "The airline cancelled 4,186 flights on 15–20 May 2031.",
    ],
)
def test_the_first_day_of_a_span_within_a_month_is_a_date_not_a_figure(text: str) -> None:
    """ "between 15 and 20 May" is two days of May 2031, not a figure between 15 and 20 that
    a claim's count of flights could be set against."""
    days = [(t.year, t.month, t.day) for t in extract_times(text)]
    assert days == [(2031, 5, 15), (2031, 5, 20)]
    [assertion] = analyze(text, AnalysisContext(ALIASES))
    assert [q.value for q in assertion.quantities] == [4186]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("It ran between 15 and 20 May 2031.", True),
        ("It ran from 15 to 20 May 2031.", True),
        ("It ran from May 2029 to October 2031.", True),
        # Two dates, not one span: "and" without "between", or years.
        ("It met on 15 May and 20 May 2031.", False),
        ("Bleaching was recorded in 1998 and 2010.", False),
    ],
)
def test_the_ends_of_a_span_are_told_from_two_dates(text: str, span: bool) -> None:
    first, last = extract_times(text)[:2]
    assert one_span(text, first, last) is span


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # A year between quotation marks is a title, not a date.
        ("The song “2031” was released in 2029.", [2029]),
        ("'' 2031 '' is a song released on 28 August 2029 .", [2029]),
        ("The song `` 2031 '' was released before 2035 .", [2035]),
        # Unquoted, or in brackets, it is a date.
        ("In 2031 the band split.", [2031]),
        ("The film (2031) was a hit.", [2031]),
    ],
)
def test_a_quoted_year_is_a_title(text: str, years: list[int]) -> None:
    assert [t.year for t in extract_times(text)] == years


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Corvennic's third-quarter net profit rose 12 percent.", ["12 percent"]),
        ("Net profit of $31.8 million in Q3 2033.", ["$31.8 million"]),
        ("Sales fell 3 percent in the first half of 2035.", ["3 percent"]),
    ],
)
def test_a_part_of_a_year_is_a_time_not_a_figure(text: str, figures: list[str]) -> None:
    clause = only(analyze(text, AnalysisContext(aliases=ALIASES)))
    assert [q.text for q in clause.quantities] == figures
    assert not {"third", "quarter", "half"} & set(clause.terms)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("revenue of $1.58bn", 1.58e9, "USD"),
        ("a price of £3m", 3e6, "GBP"),
        ("a bonus of $40k", 4e4, "USD"),
        ("94 cents a share", 0.94, "USD"),
        ("debts of 2.5bn", 2.5e9, None),
    ],
)
def test_a_scale_written_onto_the_digits_and_cents(
    text: str, value: float, unit: str | None
) -> None:
    quantity = only(extract_quantities(text))
    assert (quantity.value, quantity.unit) == (pytest.approx(value), unit)


def test_m_after_digits_is_a_million_only_after_a_currency_sign() -> None:
    assert only(extract_quantities("She won the 100m final.")).value == 100


def test_a_year_before_revenue_or_a_forecast_dates_it() -> None:
    clause = only(
        analyze("Corvennic narrowed its 2034 revenue forecast.", AnalysisContext(aliases=ALIASES))
    )
    assert [t.year for t in clause.times] == [2034]
    assert not clause.quantities


def test_the_part_of_a_period_a_date_names_is_no_word_of_the_claim() -> None:
    text = "The order backlog stood at $1.06 billion at the end of September 2034."
    clause = only(analyze(text, AnalysisContext(aliases=ALIASES)))
    assert "end" not in clause.terms


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "Ines Okafor will step down on March 31, 2031, and deputy head Mara Quist will "
            "succeed her.",
            [
                "Ines Okafor will step down on March 31, 2031",
                "deputy head Mara Quist will succeed her.",
            ],
        ),
        # A pronoun points back, and a list's last item is no subject.
        (
            "Ines Okafor will step down on March 31, 2031, and she will stay on as an adviser.",
            ["Ines Okafor will step down on March 31, 2031, and she will stay on as an adviser."],
        ),
        (
            "In 2007, a relationship with actress, model, and musician Ada Voss was made public.",
            ["In 2007, a relationship with actress, model, and musician Ada Voss was made public."],
        ),
        # A subject saying there was none opens a clause of its own.
        (
            "The fire reached the town four hours later, and no one in Quist was hurt.",
            ["The fire reached the town four hours later", "no one in Quist was hurt."],
        ),
        (
            "Okafor will join the board after she steps down.",
            ["Okafor will join the board", "she steps down."],
        ),
        (
            "Net profit of $31.8 million (2030: $36.1 million)",
            ["Net profit of $31.8 million", "2030: $36.1 million"],
        ),
    ],
)
def test_clauses_of_their_own(text: str, clauses: list[str]) -> None:
    assert [a.text for a in analyze(text, AnalysisContext(aliases=ALIASES))] == clauses


@pytest.mark.parametrize(
    ("text", "figure", "left"),
    [
        ("The margin fell to 11.2 percent from 12.9 percent.", "12.9", True),
        ("The margin fell to 11.2 percent from 12.9 percent.", "11.2", False),
        ("Revenue rose 7.4 percent to $412.6 million from $384.2 million.", "$384.2", True),
        ("Use was 71 gallons, down from 86 gallons.", "86", True),
        ("Use was 71 gallons, compared with 86 gallons in 2023.", "86", True),
        ("The court cut her ban from four years to 30 months.", "four years", True),
        ("The court cut her four-year ban to 30 months.", "four-year", True),
        ("The court cut her four-year ban to 30 months.", "30 months", False),
        ("The council cut 40 jobs to save money.", "40", False),
    ],
)
def test_the_level_a_change_left(text: str, figure: str, left: bool) -> None:
    assert changed_from(text, text.index(figure), text.index(figure) + len(figure)) is left


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        ("Revenue rose 7.4 percent to $412.6 million.", "7.4 percent", "change"),
        ("It reported a 12 percent fall in net profit.", "12 percent", "change"),
        ("an increase of 7.4 percent", "7.4 percent", "change"),
        ("shares were up 6 percent", "6 percent", "change"),
        ("It cut its forecast to about 11 percent, from 12 percent.", "11 percent", "level"),
        ("It cut its forecast to about 11 percent, from 12 percent.", "12 percent", "level"),
        ("a gross margin of 38.5 percent", "38.5 percent", "level"),
        ("39 percent of patients", "39 percent", None),
    ],
)
def test_a_percentage_is_a_change_or_a_level(text: str, figure: str, role: str | None) -> None:
    start = text.index(figure)
    assert percent_role(text, start, start + len(figure)) == role


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("a 12 percent fall in third-quarter net profit on Tuesday", "third-quarter net profit"),
        ("a 5 percent rise in the price of bread", "price"),
        ("a 12 percent fall, the worst since 2020", ""),
    ],
)
def test_what_a_change_is_in(text: str, thing: str) -> None:
    assert changed_thing(text, text.index("percent") + len("percent")) == thing


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("In October 2034 Thollesby told analysts she would stay.", "Thollesby"),
        ("On March 3, 2031 the council voted 7-2.", "the council"),
        ("In the city the council voted 7-2.", "In the city the council"),
    ],
)
def test_a_date_opens_a_clause_without_a_comma(text: str, subject: str) -> None:
    clause = analyze(text, AnalysisContext(aliases=ALIASES))[0]
    assert clause.subject == subject


@pytest.mark.parametrize(
    "text",
    ["A recount in Ward 9 was ordered.", "A recount in Tarvia's Ward 9 was ordered."],
)
def test_a_numbered_ward_is_a_place_in_a_series(text: str) -> None:
    rank = only(analyze(text, AnalysisContext(aliases=ALIASES))[0].quantities)
    assert (rank.kind, rank.value, rank.noun) == ("rank", 9.0, ("ward",))


def test_a_ward_is_a_place_not_a_time_to_be_before_or_after() -> None:
    text = "After the Ward 9 recount, the Lantern Alliance controls the council."
    rank = only(analyze(text, AnalysisContext(aliases=ALIASES))[0].quantities)
    assert (rank.text, rank.qualifier) == ("Ward 9", "exact")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("four days after polling day", "four days after the vote"),
        ("on election day", "on the vote"),
        ("in the 2038 mayoral race", "in the 2038 mayoral election"),
        ("the fire broke out on Tuesday", "the fire began on Tuesday"),
        ("orders stay in force for Quist", "orders kept for Quist"),
    ],
)
def test_a_phrase_reads_as_the_words_it_means(text: str, said: str) -> None:
    assert terms(text) == terms(said)


@pytest.mark.parametrize(
    ("text", "said", "minutes"),
    [
        ("Members walked out at 6 a.m. on Monday.", "6 a.m.", 360),
        ("They stopped work at 06:00 on 11 March.", "06:00", 360),
        ("It left at around 7.46 in the morning.", "7.46 in the morning", 466),
        ("The show runs from 7pm to 10pm.", "7pm", 1140),
        ("Cases after 3 P.M. EST rose.", "after 3 P.M.", 900),
        ("It ended at 11 at night.", "at 11 at night", 1380),
        ("Midnight is 12 a.m.", "12 a.m.", 0),
    ],
)
def test_a_time_of_day_is_read_with_its_half_and_bound(text: str, said: str, minutes: int) -> None:
    first = clock_times(text)[0]
    assert (first.said(), first.minutes) == (said, minutes)


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 7 in the morning session.",
        "The share price rose 1.5 percent.",
        "Aspect ratios of 16:10 ratio were common.",
        "It was 14 p.m. by their count.",
    ],
)
def test_a_figure_is_no_time_of_day(text: str) -> None:
    assert clock_times(text) == []


def test_a_time_of_day_counts_nothing() -> None:
    found = extract_quantities("About 1,900 members walked out at 6 a.m. on Monday.")
    assert [q.value for q in found] == [1900]


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("It airs Monday through to Friday.", {("monday", "friday")}),
        ("Open Monday-Saturday and on Sundays.", {("monday", "saturday")}),
        ("It airs from Tuesdays to Thursdays.", {("tuesday", "thursday")}),
        ("It aired on Monday and Friday.", set()),
    ],
)
def test_a_run_of_days_of_the_week(text: str, runs: set[tuple[str, str]]) -> None:
    assert weekday_ranges(text) == runs


@pytest.mark.parametrize(
    ("text", "subject", "action"),
    [
        # A participle after an adverb inside a noun phrase tells which; the verb comes after.
        (
            "Every wrongly downgraded candidate is owed 750 kerrits.",
            "Every wrongly downgraded candidate",
            "is owed",
        ),
        ("The newly elected mayor said she would stay.", "The newly elected mayor", "said"),
        # ... but after a subject of its own, the adverb and participle are the verb.
        ("The council narrowly approved the budget.", "The council", "approved"),
        # An irregular past form ends the subject and is the verb.
        ("Quist Foods withdrew batch L-20 from sale.", "Quist Foods", "withdrew"),
        (
            "Most of the patients who were offered checks took up the offer.",
            "Most of the patients",
            "took",
        ),
    ],
)
def test_the_verb_after_a_noun_phrase(text: str, subject: str, action: str) -> None:
    clause = only(analyze(text, AnalysisContext(ALIASES)))
    assert (clause.subject, clause.action) == (subject, action)


def test_a_stretch_of_time_opening_a_sentence_is_no_bound() -> None:
    # "Over three days, ..." says when, not that the days were more than three.
    opening = extract_quantities("Over three days, savers took out 1.5 billion kerrits.")
    assert [(q.value, q.qualifier) for q in opening if q.kind == "duration"] == [(3, "exact")]
    lasting = extract_quantities("The strike lasted over three days.")
    assert [(q.value, q.qualifier) for q in lasting] == [(3, "over")]


def test_a_number_after_a_possessive_name_is_a_figure() -> None:
    # "the Upper Diploma's 44 subjects" counts subjects, where "Apollo 11" would be a name.
    clause = only(
        analyze("It affected 17 of the Upper Diploma's 44 subjects.", AnalysisContext(ALIASES))
    )
    assert [q.value for q in clause.quantities] == [17, 44]


@pytest.mark.parametrize(
    "text",
    [
        "A court fined Pell Tankers 24 million kerrits for the spill.",
        "More than 28,000 Upper Diploma candidates were marked down.",
    ],
)
def test_a_sum_beside_a_name_is_a_figure_not_the_names_number(text: str) -> None:
    # "Apollo 11" numbers a name; a number with a scale word or a thousands comma never does.
    clause = analyze(text, AnalysisContext(ALIASES))[0]
    assert [q.value for q in clause.quantities] in ([24_000_000], [28_000])
