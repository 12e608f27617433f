"""Sources → analysed sentences → the evidence store: incremental, streamed and in parallel.

Two passes over the sources keep memory bounded whatever the corpus size. The first reads each
document for its content hash and the acronyms it defines (every document is analysed knowing
every source's acronyms); the second reads the changed documents again, has worker processes
analyse them and writes the results from this process, a batch of sources per transaction.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import InputError
from factcheck.extract.analyse import analyze_document, analyzer_version
from factcheck.extract.entities import AliasIndex, acronym_definitions
from factcheck.index.rows import PreparedSource, prepare_source
from factcheck.index.store import EvidenceStore
from factcheck.models import Alias, SourceDocument
from factcheck.progress import Progress, SilentProgress
from factcheck.sources.read import bundled_evidence_dir, find_source_files, iter_source_documents

if TYPE_CHECKING:
    from concurrent.futures import Future

ANALYZER_KEY = "analyzer_version"
# A task for a worker: enough text (~500 sentences) that passing it between processes costs
# little next to analysing it; also the size of a write transaction.
TASK_CHARS = 60_000
# Below this much text to analyse, starting worker processes costs more than it saves.
PARALLEL_MIN_CHARS = 200_000
Warn = Callable[[str], None]


@dataclass(frozen=True)
class IndexStats:
    """What an index run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: int = 0
    sentences: int = 0


@dataclass
class _Scan:
    """What the first pass learnt about the sources under the given paths."""

    files: list[tuple[Path, str]] = field(default_factory=list)  # readable: (path, shown path)
    documents: list[tuple[str, str, int]] = field(default_factory=list)  # (id, hash, length)
    # The acronyms the documents define, each kept once at its last place (where a later
    # definition wins, as in the full list): a large corpus repeats them thousands of times.
    defined: dict[tuple[str, str], Alias] = field(default_factory=dict)
    skipped: int = 0


@dataclass(frozen=True)
class _Plan:
    """What a run has to change in the store."""

    stale: bool  # the extractors changed since the store was built: re-analyse everything
    known: dict[str, str]  # source id -> content hash, as stored
    removed: list[str]  # ids indexed from under these paths that are gone

    def changed(self, source_id: str, content_hash: str) -> bool:
        """Whether a document has to be (re)written."""
        return self.stale or self.known.get(source_id) != content_hash

    def is_idle(self, scan: _Scan) -> bool:
        """Nothing to write, so the run need not wait for the writer lock."""
        return not self.removed and not any(self.changed(i, h) for i, h, _ in scan.documents)


def prepare_documents(docs: Sequence[SourceDocument], aliases: AliasIndex) -> list[PreparedSource]:
    """Analyse documents into store rows, each with the acronyms it defines."""
    return [
        prepare_source(
            doc, analyze_document(doc, aliases), aliases=acronym_definitions(doc.text, doc.id)
        )
        for doc in docs
    ]


def index_paths(
    paths: Sequence[Path],
    store: EvidenceStore,
    *,
    user_aliases: Iterable[Alias] = (),
    warn: Warn = lambda message: None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> IndexStats:
    """Bring the store in line with the sources under `paths`.

    Unchanged sources (same content hash, same analyzer) are skipped, changed ones replaced and
    sources that were indexed from these paths but are gone are dropped. With `jobs` > 1 and
    enough text, that many worker processes analyse while this one writes. A run holds the
    store's writer lock; sources are written a batch per transaction, so an interruption leaves
    every source either old or new.
    """
    user_aliases = list(user_aliases)
    scan = _scan(paths, warn)
    if not scan.documents:
        raise InputError(
            f"No readable sources in {', '.join(map(str, paths))} — "
            "give .txt, .md, .html or .jsonl files, or folders holding them."
        )
    version = analyzer_version()
    if not user_aliases and _plan(scan, store, paths, version).is_idle(scan):
        return IndexStats(unchanged=len(scan.documents), skipped=scan.skipped)
    with store.writer_lock():
        # Planned again under the lock: another indexer may have just done some of the work.
        plan = _plan(scan, store, paths, version)
        aliases = AliasIndex([*store.aliases(), *user_aliases, *scan.defined.values()])
        stats = _write_changed(
            scan, plan, store, aliases, jobs=jobs, progress=progress or SilentProgress(), warn=warn
        )
        for source_id in plan.removed:
            store.remove_source(source_id)
        if plan.stale:
            store.set_meta(ANALYZER_KEY, version)
        if user_aliases:
            store.set_user_aliases(user_aliases)
    return IndexStats(skipped=scan.skipped, removed=len(plan.removed), **stats)


def _scan(paths: Sequence[Path], warn: Warn) -> _Scan:
    """First pass: every readable document's fingerprint and acronyms; bad files are skipped."""
    scan = _Scan()
    for path in find_source_files(paths):
        shown = _display_path(path)
        found: list[tuple[str, str, int]] = []
        defined: dict[tuple[str, str], Alias] = {}
        try:
            for doc in iter_source_documents(path, display_path=shown):
                found.append((doc.id, doc.content_hash, len(doc.text)))
                for alias in acronym_definitions(doc.text, doc.id):
                    _keep_last(defined, (alias.alias, alias.canonical), alias)
        except InputError as error:  # the whole file is skipped, as if it could not be read
            warn(f"skipped: {error}")
            scan.skipped += 1
            continue
        scan.files.append((path, shown))
        scan.documents.extend(found)
        for key, alias in defined.items():
            _keep_last(scan.defined, key, alias)
    return scan


def _keep_last(aliases: dict[tuple[str, str], Alias], key: tuple[str, str], alias: Alias) -> None:
    aliases.pop(key, None)
    aliases[key] = alias


def _plan(scan: _Scan, store: EvidenceStore, paths: Sequence[Path], version: str) -> _Plan:
    stale = store.get_meta(ANALYZER_KEY) != version
    present = {source_id for source_id, _, _ in scan.documents}
    return _Plan(stale, store.source_fingerprints(), _missing_sources(store, paths, present))


def _missing_sources(store: EvidenceStore, paths: Sequence[Path], present: set[str]) -> list[str]:
    """Sources that were indexed from under these paths and are no longer there."""
    roots = [_display_path(p).rstrip("/") for p in paths]
    return [
        source_id
        for source_id, path in store.source_paths().items()
        if source_id not in present
        and any(path == root or path.startswith(root + "/") for root in roots)
    ]


def _write_changed(
    scan: _Scan,
    plan: _Plan,
    store: EvidenceStore,
    aliases: AliasIndex,
    *,
    jobs: int,
    progress: Progress,
    warn: Warn,
) -> dict[str, int]:
    """Second pass: analyse the changed documents and write them, a batch per transaction."""
    changed = [(i, length) for i, h, length in scan.documents if plan.changed(i, h)]
    progress.start(len(changed))
    parallel = jobs > 1 and sum(length for _, length in changed) >= PARALLEL_MIN_CHARS
    counts = {"added": 0, "updated": 0, "sentences": 0}
    chunks = _chunks(_changed_documents(scan, plan, warn))
    for batch in _prepared_batches(chunks, aliases, jobs if parallel else 1):
        store.replace_sources(batch)
        sentences = sum(len(prepared.sentences) for prepared in batch)
        for prepared in batch:
            counts["updated" if prepared.id in plan.known else "added"] += 1
        counts["sentences"] += sentences
        progress.advance(len(batch), also=sentences)
    counts["unchanged"] = len(scan.documents) - len(changed)
    return counts


def _changed_documents(scan: _Scan, plan: _Plan, warn: Warn) -> Iterator[SourceDocument]:
    """The documents to write, read again one at a time."""
    for path, shown in scan.files:
        try:
            for doc in iter_source_documents(path, display_path=shown):
                if plan.changed(doc.id, doc.content_hash):
                    yield doc
        except InputError as error:  # the file broke since the first pass
            warn(f"skipped the rest of a file: {error}")


def _chunks(docs: Iterable[SourceDocument]) -> Iterator[list[SourceDocument]]:
    """Consecutive documents grouped into tasks of about TASK_CHARS characters."""
    chunk: list[SourceDocument] = []
    size = 0
    for doc in docs:
        chunk.append(doc)
        size += len(doc.text)
        if size >= TASK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _prepared_batches(
    chunks: Iterable[list[SourceDocument]], aliases: AliasIndex, jobs: int
) -> Generator[list[PreparedSource], None, None]:
    """Each chunk analysed into store rows, in order; by `jobs` worker processes when > 1."""
    if jobs <= 1:
        for chunk in chunks:
            yield prepare_documents(chunk, aliases)
        return
    # Imported here: every command imports this module, and `check` must start quickly.
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(aliases,))
    try:
        pending: deque[Future[list[PreparedSource]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(_prepare_in_worker, chunk))
            # Read only a little ahead of the writer, so memory stays bounded.
            if len(pending) > 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(cancel_futures=True)


_worker_aliases: AliasIndex | None = None  # set once per worker process, not sent per task


def _start_worker(aliases: AliasIndex) -> None:
    """Set a worker process up: the aliases once, and Ctrl-C left to the writer to handle."""
    global _worker_aliases
    _worker_aliases = aliases
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_in_worker(docs: list[SourceDocument]) -> list[PreparedSource]:
    assert _worker_aliases is not None, "the pool's initializer sets the aliases"
    return prepare_documents(docs, _worker_aliases)


def _display_path(path: Path) -> str:
    bundled = bundled_evidence_dir()
    resolved = path.resolve()
    if resolved.is_relative_to(bundled.resolve()):
        return f"evidence/{resolved.relative_to(bundled.resolve()).as_posix()}"
    try:
        return os.path.relpath(resolved)
    except ValueError:
        return str(resolved)
