"""Dense retrieval: the shipped static encoder, vectors stored at index time, and search by
meaning beside the terms under `--judge combined` (never under `--judge rules`)."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest

from factcheck.config import Flags, load_settings
from factcheck.extract.tokens import terms
from factcheck.index import indexer, vectors
from factcheck.index.indexer import index_paths
from factcheck.index.store import EvidenceStore
from factcheck.judge.claims import open_judge
from factcheck.judge.entailment import MAX_TOKENS, PairEncoder
from factcheck.judge.retrieve import fused, wanted_in_evidence
from factcheck.models import EvidenceSentence

CLAIM = "The physician prescribed medicine for the youngster."
PARAPHRASE = "A doctor gave drugs to the kid."
OTHERS = (
    "The orchestra tuned its violins before the concert.",
    "Copper prices fell sharply on the metals exchange.",
    "The ferry left the harbour at dawn.",
    "Volunteers planted oak saplings along the river bank.",
    "The museum opened a new wing for sculpture.",
    "Heavy snow closed the mountain pass for a week.",
    "The striker scored twice in the second half.",
    "Engineers tested the bridge for cracks.",
    "The bakery sells rye loaves every morning.",
    "A storm knocked out power across the valley.",
    "The council voted to widen the main road.",
    "Farmers harvested barley in late summer.",
    "The library extended its opening hours.",
    "Astronomers spotted a comet near Jupiter.",
    "The airline cancelled flights over the strike.",
)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """One sentence a file, so no sentence is another's neighbour; more of them than a dense
    search returns, so the paraphrase must be near the claim to be found."""
    folder = tmp_path / "sources"
    folder.mkdir()
    for number, sentence in enumerate((PARAPHRASE, *OTHERS)):
        (folder / f"note{number:02d}.txt").write_text(f"{sentence}\n", "utf-8")
    return folder


@pytest.fixture
def without_model_extra(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As if numpy and tokenizers (the `model` extra) were not installed."""
    vectors.shipped_encoder.cache_clear()
    monkeypatch.setitem(sys.modules, "tokenizers", None)
    yield
    vectors.shipped_encoder.cache_clear()


def indexed(sources: Path, store_path: Path) -> Path:
    with EvidenceStore.open(store_path) as store:
        index_paths([sources], store)
    return store_path


def candidate_texts(store_path: Path, judge: str, claim: str = CLAIM) -> list[str]:
    """The candidate sentences of the claim's assertion, best first, under the given judge."""
    settings = load_settings(Flags(store=store_path, judge=judge), cwd=store_path.parent, env={})
    with open_judge(settings) as opened:
        [assertion] = opened.parse(claim)
        wanted = wanted_in_evidence(assertion, opened.aliases)
        found = opened.retriever.candidates(wanted, assertion.text)
    return [text_of(evidence) for evidence in found]


def text_of(evidence: EvidenceSentence) -> str:
    return evidence.sentence.sentence.text


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as db, db:
        return db.execute(sql).fetchall()


def test_the_shipped_encoder_gives_the_vectors_its_card_recorded() -> None:
    card = vectors.card()
    data = (vectors.MODEL_DIR / vectors.ENCODER_FILE).read_bytes()
    assert card["sha256"] == hashlib.sha256(data).hexdigest()
    assert card["licence"] == "Apache-2.0" and card["dims"] == 256
    encoder = vectors.StaticEncoder.load()
    recorded = card["examples"]
    got = encoder.encode([example["text"] for example in recorded])
    for example, vector in zip(recorded, got, strict=True):
        head = example["vector_head"]
        assert vector[: len(head)] == pytest.approx(head, abs=1e-4)
        assert float(np.linalg.norm(vector)) == pytest.approx(1.0, abs=1e-5)


def test_a_paraphrase_is_nearer_than_another_topic() -> None:
    encoder = vectors.StaticEncoder.load()
    claim, paraphrase, other = encoder.encode([CLAIM, PARAPHRASE, OTHERS[0]])
    assert not set(terms(CLAIM)) & set(terms(PARAPHRASE))
    assert float(claim @ paraphrase) > float(claim @ other) + 0.3


def test_an_empty_text_encodes_to_zeros_and_finds_nothing() -> None:
    encoder = vectors.StaticEncoder.load()
    [empty, full] = encoder.encode(["", CLAIM])
    assert not empty.any() and full.any()
    index = vectors.VectorIndex.of([1], vectors.quantised(np.stack([full]))[0], encoder.dims)
    assert index.nearest(empty, limit=5) == []
    assert [i for i, _ in index.nearest(full, limit=5)] == [1]


def test_fusion_ranks_what_both_rankings_hold_first_and_keeps_a_single_ranking() -> None:
    assert fused([[1, 2, 3], [3, 4]]) == [3, 1, 2, 4]
    assert fused([[5, 6, 7], []]) == [5, 6, 7]


def test_a_paraphrase_with_no_shared_stem_is_a_candidate_under_combined_only(
    sources: Path, own_store: Path
) -> None:
    store_path = indexed(sources, own_store)
    assert PARAPHRASE not in candidate_texts(store_path, "rules")
    assert candidate_texts(store_path, "combined")[0] == PARAPHRASE


def test_vectors_are_stored_with_the_sentences(sources: Path, own_store: Path) -> None:
    store_path = indexed(sources, own_store)
    [(sentences,)] = query(store_path, "SELECT count(*) FROM sentences")
    stored = query(store_path, "SELECT length(vector) FROM sentence_vectors")
    assert len(stored) == sentences and {length for (length,) in stored} == {256}
    meta = dict(query(store_path, "SELECT key, value FROM meta"))  # type: ignore[arg-type]
    assert "vectors_incomplete" not in meta and meta["vector_encoder"]


def test_without_the_model_extra_the_store_has_no_vectors_and_still_answers(
    sources: Path, own_store: Path, without_model_extra: None
) -> None:
    store_path = indexed(sources, own_store)
    assert query(store_path, "SELECT count(*) FROM sentence_vectors") == [(0,)]
    assert query(store_path, "SELECT value FROM meta WHERE key = 'vectors_incomplete'")
    claim = "The ferry left the harbour."
    assert candidate_texts(store_path, "combined", claim)[0] == OTHERS[2]


def test_a_store_indexed_without_the_extra_gets_its_vectors_at_the_next_index(
    sources: Path, own_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vectors.shipped_encoder.cache_clear()
    with monkeypatch.context() as patched:
        patched.setitem(sys.modules, "tokenizers", None)
        indexed(sources, own_store)
    vectors.shipped_encoder.cache_clear()
    indexed(sources, own_store)  # nothing changed but the vectors
    [(sentences,)] = query(own_store, "SELECT count(*) FROM sentences")
    assert query(own_store, "SELECT count(*) FROM sentence_vectors") == [(sentences,)]
    assert candidate_texts(own_store, "combined")[0] == PARAPHRASE


def test_a_store_from_before_vectors_is_migrated_and_answers(
    sources: Path, own_store: Path
) -> None:
    indexed(sources, own_store)
    with closing(sqlite3.connect(own_store)) as db, db:  # as factcheck wrote it before m004
        db.execute("DROP TABLE sentence_vectors")
        db.execute("DELETE FROM meta WHERE key LIKE 'vector%'")
        db.execute("DELETE FROM migrations WHERE name = 'm004_sentence_vectors'")
        db.execute("PRAGMA user_version = 3")
    with EvidenceStore.open(own_store) as store:
        assert store.vectors_due(vectors.StaticEncoder.load().name)
    assert PARAPHRASE not in candidate_texts(own_store, "combined")  # terms alone, until...
    indexed(sources, own_store)  # ...the next index encodes the stored sentences
    assert candidate_texts(own_store, "combined")[0] == PARAPHRASE


def test_vectors_of_another_encoder_are_replaced(sources: Path, own_store: Path) -> None:
    indexed(sources, own_store)
    with closing(sqlite3.connect(own_store)) as db, db:
        db.execute("UPDATE meta SET value = 'an older encoder' WHERE key = 'vector_encoder'")
        db.execute("UPDATE sentence_vectors SET vector = zeroblob(256)")
    assert PARAPHRASE not in candidate_texts(own_store, "combined")  # not compared
    indexed(sources, own_store)
    assert candidate_texts(own_store, "combined")[0] == PARAPHRASE


def test_worker_processes_store_the_vectors_too(
    sources: Path, own_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexer, "PARALLEL_MIN_CHARS", 0)
    with EvidenceStore.open(own_store) as store:
        index_paths([sources], store, jobs=2)
    [(sentences,)] = query(own_store, "SELECT count(*) FROM sentences")
    assert query(own_store, "SELECT count(*) FROM sentence_vectors") == [(sentences,)]
    assert candidate_texts(own_store, "combined")[0] == PARAPHRASE


def test_the_encoder_and_the_model_share_a_tokenizer_and_neither_truncates_for_the_other() -> None:
    word = "-".join(["q"] * 200)  # one word to the encoder, of 399 word pieces
    alone = vectors.StaticEncoder.load().encode([word])
    pairs = PairEncoder(vectors.MODEL_DIR / vectors.TOKENIZER_FILE)
    assert pairs.tokenizer is vectors.StaticEncoder.load().tokenizer  # read once
    assert pairs.encode([(word, word)])["input_ids"].shape[1] == MAX_TOKENS
    assert np.array_equal(vectors.StaticEncoder.load().encode([word]), alone)
    assert pairs.encode([(word, word)])["input_ids"].shape[1] == MAX_TOKENS
