"""Where the default evidence store lives, and opening the store a command asks for."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import StoreError
from factcheck.index.store import EvidenceStore

if TYPE_CHECKING:
    from factcheck.index.indexer import Warn

STORE_ENV = "FACTCHECK_STORE"


def default_store_path() -> Path:
    """$FACTCHECK_STORE, else factcheck/bundled.db in the user's cache folder."""
    configured = os.environ.get(STORE_ENV)
    if configured:
        return Path(configured).expanduser()
    return bundled_store_path()


def cache_dir() -> Path:
    """factcheck's folder in the user's cache: under $XDG_CACHE_HOME when set, else ~/.cache."""
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "factcheck"


def bundled_store_path() -> Path:
    """The store of the bundled sources in the user's cache folder."""
    return cache_dir() / "bundled.db"


def project_store_path(sources: Sequence[Path]) -> Path:
    """A store of its own for a configured set of sources, in the user's cache folder."""
    key = "\n".join(sorted(os.path.abspath(path) for path in sources))
    return cache_dir() / f"sources-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}.db"


def open_store(store: Path | None) -> EvidenceStore:
    """The store named with --store (it must exist), else the bundled one, indexed on first use."""
    if store is not None:
        opened = EvidenceStore.open(store, create=False)
        if opened.sentence_count() == 0:
            opened.close()
            raise StoreError(
                f"Evidence store '{store}' holds no sources — run "
                f"'factcheck index PATH... --store {store}' first."
            )
        return opened
    from factcheck.sources.read import bundled_evidence_dir

    return open_indexed(default_store_path(), [bundled_evidence_dir()])


def open_indexed(
    path: Path, sources: Sequence[Path], *, warn: Warn = lambda message: None
) -> EvidenceStore:
    """The store at `path`, created if missing and brought in line with `sources` (incremental)."""
    # Imported here: a store given with --store is used as it is, without the indexer.
    from factcheck.index.indexer import index_paths

    opened = EvidenceStore.open(path)
    try:
        index_paths(list(sources), opened, warn=warn)
    except BaseException:
        opened.close()
        raise
    return opened
