"""A share said in words against the part and whole a source counts; a total against the
sums a source adds up."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.numbers import extract_quantities
from factcheck.judge.shares import share_of_counted_whole, whole_of
from factcheck.judge.totals import added_up, said_as_a_sum, said_as_total

SOURCE = (
    "The attack encrypted 612 of the trust's 870 servers and 4,100 of its 9,800 desktop computers."
)


def _share(claim: str, text: str = SOURCE) -> float | None:
    claimed = extract_quantities(claim)[0]
    share = share_of_counted_whole(claimed, claim, 0, text, extract_quantities(text))
    return None if share is None else round(share.value, 1)


def test_a_share_is_the_part_over_the_whole_of_the_same_things() -> None:
    assert _share("Two-thirds of the trust's servers were encrypted.") == 70.3
    assert _share("About 40 percent of its desktop computers were encrypted.") == 41.8


def test_no_share_of_things_the_source_does_not_count() -> None:
    assert _share("Two-thirds of the trust's printers were encrypted.") is None
    assert _share("Two-thirds were encrypted.") is None


_TOTAL_WORDS = st.sampled_from(
    "it gave 12 8 million kerrits $ a further another plus and in total April , .".split()
)
_WORDS = st.sampled_from("of the its trust's 612 870 12 out servers computers and , .".split())


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORDS, max_size=25), noise=st.text(max_size=30))
def test_working_out_a_share_never_fails(words: list[str], noise: str) -> None:
    claim = "More than half of the trust's servers were hit."
    text = " ".join(words) + noise
    claimed = extract_quantities(claim)[0]
    share = share_of_counted_whole(claimed, claim, 0, text, extract_quantities(text))
    # A share is of a part no larger than its whole, and quotes the source's own words.
    assert share is None or (0 < share.value <= 100 and share.text in text)


PAYMENTS = "It gave 12 million kerrits in November and a further 8 million kerrits in April."


def test_sums_a_source_adds_up_are_the_first_and_each_further_one() -> None:
    claimed = extract_quantities("It gave 20 million kerrits in total.")[0]
    parts = added_up(claimed, PAYMENTS, extract_quantities(PAYMENTS))
    assert [q.value for q in parts] == [12e6, 8e6]


def test_a_total_is_said_in_words_that_mean_everything() -> None:
    assert said_as_total("It amounted to 20 million kerrits in total.")
    assert not said_as_total("The fare came to 3 kerrits.")


def test_a_source_figure_is_said_as_a_sum_by_the_words_around_it() -> None:
    def summed(text: str) -> list[bool]:
        return [said_as_a_sum(text, q) for q in extract_quantities(text)]

    assert summed("310 on Monday and 520 on Tuesday, bringing the total to 830.") == [
        False,
        False,
        True,
    ]
    assert summed("It cancelled a total of 4,186 flights.") == [True]
    assert summed("It cancelled 4,186 flights in all.") == [True]
    assert summed("It cancelled 4,186 flights.") == [False]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_TOTAL_WORDS, max_size=25), noise=st.text(max_size=30))
def test_adding_up_a_sources_sums_never_fails(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    claimed = extract_quantities("It gave 20 million kerrits in total.")[0]
    parts = added_up(claimed, text, extract_quantities(text))
    # Only figures the text gives, in its order, and never one alone.
    assert len(parts) != 1
    assert all(text[q.start : q.end] == q.text for q in parts)
    assert [q.start for q in parts] == sorted(q.start for q in parts)
    assert all(isinstance(said_as_a_sum(text, q), bool) for q in extract_quantities(text))


def test_the_whole_a_share_is_of_is_read_after_of() -> None:
    text = "Roughly a sixth of its network, the report said."
    assert whole_of(text, text.index("sixth") + len("sixth")) == {"network"}
    assert whole_of("It rose 5 percent.", len("It rose 5 percent")) == frozenset()


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=120), at=st.integers(0, 130))
def test_reading_what_a_share_is_of_never_fails(text: str, at: int) -> None:
    assert isinstance(whole_of(text, min(at, len(text))), frozenset)
