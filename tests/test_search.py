"""Search on a large store: which sentences it scores, and the term counts it plans with."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.index import migrations
from factcheck.index import query as query_module
from factcheck.index import store as store_module
from factcheck.index.query import Totals, Wanted, any_of, plan_search, rank, requirements, words
from factcheck.index.rows import PreparedSource, prepare_source
from factcheck.index.store import EvidenceStore
from factcheck.models import AnalyzedSentence, Assertion, Sentence, SourceDocument

HOSTILE = ['"', "AND", "NEAR(", "*", "-", "", " ", "a OR b", "x:y", "(", "\x00", "é"]


def source(source_id: str, sentence_terms: list[tuple[str, ...]]) -> PreparedSource:
    """A source with one sentence per tuple of terms (its text is the terms, space-joined)."""
    texts = [" ".join(terms) + "." for terms in sentence_terms]
    text = " ".join(texts)
    analysed: list[AnalyzedSentence] = []
    start = 0
    for index, (sentence_text, terms) in enumerate(zip(texts, sentence_terms, strict=True)):
        sentence = Sentence(
            source_id=source_id,
            index=index,
            paragraph=0,
            line=1,
            column=start + 1,
            start=start,
            end=start + len(sentence_text),
            text=sentence_text,
        )
        assertion = Assertion(text=sentence_text, start=0, end=len(sentence_text), terms=terms)
        analysed.append(AnalyzedSentence(sentence=sentence, assertions=(assertion,)))
        start += len(sentence_text) + 1
    doc = SourceDocument(id=source_id, path=f"{source_id}.txt", content_hash=source_id, text=text)
    return prepare_source(doc, analysed)


def recount(path: Path) -> dict[str, int]:
    """Each term's sentence count, counted afresh from the full-text index."""
    with closing(sqlite3.connect(path)) as db:
        counted: Counter[str] = Counter()
        for (terms,) in db.execute("SELECT terms FROM sentences_fts"):
            counted.update(terms.split())
        stored = dict(db.execute("SELECT term, sentences FROM term_counts").fetchall())
        totals = db.execute("SELECT sentences, terms FROM index_totals").fetchall()
        rows = db.execute("SELECT count(*) FROM sentences_fts").fetchone()[0]
    assert stored == dict(counted)
    assert totals == [(rows, counted.total())]
    return stored


# A corpus where every sentence shares common words with the claim, and one has its rare words.
FILLER = [("troop", "sent", "mission", f"filler{n % 7}") for n in range(300)]
BEST = ("troop", "sent", "mission", "tarvia", "quist")
NEAR_MISS = ("troop", "mission", "tarvia", "pell")
CLAIM = words(["tarvia", "quist", "troop", "sent", "mission"])


@pytest.fixture
def large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EvidenceStore]:
    """A store too large, by the (lowered) budget, for a full search."""
    monkeypatch.setattr(query_module, "FULL_SEARCH_POSTINGS", 100)
    monkeypatch.setattr(query_module, "RARE_POSTINGS", 3)  # "quist" and "tarvia"
    with EvidenceStore.open(tmp_path / "large.db") as opened:
        for number in range(3):
            opened.replace_sources([source(f"s{number}", FILLER[number::3])])
        opened.replace_sources([source("best", [NEAR_MISS, BEST])])
        yield opened


def selection(store: EvidenceStore) -> str | None:
    """The MATCH expression the store plans for CLAIM, selecting what `search` ranks."""
    _, plan = store._plan(CLAIM)
    return None if plan is None else plan.match


def sentence_terms(store: EvidenceStore, sentence_id: int) -> tuple[str, ...]:
    [found] = store.evidence([sentence_id], window=0)
    return found.sentence.assertions[0].terms


def test_a_large_store_finds_the_sentence_with_the_rare_words_first(large: EvidenceStore) -> None:
    hits = large.search(CLAIM, limit=5)
    # What has every rare word comes first, then what has some; what has none is not scored.
    assert [sentence_terms(large, i) for i, _ in hits] == [BEST, NEAR_MISS]


def test_a_large_store_selects_by_the_rarest_words(large: EvidenceStore) -> None:
    assert selection(large) == '(("quist"))'


def test_a_small_store_searches_every_term(
    large: EvidenceStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query_module, "FULL_SEARCH_POSTINGS", 10_000)
    assert selection(large) == ('terms : ("tarvia" OR "quist" OR "troop" OR "sent" OR "mission")')
    assert len(large.search(CLAIM, limit=400)) == 302


def test_an_entity_is_wanted_by_any_of_its_names_rarest_word() -> None:
    counts = {"unit": 90, "nation": 80, "disengag": 3, "undof": 5, "golan": 40}
    entity = Wanted((("unit", "nation", "disengag"), ("undof",), ("never", "seen")))
    assert requirements([entity, Wanted.word("golan")], counts) == [
        '("disengag" OR "undof")',
        '("golan")',
    ]
    assert requirements([Wanted.word("absent")], counts) == []


def test_requirements_are_added_until_few_enough_sentences_are_left_to_rank() -> None:
    counts = {"a": 5_000, "b": 6_000, "c": 9_000, "d": 9_500}
    most = query_module.MOST_SCORED
    matches = {1: 10 * most, 2: most // 2, 3: 40, 4: 0}
    asked: list[int] = []

    def count(expression: str, most: int) -> int:
        asked.append(expression.count(" AND ") + 1)
        return min(matches[asked[-1]], most)

    wanted = words(["d", "c", "b", "a"])
    assert plan_search(wanted, counts, count) == ('(("a") AND ("b"))', False, None, None)
    assert asked == [1, 2]  # the rarest first, and no more than needed
    matches[2] = 0  # "b" never comes with "a": ranking many beats finding none
    assert plan_search(wanted, counts, count) == ('(("a"))', False, query_module.MOST_SCORED, None)


def test_a_claim_of_common_words_counts_a_bounded_number_of_times() -> None:
    counts = {f"w{n}": 50_000 + n for n in range(20)}
    asked: list[str] = []

    def count(expression: str, most: int) -> int:
        asked.append(expression)
        return min(40_000, most)

    plan = plan_search(words(list(counts)), counts, count)
    assert len(asked) == query_module.MOST_PROBES
    assert plan is not None and plan.most == query_module.MOST_SCORED


def test_a_large_store_ranks_as_fts5_ranks_a_search_for_every_term(large: EvidenceStore) -> None:
    terms = [t for w in CLAIM for t in w.terms]
    every = any_of(terms)
    by_fts5 = large._db.execute(store_module.SEARCH_SQL, (every, 1000)).fetchall()
    found = large._db.execute("SELECT rowid, terms FROM sentences_fts").fetchall()
    counts = large.document_frequencies(terms)
    totals = Totals(large.sentence_count(), sum(len(t.split()) for _, t in found))
    ours = rank(found, CLAIM, counts, totals, limit=1000)
    assert [i for i, _ in ours] == [i for i, _ in by_fts5]
    assert [s for _, s in ours] == pytest.approx([s for _, s in by_fts5])


def test_term_counts_follow_every_write(tmp_path: Path) -> None:
    path = tmp_path / "counts.db"
    with EvidenceStore.open(path) as opened:
        opened.replace_sources([source("a", [("x", "y"), ("y", "z")])])
        opened.replace_sources([source("b", [("y",)])])
        assert recount(path) == {"x": 1, "y": 3, "z": 1}
        opened.replace_sources([source("a", [("z",)])])
        assert recount(path) == {"y": 1, "z": 1}
        opened.remove_source("b")
        assert recount(path) == {"z": 1}
        assert opened.document_frequencies(["z", "y"]) == {"z": 1, "y": 0}


def test_a_store_of_the_first_schema_gains_term_counts(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        migrations.m001_initial(db)
        db.execute("INSERT INTO migrations VALUES ('m001_initial', '2026-11-23')")
        db.execute("PRAGMA user_version = 1")
        db.execute("INSERT INTO sources (id, path, content_hash, text) VALUES ('a', 'a', 'h', 't')")
        for number, terms in enumerate(["apple pear", "pear"], start=1):
            db.execute(
                "INSERT INTO sentences VALUES (?, 'a', ?, 0, 1, 1, 0, 1, 't', '[]')",
                (number, number),
            )
            db.execute(
                "INSERT INTO sentences_fts (rowid, text, terms) VALUES (?, 'Text.', ?)",
                (number, terms),
            )
    with EvidenceStore.open(path) as opened:
        assert recount(path) == {"apple": 1, "pear": 2}
        assert [i for i, _ in opened.search(words(["apple"]))] == [1]
        assert opened.search(words(["text"])) == []  # the sentence text was never searched


@settings(max_examples=150, deadline=None)
@given(
    wanted=st.lists(
        st.lists(st.lists(st.text(max_size=8) | st.sampled_from(HOSTILE), max_size=3), max_size=3),
        max_size=5,
    ),
    limit=st.integers(1, 40),
)
def test_any_wanted_gives_a_valid_query(
    tmp_path_factory: pytest.TempPathFactory, wanted: list[list[list[str]]], limit: int
) -> None:
    path = tmp_path_factory.mktemp("hostile") / "s.db"
    hostile = [tuple(t for t in HOSTILE if t.strip()), ("a", "b"), ("b",)]
    with EvidenceStore.open(path) as opened:
        opened.replace_sources([source("h", [*hostile, *[("a",)] * 20])])
        query_module_budget = query_module.FULL_SEARCH_POSTINGS
        try:
            query_module.FULL_SEARCH_POSTINGS = 0  # always plan a large-store search
            items = [Wanted(tuple(tuple(name) for name in names)) for names in wanted]
            hits = opened.search(items, limit=limit)
        finally:
            query_module.FULL_SEARCH_POSTINGS = query_module_budget
        assert len(hits) <= limit


def test_sentences_with_any_of_the_rarest_words_are_ranked_too() -> None:
    counts = {"a": 300, "b": 1_500, "c": 9_000}

    def count(expression: str, most: int) -> int:
        return 20

    plan = plan_search(words(["c", "b", "a"]), counts, count)
    assert plan is not None and plan.rare == 'terms : ("a" OR "b")'
