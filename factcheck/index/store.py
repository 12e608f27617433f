"""The evidence store (`EvidenceStore`): takes prepared rows (`factcheck.index.rows`) and gives
back stored sentences with their sources and neighbours, term counts and FTS5 search.

Every write happens in one `BEGIN IMMEDIATE` transaction; the database runs in WAL mode so a
reader keeps a consistent snapshot while a writer works (`snapshot()` holds one across several
reads). Opening a store applies its missing migrations (`factcheck.index.migrations`). SQLite
errors that mean "this file cannot be used" become `StoreError` with a one-line message saying
what to do next.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from pydantic import ValidationError

from factcheck.errors import ReadOnlyStoreError, StoreError
from factcheck.extract.analyse import LONGEST_SENTENCE
from factcheck.index.migrations import SCHEMA_VERSION, apply_migrations
from factcheck.index.query import (
    MOST_SCORED,
    SearchPlan,
    Totals,
    Wanted,
    plan_search,
    rank,
    usable_terms,
)
from factcheck.index.rows import (
    ASSERTIONS_JSON,
    SOURCE_COLUMNS,
    PreparedSource,
)
from factcheck.models import (
    Alias,
    AnalyzedSentence,
    EvidenceSentence,
    Record,
    Sentence,
    SourceDocument,
)

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

BUSY_TIMEOUT_SECONDS = 5.0
LOCK_POLL_SECONDS = 0.05
SEARCH_SQL = (
    "SELECT rowid, -bm25(sentences_fts) AS score FROM sentences_fts"
    " WHERE sentences_fts MATCH ? ORDER BY score DESC, rowid LIMIT ?"
)
COUNT_SQL = "SELECT count(*) FROM (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?)"
SELECT_SQL = "SELECT rowid, terms FROM sentences_fts WHERE sentences_fts MATCH ?"
SELECT_SOME_SQL = f"{SELECT_SQL} LIMIT ?"
SELECT_BEST_SQL = f"{SELECT_SQL} ORDER BY bm25(sentences_fts), rowid LIMIT ?"
_SQL_VARIABLES = 500
_SQLITE_READONLY = 8  # sqlite3.SQLITE_READONLY, from Python 3.11

INSERT_SOURCE_SQL = (
    f"INSERT INTO sources ({', '.join(SOURCE_COLUMNS)}, analyzer)"
    f" VALUES ({', '.join('?' * (len(SOURCE_COLUMNS) + 1))})"
)
INSERT_VECTOR_SQL = "INSERT INTO sentence_vectors (sentence_id, vector) VALUES (?, ?)"
MARK_VECTORS_INCOMPLETE_SQL = "INSERT OR REPLACE INTO meta VALUES ('vectors_incomplete', '1')"
# The record of the nearest-neighbour file built over the vectors (`factcheck.index.ann`):
# every write that changes the vectors deletes it in its own transaction, so a record never
# describes vectors other than those stored.
VECTOR_INDEX_KEY = "vector_index"
FORGET_VECTOR_INDEX_SQL = f"DELETE FROM meta WHERE key = '{VECTOR_INDEX_KEY}'"
_T = TypeVar("_T")
_P = ParamSpec("_P")


class SourceSummary(Record):
    """One indexed source as `factcheck sources` lists it."""

    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    sentences: int
    facts: int


def _storable(table: str) -> str:
    """SQL: the sentence row `table` is short enough to judge.

    A sentence longer than rows.LONGEST_SENTENCE (in a store indexed before that limit) is
    never read back as evidence: judging it is slow, and it is not prose.
    """
    return f'{table}."end" - {table}.start <= {LONGEST_SENTENCE}'


# --- messages ------------------------------------------------------------------------------------


def _missing_message(path: Path) -> str:
    return f"No evidence store at '{path}' — run 'factcheck index PATH... --store {path}' first."


def _unreadable_message(path: Path, reason: str) -> str:
    return (
        f"Evidence store '{path}' is not a readable factcheck store ({reason}) — "
        "delete it or pass another --store, then run 'factcheck index'."
    )


def _foreign_facts_message(path: Path) -> str:
    return (
        f"Evidence store '{path}' holds facts this version of factcheck cannot read (it was "
        "indexed by another version) — run 'factcheck index' on its sources with this "
        "version, or pass another --store."
    )


def _busy_message(path: Path) -> str:
    return (
        f"Evidence store '{path}' is being updated by another 'factcheck index' — wait for it "
        "to finish, then retry."
    )


def _folder_message(path: Path) -> str:
    return (
        f"'{path}' is a folder, not an evidence store — pass a store file, "
        f"such as '{path / 'store.db'}'."
    )


def _unusable_message(path: Path, reason: str) -> str:
    return (
        f"Cannot use '{path}' as an evidence store ({reason}) — check the path, "
        "or pass another --store."
    )


def _cannot_create_message(path: Path, reason: str) -> str:
    return (
        f"Cannot create the evidence store '{path}' ({reason}) — choose a writable place "
        "for it with --store, FACTCHECK_STORE or the 'store' setting."
    )


def _read_only_message(path: Path) -> str:
    return (
        f"Evidence store '{path}' cannot be written ({_unwritable_reason(path)}) — it can be "
        "searched, not indexed: index a writable copy, or pass another --store."
    )


def _not_upgradable_message(path: Path, version: int) -> str:
    return (
        f"Evidence store '{path}' was made by an older factcheck (schema {version}, this "
        f"version needs {SCHEMA_VERSION}) and cannot be upgraded ({_unwritable_reason(path)}) "
        "— run 'factcheck index' on a writable copy of it, or pass another --store."
    )


def _is_read_only_error(exc: sqlite3.Error) -> bool:
    """SQLITE_READONLY and its extended codes (8, 264, ...); Python 3.10 has only the text."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF == _SQLITE_READONLY if code is not None else "readonly" in str(exc)


def _store_error(path: Path, exc: sqlite3.Error) -> StoreError:
    reason = str(exc) or type(exc).__name__
    if _is_read_only_error(exc):
        return ReadOnlyStoreError(_read_only_message(path))
    if isinstance(exc, sqlite3.OperationalError):
        return StoreError(
            f"Evidence store '{path}' could not be used ({reason}) — check the file's permissions "
            "and that no other factcheck process is writing to it, then retry."
        )
    return StoreError(_unreadable_message(path, reason))


def _translate_errors(
    method: Callable[Concatenate[EvidenceStore, _P], _T],
) -> Callable[Concatenate[EvidenceStore, _P], _T]:
    """Turn SQLite errors about the file (corrupt, locked, unreadable) into `StoreError`."""

    @functools.wraps(method)
    def wrapper(self: EvidenceStore, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
            raise  # a bug in the caller or here, not a property of the file
        except sqlite3.DatabaseError as exc:
            raise _store_error(self.path, exc) from exc

    return wrapper  # type: ignore[return-value]  # functools.wraps hides the ParamSpec


# --- where and how a store file is opened ---------------------------------------------------------


def _read_only_uri(path: Path, *, create: bool) -> str | None:
    """None to open `path` for writing; a read-only URI for a store that cannot be written.

    Raises StoreError naming the real cause (a folder, a missing store, a folder that cannot
    be created or written); an OSError when the path cannot even be looked at.
    """
    if path.is_dir():
        raise StoreError(_folder_message(path))
    if not path.exists() or path.stat().st_size == 0:
        # An empty file (say, made by `touch`) is not a store yet; opening it must not make one.
        if not create:
            raise StoreError(_missing_message(path))
        _make_room(path)
        return None
    if _writable(path) and _writable(path.parent):
        return None
    # WAL mode reads need a `-shm` file beside the store. Where the folder is read-only and no
    # writer has one open, nothing can change the file: SQLite may read it as immutable.
    shared = path.with_name(path.name + "-shm")
    mode = "mode=ro" if _writable(path.parent) or shared.exists() else "immutable=1"
    return f"{path.absolute().as_uri()}?{mode}"


def _make_room(path: Path) -> None:
    """The folder of a new store: created if missing, and writable, or a StoreError says why."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(_cannot_create_message(path, _os_reason(exc, folder))) from exc
    if not _writable(folder) or (path.exists() and not _writable(path)):
        raise StoreError(_cannot_create_message(path, _unwritable_reason(path)))


def _writable(path: Path) -> bool:
    """Whether this process may write `path` (False on a read-only medium, even for root)."""
    return os.access(path, os.W_OK)


def _unwritable_reason(path: Path) -> str:
    """Why a store, or its folder, cannot be written: a read-only medium, or permissions."""
    for place in (path, path.parent):
        try:
            if os.statvfs(place).f_flag & os.ST_RDONLY:
                return f"'{place}' is on a read-only file system"
        except (AttributeError, OSError):  # no statvfs (Windows), or no such place
            continue
    folder = path.parent
    if path.exists() and not _writable(path):
        return f"no permission to write '{path}'"
    return f"no permission to write in the folder '{folder}'"


def _os_reason(exc: OSError, folder: Path) -> str:
    """Why a store's folder cannot be made: a file in the way, or the system's reason."""
    for place in (folder, *folder.parents):
        if place.exists() and not place.is_dir():
            return f"'{place}' is a file, not a folder"
    return f"the folder '{exc.filename or folder}' cannot be created: {exc.strerror or exc}"


def _try_lock(fd: int) -> bool:
    """Take an exclusive lock on an open file without blocking; False when another holds it."""
    assert fcntl is not None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


# --- reading rows back ---------------------------------------------------------------------------


_SENTENCE_FIELDS = (
    "source_id",
    "idx",
    "paragraph",
    "line",
    "col",
    "start",
    "end",
    "text",
    "analysis",
)  # the columns a record is made of (not the id)


# Checking a claim reads the same sentences again and again (candidates are each other's
# neighbours), and parsing the stored analysis is the dearest part of a read. Keyed by the
# row's whole content, a cached record can never be stale.
@functools.lru_cache(maxsize=4096)
def _rehydrated(values: tuple[Any, ...]) -> AnalyzedSentence:
    source_id, index, paragraph, line, column, start, end, text, analysis = values
    sentence = Sentence(
        source_id=source_id,
        index=index,
        paragraph=paragraph,
        line=line,
        column=column,
        start=start,
        end=end,
        text=text,
    )
    return AnalyzedSentence(sentence=sentence, assertions=ASSERTIONS_JSON.validate_json(analysis))


@functools.lru_cache(maxsize=256)
def _source_record(values: tuple[str | None, ...]) -> SourceDocument:
    return SourceDocument.model_validate(dict(zip(SOURCE_COLUMNS, values, strict=True)))


# --- the store -----------------------------------------------------------------------------------


class _Tally:
    """What a write changes in the term counts: applied once, when its transaction ends."""

    def __init__(self) -> None:
        self.terms: Counter[str] = Counter()
        self.sentences = 0

    def add(self, indexed_terms: str) -> None:
        self.terms.update(indexed_terms.split())
        self.sentences += 1

    def remove(self, indexed_terms: str) -> None:
        self.terms.subtract(indexed_terms.split())
        self.sentences -= 1


class EvidenceStore:
    """An open evidence store; use `EvidenceStore.open(path)`, ideally as a context manager.

    Each read method sees the latest committed state; wrap several reads in `snapshot()` to see
    one state throughout while another process writes.
    """

    def __init__(self, db: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        self._db = db
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: Path, *, create: bool = True) -> EvidenceStore:
        """Open (or create) the store at `path` and apply any missing migrations.

        A store that exists but cannot be written (a read-only file, folder or medium) opens
        read-only (`read_only`): it can be searched and listed, not indexed or upgraded.
        """
        path = Path(path)
        try:
            read_only_uri = _read_only_uri(path, create=create)
        except OSError as exc:  # the path itself cannot be looked at
            raise StoreError(_unusable_message(path, exc.strerror or type(exc).__name__)) from exc
        try:
            db = sqlite3.connect(
                read_only_uri or path,
                uri=read_only_uri is not None,
                timeout=BUSY_TIMEOUT_SECONDS,
                isolation_level=None,
            )
        except sqlite3.Error as exc:
            raise _store_error(path, exc) from exc
        store = cls(db, path, read_only=read_only_uri is not None)
        try:
            store._prepare()
        except BaseException:
            db.close()
            raise
        return store

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        self._db.close()

    def __enter__(self) -> EvidenceStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- setup ---

    @_translate_errors
    def _prepare(self) -> None:
        """Set the connection up, refuse foreign or newer databases, run missing migrations."""
        self._db.row_factory = sqlite3.Row
        self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        self._db.execute("PRAGMA foreign_keys = ON")
        if self.read_only:
            self._check_readable()
            return
        self._db.execute("PRAGMA journal_mode = WAL")
        # In WAL mode a commit need not wait for the disk: a crash may lose the last commits,
        # never the file's integrity, and an interrupted index is re-run anyway.
        self._db.execute("PRAGMA synchronous = NORMAL")
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        if tables and "migrations" not in tables:
            raise StoreError(_unreadable_message(self.path, "it holds other tables"))
        apply_migrations(self._db, self.path, self._transaction)

    def _check_readable(self) -> None:
        """A read-only store must be a factcheck store of this version: it cannot be migrated."""
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        if not tables:
            raise StoreError(_missing_message(self.path))
        if "migrations" not in tables:
            raise StoreError(_unreadable_message(self.path, "it holds other tables"))
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            raise StoreError(_not_upgradable_message(self.path, version))
        if version > SCHEMA_VERSION:  # refused, with the message a writable store gets
            apply_migrations(self._db, self.path, self._transaction)

    @contextmanager
    def _transaction(self, mode: str = "IMMEDIATE") -> Iterator[None]:
        """One transaction: commit on success, roll back on any exception.

        A read (DEFERRED) transaction inside an open one joins it, so reads inside `snapshot()`
        share its state.
        """
        if mode == "DEFERRED" and self._db.in_transaction:
            yield
            return
        self._db.execute(f"BEGIN {mode}")
        try:
            yield
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside the block all see the state of one moment, whatever others commit."""
        with self._transaction("DEFERRED"):
            yield

    @contextmanager
    def writer_lock(self, *, wait: float | None = None) -> Iterator[None]:
        """Be the only indexer of this store, waiting for another to finish, or fail clearly.

        Waits up to `wait` seconds (default BUSY_TIMEOUT_SECONDS), then raises StoreError.
        SQLite keeps each transaction atomic, but two indexers committing batches in turn would
        each work from a stale list of what is stored, so a whole run holds a lock file
        (`<store>.lock`). The operating system drops it if the process dies.
        """
        if self.read_only:
            raise ReadOnlyStoreError(_read_only_message(self.path))
        if fcntl is None:  # no flock (Windows): SQLite transactions still keep the file sound
            yield  # type: ignore[unreachable]  # mypy checks for the platform it runs on
            return
        lock_path = self.path.with_name(self.path.name + ".lock")
        with lock_path.open("a") as handle:
            deadline = time.monotonic() + (BUSY_TIMEOUT_SECONDS if wait is None else wait)
            while not _try_lock(handle.fileno()):
                if time.monotonic() >= deadline:
                    raise StoreError(_busy_message(self.path))
                time.sleep(LOCK_POLL_SECONDS)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    # --- writes ---

    @_translate_errors
    def replace_sources(
        self, sources: Iterable[PreparedSource], *, analyzer: str | None = None
    ) -> int:
        """Atomically replace each of these sources, all in one transaction; returns how many.

        `analyzer` is the version of the extractors that analysed them (`source_versions`).
        One transaction per batch rather than per source: a commit costs far more than a small
        document. An interruption still leaves every source either old or new.
        """
        count = 0
        counted = _Tally()
        with self._transaction():
            for prepared in sources:
                self._insert_source(prepared, counted, analyzer)
                count += 1
            self._update_term_counts(counted)
            self._db.execute(FORGET_VECTOR_INDEX_SQL)
        return count

    @_translate_errors
    def remove_source(self, source_id: str) -> None:
        """Atomically remove a source and everything derived from it; unknown ids are a no-op."""
        counted = _Tally()
        with self._transaction():
            self._delete_source(source_id, counted)
            self._update_term_counts(counted)
            self._db.execute(FORGET_VECTOR_INDEX_SQL)

    @_translate_errors
    def set_user_aliases(self, aliases: Sequence[Alias]) -> None:
        """Atomically replace the user's alias table (rows whose origin is 'user')."""
        with self._transaction():
            self._db.execute("DELETE FROM aliases WHERE origin = 'user'")
            self._db.executemany(
                "INSERT OR IGNORE INTO aliases (alias, canonical, origin) VALUES (?, ?, 'user')",
                [(a.alias, a.canonical) for a in aliases],
            )

    def _delete_source(self, source_id: str, counted: _Tally) -> None:
        """Delete a source's rows, taking its sentences' terms off `counted`."""
        rows = (source_id,)
        if self._db.execute("SELECT 1 FROM sources WHERE id = ?", rows).fetchone() is None:
            return  # the usual case when indexing: six statements saved
        in_source = "rowid IN (SELECT id FROM sentences WHERE source_id = ?)"
        indexed = self._db.execute(f"SELECT terms FROM sentences_fts WHERE {in_source}", rows)
        for (sentence_terms,) in indexed:
            counted.remove(sentence_terms)
        self._db.execute(f"DELETE FROM sentences_fts WHERE {in_source}", rows)
        self._db.execute("DELETE FROM facts WHERE source_id = ?", rows)
        self._db.execute("DELETE FROM sentences WHERE source_id = ?", rows)
        self._db.execute("DELETE FROM aliases WHERE origin = ?", rows)
        self._db.execute("DELETE FROM sources WHERE id = ?", rows)

    def _insert_source(
        self, prepared: PreparedSource, counted: _Tally, analyzer: str | None
    ) -> None:
        """Insert a source's rows in place of any older version, adding its terms to `counted`."""
        self._delete_source(prepared.id, counted)
        self._db.execute(INSERT_SOURCE_SQL, (*prepared.row, analyzer))
        # The ids SQLite would pick one row at a time (largest + 1), given up front so that the
        # sentences, their FTS rows and their facts go in as three bulk inserts.
        first = self._db.execute("SELECT coalesce(max(id), 0) + 1 FROM sentences").fetchone()[0]
        numbered = list(enumerate(prepared.sentences, start=first))
        self._db.executemany(
            'INSERT INTO sentences (id, source_id, idx, paragraph, line, col, start, "end", text,'
            " analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(i, *s.row) for i, s in numbered],
        )
        self._db.executemany(
            "INSERT INTO sentences_fts (rowid, terms) VALUES (?, ?)",
            [(i, s.terms) for i, s in numbered],
        )
        for sentence in prepared.sentences:
            counted.add(sentence.terms)
        self._db.executemany(
            "INSERT INTO facts (sentence_id, source_id, kind, text, value, unit, qualifier)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(i, prepared.id, *fact) for i, s in numbered for fact in s.facts],
        )
        self._db.executemany(
            "INSERT OR IGNORE INTO aliases (alias, canonical, origin) VALUES (?, ?, ?)",
            prepared.aliases,
        )
        if prepared.vectors:
            self._db.executemany(
                INSERT_VECTOR_SQL, zip((i for i, _ in numbered), prepared.vectors, strict=True)
            )
        elif prepared.sentences:
            self._db.execute(MARK_VECTORS_INCOMPLETE_SQL)

    def _update_term_counts(self, counted: _Tally) -> None:
        """Apply a write's changes to the term counts; a term no sentence has any more goes."""
        changed = [(term, n) for term, n in counted.terms.items() if n]
        self._db.executemany(
            "INSERT INTO term_counts (term, sentences) VALUES (?, ?) ON CONFLICT (term)"
            " DO UPDATE SET sentences = sentences + excluded.sentences",
            changed,
        )
        self._db.executemany(
            "DELETE FROM term_counts WHERE term = ? AND sentences <= 0",
            [(term,) for term, n in changed if n < 0],
        )
        self._db.execute(
            "UPDATE index_totals SET sentences = sentences + ?, terms = terms + ?",
            (counted.sentences, counted.terms.total()),
        )

    @_translate_errors
    def set_meta(self, key: str, value: str) -> None:
        """Store a small setting, e.g. the analyzer version the index was built with."""
        with self._transaction():
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @_translate_errors
    def delete_meta(self, key: str) -> None:
        """Remove a stored setting (none is a no-op)."""
        with self._transaction():
            self._db.execute("DELETE FROM meta WHERE key = ?", (key,))

    @_translate_errors
    def adopt_encoder(self, encoder: str) -> None:
        """Make `encoder` the one whose vectors the store holds.

        Vectors of another encoder do not compare with its own: they are dropped, and the
        store is marked as lacking vectors until `vectors_complete`.
        """
        with self._transaction():
            stored = self._db.execute("SELECT value FROM meta WHERE key = 'vector_encoder'")
            if (stored.fetchone() or (encoder,))[0] != encoder:
                self._db.execute("DELETE FROM sentence_vectors")
                self._db.execute(MARK_VECTORS_INCOMPLETE_SQL)
                self._db.execute(FORGET_VECTOR_INDEX_SQL)
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('vector_encoder', ?)", (encoder,))

    @_translate_errors
    def add_vectors(self, vectors: Sequence[tuple[int, bytes]]) -> None:
        """Store (sentence id, int8 vector) rows of the adopted encoder, in one transaction."""
        with self._transaction():
            self._db.executemany(INSERT_VECTOR_SQL, vectors)
            self._db.execute(FORGET_VECTOR_INDEX_SQL)

    @_translate_errors
    def vectors_complete(self) -> None:
        """Record that every judgeable sentence has a vector."""
        with self._transaction():
            self._db.execute("DELETE FROM meta WHERE key = 'vectors_incomplete'")

    # --- reads ---

    @_translate_errors
    def vectors_due(self, encoder: str) -> bool:
        """Whether some sentence lacks a vector made by `encoder` (see `add_vectors`)."""
        meta = dict(self._db.execute("SELECT key, value FROM meta WHERE key LIKE 'vector%'"))
        if "vectors_incomplete" in meta:
            return True
        has_sentences = self._db.execute("SELECT 1 FROM sentences LIMIT 1").fetchone()
        return meta.get("vector_encoder") != encoder and has_sentences is not None

    @_translate_errors
    def sentences_without_vectors(self, *, after: int, limit: int) -> list[tuple[int, str]]:
        """(id, text) of up to `limit` judgeable sentences past id `after` that lack a vector."""
        rows = self._db.execute(
            "SELECT s.id, s.text FROM sentences s WHERE s.id > ? AND"
            f" {_storable('s')} AND NOT EXISTS (SELECT 1 FROM sentence_vectors v"
            " WHERE v.sentence_id = s.id) ORDER BY s.id LIMIT ?",
            (after, limit),
        )
        return [(row[0], row[1]) for row in rows]

    @_translate_errors
    def sentence_vectors(
        self, encoder: str, *, size: int, after: int = 0, limit: int = -1
    ) -> tuple[array[int], bytearray]:
        """The ids of the sentences with a vector made by `encoder` (none if the stored ones
        were made by another) and their vectors of `size` bytes, end to end: every one, or up
        to `limit` in order of id past id `after`.

        Two flat buffers rather than a row object a sentence: a large store has millions.
        """
        ids: array[int] = array("q")
        vectors = bytearray()
        with self._transaction("DEFERRED"):
            if self.get_meta("vector_encoder") != encoder:
                return ids, vectors
            for sentence_id, vector in self._db.execute(
                "SELECT sentence_id, vector FROM sentence_vectors WHERE sentence_id > ?"
                " AND length(vector) = ? ORDER BY sentence_id LIMIT ?",
                (after, size, limit),
            ):
                ids.append(sentence_id)
                vectors += vector
        return ids, vectors

    @_translate_errors
    def vectors_of(self, ids: Sequence[int], *, size: int) -> tuple[array[int], bytearray]:
        """Those of the sentences `ids` that have a vector of `size` bytes, and their vectors
        end to end, as `sentence_vectors` gives them."""
        found: array[int] = array("q")
        vectors = bytearray()
        for start in range(0, len(ids), _SQL_VARIABLES):
            chunk = list(ids[start : start + _SQL_VARIABLES])
            rows = self._db.execute(
                "SELECT sentence_id, vector FROM sentence_vectors WHERE sentence_id IN"
                f" ({', '.join('?' * len(chunk))}) AND length(vector) = ? ORDER BY sentence_id",
                [*chunk, size],
            )
            for sentence_id, vector in rows:
                found.append(sentence_id)
                vectors += vector
        return found, vectors

    @_translate_errors
    def get_meta(self, key: str) -> str | None:
        """A stored setting, or None."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    @_translate_errors
    def source_fingerprints(self) -> dict[str, str]:
        """Source id -> content hash, to skip unchanged files when re-indexing."""
        return dict(self._db.execute("SELECT id, content_hash FROM sources ORDER BY id").fetchall())

    @_translate_errors
    def source_versions(self) -> dict[str, tuple[str, str | None]]:
        """Source id -> (content hash, the analyzer version it was analysed with, if known)."""
        rows = self._db.execute("SELECT id, content_hash, analyzer FROM sources ORDER BY id")
        return {row[0]: (row[1], row[2]) for row in rows}

    @_translate_errors
    def source_paths(self) -> dict[str, str]:
        """Source id -> the path it was indexed from (cheaper than `list_sources`)."""
        return dict(self._db.execute("SELECT id, path FROM sources ORDER BY id").fetchall())

    @_translate_errors
    def list_sources(self) -> list[SourceSummary]:
        """Every source with its sentence and fact counts, sorted by id."""
        rows = self._db.execute(
            "SELECT s.id, s.path, s.title, s.outlet, s.author, s.published,"
            " (SELECT count(*) FROM sentences WHERE source_id = s.id) AS sentences,"
            " (SELECT count(*) FROM facts WHERE source_id = s.id) AS facts"
            " FROM sources s ORDER BY s.id"
        )
        return [SourceSummary(**dict(row)) for row in rows]

    @_translate_errors
    def sentence_count(self) -> int:
        """How many sentences are indexed."""
        return int(self._db.execute("SELECT sentences FROM index_totals").fetchone()[0])

    @_translate_errors
    def aliases(self) -> list[Alias]:
        """Every stored alias, sorted; a pairing defined by several sources comes once.

        A large corpus defines the same acronym in thousands of documents, and every command
        builds its alias index from this list: the first origin stands for them all.
        """
        rows = self._db.execute(
            "SELECT alias, canonical, min(origin) AS origin FROM aliases"
            " GROUP BY alias, canonical ORDER BY alias, canonical, origin"
        )
        return [Alias(**dict(row)) for row in rows]

    @_translate_errors
    def search(self, wanted: Sequence[Wanted], *, limit: int = 40) -> list[tuple[int, float]]:
        """Sentence ids that have what is wanted, with a score (higher is better), best first.

        See `factcheck.index.query` for which sentences a search considers on a large store.
        """
        if limit <= 0:
            return []
        with self._transaction("DEFERRED"):  # the counts and the search see one state
            counts, plan = self._plan(wanted)
            if plan is None:
                return []
            if plan.scored:
                rows = self._db.execute(SEARCH_SQL, (plan.match, limit))
                return self._judgeable([(r[0], float(r[1])) for r in rows])
            if plan.most is None:
                found = self._db.execute(SELECT_SQL, (plan.match,)).fetchall()
            else:
                found = self._db.execute(SELECT_SOME_SQL, (plan.match, plan.most)).fetchall()
            if plan.rare is not None:
                found += self._db.execute(SELECT_BEST_SQL, (plan.rare, MOST_SCORED)).fetchall()
            unique = list(dict(found).items())
            return self._judgeable(rank(unique, wanted, counts, self._totals(), limit=limit))

    @_translate_errors
    def judgeable(self, hits: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """The hits whose sentence is stored and short enough to judge, in order."""
        return self._judgeable(hits)

    def _judgeable(self, hits: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """The hits whose sentence is short enough to judge (`_storable`), in order."""
        ids = [i for i, _ in hits]
        short: set[int] = set()
        for start in range(0, len(ids), _SQL_VARIABLES):
            chunk = ids[start : start + _SQL_VARIABLES]
            rows = self._db.execute(
                f"SELECT s.id FROM sentences s WHERE s.id IN ({', '.join('?' * len(chunk))})"
                f" AND {_storable('s')}",
                chunk,
            )
            short.update(row[0] for row in rows)
        return [hit for hit in hits if hit[0] in short]

    def _plan(self, wanted: Sequence[Wanted]) -> tuple[dict[str, int], SearchPlan | None]:
        counts = self.document_frequencies(usable_terms(wanted))
        return counts, plan_search(wanted, counts, self._count_matches)

    def _totals(self) -> Totals:
        return Totals(*self._db.execute("SELECT sentences, terms FROM index_totals").fetchone())

    def _count_matches(self, query: str, most: int) -> int:
        return int(self._db.execute(COUNT_SQL, (query, most)).fetchone()[0])

    @_translate_errors
    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """How many sentences have each term (0 for a term none has)."""
        counts = dict.fromkeys(terms, 0)
        wanted = list(counts)
        for start in range(0, len(wanted), _SQL_VARIABLES):
            chunk = wanted[start : start + _SQL_VARIABLES]
            counts.update(
                self._db.execute(
                    "SELECT term, sentences FROM term_counts"
                    f" WHERE term IN ({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
        return counts

    @_translate_errors
    def evidence(self, sentence_ids: Sequence[int], *, window: int = 2) -> list[EvidenceSentence]:
        """Each stored sentence (unknown ids skipped) with its source and neighbours.

        Neighbours are the sentences within ±window positions in the same source, across
        paragraph breaks: sources often give the number in one paragraph and its date in the next.

        `retrieval_score` is left at 0; callers set it with `model_copy(update=...)`.
        """
        around: dict[int, list[tuple[Any, ...]]] = {}
        columns = ", ".join(f'n."{c}"' for c in ("id", *_SENTENCE_FIELDS))
        with self._transaction("DEFERRED"):  # one snapshot: a re-index cannot interleave
            wanted = list(dict.fromkeys(sentence_ids))
            for start in range(0, len(wanted), _SQL_VARIABLES):
                chunk = wanted[start : start + _SQL_VARIABLES]
                rows = self._db.execute(
                    f"SELECT s.id, {columns} FROM sentences s JOIN sentences n"
                    " ON n.source_id = s.source_id AND n.idx BETWEEN s.idx - ? AND s.idx + ?"
                    f" AND {_storable('n')} WHERE s.id IN ({', '.join('?' * len(chunk))})"
                    f" AND {_storable('s')} ORDER BY s.id, n.idx",
                    (window, window, *chunk),
                )
                for row in rows:
                    around.setdefault(row[0], []).append(row[1:])
            sources = self._sources({rows[0][1] for rows in around.values()})
        found: list[EvidenceSentence] = []
        for sentence_id in sentence_ids:
            if sentence_id not in around:
                continue
            nearby = around[sentence_id]
            [center] = [row for row in nearby if row[0] == sentence_id]
            found.append(
                EvidenceSentence(
                    source=sources[center[1]],
                    sentence=self._stored_sentence(center[1:]),
                    neighbours=tuple(
                        self._stored_sentence(r[1:]) for r in nearby if r[0] != sentence_id
                    ),
                )
            )
        return found

    def _stored_sentence(self, values: tuple[Any, ...]) -> AnalyzedSentence:
        """A stored sentence with its facts, or a StoreError where the facts are of a shape
        this version does not know (written by a newer factcheck)."""
        try:
            return _rehydrated(values)
        except ValidationError as exc:
            raise StoreError(_foreign_facts_message(self.path)) from exc

    @_translate_errors
    def adjacent_ids(self, sentence_ids: Sequence[int], *, window: int = 1) -> list[int]:
        """Ids of the sentences within ±window positions of the given ones, in the same source."""
        found: list[int] = []
        with self._transaction("DEFERRED"):
            for sentence_id in sentence_ids:
                rows = self._db.execute(
                    "SELECT n.id FROM sentences s JOIN sentences n ON n.source_id = s.source_id"
                    " AND n.idx BETWEEN s.idx - ? AND s.idx + ? AND n.id != s.id"
                    f" AND {_storable('n')} WHERE s.id = ? ORDER BY n.idx",
                    (window, window, sentence_id),
                )
                found.extend(row[0] for row in rows)
        return found

    def _sources(self, source_ids: set[str]) -> dict[str, SourceDocument]:
        found: dict[str, SourceDocument] = {}
        wanted = sorted(source_ids)
        for start in range(0, len(wanted), _SQL_VARIABLES):
            chunk = wanted[start : start + _SQL_VARIABLES]
            rows = self._db.execute(
                f"SELECT {', '.join(SOURCE_COLUMNS)} FROM sources"
                f" WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            for row in rows:
                found[row["id"]] = _source_record(tuple(row))
        return found
