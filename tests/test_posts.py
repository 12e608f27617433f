"""Who held which post: another post beside the claim's name, and the claim's post given to
someone else, read from the words around the names, never failing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.judge.posts import other_post

SENTENCE = (
    "The board named two executives: Tomas Reyes, who was Pell Rail's finance director, and "
    "Ines Okafor, who was Pell Rail's operations director and signed the contract."
)


def test_the_claims_post_given_to_another_person() -> None:
    found = other_post(
        "Ines Okafor, Pell Rail's finance director at the time, signed it.", SENTENCE
    )
    assert found is not None and found.holder == "Tomas Reyes"
    assert found.reason() == (
        "source gives Pell Rail's finance director to Tomas Reyes, "
        "and calls Ines Okafor Pell Rail's operations director"
    )


def test_a_post_written_with_of_is_the_same_post() -> None:
    claim = "Ines Okafor, Pell Rail's operations director, signed it."
    assert other_post(claim, SENTENCE) is None
    assert (
        other_post(claim, "Ines Okafor, then operations director of Pell Rail, signed it.") is None
    )


def test_no_post_beside_a_name_in_the_claim_is_nothing_to_compare() -> None:
    assert other_post("Ines Okafor signed the contract.", SENTENCE) is None


_WORDS = st.sampled_from(
    "Ines Okafor Tomas Reyes Pell Rail's Rail then who was of the finance operations director "
    ", , . and signed at time".split()
)


@settings(max_examples=300, deadline=None)
@given(claim=st.lists(_WORDS, max_size=16), sentence=st.lists(_WORDS, max_size=24))
def test_reading_posts_never_fails(claim: list[str], sentence: list[str]) -> None:
    claim_text, sentence_text = " ".join(claim), " ".join(sentence)
    found = other_post(claim_text, sentence_text)
    if found is not None:
        # The claim's name is given another post, which is never the claim's own.
        assert found.name in claim_text and found.name in sentence_text
        assert not found.theirs.same(found.claimed)
        assert found.holder is None or found.holder != found.name
