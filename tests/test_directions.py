"""Which way a level moved: read from the words before each figure, never failing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.judge.directions import change_reversed

CLAIM = "The fund cut the share it pays from 85 per cent to 60 per cent."


def test_a_change_the_other_way_is_found_with_the_sentences_levels() -> None:
    sentence = "Those paid at 60 per cent will be brought to 85 per cent."
    claimed = [("85 per cent", "85 per cent"), ("60 per cent", "60 per cent")]
    assert change_reversed(CLAIM, claimed, sentence) == ("60 per cent", "85 per cent")


def test_the_same_change_or_no_change_is_not_reversed() -> None:
    same = "The fund cut the share it pays from 85 per cent to 60 per cent in May."
    claimed = [("85 per cent", "85 per cent"), ("60 per cent", "60 per cent")]
    assert change_reversed(CLAIM, claimed, same) is None
    # Two figures that are no change ("85 per cent and 60 per cent") reverse nothing.
    listed = "The fund pays 85 per cent to families and 60 per cent to firms."
    assert change_reversed("It pays 85 per cent and 60 per cent.", claimed, listed) is None
    # A figure the source did not give is no reversal.
    assert change_reversed(CLAIM, [("85 per cent", ""), ("60 per cent", "")], same) is None


_WORDS = st.sampled_from("from to at the 60 85 per cent , . cut raised brought about".split())


@settings(max_examples=300, deadline=None)
@given(
    claim=st.lists(_WORDS, max_size=20),
    source=st.lists(_WORDS, max_size=20),
    pairs=st.lists(st.tuples(_WORDS, _WORDS), max_size=4),
)
def test_reading_a_change_never_fails(
    claim: list[str], source: list[str], pairs: list[tuple[str, str]]
) -> None:
    text = " ".join(source)
    found = change_reversed(" ".join(claim), pairs, text)
    if found is not None:
        # The levels it reports are figures the sentence wrote.
        assert found[0] in text and found[1] in text
