"""The sentences a candidate is read with: the one right before it, which a pronoun, a
"those" or a list item leans on."""

from __future__ import annotations

from factcheck.models import AnalyzedSentence, EvidenceSentence


def sentence_before(evidence: EvidenceSentence) -> AnalyzedSentence | None:
    """The sentence right before the evidence's in its document, if it is among its
    neighbours."""
    index = evidence.sentence.sentence.index - 1
    return next((n for n in evidence.neighbours if n.sentence.index == index), None)
