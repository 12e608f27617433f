"""Opening the evidence store a run asks for, brought in line with its sources first.

Takes a store path (and the sources it is built from) or the run's settings; gives an open
`EvidenceStore`. A store named with --store is used as `factcheck index` left it; the default
store (or $FACTCHECK_STORE, or a configured sources list's own store) is indexed on open, unless
it cannot be written: then it is read as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import ReadOnlyStoreError, StoreError
from factcheck.index.store import EvidenceStore

if TYPE_CHECKING:
    from factcheck.config import Settings
    from factcheck.index.indexer import Warn


def open_configured(settings: Settings, *, warn: Warn = lambda message: None) -> EvidenceStore:
    """The store to judge against, kept in step with the sources it is built from.

    A store named by flag or file holds what `factcheck index` put there, unless sources are
    configured; the default store, or $FACTCHECK_STORE, holds the configured or bundled sources.
    """
    named = settings.origins["store"].kind in ("flag", "file")
    if named and settings.origins["sources"].kind == "default":
        return open_named(settings.store)
    return open_indexed(settings.store, settings.sources, warn=warn)


def open_named(store: Path) -> EvidenceStore:
    """A store named with --store or in the configuration: it must exist and hold sources."""
    opened = EvidenceStore.open(store, create=False)
    if opened.sentence_count() == 0:
        opened.close()
        raise StoreError(
            f"Evidence store '{store}' holds no sources — run "
            f"'factcheck index PATH... --store {store}' first."
        )
    return opened


def open_indexed(
    path: Path, sources: Sequence[Path], *, warn: Warn = lambda message: None
) -> EvidenceStore:
    """The store at `path`, created if missing and brought in line with `sources` (incremental)."""
    # Imported here: a store given with --store is used as it is, without the indexer.
    from factcheck.index.indexer import index_paths

    opened = EvidenceStore.open(path)
    try:
        index_paths(list(sources), opened, warn=warn)
    except ReadOnlyStoreError:
        # A store on a read-only medium is still worth reading: its sources changed since it
        # was indexed, so say so, and judge against what it holds.
        warn(
            f"evidence store '{path}' is read-only and its sources changed since it was "
            "indexed — using it as it is; index a writable copy to bring it up to date."
        )
    except BaseException:
        opened.close()
        raise
    return opened
