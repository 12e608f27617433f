"""Sources → analysed sentences → the evidence store: incremental, streamed and in parallel.

Two passes over the sources keep memory bounded whatever the corpus size. The first reads each
document for its content hash and the acronyms it defines (every document is analysed knowing
every source's acronyms); the second reads the changed documents again, has worker processes
analyse them and writes the results from this process, a batch of sources per transaction.

What a run does to the store (docs/reliability.md, "Indexing"):

- a source is keyed by its file's key (`factcheck.sources.read.source_key`), plus its id
  within a .jsonl file; one that is unchanged (same content hash, analysed by the same
  extractors) is skipped, so a run that was stopped resumes where it stopped;
- a file that cannot be read, or a .jsonl file with lines that cannot be, keeps what the store
  had for it (`IndexStats.kept` counts the stored sources kept); its good lines are indexed;
- a source whose file is gone from an indexed folder is removed;
- a sentence longer than LONGEST_SENTENCE is left out, with a warning.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import InputError
from factcheck.extract.analyse import LONGEST_SENTENCE, analyze_sentences, analyzer_version
from factcheck.extract.entities import AliasIndex, acronym_definitions
from factcheck.extract.segment import split_sentences
from factcheck.index import ann
from factcheck.index.rows import (
    SOURCE_COLUMNS,
    PreparedSource,
    prepare_source,
)
from factcheck.index.store import EvidenceStore
from factcheck.index.vectors import StaticEncoder, encoder_name, quantised, shipped_encoder
from factcheck.models import Alias, SourceDocument
from factcheck.progress import Progress, SilentProgress
from factcheck.sources import bundled_evidence_dir
from factcheck.sources.read import (
    SourceFile,
    iter_source_documents,
    list_source_files,
    of_file,
    scope_of,
)
from factcheck.workers import result, submit, worker_pool

if TYPE_CHECKING:
    from concurrent.futures import Future

# A task for a worker: enough text (~500 sentences) that passing it between processes costs
# little next to analysing it; also the size of a write transaction.
TASK_CHARS = 60_000
# Below this much text to analyse, starting worker processes costs more than it saves.
PARALLEL_MIN_CHARS = 200_000
# How many bad lines of one file are named one by one; the rest are counted.
BAD_LINES_NAMED = 5
# Stored sentences encoded per transaction when vectors are added to a store that lacks them.
FILL_BATCH = 5_000
Warn = Callable[[str], None]


@dataclass(frozen=True)
class IndexStats:
    """What an index run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: int = 0  # files that could not be read at all
    sentences: int = 0
    incomplete: int = 0  # files not read in full: skipped, or with lines that were
    kept: int = 0  # stored sources of those files left as they were


@dataclass(frozen=True)
class _File:
    """A file the first pass could read, at least in part."""

    path: Path
    shown: str
    key: str


@dataclass
class _Scan:
    """What the first pass learnt about the sources under the given paths."""

    files: list[_File] = field(default_factory=list)
    documents: list[tuple[str, str, int]] = field(default_factory=list)  # (id, hash, length)
    # The acronyms the documents define, each kept once at its last place (where a later
    # definition wins, as in the full list): a large corpus repeats them thousands of times.
    defined: dict[tuple[str, str], Alias] = field(default_factory=dict)
    skipped: int = 0
    # Files not read in full, (key, shown path): what the store has of them stays.
    incomplete: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Plan:
    """What a run has to change in the store."""

    version: str  # of the extractors: a source analysed by another is analysed again
    known: dict[str, tuple[str, str | None]]  # source id -> (content hash, analyzer), as stored
    removed: list[str]  # ids indexed from under these paths that are gone
    kept: list[str]  # stored ids of files that could not be read in full, left as they are

    def changed(self, source_id: str, content_hash: str) -> bool:
        """Whether a document has to be (re)written."""
        return self.known.get(source_id) != (content_hash, self.version)

    def is_idle(self, scan: _Scan) -> bool:
        """Nothing to write, so the run need not wait for the writer lock."""
        return not self.removed and not any(self.changed(i, h) for i, h, _ in scan.documents)


def prepare_documents(
    docs: Sequence[SourceDocument], aliases: AliasIndex, *, encoder: StaticEncoder | None = None
) -> list[PreparedSource]:
    """Analyse documents into store rows, each with the acronyms it defines, and with its
    sentences' vectors when an `encoder` is given.

    Sentences longer than LONGEST_SENTENCE are not analysed: they are listed as left out.
    """
    prepared: list[PreparedSource] = []
    for doc in docs:
        sentences = split_sentences(doc)
        kept = [s for s in sentences if s.end - s.start <= LONGEST_SENTENCE]
        left_out = [s for s in sentences if s.end - s.start > LONGEST_SENTENCE]
        analysed = analyze_sentences(doc, kept, aliases)
        defined = acronym_definitions(doc.text, doc.id)
        prepared.append(prepare_source(doc, analysed, aliases=defined, left_out=left_out))
    return prepared if encoder is None else _with_vectors(prepared, encoder)


def _with_vectors(prepared: list[PreparedSource], encoder: StaticEncoder) -> list[PreparedSource]:
    """The sources with their sentences' vectors, encoded in one batch."""
    vectors = iter(quantised(encoder.encode([s.text for p in prepared for s in p.sentences])))
    return [p._replace(vectors=tuple(islice(vectors, len(p.sentences)))) for p in prepared]


def index_paths(
    paths: Sequence[Path],
    store: EvidenceStore,
    *,
    user_aliases: Iterable[Alias] = (),
    warn: Warn = lambda message: None,
    jobs: int = 1,
    progress: Progress | None = None,
    approximate_from: int = ann.ANN_MIN_SENTENCES,
) -> IndexStats:
    """Bring the store in line with the sources under `paths` (module rules).

    A store of `approximate_from` sentences or more gets a nearest-neighbour file beside it
    (`factcheck.index.ann`), built after its last write.

    With `jobs` > 1 and enough text, that many worker processes analyse while this one writes;
    they end with this process, however it ends. A run holds the store's writer lock; sources
    are written a batch per transaction, so an interruption leaves every source either old or
    new. Raises InputError when nothing under `paths` can be read (the store is left as it is).
    """
    user_aliases = list(user_aliases)
    scan = _scan(paths, warn)
    if not scan.documents:
        raise InputError(
            f"No readable sources in {', '.join(map(str, paths))} — "
            "give .txt, .md, .html or .jsonl files, or folders holding them."
        )
    version = analyzer_version()
    plan = _plan(scan, store, paths, version)
    encoding = encoder_name()
    vector_work = encoding is not None and (
        store.vectors_due(encoding) or ann.is_due(store, encoding, least=approximate_from)
    )
    if not user_aliases and plan.is_idle(scan) and (not vector_work or store.read_only):
        _report_kept(plan, scan, warn)
        return IndexStats(unchanged=len(scan.documents), **_unread_counts(scan, plan))
    with store.writer_lock():
        # Planned again under the lock: another indexer may have just done some of the work.
        plan = _plan(scan, store, paths, version)
        aliases = AliasIndex([*store.aliases(), *user_aliases, *scan.defined.values()])
        encoder = shipped_encoder() if encoding is not None else None
        if encoder is not None:
            store.adopt_encoder(encoder.name)
        stats = _write_changed(
            scan,
            plan,
            store,
            aliases,
            jobs=jobs,
            progress=progress or SilentProgress(),
            warn=warn,
            encoder=encoder,
        )
        for source_id in plan.removed:
            store.remove_source(source_id)
        if encoder is not None and store.vectors_due(encoder.name):
            _fill_vectors(store, encoder)
        if encoder is not None:
            ann.refresh(
                store,
                encoder.name,
                dims=encoder.dims,
                least=approximate_from,
                progress=progress,
            )
        if user_aliases:
            store.set_user_aliases(user_aliases)
    _report_kept(plan, scan, warn)
    return IndexStats(removed=len(plan.removed), **_unread_counts(scan, plan), **stats)


def _unread_counts(scan: _Scan, plan: _Plan) -> dict[str, int]:
    return {"skipped": scan.skipped, "incomplete": len(scan.incomplete), "kept": len(plan.kept)}


def _scan(paths: Sequence[Path], warn: Warn) -> _Scan:
    """First pass: every readable document's fingerprint and acronyms; bad files are skipped."""
    scan = _Scan()
    ids: set[str] = set()
    for found in list_source_files(paths):
        shown = _display_path(found.path)
        documents: list[tuple[str, str, int]] = []
        defined: dict[tuple[str, str], Alias] = {}
        bad: list[InputError] = []
        try:
            for doc in iter_source_documents(
                found.path, display_path=shown, key=found.key, warn=warn, bad_line=bad.append
            ):
                documents.append((doc.id, doc.content_hash, len(doc.text)))
                for alias in acronym_definitions(doc.text, doc.id):
                    _keep_last(defined, (alias.alias, alias.canonical), alias)
        except InputError as error:  # the whole file is skipped, as if it could not be read
            _report_bad_lines(bad, shown, warn)
            warn(f"skipped: {error}")
            scan.skipped += 1
            scan.incomplete.append((found.key, shown))
            continue
        _report_bad_lines(bad, shown, warn)
        if bad:
            scan.incomplete.append((found.key, shown))
        _check_unique(ids, documents, found)
        scan.files.append(_File(found.path, shown, found.key))
        scan.documents.extend(documents)
        for key, alias in defined.items():
            _keep_last(scan.defined, key, alias)
    return scan


def _report_bad_lines(bad: list[InputError], shown: str, warn: Warn) -> None:
    for error in bad[:BAD_LINES_NAMED]:
        warn(f"skipped a line: {error}")
    if len(bad) > BAD_LINES_NAMED:
        warn(f"skipped {len(bad) - BAD_LINES_NAMED} more bad lines of '{shown}'")


def _check_unique(ids: set[str], documents: list[tuple[str, str, int]], found: SourceFile) -> None:
    """Refuse a document id another file already gave: one would silently replace the other."""
    for source_id, _, _ in documents:
        if source_id in ids:
            raise InputError(
                f"'{found.path}' gives source '{source_id}', which another file already gives "
                "— rename one of them, or index them into separate stores (--store)."
            )
        ids.add(source_id)


def _keep_last(aliases: dict[tuple[str, str], Alias], key: tuple[str, str], alias: Alias) -> None:
    aliases.pop(key, None)
    aliases[key] = alias


def _plan(scan: _Scan, store: EvidenceStore, paths: Sequence[Path], version: str) -> _Plan:
    present = {source_id for source_id, _, _ in scan.documents}
    stored = store.source_paths()
    gone = [source_id for source_id in stored if source_id not in present]
    kept = [i for i in gone if _unread(i, stored[i], scan.incomplete)]
    scopes = [scope_of(Path(p)) for p in paths]
    roots = [_display_path(Path(p)).rstrip("/") for p in paths]
    removed = [
        source_id
        for source_id in gone
        if source_id not in kept
        and (
            any(scope.holds(source_id) for scope in scopes)
            # A source keyed otherwise (before keys were paths) is found by the path it was
            # indexed from, as long as the working directory is the same.
            or any(_under(stored[source_id], root) for root in roots)
        )
    ]
    return _Plan(version, store.source_versions(), removed, kept)


def _unread(source_id: str, path: str, incomplete: list[tuple[str, str]]) -> bool:
    """Whether a stored source is of a file that could not be read in full this time."""
    return any(of_file(source_id, key) or path == shown for key, shown in incomplete)


def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root + "/")


def _report_kept(plan: _Plan, scan: _Scan, warn: Warn) -> None:
    """Say, per file, how many stored sources were kept from before because it was unreadable."""
    for key, shown in scan.incomplete:
        count = sum(of_file(source_id, key) for source_id in plan.kept)
        if count:
            sources = f"{count} source{'s' if count > 1 else ''}"
            warn(
                f"kept what the store had of '{shown}' ({sources}): the file could not be read "
                "in full — fix it and index again."
            )


def _write_changed(
    scan: _Scan,
    plan: _Plan,
    store: EvidenceStore,
    aliases: AliasIndex,
    *,
    jobs: int,
    progress: Progress,
    warn: Warn,
    encoder: StaticEncoder | None,
) -> dict[str, int]:
    """Second pass: analyse the changed documents and write them, a batch per transaction."""
    changed = [(i, length) for i, h, length in scan.documents if plan.changed(i, h)]
    progress.start(len(changed))
    parallel = jobs > 1 and sum(length for _, length in changed) >= PARALLEL_MIN_CHARS
    counts = {"added": 0, "updated": 0, "sentences": 0}
    chunks = _chunks(_changed_documents(scan, plan, warn))
    for batch in _prepared_batches(chunks, aliases, jobs if parallel else 1, encoder=encoder):
        store.replace_sources(batch, analyzer=plan.version)
        sentences = sum(len(prepared.sentences) for prepared in batch)
        for prepared in batch:
            counts["updated" if prepared.id in plan.known else "added"] += 1
            _report_left_out(prepared, warn)
        counts["sentences"] += sentences
        progress.advance(len(batch), also=sentences)
    counts["unchanged"] = len(scan.documents) - len(changed)
    return counts


def _fill_vectors(store: EvidenceStore, encoder: StaticEncoder) -> None:
    """Encode the stored sentences that lack a vector (a store made before vectors, or indexed
    where numpy or tokenizers cannot be imported), a batch per transaction, then record the
    vectors complete."""
    last = 0
    while batch := store.sentences_without_vectors(after=last, limit=FILL_BATCH):
        ids = [sentence_id for sentence_id, _ in batch]
        vectors = quantised(encoder.encode([text for _, text in batch]))
        store.add_vectors(list(zip(ids, vectors, strict=True)))
        last = ids[-1]
    store.vectors_complete()


def _report_left_out(prepared: PreparedSource, warn: Warn) -> None:
    """Warn about the sentences of a source too long to store."""
    path = prepared.row[SOURCE_COLUMNS.index("path")]
    for line, length in prepared.left_out:
        warn(
            f"'{path}' line {line}: left out a 'sentence' of {length:,} characters (the "
            f"limit is {LONGEST_SENTENCE:,}) — it is not checked against; if it is prose, "
            "give it sentence punctuation."
        )


def _changed_documents(scan: _Scan, plan: _Plan, warn: Warn) -> Iterator[SourceDocument]:
    """The documents to write, read again one at a time (bad lines were reported already)."""
    for found in scan.files:
        try:
            for doc in iter_source_documents(
                found.path, display_path=found.shown, key=found.key, bad_line=lambda error: None
            ):
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
    chunks: Iterable[list[SourceDocument]],
    aliases: AliasIndex,
    jobs: int,
    *,
    encoder: StaticEncoder | None = None,
) -> Generator[list[PreparedSource], None, None]:
    """Each chunk analysed into store rows (with vectors when an `encoder` is given), in order;
    by `jobs` worker processes when > 1."""
    if jobs <= 1:
        for chunk in chunks:
            yield prepare_documents(chunk, aliases, encoder=encoder)
        return
    with worker_pool(jobs, _start_worker, (aliases, encoder is not None)) as pool:
        pending: deque[Future[list[PreparedSource]]] = deque()
        for chunk in chunks:
            pending.append(submit(pool, _prepare_in_worker, chunk))
            # Read only a little ahead of the writer, so memory stays bounded.
            if len(pending) > 2 * jobs:
                yield result(pending.popleft())
        while pending:
            yield result(pending.popleft())


# Set once per worker process, not sent per task.
_worker_aliases: AliasIndex | None = None
_worker_encoder: StaticEncoder | None = None


def _start_worker(aliases: AliasIndex, vectors: bool) -> None:
    """Set a worker process up: the aliases, and the encoder when the indexer stores
    `vectors`, once."""
    global _worker_aliases, _worker_encoder
    _worker_aliases = aliases
    _worker_encoder = shipped_encoder() if vectors else None


def _prepare_in_worker(docs: list[SourceDocument]) -> list[PreparedSource]:
    assert _worker_aliases is not None, "the pool's initializer sets the aliases"
    return prepare_documents(docs, _worker_aliases, encoder=_worker_encoder)


def _display_path(path: Path) -> str:
    bundled = bundled_evidence_dir()
    resolved = path.resolve()
    if resolved.is_relative_to(bundled.resolve()):
        return f"evidence/{resolved.relative_to(bundled.resolve()).as_posix()}"
    try:
        return os.path.relpath(resolved)
    except ValueError:
        return str(resolved)
