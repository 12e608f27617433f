"""What a claim asks the full-text index for: FTS5 MATCH expressions over sentence terms.

A small store is searched with every term of the claim ORed, ranked by FTS5's BM25. In a
large one that would score every sentence sharing any common word with the claim (a million
sentences: a second per claim), so a search there selects the sentences that have the claim's
rarest words, as many of them as still leave enough sentences, and ranks only those, by the
same BM25 over every term of the claim.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

# Up to this many postings (sentences × terms), a search scores every sentence that shares a
# term with the claim; beyond it, only those that have the claim's rarest words.
FULL_SEARCH_POSTINGS = 5_000
# A large-store search ranks at most this many sentences (a few milliseconds' work), selected
# by the rarest words of the claim; it counts matches at most MOST_PROBES times to get there.
MOST_SCORED = 500
MOST_PROBES = 4
# Sentences with any of the claim's rarest words are ranked too, while those words have at most
# this many postings in all (FTS5 scores each such sentence: a few microseconds each).
RARE_POSTINGS = 2_000


class Wanted(NamedTuple):
    """Something a matching sentence should say: any one of `names`, each given as its terms.

    A plain word is one name of one term; an entity is every name it goes by.
    """

    names: tuple[tuple[str, ...], ...]

    @classmethod
    def word(cls, term: str) -> Wanted:
        """A single word."""
        return cls(((term,),))

    @property
    def terms(self) -> tuple[str, ...]:
        """Every term of every name, first-seen order."""
        return tuple(dict.fromkeys(t for name in self.names for t in name))


def words(terms: Sequence[str]) -> list[Wanted]:
    """Each term wanted on its own."""
    return [Wanted.word(term) for term in terms]


def quote(term: str) -> str:
    """Quote one term as an FTS5 string; NUL ends an FTS5 query early, so it is dropped."""
    return '"' + term.replace("\x00", "").replace('"', '""') + '"'


def usable_terms(wanted: Sequence[Wanted]) -> list[str]:
    """The distinct terms that can match: one without a letter or digit never does."""
    every = (t for w in wanted for t in w.terms)
    return [t for t in dict.fromkeys(every) if any(c.isalnum() for c in t)]


def any_of(terms: Sequence[str]) -> str | None:
    """An FTS5 expression matching a sentence with any of `terms`, or None when none is usable."""
    usable = usable_terms(words(terms))
    return "terms : " + _either(usable) if usable else None


def requirements(wanted: Sequence[Wanted], counts: Mapping[str, int]) -> list[str]:
    """One FTS5 expression per wanted thing, rarest first: any of its names, each name by its
    rarest term (a long name is mentioned when most of it is there, so its rarest word is).

    Names that no stored sentence has are left out, and things with no such name at all.
    """
    ranked: dict[str, int] = {}
    for item in wanted:
        picks = []
        for name in item.names:
            present = [t for t in name if counts.get(t, 0) > 0]
            if present:
                picks.append(min(present, key=lambda t: (counts[t], t)))
        if picks:
            unique = list(dict.fromkeys(picks))
            ranked[_either(unique)] = sum(counts[t] for t in unique)
    return sorted(ranked, key=lambda expression: (ranked[expression], expression))


class SearchPlan(NamedTuple):
    """How to search. When `scored`, FTS5 ranks the sentences `match` selects by BM25 over
    every term. Else `rank` does, over the sentences `match` selects (the first `most` of them,
    in index order, when `most` is set) and the best `most` by FTS5's BM25 of those with any of
    the `rare` terms."""

    match: str
    scored: bool
    most: int | None = None
    rare: str | None = None


def plan_search(
    wanted: Sequence[Wanted],
    counts: Mapping[str, int],
    count_matches: Callable[[str, int], int],
) -> SearchPlan | None:
    """How to search for what is wanted, or None when nothing can match.

    `counts` gives each term's sentence count; `count_matches(expression, most)` counts the
    sentences matching an expression, up to `most` (cheap: no scoring, and it stops there).
    """
    present = [t for t in usable_terms(wanted) if counts.get(t, 0) > 0]
    everything = any_of(present)
    if everything is None or sum(counts[t] for t in present) <= FULL_SEARCH_POSTINGS:
        return None if everything is None else SearchPlan(everything, scored=True)
    required = requirements(wanted, counts)
    kept, left = _requirements_to_keep(
        len(required), lambda n: count_matches(_all_of(required[:n]), MOST_SCORED + 1)
    )
    # A sentence with only some of the rarest words (one spelt differently, or named in the
    # title) is not selected; where those words are rare enough, any of them brings it in.
    rare = any_of(_rarest_within(present, counts, RARE_POSTINGS))
    most = MOST_SCORED if left > MOST_SCORED else None
    return SearchPlan(_all_of(required[:kept]), False, most, rare)


def _rarest_within(terms: Sequence[str], counts: Mapping[str, int], budget: int) -> list[str]:
    """The rarest terms whose sentence counts add up to at most `budget`."""
    chosen: list[str] = []
    for term in sorted(terms, key=lambda t: (counts[t], t)):
        budget -= counts[term]
        if budget < 0:
            break
        chosen.append(term)
    return chosen


class Totals(NamedTuple):
    """The index's size, for BM25: sentences, and terms over all sentences."""

    sentences: int
    terms: int


def rank(
    found: Sequence[tuple[int, str]],
    wanted: Sequence[Wanted],
    counts: Mapping[str, int],
    totals: Totals,
    *,
    limit: int,
) -> list[tuple[int, float]]:
    """The best `limit` of (sentence id, its space-joined terms), scored by BM25 as FTS5 scores
    a search for every wanted term (FTS5's defaults k1 = 1.2, b = 0.75; each term is indexed
    once per sentence), best first; ties go to the earlier sentence."""
    weights = {t: _idf(counts.get(t, 0), totals.sentences) for t in usable_terms(wanted)}
    # Padded, so that a substring test finds whole terms: cheaper than splitting every row.
    padded = [(f" {t} ", weight) for t, weight in weights.items()]
    average = max(totals.terms / max(totals.sentences, 1), 1.0)
    scored = []
    for sentence_id, indexed in found:
        row = f" {indexed} "
        matched = sum(weight for term, weight in padded if term in row)
        norm = 1 + _K1 * (1 - _B + _B * (indexed.count(" ") + 1) / average)
        scored.append((sentence_id, matched * (_K1 + 1) / norm))
    return sorted(scored, key=lambda hit: (-hit[1], hit[0]))[:limit]


_K1, _B = 1.2, 0.75


def _idf(count: int, sentences: int) -> float:
    """FTS5's BM25 term weight, which it floors just above zero."""
    return max(1e-6, math.log((sentences - count + 0.5) / (count + 0.5)))


def _either(terms: Sequence[str]) -> str:
    return "(" + " OR ".join(quote(t) for t in terms) + ")"


def _all_of(expressions: Sequence[str]) -> str:
    return "(" + " AND ".join(expressions) + ")"


def _requirements_to_keep(most: int, matches: Callable[[int], int]) -> tuple[int, int]:
    """How many of the rarest requirements to keep, and how many sentences they leave (up to
    MOST_SCORED + 1): the fewest that leave at most MOST_SCORED, or as close as MOST_PROBES
    counts get.

    `matches(n)` is the number of sentences meeting the n rarest requirements. Each count
    reads the requirements' postings, so the rarest are counted first; a requirement that no
    sentence meets alongside the others is not kept.
    """
    kept, left = 1, matches(1)
    while left > MOST_SCORED and kept < min(most, MOST_PROBES):
        stricter = matches(kept + 1)
        if stricter == 0:
            break
        kept, left = kept + 1, stricter
    return kept, left
