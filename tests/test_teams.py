"""Whom a player plays for: one club at a time, read from the claim and from the source."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.judge.teams import club_played_for
from factcheck.models import Verdict
from tests.test_matching_rules import check_against

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_ENOUGH_EVIDENCE
PAGE = "Mara Quist"
NOW = (
    "Mara Lena Quist ( born 2 May 2001 ) is a Portuguese professional footballer who plays as a"
    " forward for Tarvian club Dovrik City and the Portugal national team ."
)
POSITION = "Mara Lena Quist ( born 2 May 2001 ) is a Velmoran midfielder for the Pell Rovers ."
CAREER = "Mara Lena Quist ( born 2 May 2001 ) is a former footballer who played for Dovrik City ."


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("Mara Quist plays for Pell Rovers .", NOW, C),  # another club, in the present
        ("Mara Quist plays for the football club Dovrik City .", NOW, S),
        ("Mara Quist plays for Dovrik City .", POSITION, C),  # "a midfielder for" is playing for
        ("Mara Quist plays for the Pell Rovers .", POSITION, S),
        ("Mara Quist plays for Portugal .", NOW, S),  # a national team beside the club
        ("Mara Quist plays for Pell Rovers .", CAREER, N),  # a career is many clubs
        ("Mara Quist plays for Dovrik City as a goalkeeper .", NOW, N),  # more than the club
    ],
)
def test_a_player_plays_for_one_club_at_a_time(claim: str, source: str, expected: Verdict) -> None:
    result = check_against(claim, source, title=PAGE)
    assert result.verdict == expected, result.explanation


def test_the_explanation_names_both_clubs() -> None:
    result = check_against("Mara Quist plays for Pell Rovers .", NOW, title=PAGE)
    assert "Pell Rovers" in result.explanation and "Dovrik City" in result.explanation


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("She plays for the American football club Pell Rovers.", "Pell Rovers"),
        ("He is a linebacker for the Dovrik Hawks of the Tarvian league.", "Dovrik Hawks"),
        ("He plays the piano for fun.", None),
        ("She plays for Portugal.", None),  # a country is a national side
        ("He is a retired striker for Pell Rovers.", None),
    ],
)
def test_the_club_is_read_from_the_words_after_for(text: str, club: str | None) -> None:
    assert club_played_for(text) == club


@given(st.text())
def test_reading_a_club_never_crashes(text: str) -> None:
    club = club_played_for(text)
    assert club is None or club in text
