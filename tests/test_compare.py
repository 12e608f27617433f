"""Matcher's remembered work (per claim, per sentence, per mention) never changes a judgement."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.analyse import analyze_document
from factcheck.extract.entities import AliasIndex
from factcheck.extract.tokens import terms
from factcheck.judge.claims import Judge
from factcheck.judge.retrieve import TextRetriever
from factcheck.judge.stance import Matcher
from factcheck.models import (
    Alias,
    AnalyzedSentence,
    Assertion,
    Entity,
    EvidenceSentence,
    Sentence,
    SourceDocument,
)

LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Short and long words: only long ones are also found by a close spelling.
WORDS = st.text(LETTERS, min_size=4, max_size=12)


def _source(text: str = "") -> SourceDocument:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return SourceDocument(id="doc", path="doc.txt", content_hash=digest, text=text)


def _evidence(found_terms: frozenset[str]) -> EvidenceSentence:
    """A sentence offering exactly these terms."""
    sentence = Sentence(
        source_id="doc", index=0, paragraph=0, line=1, column=1, start=0, end=0, text=""
    )
    clause = Assertion(text="", start=0, end=0, terms=tuple(sorted(found_terms)))
    return EvidenceSentence(
        source=_source(), sentence=AnalyzedSentence(sentence=sentence, assertions=(clause,))
    )


def _misspelt(word: str, draw: st.DrawFn) -> str:
    """The word with one letter dropped, added or changed."""
    at = draw(st.integers(0, len(word) - 1))
    letter = draw(st.sampled_from(LETTERS))
    edit = draw(st.sampled_from(["drop", "add", "change"]))
    if edit == "drop":
        return word[:at] + word[at + 1 :]
    if edit == "add":
        return word[:at] + letter + word[at:]
    return word[:at] + letter + word[at + 1 :]


Example = tuple[AliasIndex, Assertion, dict[str, float], list[frozenset[str]]]


@st.composite
def _names_and_evidence(draw: st.DrawFn) -> Example:
    """Entities with aliases, a claim naming them, and term sets holding some of their words,
    misspelt or not."""
    entities: list[Entity] = []
    aliases: list[Alias] = []
    for _ in range(draw(st.integers(1, 3))):
        canonical = " ".join(w.title() for w in draw(st.lists(WORDS, min_size=1, max_size=4)))
        for alias in draw(st.lists(WORDS, max_size=2)):
            aliases.append(Alias(alias=alias.title(), canonical=canonical, origin="user"))
        text = draw(st.sampled_from([canonical, *(a.alias for a in aliases[-2:])]))
        entities.append(Entity(text=text, start=0, end=0, canonical=canonical))
    index = AliasIndex(aliases)
    name_words = sorted(
        {t for e in entities for name in index.names(e.canonical) for t in terms(name)}
        | {t for e in entities for t in terms(e.text)}
    )
    if not name_words:
        name_words = ["placeholder"]
    misspelt = [_misspelt(w, draw) for w in name_words]
    pool = [*name_words, *misspelt, *draw(st.lists(WORDS, max_size=4))]
    weights = {w: draw(st.floats(0.5, 12.0)) for w in name_words}
    term_sets = draw(
        st.lists(st.frozensets(st.sampled_from(pool), max_size=8), min_size=1, max_size=12)
    )
    claim = Assertion(text="", start=0, end=0, terms=("claimword",), entities=tuple(entities))
    return index, claim, weights, term_sets


def _missing(
    aliases: AliasIndex, claim: Assertion, found: frozenset[str], weight: Callable[[str], float]
) -> set[str]:
    """Entities not named in the terms, asked of the alias index directly."""

    def named(entity: Entity) -> bool:
        written = terms(entity.text.replace(".", ""))
        return aliases.mentioned_in(entity.canonical, found, weight) or (
            bool(written) and all(t in found for t in written)
        )

    present = {e.canonical for e in claim.entities if named(e)}
    return {e.text for e in claim.entities if e.canonical not in present}


@settings(max_examples=100, deadline=None)
@given(_names_and_evidence())
def test_a_remembered_mention_agrees_with_the_alias_index(example: Example) -> None:
    aliases, claim, weights, term_sets = example
    matcher = Matcher(aliases=aliases, idf=weights)
    for found in term_sets:  # one matcher throughout: answers remembered from earlier sets
        missing = _missing(aliases, claim, found, matcher.weight)
        reason = matcher.judge(claim, _evidence(found)).reason
        if missing:
            assert reason == f"does not mention {', '.join(sorted(missing))}"
        else:
            assert not reason.startswith("does not mention")


DOCUMENT = (
    "The Kazakh contingent (KAZBAT) joined UNIFIL in Lebanon in October 2018. "
    "Kazakhstan sent 120 peacekeepers to the mission that year. "
    "In March 2024, Kazakhstan deployed 139 troops to UNDOF in the Golan Heights. "
    "Antonio Guterres thanked Kazakhstan for the deployment. "
    "The United Nations Disengagement Observer Force (UNDOF) monitors the ceasefire. "
    "Kazakhstan did not send troops to Mali."
)
CLAIMS = (
    "Kazakhstan sent 139 troops to UNDOF in March 2024.",
    "Kazakhstan sent 150 troops to UNDOF in March 2024.",
    "Kazakhstan sent troops to Mali.",
    "Guterres thanked Kazakhstan for the deployment.",
    "Kazakstan joined UNIFIL in October 2018 and sent 120 peacekeepers.",
    "Tokayev visited Almaty.",
)


def test_one_matcher_judges_like_a_fresh_one_for_every_candidate() -> None:
    doc = _source(DOCUMENT)
    aliases = AliasIndex()
    analyzed = analyze_document(doc, aliases)
    candidates = [
        EvidenceSentence(
            source=doc,
            sentence=sentence,
            neighbours=tuple(o for j, o in enumerate(analyzed) if j != i and abs(j - i) <= 2),
        )
        for i, sentence in enumerate(analyzed)
    ]
    idf = {t: 1.0 + len(t) / 4 for t in terms(DOCUMENT)}
    shared = Matcher(aliases=aliases, idf=idf)
    for claim in CLAIMS:
        for assertion in Judge(TextRetriever([]), aliases).parse(claim):
            for evidence in [*candidates, *candidates]:
                fresh = Matcher(aliases=aliases, idf=idf).judge(assertion, evidence)
                assert shared.judge(assertion, evidence) == fresh
