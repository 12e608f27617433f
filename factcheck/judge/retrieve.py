"""What evidence for an assertion would say → candidate evidence sentences, best first.

`wanted_in_evidence` turns an assertion into search terms (each entity by any of its names);
a retriever turns those into candidate sentences: a store's full-text search (`StoreRetriever`),
or every sentence of one given text (`TextRetriever`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from factcheck.extract.entities import AliasIndex
from factcheck.extract.tokens import terms
from factcheck.index.query import Wanted
from factcheck.index.store import EvidenceStore
from factcheck.models import Assertion, EvidenceSentence

CANDIDATES = 30
# The best hits' neighbours are candidates too: the words may be in one sentence, the number in
# the next.
EXPANDED_HITS = 10
WINDOW = 2


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


class StoreRetriever:
    """Finds candidate sentences in an evidence store and weighs terms by rarity."""

    def __init__(self, store: EvidenceStore) -> None:
        self.store = store
        self._sentences = max(1, store.sentence_count())

    def candidates(self, wanted: Sequence[Wanted]) -> list[EvidenceSentence]:
        """The best-matching stored sentences, with their neighbours, best first."""
        # One snapshot: an `index` committing meanwhile must not remove a hit before it is read.
        with self.store.snapshot():
            hits = self.store.search(wanted, limit=CANDIDATES)
            scores = dict(hits)
            adjacent = self.store.adjacent_ids([i for i, _ in hits[:EXPANDED_HITS]], window=1)
            ids = list(dict.fromkeys([*scores, *adjacent]))
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

    def candidates(self, wanted: Sequence[Wanted]) -> list[EvidenceSentence]:
        """All sentences of the document, whatever is wanted."""
        return self.sentences

    def idf(self, words: Sequence[str]) -> dict[str, float]:
        """Uniform weights: one document gives no reliable rarity."""
        return dict.fromkeys(words, 1.0)
