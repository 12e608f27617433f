"""Approximate nearest neighbours over a large store's sentence vectors, from a file beside the
store, so that a check reads a few hundred vectors instead of loading them all.

Below ANN_MIN_SENTENCES the exact search of `vectors.VectorIndex` stays: loading every vector
costs less than opening a second file would save. From there on, `factcheck index` builds an
HNSW graph (usearch) over each vector's sign bits, 32 bytes a sentence, and a query re-ranks
the graph's CANDIDATES nearest by the exact cosine of their stored int8 vectors: the store's
vectors stay the one source of truth, and the file takes ~180 bytes a sentence, less than they
do (docs/decisions.md).

The file is `<store>.<token>.ann`: written under a temporary name, renamed, then recorded in the
store's meta table (its name, encoder, number of vectors and length) in one transaction, and
only then are older files deleted; every write that changes the vectors deletes the record
(`store.FORGET_VECTOR_INDEX_SQL`). A record that is missing, of another encoder, or whose file is
gone or unreadable, makes search exact: slower, never wrong.
"""

from __future__ import annotations

import json
import os
import secrets
from contextlib import suppress
from dataclasses import asdict, dataclass
from glob import escape
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.index.store import VECTOR_INDEX_KEY, EvidenceStore
from factcheck.index.vectors import VectorIndex
from factcheck.progress import Progress, SilentProgress

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

# Measured on this project's benchmark stores (docs/performance.md): loading 100k vectors for
# an exact search takes ~0.24 s of a cold check, 20k about 0.05 s.
ANN_MIN_SENTENCES = 20_000
# The graph's hits re-ranked by exact cosine: sign bits alone rank coarsely; 200 of them hold
# ~93% of the exact ten nearest on the 100k and 1M benchmark stores.
CANDIDATES = 200
CONNECTIVITY = 16  # usearch's default: 8 halves the file's graph but loses ~5% of recall
# How widely each vector's neighbours are searched for as it is added (usearch's default: 128).
# At 1M: 64 builds the graph in 56 s instead of 159 s, keeping 92.8% of the exact ten nearest
# instead of 93.3% (60 queries).
EXPANSION_ADD = 64
BUILD_BATCH = 50_000  # vectors read from the store and added to the graph at a time
# The graph's first vectors are added one thread at a time: added concurrently to a graph that
# is nearly empty, some are left unreachable (in 19 of 30 two-thread builds of 150 vectors,
# 1-4 of them; none in 30 one-thread builds). Past them, threads cost no measurable recall.
LINKED_ALONE = 2_000
SUFFIX = ".ann"
TOKEN_BYTES = 8  # of the random part of a file's name


@dataclass(frozen=True)
class Record:
    """What the store's meta table says of its nearest-neighbour file."""

    file: str  # its name, in the store's folder
    encoder: str  # the encoder whose vectors it holds
    vectors: int  # how many
    size: int  # the file's length in bytes: a file cut short or replaced is not used

    @classmethod
    def of(cls, store: EvidenceStore) -> Record | None:
        """The store's record, or None (never built, or made stale by a write)."""
        stored = store.get_meta(VECTOR_INDEX_KEY)
        if stored is None:
            return None
        try:
            return cls(**json.loads(stored))
        except (ValueError, TypeError):  # written by another version: build it again
            return None


def available() -> bool:
    """Whether usearch (installed with factcheck) can be imported here."""
    return find_spec("usearch") is not None


def refresh(
    store: EvidenceStore,
    encoder: str,
    *,
    dims: int,
    least: int = ANN_MIN_SENTENCES,
    progress: Progress | None = None,
) -> None:
    """Build the store's nearest-neighbour file if it has `least` sentences and no current
    one (a stage of `progress` of its own: a minute at a million sentences); below `least`,
    drop any. Call it holding the store's writer lock."""
    if store.sentence_count() < least or not available():
        if Record.of(store) is not None:
            store.delete_meta(VECTOR_INDEX_KEY)
        _remove_files(store.path, keep=None)
        return
    record = Record.of(store)
    if record is not None and _usable(store, record, encoder):
        return
    built = _build(store, encoder, dims, progress or SilentProgress())
    store.set_meta(VECTOR_INDEX_KEY, json.dumps(asdict(built)))
    _remove_files(store.path, keep=built.file)


def is_due(store: EvidenceStore, encoder: str, *, least: int = ANN_MIN_SENTENCES) -> bool:
    """Whether `refresh` has work to do: a file to build, or one to drop."""
    record = Record.of(store)
    if store.sentence_count() < least or not available():
        return record is not None
    return record is None or not _usable(store, record, encoder)


def _build(store: EvidenceStore, encoder: str, dims: int, progress: Progress) -> Record:
    """The graph over every stored vector of `encoder`, saved beside the store under a new
    name (the old file, if any, is still whole: a reader may have it open)."""
    import numpy as np
    from usearch.index import Index

    graph = Index(
        ndim=dims,
        metric="hamming",
        dtype="b1",
        connectivity=CONNECTIVITY,
        expansion_add=EXPANSION_ADD,
    )
    progress.phase("nearest-neighbour file", "sentences", store.sentence_count())
    last = 0
    while True:
        ids, vectors = store.sentence_vectors(encoder, size=dims, after=last, limit=BUILD_BATCH)
        if not ids:
            break
        rows = np.frombuffer(vectors, dtype=np.int8).reshape(len(ids), dims)
        keys = np.asarray(ids, dtype=np.uint64)
        one_by_one = max(0, LINKED_ALONE - len(graph))
        if one_by_one:
            graph.add(keys[:one_by_one], sign_bits(rows[:one_by_one]), threads=1)
        if one_by_one < len(keys):
            graph.add(keys[one_by_one:], sign_bits(rows[one_by_one:]))  # every core
        progress.advance(len(ids))
        last = ids[-1]
    name = f"{store.path.name}.{secrets.token_hex(TOKEN_BYTES)}{SUFFIX}"
    part = store.path.with_name(f"{name}.part")
    graph.save(str(part))
    size = part.stat().st_size
    os.replace(part, store.path.with_name(name))
    return Record(name, encoder, len(graph), size)


def sign_bits(rows: NDArray[Any]) -> NDArray[np.uint8]:
    """Each row's signs, one bit a component, packed: what the graph compares, by Hamming
    distance (it orders vectors much as the angle between them does)."""
    import numpy as np

    packed: NDArray[np.uint8] = np.packbits(rows > 0, axis=-1)
    return packed


def _file(store: EvidenceStore, record: Record) -> Path:
    return store.path.with_name(record.file)


def _usable(store: EvidenceStore, record: Record, encoder: str) -> bool:
    """Whether the record's file holds `encoder`'s vectors and is there, as long as it was."""
    try:
        size = _file(store, record).stat().st_size
    except OSError:
        return False
    return record.encoder == encoder and size == record.size


def files(store_path: Path) -> list[Path]:
    """The store's nearest-neighbour files, and parts of interrupted builds, on disk (not those
    of a store whose name starts with this one's)."""
    pattern = f"{escape(store_path.name)}.{'[0-9a-f]' * 2 * TOKEN_BYTES}{SUFFIX}"
    return [*store_path.parent.glob(pattern), *store_path.parent.glob(f"{pattern}.part")]


def _remove_files(store_path: Path, *, keep: str | None) -> None:
    """Delete the store's nearest-neighbour files (and parts of interrupted builds) but `keep`."""
    for found in files(store_path):
        if found.name != keep:
            # A file another process has mapped cannot be deleted on Windows: the next build
            # tries again.
            with suppress(OSError):
                found.unlink(missing_ok=True)


class ApproximateIndex:
    """The store's nearest-neighbour file, memory-mapped, with exact re-ranking from the
    store: `nearest` as `VectorIndex` gives it, over the graph's candidates."""

    def __init__(self, graph: Any, store: EvidenceStore, dims: int) -> None:
        self.graph = graph  # a usearch Index, viewed from its file
        self.store = store
        self.dims = dims

    @classmethod
    def open(cls, store: EvidenceStore, encoder: str, *, dims: int) -> ApproximateIndex | None:
        """The store's file for vectors of `encoder`; None where there is no usable one."""
        record = Record.of(store)
        if record is None or not _usable(store, record, encoder) or not available():
            return None
        from usearch.index import Index

        try:
            # Without the key -> node table, which a search does not need: building it for
            # 1M keys took 120 of the 200 ms a view of the file took.
            graph = Index.restore(str(_file(store, record)), view=True, enable_key_lookups=False)
        except (OSError, RuntimeError, ValueError):  # truncated, or not a usearch file
            return None
        if graph is None or graph.ndim != dims or len(graph) != record.vectors:
            return None
        return cls(graph, store, dims)

    def __len__(self) -> int:
        return len(self.graph)

    def nearest(self, query: NDArray[np.float32], *, limit: int) -> list[tuple[int, float]]:
        """The `limit` sentence ids most like the unit vector `query`, with their cosine,
        among the graph's candidates."""
        if limit <= 0 or not query.any():
            return []
        found = self.graph.search(sign_bits(query), max(CANDIDATES, limit))
        ids, vectors = self.store.vectors_of([int(key) for key in found.keys], size=self.dims)
        return VectorIndex.of(ids, vectors, self.dims).nearest(query, limit=limit)
