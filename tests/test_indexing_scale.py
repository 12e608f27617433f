"""Indexing at scale: parallel analysis stores exactly what sequential analysis stores, corpora
stream, batches stay atomic, and re-indexing stays incremental."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus import generate
from factcheck.index import indexer
from factcheck.index.indexer import index_paths
from factcheck.index.store import EvidenceStore
from factcheck.models import SourceDocument
from factcheck.sources.read import bundled_evidence_dir, iter_source_documents, read_source_file

TABLES = {
    "sources": "SELECT * FROM sources ORDER BY id",
    "sentences": "SELECT * FROM sentences ORDER BY id",
    "fts": "SELECT rowid, terms FROM sentences_fts ORDER BY rowid",
    "term_counts": "SELECT * FROM term_counts ORDER BY term",
    "index_totals": "SELECT * FROM index_totals",
    "facts": "SELECT * FROM facts ORDER BY id",
    "aliases": "SELECT * FROM aliases ORDER BY alias, canonical, origin",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated corpus of 1,200 sentences."""
    return generate(tmp_path_factory.mktemp("corpus"), sentences=1200, seed=7).path


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row, read on a fresh connection."""
    with closing(sqlite3.connect(path)) as db:
        return {name: db.execute(sql).fetchall() for name, sql in TABLES.items()}


def index(path: Path, sources: list[Path], **options: Any) -> indexer.IndexStats:
    with EvidenceStore.open(path) as store:
        return index_paths(sources, store, **options)


def test_parallel_indexing_stores_exactly_what_sequential_indexing_stores(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = [bundled_evidence_dir(), corpus]
    sequential = index(tmp_path / "one.db", sources, jobs=1)
    monkeypatch.setattr(indexer, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(indexer, "TASK_CHARS", 5_000)  # many tasks, so order matters
    parallel = index(tmp_path / "two.db", sources, jobs=2)
    assert parallel == sequential
    assert sequential.sentences > 1200
    assert dump(tmp_path / "two.db") == dump(tmp_path / "one.db")


def test_reindexing_is_incremental_and_follows_the_analyzer(corpus: Path, tmp_path: Path) -> None:
    source = tmp_path / "corpus.jsonl"
    lines = corpus.read_text(encoding="utf-8").splitlines()
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = tmp_path / "store.db"
    first = index(store, [source])
    assert (first.added, first.unchanged) == (len(lines), 0)
    assert index(store, [source]).unchanged == len(lines)
    record = json.loads(lines[3])
    record["text"] += " Another sentence was added."
    source.write_text("\n".join([*lines[:3], json.dumps(record), *lines[4:]]) + "\n")
    assert (index(store, [source]).updated, index(store, [source]).updated) == (1, 0)
    with closing(sqlite3.connect(store)) as db, db:
        db.execute("UPDATE sources SET analyzer = 'an older analyzer'")
    assert index(store, [source]).updated == len(lines)  # everything re-analysed


def test_an_idle_run_does_not_wait_for_the_writer_lock(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store.db"
    index(store, [corpus])
    with EvidenceStore.open(store) as holder, holder.writer_lock():
        stats = index(store, [corpus])  # nothing to do: no lock needed, no wait
    assert stats.added == stats.updated == 0


def test_jsonl_streams_the_same_documents_it_reads(corpus: Path) -> None:
    assert list(iter_source_documents(corpus)) == read_source_file(corpus)


def test_a_bad_line_is_skipped_and_the_other_lines_are_indexed(
    corpus: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.jsonl"
    lines = corpus.read_text(encoding="utf-8").splitlines()
    broken.write_text("\n".join([*lines[:5], "{not json", *lines[5:]]) + "\n")
    good = tmp_path / "good.txt"
    good.write_text("Tarvia opened an embassy in Pell in 1993.\n")
    warnings: list[str] = []
    stats = index(tmp_path / "store.db", [broken, good], warn=warnings.append)
    assert (stats.added, stats.skipped, stats.kept) == (len(lines) + 1, 0, 0)
    [warning] = warnings
    assert "line 6 is not valid JSON" in warning


def test_workers_read_only_a_little_ahead_of_the_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[int] = []

    def chunks() -> Iterator[list[SourceDocument]]:
        for number in range(50):
            taken.append(number)
            yield []

    batches = indexer._prepared_batches(chunks(), indexer.AliasIndex(), jobs=2)
    next(batches)
    assert len(taken) <= 2 * 2 + 1  # bounded read-ahead: memory does not grow with the corpus
    batches.close()


def test_an_interrupted_index_leaves_every_source_old_or_new(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index(tmp_path / "full.db", [corpus])
    full = _sentences_by_source(tmp_path / "full.db")
    monkeypatch.setattr(indexer, "TASK_CHARS", 5_000)  # a batch is a few sources
    real = EvidenceStore._insert_source
    calls: list[str] = []

    def interrupted(self: EvidenceStore, prepared: Any, *args: Any) -> None:
        calls.append(prepared.id)
        if len(calls) == 12:
            raise KeyboardInterrupt  # Ctrl-C in the middle of a batch
        real(self, prepared, *args)

    monkeypatch.setattr(EvidenceStore, "_insert_source", interrupted)
    with pytest.raises(KeyboardInterrupt):
        index(tmp_path / "cut.db", [corpus])
    cut = _sentences_by_source(tmp_path / "cut.db")
    assert 0 < len(cut) < 11  # earlier batches committed, the open one rolled back
    assert all(cut[source] == full[source] for source in cut)  # each one complete
    with closing(sqlite3.connect(tmp_path / "cut.db")) as db:  # and counted, no more
        sentences = db.execute("SELECT sentences FROM index_totals").fetchone()[0]
    assert sentences == sum(len(rows) for rows in cut.values())


def _sentences_by_source(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Each stored source's sentence rows (without ids)."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for row in dump(path)["sentences"]:
        found.setdefault(row[1], []).append(row[2:])
    return found
