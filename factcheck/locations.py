"""Where the default evidence store lives, and opening the store a command asks for."""

from __future__ import annotations

import os
from pathlib import Path

from factcheck.indexer import index_paths
from factcheck.sources import bundled_evidence_dir
from factcheck.store import EvidenceStore

STORE_ENV = "FACTCHECK_STORE"


def default_store_path() -> Path:
    """$FACTCHECK_STORE, else factcheck/bundled.db in the user's cache folder."""
    configured = os.environ.get(STORE_ENV)
    if configured:
        return Path(configured).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "factcheck" / "bundled.db"


def open_store(store: Path | None) -> EvidenceStore:
    """The store named with --store (it must exist), else the bundled one, indexed on first use."""
    if store is not None:
        return EvidenceStore.open(store, create=False)
    opened = EvidenceStore.open(default_store_path())
    index_paths([bundled_evidence_dir()], opened)
    return opened
