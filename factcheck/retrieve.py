"""Assertion → candidate evidence sentences: full text over folded terms, names expanded."""

from __future__ import annotations

import math
from collections.abc import Sequence

from factcheck.extract.entities import AliasIndex
from factcheck.extract.tokens import terms
from factcheck.models import Assertion, EvidenceSentence
from factcheck.store import EvidenceStore

CANDIDATES = 30
# The best hits' neighbours are candidates too: the words may be in one sentence, the number in
# the next.
EXPANDED_HITS = 10
WINDOW = 2


def query_terms(assertion: Assertion, aliases: AliasIndex) -> list[str]:
    """The claim's terms plus every name its entities go by, for full-text search."""
    found = list(assertion.terms)
    for entity in assertion.entities:
        for name in sorted(aliases.names(entity.canonical)):
            found.extend(terms(name.replace(".", "")))
    for quantity in assertion.quantities:
        found.extend(quantity.noun)
    return list(dict.fromkeys(found))


class StoreRetriever:
    """Finds candidate sentences in an evidence store and weighs terms by rarity."""

    def __init__(self, store: EvidenceStore, aliases: AliasIndex) -> None:
        self.store = store
        self.aliases = aliases
        self._sentences = max(1, store.sentence_count())

    def candidates(self, assertion: Assertion) -> list[EvidenceSentence]:
        """The best-matching stored sentences, with their neighbours, best first."""
        # One snapshot: an `index` committing meanwhile must not remove a hit before it is read.
        with self.store.snapshot():
            hits = self.store.search(query_terms(assertion, self.aliases), limit=CANDIDATES)
            scores = dict(hits)
            adjacent = self.store.adjacent_ids([i for i, _ in hits[:EXPANDED_HITS]], window=1)
            ids = list(dict.fromkeys([*scores, *adjacent]))
            return [self._scored(i, scores.get(i, 0.0)) for i in ids]

    def _scored(self, sentence_id: int, score: float) -> EvidenceSentence:
        [found] = self.store.evidence([sentence_id], window=WINDOW)
        return found.model_copy(update={"retrieval_score": score})

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

    def candidates(self, assertion: Assertion) -> list[EvidenceSentence]:
        """All sentences of the document."""
        return self.sentences

    def idf(self, words: Sequence[str]) -> dict[str, float]:
        """Uniform weights: one document gives no reliable rarity."""
        return dict.fromkeys(words, 1.0)
