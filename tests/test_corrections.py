"""A correction's account of what an earlier version wrongly said is read as retracted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.judge.corrections import retracted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Correction: An earlier version of this article said that the limit was 150,000.", True),
        ("A previous version of this story wrongly gave the date as 4 March.", True),
        ("The minister incorrectly stated that the bridge had opened.", True),
        ("The limit is 100,000 kerrits per saver at each bank.", False),
        ("An earlier version of the bill said nothing about tolls.", False),
    ],
)
def test_a_correction_is_told_by_its_words(text: str, expected: bool) -> None:
    assert retracted(text) is expected


@given(st.text(max_size=200))
def test_reading_a_correction_never_fails(text: str) -> None:
    assert isinstance(retracted(text), bool)
