"""What a figure stands as in its sentence: read from the words around it, never failing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.entities import AliasIndex
from factcheck.judge.figure_frames import compared_times
from factcheck.judge.figure_roles import (
    a_budget,
    a_difference,
    a_limit,
    counted_from,
    counted_so_far,
    estimate_against_final,
    estimate_or_final,
    said_as_claimed,
    set_against_asked,
)


def _at(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


@pytest.mark.parametrize(
    ("text", "figure", "difference"),
    [
        ("The new estimate is 75 million drevans higher than in August.", "75 million", True),
        ("The bridge finished 216 million kerrits over budget.", "216 million", True),
        ("It ran ten minutes shorter than the theatrical cut.", "ten", True),
        ("The bridge cost 936 million kerrits.", "936 million", False),
        # A preposition before the comparative: the figure is a level, the bound another's.
        ("It has a rating of 4.6/10 from less than 73 reviews.", "4.6/10", False),
        ("The summit is 30 metres above sea level.", "30", False),
    ],
)
def test_a_figure_before_a_comparative_is_a_difference(
    text: str, figure: str, difference: bool
) -> None:
    assert a_difference(text, _at(text, figure)[1]) is difference


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        ("The cost has risen to an estimated 865 million kerrits.", "865 million", "estimate"),
        ("The council expects the final bill to be about 905 million.", "905 million", "estimate"),
        (
            "The council's estimates rose in steps: to 790 million in August and to about 905 "
            "million when the bridge opened.",
            "905 million",
            "estimate",
        ),
        ("The bridge was completed at a final cost of 918 million.", "918 million", "final"),
        ("The bridge cost 918 million.", "918 million", None),
    ],
)
def test_a_figure_is_said_as_an_estimate_or_as_the_final_one(
    text: str, figure: str, role: str | None
) -> None:
    assert estimate_or_final(text, _at(text, figure)[0]) == role


def test_a_claims_final_figure_may_be_said_so_anywhere_in_it() -> None:
    text = "The bridge cost 936 million kerrits in the end."
    assert estimate_or_final(text, _at(text, "936 million")[0], whole=True) == "final"
    assert estimate_or_final(text, _at(text, "936 million")[0]) is None


def test_only_an_estimate_against_a_final_figure_is_set_apart() -> None:
    assert estimate_against_final("final", "estimate")
    assert estimate_against_final("estimate", "final")
    assert not estimate_against_final("final", "final")
    assert not estimate_against_final(None, "estimate")


@pytest.mark.parametrize(
    ("text", "figure", "budget"),
    [
        ("Cost of the whole project 720 million drevans (budget)", "720 million", True),
        ("The council approved a budget of 720 million kerrits.", "720 million", True),
        ("The bridge finished 216 million kerrits over budget.", "216 million", False),
    ],
)
def test_a_budget_is_read_beside_its_figure(text: str, figure: str, budget: bool) -> None:
    assert a_budget(text, *_at(text, figure)) is budget


@pytest.mark.parametrize(
    ("text", "figure", "limit"),
    [
        ("The maximum fine for the offence is 40 million kerrits.", "40 million", True),
        ("Pell faces a maximum penalty of £40 million.", "40 million", True),
        ("Each payment is capped at 8,000 kerrits.", "8,000", True),
        # Left to the figure's qualifier ("up to"), which compares as a bound already.
        ("Pell may be fined a maximum of 40 million kerrits.", "40 million", False),
        ("The court fined Pell 24 million kerrits, below the maximum.", "24 million", False),
    ],
)
def test_a_limit_is_read_before_its_figure(text: str, figure: str, limit: bool) -> None:
    assert a_limit(text, _at(text, figure)[0]) is limit


def test_a_sum_set_against_what_was_claimed_and_the_sum_claimed() -> None:
    claim = "The insurers settled for 181 million velders, 15 million less than Pell had claimed."
    assert set_against_asked(claim, _at(claim, "181 million")[1])
    assert not set_against_asked("The insurers settled for 181 million velders.", 40)
    title = "Pell claims 196 million velders from insurers"
    assert said_as_claimed(title, _at(title, "196 million")[0])
    assert not said_as_claimed("Insurers paid 196 million velders.", 14)


def test_a_stretch_of_time_is_counted_from_the_event_after_it() -> None:
    text = "He was dismissed two days after a disciplinary hearing, the university said."
    assert counted_from(text, _at(text, "two days")[1]) == {"disciplinari", "hear"}
    assert counted_from("He was dismissed two days later.", 23) == frozenset()


def test_a_count_of_what_happened_since_an_event_is_a_count_so_far() -> None:
    text = "Pell Rail said it had cancelled more than 800 trains since the strike began."
    assert counted_so_far(text, _at(text, "800")[1])
    done = "Pell Rail cancelled 1,570 trains during the strike, which began on Monday."
    assert not counted_so_far(done, _at(done, "1,570")[1])


@pytest.mark.parametrize(
    ("claim", "dates"),
    [
        (
            "Pell now expects it to cost 40 million, twice as much as the estimate it gave "
            "in March.",
            ["March"],
        ),
        ("Pell expects it to cost more than the forecast of June 2031.", ["June 2031"]),
        # The claim's own date, and a saying's.
        ("In March Pell said it expected the strike to cost 40 million.", []),
        ("Pell, as the board said in March, expects a cost of 40 million.", []),
    ],
)
def test_the_date_of_a_figure_a_claim_compares_with(claim: str, dates: list[str]) -> None:
    times = [t for a in analyze(claim, AnalysisContext(AliasIndex([]))) for t in compared_times(a)]
    assert [t.text for t in times] == dates


_WORDS = st.sampled_from(
    "the final cost estimated expects budget (budget) over under higher than less from 75 "
    "million kerrits in end maximum fine is of capped at limit than had claimed sought after since "
    ", . ; :".split()
)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_WORDS, max_size=30), noise=st.text(max_size=40), at=st.integers(0, 400))
def test_reading_a_figures_role_never_fails(words: list[str], noise: str, at: int) -> None:
    text = " ".join(words) + noise
    at = min(at, len(text))
    assert isinstance(a_difference(text, at), bool)
    assert isinstance(a_budget(text, at, at), bool)
    assert isinstance(a_limit(text, at), bool)
    assert isinstance(set_against_asked(text, at), bool)
    assert isinstance(said_as_claimed(text, at), bool)
    assert all(isinstance(term, str) for term in counted_from(text, at))
    assert isinstance(counted_so_far(text, at), bool)
    assert estimate_or_final(text, at) in (None, "estimate", "final")
    assert estimate_or_final(text, at, whole=True) in (None, "estimate", "final")
