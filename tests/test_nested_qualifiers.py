"""Nested qualifiers on one number: "up to around 100", "more than about 50"."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.numbers import extract_quantities, interval, nested_interval
from factcheck.judge.intervals import SlotMatch, compare_quantities
from factcheck.models import Qualifier, Quantity


def only_quantity(text: str) -> Quantity:
    [quantity] = extract_quantities(text)
    return quantity


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("The crew numbered up to around 100 sailors.", "up_to", 0.0, 110.0),
        ("The crew numbered up to “around 100” sailors.", "up_to", 0.0, 110.0),
        ("The crew numbered more than about 50 sailors.", "over", 45.0, math.inf),
        ("The crew numbered as many as nearly 200 sailors.", "up_to", 0.0, 200.0),
        ("The crew numbered at least roughly 30 sailors.", "at_least", 27.0, math.inf),
        ("The crew numbered “about 50” sailors.", "about", 45.0, 55.0),
        ("The crew numbered just over 40 sailors.", "over", 40.0, math.inf),
        # An approximation before a bound: the bound is what is said, not loosened by it.
        ("The crew numbered approximately more than 50 sailors.", "over", 50.0, math.inf),
        ("The crew numbered about less than 50 sailors.", "under", 0.0, 50.0),
    ],
)
def test_nested_qualifiers_give_one_interval(
    text: str, qualifier: str, low: float, high: float
) -> None:
    quantity = only_quantity(text)
    assert (quantity.qualifier, quantity.low, quantity.high) == (qualifier, low, high)


def test_an_approximate_cap_does_not_deny_a_figure_just_above_it() -> None:
    cap = only_quantity("The crew numbered up to around 100 sailors.")
    above = only_quantity("The crew numbered 105 sailors.")
    far_above = only_quantity("The crew numbered 150 sailors.")
    assert compare_quantities(above, cap) == SlotMatch.NEUTRAL
    assert compare_quantities(far_above, cap) == SlotMatch.CONTRADICTS


def test_an_approximate_floor_is_met_by_a_figure_near_it() -> None:
    floor = only_quantity("The crew numbered more than about 50 sailors.")
    assert compare_quantities(floor, only_quantity("The crew numbered 48 sailors.")) == (
        SlotMatch.SUPPORTS
    )
    assert compare_quantities(floor, only_quantity("The crew numbered 30 sailors.")) == (
        SlotMatch.CONTRADICTS
    )


QUALIFIER_NAMES: list[Qualifier] = [
    "exact",
    "about",
    "up_to",
    "at_least",
    "over",
    "almost",
    "under",
]


@given(
    st.floats(min_value=1, max_value=1e9),
    st.sampled_from(QUALIFIER_NAMES),
    st.sampled_from(QUALIFIER_NAMES),
)
def test_a_nested_interval_never_narrows_the_outer_one(
    value: float, outer: Qualifier, inner: Qualifier
) -> None:
    low, high = nested_interval(value, outer, inner)
    outer_low, outer_high = interval(value, outer)
    assert low <= outer_low and outer_high <= high
