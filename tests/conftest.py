"""Shared fixtures: every test runs with its store and caches in temporary folders, never $HOME."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.index.indexer import index_paths
from factcheck.index.store import EvidenceStore
from factcheck.sources.read import bundled_evidence_dir


@pytest.fixture(scope="session")
def bundled_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sources indexed once per session; tests read it, they never write to it."""
    path = tmp_path_factory.mktemp("bundled-store") / "bundled.db"
    with EvidenceStore.open(path) as store:
        index_paths([bundled_evidence_dir()], store)
    return path


@pytest.fixture(autouse=True)
def _isolated_home(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
    bundled_store: Path,
) -> Iterator[None]:
    """Point the default store at the session store and caches and $HOME at a temp folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FACTCHECK_STORE", str(bundled_store))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("HOME", str(home))
    yield


@pytest.fixture
def own_store(tmp_path: Path) -> Path:
    """A path for a store of the test's own (not created yet); use it for anything that writes."""
    return tmp_path / "store.db"
