"""Who made a thing: one maker, read from the claim and from the source."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.judge.makers import Maker, maker_named
from factcheck.models import Verdict
from tests.test_matching_rules import check_against

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_ENOUGH_EVIDENCE
FERRIES = "The Pell ferries, built by Tarvia Marine, will cost $40 million."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Another firm named for the same thing: the claim's maker is denied.
        ("The Pell ferries are being built by Dovrik Yards.", C),
        # The same firm.
        ("The Pell ferries are being built by Tarvia Marine.", S),
        # Something else made: the source says nothing of it.
        ("The Pell harbour cranes are being built by Dovrik Yards.", N),
    ],
)
def test_one_maker_for_one_thing(claim: str, expected: Verdict) -> None:
    result = check_against(claim, FERRIES)
    assert result.verdict == expected, result.explanation


def test_the_explanation_names_both_makers() -> None:
    result = check_against("The Pell ferries are being built by Dovrik Yards.", FERRIES)
    assert "claim: built by Dovrik Yards; source: built by Tarvia Marine" in result.explanation


def test_a_source_naming_the_claims_maker_too_denies_nothing() -> None:
    source = "The Pell ferries, built by Tarvia Marine with hulls from Dovrik Yards, cost $40m."
    result = check_against("The Pell ferries are being built by Dovrik Yards.", source)
    assert result.verdict != C, result.explanation


def test_the_maker_is_the_name_after_by() -> None:
    assert maker_named("The hulls were made by Dovrik Yards Ltd. in 2030") == Maker(
        "made", "Dovrik Yards Ltd"
    )
    assert maker_named("The hulls were made by hand.") is None


@given(st.text(max_size=200))
def test_reading_a_maker_never_fails(text: str) -> None:
    found = maker_named(text)
    assert found is None or found.name[:1].isupper()
