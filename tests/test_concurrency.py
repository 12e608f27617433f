"""Concurrency: `check` reads one consistent snapshot while `index` writes, and two `index`
runs on one store never corrupt it: the second waits for the first or stops with a clear
message. Threads with their own connections, and real processes; nothing here is timed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.corpus import generate
from factcheck.cli import main
from factcheck.extract.entities import AliasIndex
from factcheck.index import store as store_module
from factcheck.index.indexer import index_paths, prepare_documents
from factcheck.index.rows import PreparedSource
from factcheck.index.store import EvidenceStore
from factcheck.judge.claims import Judge
from factcheck.judge.retrieve import StoreRetriever
from factcheck.models import Verdict
from factcheck.sources.read import bundled_evidence_dir, read_source_file

CLAIM = "Kazakhstan sent 139 troops to UNDOF in March 2024"
UNDOF_SOURCE = "002_6dc53c71c62add71.txt"
VERDICT_LABELS = ("SUPPORTED", "CONTRADICTED", "CONFLICTING", "NOT ENOUGH EVIDENCE")


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A store of the bundled sources that the test may write to."""
    path = tmp_path / "store.db"
    with EvidenceStore.open(path) as store:
        index_paths([bundled_evidence_dir()], store)
    return path


def verdict(path: Path, claim: str = CLAIM) -> Verdict:
    """The verdict on a claim, read through a connection of its own."""
    with EvidenceStore.open(path, create=False) as store:
        aliases = AliasIndex(store.aliases())
        return Judge(StoreRetriever(store), aliases).check(claim).verdict


def edited_undof_source(path: Path) -> PreparedSource:
    """The UNDOF source as if it now said 200 troops instead of 139, ready to write."""
    [doc] = read_source_file(
        bundled_evidence_dir() / UNDOF_SOURCE, display_path=f"evidence/{UNDOF_SOURCE}"
    )
    edited = doc.model_copy(
        update={"text": doc.text.replace("139", "200"), "content_hash": "edited"}
    )
    with EvidenceStore.open(path, create=False) as store:
        aliases = AliasIndex(store.aliases())
    [prepared] = prepare_documents([edited], aliases)
    return prepared


def test_check_reads_the_old_state_while_a_write_is_open(bundled: Path) -> None:
    prepared = edited_undof_source(bundled)
    mid_write, finish = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def batch() -> Iterator[PreparedSource]:
        yield prepared  # the old version is deleted and the new one inserted, not committed
        mid_write.set()
        finish.wait()

    def write() -> None:
        try:
            with EvidenceStore.open(bundled, create=False) as writer:
                writer.replace_sources(batch())
        except BaseException as error:  # reported by the main thread
            failures.append(error)
            mid_write.set()

    thread = threading.Thread(target=write)
    thread.start()
    assert mid_write.wait(timeout=60)
    try:
        during = verdict(bundled)
    finally:
        finish.set()
        thread.join()
    assert not failures
    assert during == Verdict.SUPPORTED  # the committed state, not half a write
    assert verdict(bundled) == Verdict.CONTRADICTED  # the write is visible once committed


def test_a_snapshot_keeps_one_state_across_reads(bundled: Path) -> None:
    with (
        EvidenceStore.open(bundled, create=False) as reader,
        EvidenceStore.open(bundled, create=False) as writer,
    ):
        before = reader.sentence_count()
        with reader.snapshot():
            assert reader.sentence_count() == before
            writer.remove_source("evidence/002_6dc53c71c62add71.txt")
            assert reader.sentence_count() == before
            assert reader.source_fingerprints()["evidence/002_6dc53c71c62add71.txt"]
        assert reader.sentence_count() < before


def test_check_keeps_working_while_index_runs(bundled: Path, tmp_path: Path) -> None:
    corpus = generate(tmp_path / "corpus", sentences=2000, seed=3).path
    factcheck = [sys.executable, "-m", "factcheck"]
    indexing = subprocess.Popen(
        [*factcheck, "index", str(corpus), "--store", str(bundled), "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    checks: list[subprocess.CompletedProcess[str]] = []
    while indexing.poll() is None or not checks:
        checks.append(
            subprocess.run(
                [*factcheck, "check", "--store", str(bundled), CLAIM],
                capture_output=True,
                text=True,
                check=False,
            )
        )
    _, errors = indexing.communicate()
    assert indexing.returncode == 0, errors
    for done in checks:
        assert done.returncode in (0, 1), done.stderr
        # The verdict may change as the corpus arrives; every answer is a verdict.
        assert done.stdout.startswith(VERDICT_LABELS), done.stdout
    assert integrity(bundled) == "ok"


def test_a_second_index_fails_clearly_while_the_first_holds_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.db"
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_SECONDS", 0.2)
    with EvidenceStore.open(path) as first, first.writer_lock():
        result = CliRunner().invoke(main, ["index", "--store", str(path), "--quiet"])
    assert result.exit_code == 2
    [line] = result.output.splitlines()
    assert line == (
        f"Error: Evidence store '{path}' is being updated by another 'factcheck index' — "
        "wait for it to finish, then retry."
    )


def test_a_second_index_waits_for_the_first_to_finish(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with EvidenceStore.open(path) as first:
        lock = first.writer_lock()
        lock.__enter__()
        threading.Timer(0.3, lock.__exit__, (None, None, None)).start()
        result = CliRunner().invoke(main, ["index", "--store", str(path), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("indexed 5 new")


def test_two_index_runs_at_once_leave_a_sound_store(tmp_path: Path) -> None:
    corpus = generate(tmp_path / "corpus", sentences=1500, seed=5).path
    path = tmp_path / "store.db"
    EvidenceStore.open(path).close()  # both runs open an existing store
    command = [sys.executable, "-m", "factcheck", "index", str(corpus), "--store", str(path)]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outcomes = [(run.wait(), run.communicate()) for run in runs]
    assert sorted(status for status, _ in outcomes) in ([0, 0], [0, 2])
    for status, (_, errors) in outcomes:
        if status == 2:
            assert "is being updated by another 'factcheck index'" in errors
    assert integrity(path) == "ok"
    with EvidenceStore.open(tmp_path / "alone.db") as alone:
        index_paths([corpus], alone)
    assert rows(path) == rows(tmp_path / "alone.db")


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def rows(path: Path) -> list[tuple[object, ...]]:
    """Every stored sentence, in order."""
    with closing(sqlite3.connect(path)) as db:
        return db.execute(
            "SELECT source_id, idx, text, analysis FROM sentences ORDER BY source_id, idx"
        ).fetchall()
