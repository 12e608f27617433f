"""Re-indexing unchanged sources is a no-op: same sources, same sentences, same evidence."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factcheck.index.indexer import IndexStats, index_paths
from factcheck.index.store import EvidenceStore

TEMPLATES = (
    "The Lisbrook harbour handled {n} ships in {year}.",
    "Ostrava Rail hired about {n} drivers in March {year}.",
    "The Veltran ministry did not approve the {n} permits.",
    "Tarvia opened an embassy in Pell in {year}, while Quist opened one in {year2}.",
    "The Lake Monitoring Agency for Northern Basins (LMANB) counted {n} floods.",
    "In {year} the LMANB recorded up to {n} floods.",
    "Turnout reached {n}% on Dec. {day}.",
    "Critics praised the novel.",
)

sentence = st.builds(
    lambda template, n, year, year2, day: template.format(n=n, year=year, year2=year2, day=day),
    st.sampled_from(TEMPLATES),
    st.integers(0, 10_000),
    st.integers(1900, 2030),
    st.integers(1900, 2030),
    st.integers(1, 28),
)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
body = st.lists(paragraph, min_size=1, max_size=3).map("\n\n".join)
corpus = st.lists(
    st.tuples(st.sampled_from([".txt", ".md", ".jsonl"]), body), min_size=1, max_size=4
)


def write_corpus(folder: Path, files: list[tuple[str, str]]) -> None:
    """One file per (suffix, body); a .jsonl file holds two documents."""
    for number, (suffix, text) in enumerate(files):
        path = folder / f"doc{number}{suffix}"
        if suffix == ".jsonl":
            rows = [{"id": f"row{number}-{k}", "text": text, "title": f"Row {k}"} for k in (1, 2)]
            path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
        elif suffix == ".md":
            path.write_text(
                f"---\ntitle: Doc {number}\npublished: 2024-01-20\n---\n\n{text}\n",
                encoding="utf-8",
            )
        else:
            path.write_text(f"Doc {number}\n\n{text}\n", encoding="utf-8")


def snapshot(store: EvidenceStore) -> dict[str, Any]:
    """Everything a user can read back from a store."""
    ids = range(1, 10 * store.sentence_count() + 10)
    return {
        "sources": [s.model_dump() for s in store.list_sources()],
        "fingerprints": store.source_fingerprints(),
        "aliases": [a.model_dump() for a in store.aliases()],
        "sentences": store.sentence_count(),
        "evidence": [e.model_dump() for e in store.evidence(list(ids))],
    }


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=corpus, runs=st.integers(1, 3))
def test_reindexing_unchanged_sources_changes_nothing(
    files: list[tuple[str, str]], runs: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "sources"
        folder.mkdir()
        write_corpus(folder, files)
        with EvidenceStore.open(Path(tmp) / "store.db") as store:
            first = index_paths([folder], store)
            assert first.added > 0 and first.unchanged == 0
            before = snapshot(store)
            for _ in range(runs):
                again = index_paths([folder], store)
                assert again == IndexStats(unchanged=first.added, skipped=0)
                assert snapshot(store) == before


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=corpus, edited=st.integers(0, 3), extra=paragraph)
def test_editing_one_source_rewrites_only_that_source(
    files: list[tuple[str, str]], edited: int, extra: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "sources"
        folder.mkdir()
        write_corpus(folder, files)
        with EvidenceStore.open(Path(tmp) / "store.db") as store:
            index_paths([folder], store)
            before = {s.id: s for s in store.list_sources()}
            path = sorted(folder.iterdir())[edited % len(files)]
            assume(path.suffix != ".jsonl")  # one .jsonl file holds several documents
            path.write_text(
                path.read_text(encoding="utf-8") + "\n" + extra + "\n", encoding="utf-8"
            )
            stats = index_paths([folder], store)
            assert (stats.added, stats.updated, stats.removed) == (0, 1, 0)
            after = {s.id: s for s in store.list_sources()}
            assert after.keys() == before.keys()
            key = f"sources/{path.name}"
            assert [i for i in after if after[i] != before[i]] == [key]
            assert after[key].sentences > before[key].sentences
