"""What evidence for an assertion would say → candidate evidence sentences, best first.

`wanted_in_evidence` turns an assertion into search terms (each entity by any of its names);
a retriever turns those into candidate sentences: a store's full-text search (`StoreRetriever`),
or every sentence of one given text (`TextRetriever`).

With `--judge combined` a store's search also finds sentences near the assertion in meaning
(`DenseSearch`, over the vectors stored at index time), so a paraphrase that shares no word
stem with the claim still reaches the judge; the two rankings are fused by reciprocal rank.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from factcheck.extract.entities import AliasIndex
from factcheck.extract.tokens import terms
from factcheck.index.ann import ApproximateIndex
from factcheck.index.query import Wanted
from factcheck.index.store import EvidenceStore
from factcheck.index.vectors import StaticEncoder, VectorIndex, shipped_encoder
from factcheck.models import Assertion, EvidenceSentence

CANDIDATES = 30
# The best hits' neighbours are candidates too: the words may be in one sentence, the number in
# the next.
EXPANDED_HITS = 10
WINDOW = 2
# The sentences nearest an assertion in meaning that join the term search's candidates.
DENSE_CANDIDATES = 10
# Reciprocal rank fusion's constant (Cormack et al., 2009): a hit ranked r scores 1 / (K + r),
# so being high in either ranking counts, and the very top of one does not drown the other.
FUSION_K = 60


def wanted_in_evidence(assertion: Assertion, aliases: AliasIndex) -> list[Wanted]:
    """What evidence for the claim would say: each entity by any name it goes by, and each
    other word of the claim (what its numbers count included)."""
    wanted = []
    for entity in assertion.entities:
        names = sorted(aliases.names(entity.canonical))
        wanted.append(Wanted(tuple(terms(name.replace(".", "")) for name in names)))
    named = {t for item in wanted for t in item.terms}
    counted = [t for quantity in assertion.quantities for t in quantity.noun]
    other_words = dict.fromkeys([*assertion.terms, *counted])
    wanted += [Wanted.word(t) for t in other_words if t not in named]
    return wanted


def search_terms(wanted: Sequence[Wanted]) -> list[str]:
    """Every term a search for what is wanted looks for, once each."""
    return list(dict.fromkeys(t for item in wanted for t in item.terms))


class DenseSearch:
    """The stored sentences nearest a text in meaning: a store's vectors (loaded once, or, in a
    large store, its nearest-neighbour file) and the encoder that made them."""

    def __init__(self, encoder: StaticEncoder, index: VectorIndex | ApproximateIndex) -> None:
        self.encoder = encoder
        self.index = index

    @classmethod
    def of(cls, store: EvidenceStore) -> DenseSearch | None:
        """The search over a store's vectors; None where numpy or tokenizers cannot be imported,
        or without vectors made by the shipped encoder (then search is by terms alone)."""
        encoder = shipped_encoder()
        if encoder is None:
            return None
        index = ApproximateIndex.open(store, encoder.name, dims=encoder.dims) or _loaded(
            store, encoder
        )
        return cls(encoder, index) if len(index) else None

    def nearest(self, text: str, *, limit: int = DENSE_CANDIDATES) -> list[tuple[int, float]]:
        """Up to `limit` (sentence id, cosine), nearest first."""
        [query] = self.encoder.encode([text])
        return self.index.nearest(query, limit=limit)


def _loaded(store: EvidenceStore, encoder: StaticEncoder) -> VectorIndex:
    """Every vector of the store made by `encoder`, in memory, for exact search."""
    ids, vectors = store.sentence_vectors(encoder.name, size=encoder.dims)
    return VectorIndex.of(ids, vectors, encoder.dims)


def fused(rankings: Sequence[Sequence[int]], *, k: int = FUSION_K) -> list[int]:
    """The ids of several rankings in one order, by reciprocal rank fusion (ties: first seen)."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores, key=lambda item: -scores[item])


class StoreRetriever:
    """Finds candidate sentences in an evidence store and weighs terms by rarity; with a
    `dense` search, the sentences nearest each assertion in meaning too."""

    def __init__(self, store: EvidenceStore, *, dense: DenseSearch | None = None) -> None:
        self.store = store
        self.dense = dense
        self._sentences = max(1, store.sentence_count())

    def candidates(self, wanted: Sequence[Wanted], text: str = "") -> list[EvidenceSentence]:
        """The best-matching stored sentences, with their neighbours, best first.

        `text` is the assertion's own text, which a dense search looks for by meaning.
        """
        near = self.dense.nearest(text) if self.dense is not None and text else []
        # One snapshot: an `index` committing meanwhile must not remove a hit before it is read.
        with self.store.snapshot():
            hits = self.store.search(wanted, limit=CANDIDATES)
            scores = dict(hits)
            # Vectors were loaded before this snapshot: a sentence since removed is left out.
            ranked = fused([list(scores), [i for i, _ in self.store.judgeable(near)]])
            adjacent = self.store.adjacent_ids(ranked[:EXPANDED_HITS], window=1)
            ids = list(dict.fromkeys([*ranked, *adjacent]))
            found = self.store.evidence(ids, window=WINDOW)
        # Every id is there: the search and the reads share one snapshot.
        return [
            evidence.model_copy(update={"retrieval_score": scores.get(i, 0.0)})
            for i, evidence in zip(ids, found, strict=True)
        ]

    def idf(self, words: Sequence[str]) -> dict[str, float]:
        """Inverse sentence frequency of each term: rare words decide relevance."""
        counts = self.store.document_frequencies(list(dict.fromkeys(words)))
        return {
            word: math.log((self._sentences + 1) / (count + 0.5)) for word, count in counts.items()
        }


class TextRetriever:
    """Every sentence of one document is a candidate (a claim judged against given text)."""

    def __init__(self, sentences: Sequence[EvidenceSentence]) -> None:
        self.sentences = list(sentences)

    def candidates(self, wanted: Sequence[Wanted], text: str = "") -> list[EvidenceSentence]:
        """All sentences of the document, whatever is wanted."""
        return self.sentences

    def idf(self, words: Sequence[str]) -> dict[str, float]:
        """Uniform weights: one document gives no reliable rarity."""
        return dict.fromkeys(words, 1.0)
