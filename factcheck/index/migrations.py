"""The evidence store's schema as numbered migrations: takes an open SQLite connection, gives it
the current schema, recording each migration applied.

Append new migrations, never edit an applied one: a store records the names it has run (the
`migrations` table) and its schema number (`PRAGMA user_version`), and refuses to open when
either is newer than this code knows.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime, timezone
from pathlib import Path

from factcheck.errors import StoreError

_TOKENIZER = "unicode61 remove_diacritics 2"


def m001_initial(db: sqlite3.Connection) -> None:
    """Sources, sentences, facts, aliases, meta and the FTS5 index over sentence terms."""
    for sql in (
        """CREATE TABLE sources (id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT, outlet TEXT,
            author TEXT, url TEXT, published TEXT, published_note TEXT,
            content_hash TEXT NOT NULL, text TEXT NOT NULL)""",
        """CREATE TABLE sentences (id INTEGER PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, paragraph INTEGER NOT NULL, line INTEGER NOT NULL,
            col INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, analysis TEXT NOT NULL)""",
        """CREATE TABLE facts (id INTEGER PRIMARY KEY,
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            source_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('quantity', 'time', 'entity', 'negation')),
            text TEXT NOT NULL, value, unit TEXT, qualifier TEXT)""",
        """CREATE TABLE aliases (alias TEXT NOT NULL, canonical TEXT NOT NULL,
            origin TEXT NOT NULL, PRIMARY KEY (alias, canonical, origin))""",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE VIRTUAL TABLE sentences_fts USING fts5(text, terms,
            tokenize='unicode61 remove_diacritics 2')""",
        "CREATE UNIQUE INDEX sentences_source_idx ON sentences(source_id, idx)",
        "CREATE INDEX facts_source ON facts(source_id)",
        "CREATE INDEX facts_sentence ON facts(sentence_id)",
        "CREATE INDEX aliases_origin ON aliases(origin)",
    ):
        db.execute(sql)


def m002_term_counts(db: sqlite3.Connection) -> None:
    """Count the sentences of each term (and all sentences and terms), and index terms alone.

    Search picks a claim's rarest terms by these counts without scanning the index, and ranks
    with them; the sentence text was indexed too but never searched: it only cost time and space.
    """
    db.execute(
        "CREATE TABLE term_counts (term TEXT PRIMARY KEY, sentences INTEGER NOT NULL) WITHOUT ROWID"
    )
    db.execute("CREATE TABLE index_totals (sentences INTEGER NOT NULL, terms INTEGER NOT NULL)")
    counts: Counter[str] = Counter()
    sentences = 0
    for (indexed,) in db.execute("SELECT terms FROM sentences_fts"):
        counts.update(indexed.split())
        sentences += 1
    db.executemany("INSERT INTO term_counts (term, sentences) VALUES (?, ?)", counts.items())
    db.execute("INSERT INTO index_totals VALUES (?, ?)", (sentences, counts.total()))
    db.execute(f"CREATE VIRTUAL TABLE sentences_terms USING fts5(terms, tokenize='{_TOKENIZER}')")
    db.execute("INSERT INTO sentences_terms (rowid, terms) SELECT rowid, terms FROM sentences_fts")
    db.execute("DROP TABLE sentences_fts")
    db.execute("ALTER TABLE sentences_terms RENAME TO sentences_fts")


def m003_path_keys(db: sqlite3.Connection) -> None:
    """Sources are keyed by their path, not their file name; each records its analyzer.

    Ids were file stems, so `a/notes.txt` and `b/notes.txt` were one source. Each stored source
    is re-keyed from the path it was indexed from (`evidence/x.txt`, `corpus/wire.jsonl#a17`),
    which is its new key when the folder was indexed from the folder holding it, as the bundled
    evidence always is; a source indexed from elsewhere is found by its path and replaced by the
    next index of its folder. Nothing is re-analysed here: every source's content hash covers
    its id, so the next index re-analyses each one (recording the analyzer it used, so an
    interrupted run resumes where it stopped) and, until then, the store answers as before.
    """
    db.execute("ALTER TABLE sources ADD COLUMN file_line INTEGER")
    db.execute("ALTER TABLE sources ADD COLUMN analyzer TEXT")
    db.execute("DELETE FROM meta WHERE key = 'analyzer_version'")  # now per source
    rows = db.execute("SELECT id, path FROM sources ORDER BY id").fetchall()
    keys = {old: _path_key(old, path) for old, path in rows}
    taken = Counter(keys.values())
    clash = set(keys) | {key for key, count in taken.items() if count > 1}
    changed = [
        (old, key if key not in clash else f"legacy:{old}")
        for old, key in keys.items()
        if key != old
    ]
    db.execute("PRAGMA defer_foreign_keys = ON")  # sentences follow their source below
    for table, column in _SOURCE_ID_COLUMNS:
        db.executemany(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", _swap(changed))


def m004_sentence_vectors(db: sqlite3.Connection) -> None:
    """A table of sentence vectors (int8, `factcheck.index.vectors`) for dense retrieval.

    A table of its own rather than a column of `sentences`: loading every vector then reads
    256 bytes a sentence, not its text and analysis too. Nothing is encoded here (a migration
    must not need numpy or tokenizers): a store with sentences is marked as lacking vectors, and
    the next `factcheck index` with the extra installed encodes them; until then search is by
    terms alone, as before.
    """
    db.execute(
        "CREATE TABLE sentence_vectors (sentence_id INTEGER PRIMARY KEY"
        " REFERENCES sentences(id) ON DELETE CASCADE, vector BLOB NOT NULL)"
    )
    if db.execute("SELECT 1 FROM sentences LIMIT 1").fetchone():
        db.execute("INSERT INTO meta (key, value) VALUES ('vectors_incomplete', '1')")


_SOURCE_ID_COLUMNS = (
    ("sources", "id"),
    ("sentences", "source_id"),
    ("facts", "source_id"),
    ("aliases", "origin"),
)


def _swap(changed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(new, old) for old, new in changed]


def _path_key(old_id: str, path: str) -> str:
    """The key a source indexed from `path` has when its folder is indexed from its parent."""
    parts = [part for part in path.replace("\\", "/").split("/") if part not in ("", ".", "..")]
    key = "/".join(parts) or old_id
    return f"{key}#{old_id}" if key.lower().endswith(".jsonl") else key


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m001_initial,
    m002_term_counts,
    m003_path_keys,
    m004_sentence_vectors,
]
SCHEMA_VERSION = len(MIGRATIONS)


def apply_migrations(
    db: sqlite3.Connection,
    path: Path,
    transaction: Callable[[], AbstractContextManager[None]],
) -> None:
    """Run each missing migration in its own write `transaction`, recording it.

    Raises StoreError when the store at `path` was written by a newer factcheck.
    """
    db.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    applied = {r[0] for r in db.execute("SELECT name FROM migrations")}
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION or not applied <= {m.__name__ for m in MIGRATIONS}:
        raise StoreError(_newer_message(path, max(version, len(applied))))
    for number, migration in enumerate(MIGRATIONS, start=1):
        if migration.__name__ in applied:
            continue
        with transaction():
            # Re-checked under the write lock: another process may have just applied it.
            if db.execute(
                "SELECT 1 FROM migrations WHERE name = ?", (migration.__name__,)
            ).fetchone():
                continue
            migration(db)
            db.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (migration.__name__, datetime.now(timezone.utc).isoformat()),
            )
            db.execute(f"PRAGMA user_version = {number}")


def _newer_message(path: Path, found: int) -> str:
    return (
        f"Evidence store '{path}' was written by a newer factcheck (schema {found}, this version "
        f"knows {SCHEMA_VERSION}) — upgrade factcheck or pass another --store."
    )
