"""Tests for the SQLite evidence store: round trips, retrieval, atomic writes, bad files."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import StoreError
from factcheck.index import migrations
from factcheck.index import rows as rows_module
from factcheck.index.query import any_of, words
from factcheck.index.rows import prepare_source
from factcheck.index.store import EvidenceStore, SourceSummary
from factcheck.models import (
    Alias,
    AnalyzedSentence,
    Assertion,
    Entity,
    Quantity,
    Sentence,
    SourceDocument,
    TimeExpression,
)

HOSTILE = ["'\"", '"', "AND", "NEAR(", "*", "-", "", " ", "a OR b", "x:y", "(", "^", "\x00", "é"]


def _terms(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w.lower() for w in re.findall(r"\w+", text)))


def _assertions(text: str) -> tuple[Assertion, ...]:
    """One assertion per sentence; sentences mentioning 2020 also carry a few facts."""
    if "2020" not in text:
        return (Assertion(text=text, start=0, end=len(text), terms=_terms(text)),)
    at = text.index("2020")
    return (
        Assertion(
            text=text,
            start=0,
            end=len(text),
            subject="WHO",
            terms=_terms(text),
            quantities=(
                Quantity(
                    text="3 million",
                    start=0,
                    end=9,
                    value=3e6,
                    low=3e6,
                    high=3e6,
                    unit="people",
                    qualifier="about",
                ),
            ),
            times=(
                TimeExpression(text="2020", start=at, end=at + 4, granularity="year", year=2020),
            ),
            entities=(Entity(text="WHO", start=0, end=3, canonical="World Health Organization"),),
        ),
        Assertion(
            text="not closed",
            start=0,
            end=10,
            terms=("close",),
            negated=True,
            negation_scope=("close",),
        ),
    )


def make_source(
    source_id: str, paragraphs: Sequence[Sequence[str]], *, content_hash: str = "h1"
) -> tuple[SourceDocument, list[AnalyzedSentence]]:
    """A source whose paragraphs are blank-line separated and sentences space separated."""
    text, line = "", 1
    sentences: list[AnalyzedSentence] = []
    for number, paragraph in enumerate(paragraphs):
        if number:
            text += "\n\n"
            line += 2
        for position, sentence_text in enumerate(paragraph):
            if position:
                text += " "
            sentence = Sentence(
                source_id=source_id,
                index=len(sentences),
                paragraph=number,
                line=line,
                column=len(text) - (text.rfind("\n") + 1) + 1,
                start=len(text),
                end=len(text) + len(sentence_text),
                text=sentence_text,
            )
            text += sentence_text
            sentences.append(
                AnalyzedSentence(sentence=sentence, assertions=_assertions(sentence_text))
            )
    doc = SourceDocument(
        id=source_id,
        path=f"evidence/{source_id}.txt",
        title=source_id.upper(),
        outlet="Outlet",
        published="2021-01-02",
        content_hash=content_hash,
        text=text,
    )
    return doc, sentences


DOC_A, SENTENCES_A = make_source(
    "a",
    [
        ["Alpha apples grow.", "Bravo bananas fall.", "Charlie cherries in 2020.", "Delta dates."],
        ["Echo eggplants.", "Foxtrot figs."],
    ],
)
DOC_B, SENTENCES_B = make_source("b", [["Golf grapes and apples.", "Hotel honey in 2020."]])
ALIASES_A = (Alias(alias="WHO", canonical="World Health Organization", origin="a"),)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EvidenceStore]:
    with EvidenceStore.open(tmp_path / "index.db") as opened:
        opened.replace_sources([prepare_source(DOC_A, SENTENCES_A, aliases=ALIASES_A)])
        opened.replace_sources([prepare_source(DOC_B, SENTENCES_B)])
        yield opened


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Run one statement on a fresh connection (to inspect or tamper with a store)."""
    with closing(sqlite3.connect(path)) as db, db:
        return db.execute(sql).fetchall()


def sentence_id(store: EvidenceStore, word: str) -> int:
    """The id of the one sentence containing `word`."""
    hits = store.search(words([word]))
    assert len(hits) == 1, hits
    return hits[0][0]


def snapshot(store: EvidenceStore) -> tuple[Any, ...]:
    """Everything observable through the API, to compare before and after a failed write."""
    wanted = words(["apples", "dates", "grapes", "honey", "figs", "zulu"])
    ids = [i for i, _ in store.search(wanted)]
    return (
        store.list_sources(),
        store.aliases(),
        store.source_fingerprints(),
        store.sentence_count(),
        sorted(ids),
        store.evidence(sorted(ids)),
    )


def test_round_trip_gives_back_equal_records(store: EvidenceStore) -> None:
    [found] = store.evidence([sentence_id(store, "charlie")], window=1)
    assert found.source == DOC_A
    assert found.sentence == SENTENCES_A[2]
    assert found.neighbours == (SENTENCES_A[1], SENTENCES_A[3])
    s = found.sentence.sentence
    assert found.source.text[s.start : s.end] == s.text


def test_neighbours_stay_in_the_source_and_window(store: EvidenceStore) -> None:
    [last] = store.evidence([sentence_id(store, "delta")], window=2)
    assert last.neighbours == (SENTENCES_A[1], SENTENCES_A[2], SENTENCES_A[4], SENTENCES_A[5])
    [first] = store.evidence([sentence_id(store, "echo")], window=5)
    assert first.neighbours == (*SENTENCES_A[:4], SENTENCES_A[5])
    [alone] = store.evidence([sentence_id(store, "echo")], window=0)
    assert alone.neighbours == ()


def test_evidence_keeps_the_given_order_and_skips_unknown_ids(store: EvidenceStore) -> None:
    ids = [sentence_id(store, "hotel"), 999_999, sentence_id(store, "alpha")]
    found = store.evidence(ids)
    assert [e.sentence for e in found] == [SENTENCES_B[1], SENTENCES_A[0]]
    assert [e.source.id for e in found] == ["b", "a"]


def test_search_ranks_the_sentence_with_more_terms_first(store: EvidenceStore) -> None:
    hits = store.search(words(["golf", "apples"]))
    assert hits[0][0] == sentence_id(store, "golf")
    assert {i for i, _ in hits} == {sentence_id(store, "golf"), sentence_id(store, "alpha")}
    assert hits[0][1] > hits[1][1]
    assert store.search(words(["zulu"])) == []
    assert len(store.search(words(["apples", "bananas", "figs"]), limit=2)) == 2


def test_search_matches_the_terms_column_only(store: EvidenceStore) -> None:
    doc, [analyzed] = make_source("m", [["The xylophones played."]])
    assertion = Assertion(text=analyzed.sentence.text, start=0, end=22, terms=("music", "play"))
    store.replace_sources(
        [prepare_source(doc, [analyzed.model_copy(update={"assertions": (assertion,)})])]
    )
    assert store.search(words(["xylophones"])) == []
    assert len(store.search(words(["music"]))) == 1


def test_any_of_quotes_every_term() -> None:
    assert any_of(["apple", 'say "hi"', "apple"]) == 'terms : ("apple" OR "say ""hi""")'
    assert any_of(["NEAR(", "a*"]) == 'terms : ("NEAR(" OR "a*")'
    assert any_of([]) is None
    assert any_of(["", "*", "-", '"', " "]) is None


@pytest.mark.parametrize("term", HOSTILE)
def test_search_survives_hostile_terms(store: EvidenceStore, term: str) -> None:
    store.search(words([term]))
    store.search(words([term, "apples"]))
    store.document_frequencies([term])


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EvidenceStore]:
    with EvidenceStore.open(tmp_path_factory.mktemp("shared") / "index.db") as opened:
        opened.replace_sources([prepare_source(DOC_A, SENTENCES_A)])
        yield opened


@settings(max_examples=200, deadline=None)
@given(terms=st.lists(st.text(max_size=12) | st.sampled_from(HOSTILE), max_size=6))
def test_search_never_raises(shared_store: EvidenceStore, terms: list[str]) -> None:
    query = any_of(terms)
    assert query is None or query.startswith("terms : (")
    hits = shared_store.search(words(terms))
    assert (query is None) <= (hits == [])
    assert set(shared_store.document_frequencies(terms)) == set(terms)


def test_replace_sources_replaces_only_those_sources(store: EvidenceStore) -> None:
    doc_b_before = store.evidence([sentence_id(store, "golf")])
    new_doc, new_sentences = make_source("a", [["India ink."]], content_hash="h2")
    assert store.replace_sources([prepare_source(new_doc, new_sentences)]) == 1
    assert store.search(words(["alpha", "charlie", "foxtrot"])) == []
    [found] = store.evidence([sentence_id(store, "india")])
    assert (found.source, found.sentence) == (new_doc, new_sentences[0])
    assert store.evidence([sentence_id(store, "golf")]) == doc_b_before
    assert store.source_fingerprints() == {"a": "h2", "b": "h1"}
    assert store.aliases() == []
    assert store.sentence_count() == 3


def test_prepare_source_rejects_records_of_another_source() -> None:
    with pytest.raises(ValueError, match="belongs to 'b'"):
        prepare_source(DOC_A, SENTENCES_B)
    with pytest.raises(ValueError, match="origin 'user'"):
        prepare_source(DOC_A, SENTENCES_A, aliases=[Alias(alias="x", canonical="y", origin="user")])


def test_remove_source(store: EvidenceStore) -> None:
    store.remove_source("a")
    store.remove_source("never-indexed")
    assert [s.id for s in store.list_sources()] == ["b"]
    assert store.search(words(["alpha", "echo"])) == []
    assert store.aliases() == []
    assert store.sentence_count() == 2


def test_list_sources_counts(store: EvidenceStore) -> None:
    # a: 6 sentences, one with 2020 -> quantity, time, entity, negation = 4 facts; b: 2 and 4
    assert store.list_sources() == [
        SourceSummary(
            id="a",
            path="evidence/a.txt",
            title="A",
            outlet="Outlet",
            author=None,
            published="2021-01-02",
            sentences=6,
            facts=4,
        ),
        SourceSummary(
            id="b",
            path="evidence/b.txt",
            title="B",
            outlet="Outlet",
            author=None,
            published="2021-01-02",
            sentences=2,
            facts=4,
        ),
    ]


def test_facts_rows(store: EvidenceStore) -> None:
    rows = query(
        store.path,
        "SELECT kind, text, value, unit, qualifier FROM facts WHERE source_id = 'a' ORDER BY kind",
    )
    assert rows == [
        ("entity", "WHO", "World Health Organization", None, None),
        ("negation", "not closed", "close", None, None),
        ("quantity", "3 million", 3e6, "people", "about"),
        ("time", "2020", "2020", "year", None),
    ]


def test_failed_replace_leaves_the_store_unchanged(store: EvidenceStore) -> None:
    before = snapshot(store)
    new_doc, new_sentences = make_source("a", [["Juliet jam.", "Kilo kiwis."]], content_hash="h3")
    duplicate = new_sentences[1].model_copy(update={"sentence": new_sentences[0].sentence})
    with pytest.raises(sqlite3.IntegrityError):
        store.replace_sources([prepare_source(new_doc, [new_sentences[0], duplicate])])
    assert snapshot(store) == before


def test_exception_midway_rolls_back(store: EvidenceStore, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(store)
    calls: list[Assertion] = []
    real_fact_rows = rows_module._fact_rows

    def failing_fact_rows(assertion: Assertion) -> Any:
        calls.append(assertion)
        if len(calls) == 3:
            raise RuntimeError("disk on fire")
        return real_fact_rows(assertion)

    monkeypatch.setattr(rows_module, "_fact_rows", failing_fact_rows)
    # Prepared lazily, so the failure comes inside the write, after source b was replaced.
    versions = [
        (DOC_B.model_copy(update={"content_hash": "h9"}), SENTENCES_B[:1], ()),
        (DOC_A.model_copy(update={"content_hash": "h9"}), SENTENCES_A[:4], ALIASES_A),
    ]
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.replace_sources(
            prepare_source(doc, sentences, aliases=aliases) for doc, sentences, aliases in versions
        )
    assert len(calls) == 3
    assert snapshot(store) == before


def test_reader_sees_the_old_snapshot_while_a_write_is_open(
    store: EvidenceStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, dict[str, str]]] = []
    real_fact_rows = rows_module._fact_rows
    with EvidenceStore.open(store.path, create=False) as reader:

        def observing_fact_rows(assertion: Assertion) -> Any:
            seen.append((reader.sentence_count(), reader.source_fingerprints()))
            return real_fact_rows(assertion)

        monkeypatch.setattr(rows_module, "_fact_rows", observing_fact_rows)
        # Prepared lazily, so the reader reads while the write transaction is open.
        new = [make_source("c", [["Lima lemons."]])]
        store.replace_sources(prepare_source(doc, sentences) for doc, sentences in new)
        assert seen == [(8, {"a": "h1", "b": "h1"})]
        assert reader.sentence_count() == 9
    assert query(store.path, "PRAGMA journal_mode") == [("wal",)]


def test_document_frequencies(store: EvidenceStore) -> None:
    assert store.document_frequencies(["apples", "2020", "zulu", "", "apples"]) == {
        "apples": 2,
        "2020": 2,
        "zulu": 0,
        "": 0,
    }


def test_meta(store: EvidenceStore) -> None:
    assert store.get_meta("analyzer") is None
    store.set_meta("analyzer", "1")
    store.set_meta("analyzer", "2")
    assert store.get_meta("analyzer") == "2"


def test_open_creates_parent_dirs_and_records_migrations(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "index.db"
    EvidenceStore.open(path).close()
    recorded = query(path, "SELECT name, applied_at FROM migrations")
    with EvidenceStore.open(path, create=False) as again:
        assert again.sentence_count() == 0
    assert query(path, "SELECT name, applied_at FROM migrations") == recorded
    assert [name for name, _ in recorded] == [
        "m001_initial",
        "m002_term_counts",
        "m003_path_keys",
        "m004_sentence_vectors",
    ]
    assert query(path, "PRAGMA user_version") == [(migrations.SCHEMA_VERSION,)]


def test_missing_store_without_create(tmp_path: Path) -> None:
    path = tmp_path / "none" / "index.db"
    with pytest.raises(StoreError, match="No evidence store at") as info:
        EvidenceStore.open(path, create=False)
    assert str(path) in str(info.value)
    assert not path.parent.exists()


@pytest.mark.parametrize("content", [b"just some notes\n" * 20, os.urandom(8192)])
def test_non_database_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "index.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        EvidenceStore.open(path)
    message = str(info.value)
    assert f"'{path}' is not a readable factcheck store" in message
    assert "\n" not in message and "factcheck index" in message
    assert path.read_bytes() == content


def test_truncated_database(tmp_path: Path) -> None:
    path = tmp_path / "index.db"
    with EvidenceStore.open(path) as full:
        for number in range(30):
            doc, sentences = make_source(f"s{number}", [["Mike mangoes. " * 40] * 5])
            full.replace_sources([prepare_source(doc, sentences)])
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 3)
    # SQLite may notice the damage on opening or on the first read: either way a StoreError
    with pytest.raises(StoreError, match=re.escape(str(path))), EvidenceStore.open(path) as opened:
        opened.list_sources()
        opened.evidence([i for i, _ in opened.search(words(["mike"]), limit=1000)])


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    query(path, "CREATE TABLE notes (body TEXT)")
    with pytest.raises(StoreError, match="holds other tables"):
        EvidenceStore.open(path)


def test_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "index.db"
    EvidenceStore.open(path).close()
    query(path, f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="upgrade factcheck"):
        EvidenceStore.open(path)
