"""Where evidence stores live: the default store, and one per configured set of sources."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

STORE_ENV = "FACTCHECK_STORE"


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
