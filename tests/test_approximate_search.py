"""Search by meaning in a large store: the nearest-neighbour file `factcheck index` builds
beside it (`factcheck.index.ann`) finds what exact search finds, and a file that is missing,
stale, corrupt or half-built makes search exact, never wrong. The size from which a store gets
a file is a parameter here, so that a small store stands for a large one."""

from __future__ import annotations

from itertools import product
from pathlib import Path

import pytest

from factcheck.index import ann
from factcheck.index.indexer import index_paths
from factcheck.index.store import EvidenceStore
from factcheck.index.vectors import VectorIndex, shipped_encoder
from factcheck.judge.retrieve import DenseSearch, _loaded

WHO = ("The baker", "A pilot", "The gardener", "Our neighbour", "The referee", "A chemist")
DID = ("painted", "repaired", "sold", "photographed", "measured")
WHAT = ("the old barn", "a wooden boat", "the garden fence", "a copper kettle", "the clock tower")
QUERIES = (
    "Someone fixed a small ship made of timber.",
    "The fence around the garden was painted.",
    "A scientist took pictures of the tower.",
    "An umpire sold a kettle.",
)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """150 distinct sentences, six to a file."""
    folder = tmp_path / "sources"
    folder.mkdir()
    sentences = [f"{who} {did} {what}." for who, did, what in product(WHO, DID, WHAT)]
    for number in range(0, len(sentences), 6):
        text = " ".join(sentences[number : number + 6])
        (folder / f"part{number:03d}.txt").write_text(f"{text}\n", "utf-8")
    return folder


def index(sources: Path, store_path: Path, *, approximate_from: int = 0) -> None:
    with EvidenceStore.open(store_path) as store:
        index_paths([sources], store, approximate_from=approximate_from)


def files_beside(store_path: Path) -> list[str]:
    return sorted(p.name for p in store_path.parent.iterdir() if ".ann" in p.name)


def dense(store_path: Path) -> tuple[DenseSearch, VectorIndex]:
    """The search a judge would use, and the exact search over the same vectors."""
    store = EvidenceStore.open(store_path)
    encoder = shipped_encoder()
    assert encoder is not None
    search = DenseSearch.of(store)
    assert search is not None
    return search, _loaded(store, encoder)


def test_a_store_past_the_size_searches_its_file_and_finds_the_exact_nearest(
    sources: Path, own_store: Path
) -> None:
    index(sources, own_store)
    [name] = files_beside(own_store)
    assert name.startswith("store.db.") and name.endswith(".ann")
    search, exact = dense(own_store)
    assert isinstance(search.index, ann.ApproximateIndex)
    for text in QUERIES:
        [query] = search.encoder.encode([text])
        assert search.index.nearest(query, limit=10) == exact.nearest(query, limit=10)


def test_a_store_below_the_size_keeps_exact_search_and_no_file(
    sources: Path, own_store: Path
) -> None:
    index(sources, own_store)
    index(sources, own_store, approximate_from=10_000)  # the store no longer needs one
    assert files_beside(own_store) == []
    search, _ = dense(own_store)
    assert isinstance(search.index, VectorIndex)


def test_a_write_makes_the_file_stale_until_the_next_index_replaces_it(
    sources: Path, own_store: Path
) -> None:
    index(sources, own_store)
    [old] = files_beside(own_store)
    (sources / "part000.txt").unlink()
    with EvidenceStore.open(own_store) as store:
        store.remove_source("part000.txt")
        assert ann.Record.of(store) is None
    search, _ = dense(own_store)
    assert isinstance(search.index, VectorIndex)
    index(sources, own_store)
    [new] = files_beside(own_store)
    assert new != old
    assert isinstance(dense(own_store)[0].index, ann.ApproximateIndex)


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.unlink(),
        lambda path: path.write_bytes(path.read_bytes()[: path.stat().st_size // 2]),
        lambda path: path.write_bytes(b"not a nearest-neighbour index" * 100),
        lambda path: path.write_bytes(b""),
    ],
    ids=["missing", "truncated", "foreign", "empty"],
)
def test_a_damaged_file_makes_search_exact_and_the_next_index_rebuilds_it(
    sources: Path, own_store: Path, damage: object
) -> None:
    index(sources, own_store)
    [name] = files_beside(own_store)
    damage(own_store.with_name(name))  # type: ignore[operator]
    search, exact = dense(own_store)
    assert isinstance(search.index, VectorIndex)
    [query] = search.encoder.encode([QUERIES[0]])
    assert search.index.nearest(query, limit=5) == exact.nearest(query, limit=5)
    index(sources, own_store)
    assert isinstance(dense(own_store)[0].index, ann.ApproximateIndex)


def test_an_interrupted_build_leaves_the_store_as_it_was(
    sources: Path, own_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index(sources, own_store)
    [before] = files_beside(own_store)
    with EvidenceStore.open(own_store) as store:
        record = ann.Record.of(store)
        store.delete_meta("vector_index")  # as a write would, so that the next index builds

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(ann.os, "replace", interrupted)
        with pytest.raises(KeyboardInterrupt):
            index(sources, own_store)
    with EvidenceStore.open(own_store) as store:
        assert ann.Record.of(store) is None  # the record is not written...
    assert before in files_beside(own_store)  # ...and the old file is still whole
    assert isinstance(dense(own_store)[0].index, VectorIndex)
    index(sources, own_store)
    [after] = files_beside(own_store)  # the next run finishes the job and tidies up
    assert after != before and record is not None and not after.endswith(".part")


class Stages:
    """A progress that records its stages and how far each went."""

    def __init__(self) -> None:
        self.stages: list[tuple[str, str, int]] = []
        self.done: dict[str, int] = {}

    def start(self, total: int) -> None:
        self.stages.append(("index", "sources", total))

    def advance(self, done: int = 1, *, also: int = 0) -> None:
        label = self.stages[-1][0]
        self.done[label] = self.done.get(label, 0) + done

    def phase(self, label: str, unit: str, total: int) -> None:
        self.stages.append((label, unit, total))


def test_building_the_file_is_a_stage_of_the_progress_shown(sources: Path, tmp_path: Path) -> None:
    progress = Stages()
    with EvidenceStore.open(tmp_path / "s.db") as store:
        index_paths([sources], store, approximate_from=0, progress=progress)
    assert [stage[0] for stage in progress.stages] == ["index", "nearest-neighbour file"]
    assert progress.stages[1][1:] == ("sentences", 150)
    assert progress.done["nearest-neighbour file"] == 150
