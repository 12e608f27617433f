"""The extractors' shortcuts find exactly what the long way round finds."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.extract import dates, entities, numbers
from factcheck.extract.tokens import tokenize, tokens_within

PIECES = (
    " ", "  ", ", ", "; ", "(", ")", "-", "'", "’", "\n", "\u00a0", ".", "12,000", "1.2.3", "336.7",
    "1990s", "2003", "1999/2000", "7", "31st", "January", "Sept.", "May", "mid-", "last month",
    "This Year", "in", "the", "more than", "no fewer than", "up to around", "just under", "some",
    "one", "a", "an", "year", "hundred", "million", "U.N.", "UN", "d’Estaing", "d'Arc", "al-Assad",
    "Al-Farabi", "Golan Heights", "Afghan-Kazakh", "ǅemal", "①", "²", "ﬁ", "İstanbul", "Σ",
)  # fmt: skip
texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=25).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(text=texts, cuts=st.lists(st.integers(0, 100), min_size=2, max_size=6))
@example(text="Although 12,000 people came, they left", cuts=[0, 11, 100])  # cuts "12,000"
def test_tokens_within_a_span_are_the_span_tokenised(text: str, cuts: list[int]) -> None:
    tokens = tokenize(text)
    bounds = sorted(min(cut, len(text)) for cut in cuts)
    for start, end in pairwise(bounds):
        expected = [
            (t.text, t.start + start, t.end + start, t.folded) for t in tokenize(text[start:end])
        ]
        assert [tuple(t) for t in tokens_within(text, tokens, start, end)] == expected


@settings(max_examples=300, deadline=None)
@given(text=texts)
@example(text="d’Estaing met al-Assad and Al-Farabi in d'Arc")
def test_names_are_tried_where_the_name_pattern_finds_them(text: str) -> None:
    expected = [m.span() for m in entities._NAME.finditer(text)]
    assert [m.span() for m in entities._name_matches(text)] == expected


@settings(max_examples=300, deadline=None)
@given(text=texts)
@example(text="in mid-May 1999 and the 1990s, last Month")
def test_a_date_pattern_matches_only_text_holding_what_it_needs(text: str) -> None:
    present = {name for name, hint in dates._HINTS.items() if hint.search(text)}
    for _, pattern, needs in dates.PATTERNS:
        if pattern.search(text):
            assert needs <= present, pattern.pattern
    if dates._RELATIVE.search(text) or dates._STEP.search(text):
        assert "unit" in present


@settings(max_examples=300, deadline=None)
@given(text=texts)
@example(text="no fewer than 5, just under 6, up to around 7, some 8 and more than 9")
def test_qualifiers_are_the_first_listed_phrase_before_the_number(text: str) -> None:
    tokens = tokenize(text)
    for i in range(len(tokens)):
        words = [t.folded for t in tokens[:i]]
        inner = first_listed_phrase(words)
        if inner is None:
            assert numbers._qualifier(tokens, i) == ("exact", None)
            continue
        outer = first_listed_phrase(words[: -len(inner[0])])
        expected = (inner[1], None) if outer is None else (outer[1], inner[1])
        assert numbers._qualifier(tokens, i) == expected


def first_listed_phrase(words: list[str]) -> tuple[tuple[str, ...], str] | None:
    """The first phrase of `QUALIFIERS` the words end with, and its qualifier."""
    listed = [(p, q) for p, q in numbers.QUALIFIERS if tuple(words[-len(p) :]) == p]
    return listed[0] if listed else None


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_every_number_start_is_a_candidate(text: str) -> None:
    tokens = tokenize(text)
    starts = [i for i in range(len(tokens)) if numbers._starts_number(tokens, i, text)]
    assert set(starts) <= set(numbers._number_candidates(tokens))
