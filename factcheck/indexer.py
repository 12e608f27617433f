"""Sources → analysed sentences → the evidence store, incrementally and atomically per source."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import factcheck.extract
from factcheck.errors import InputError
from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.dates import parse_iso_date
from factcheck.extract.entities import AliasIndex, acronym_definitions
from factcheck.models import Alias, AnalyzedSentence, SourceDocument
from factcheck.segment import split_sentences
from factcheck.sources import bundled_evidence_dir, find_source_files, read_source_file
from factcheck.store import EvidenceStore

ANALYZER_KEY = "analyzer_version"
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


def analyzer_version() -> str:
    """A fingerprint of the extractors' code: stored facts go stale when it changes."""
    digest = hashlib.sha256()
    package = Path(factcheck.extract.__file__).parent
    for path in sorted(package.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def analyze_document(doc: SourceDocument, aliases: AliasIndex) -> list[AnalyzedSentence]:
    """Every sentence of a document with its assertions; "the same year" follows the text."""
    published = parse_iso_date(doc.published)
    analyzed: list[AnalyzedSentence] = []
    year: int | None = published.year if published else None
    for sentence in split_sentences(doc):
        context = AnalysisContext(aliases=aliases, published=published, context_year=year)
        assertions = tuple(analyze(sentence.text, context))
        analyzed.append(AnalyzedSentence(sentence=sentence, assertions=assertions))
        years = [t.year for a in assertions for t in a.times if t.year is not None]
        year = years[-1] if years else year
    return analyzed


def read_documents(paths: Sequence[Path], warn: Warn) -> tuple[list[SourceDocument], int]:
    """Every readable document under the paths; an unreadable file is skipped with a warning."""
    documents: list[SourceDocument] = []
    skipped = 0
    for path in find_source_files(paths):
        try:
            documents.extend(read_source_file(path, display_path=_display_path(path)))
        except InputError as error:
            warn(f"skipped: {error}")
            skipped += 1
    return documents, skipped


def _display_path(path: Path) -> str:
    bundled = bundled_evidence_dir()
    resolved = path.resolve()
    if resolved.is_relative_to(bundled.resolve()):
        return f"evidence/{resolved.relative_to(bundled.resolve()).as_posix()}"
    try:
        return os.path.relpath(resolved)
    except ValueError:
        return str(resolved)


def index_paths(
    paths: Sequence[Path],
    store: EvidenceStore,
    *,
    user_aliases: Iterable[Alias] = (),
    warn: Warn = lambda message: None,
) -> IndexStats:
    """Bring the store in line with the sources under `paths`.

    Unchanged sources (same content hash, same analyzer) are skipped, changed ones replaced and
    sources that were indexed from these paths but are gone are dropped. Each source is written
    in its own transaction, so an interruption leaves every source either old or new.
    """
    documents, skipped = read_documents(paths, warn)
    if not documents:
        raise InputError(
            f"No readable sources in {', '.join(map(str, paths))} — "
            "give .txt, .md, .html or .jsonl files, or folders holding them."
        )
    version = analyzer_version()
    stale = store.get_meta(ANALYZER_KEY) != version
    known = store.source_fingerprints()
    defined = [a for doc in documents for a in acronym_definitions(doc.text, doc.id)]
    aliases = AliasIndex([*store.aliases(), *user_aliases, *defined])
    counts = {"added": 0, "updated": 0, "unchanged": 0, "sentences": 0}
    for doc in documents:
        if not stale and known.get(doc.id) == doc.content_hash:
            counts["unchanged"] += 1
            continue
        sentences = analyze_document(doc, aliases)
        own_aliases = [a for a in defined if a.origin == doc.id]
        store.replace_source(doc, sentences, aliases=own_aliases)
        counts["updated" if doc.id in known else "added"] += 1
        counts["sentences"] += len(sentences)
    removed = _remove_missing(store, paths, {doc.id for doc in documents})
    if stale:
        store.set_meta(ANALYZER_KEY, version)
    if user_aliases:
        store.set_user_aliases(list(user_aliases))
    return IndexStats(skipped=skipped, removed=removed, **counts)


def _remove_missing(store: EvidenceStore, paths: Sequence[Path], present: set[str]) -> int:
    """Drop sources that were indexed from under these paths and are no longer there."""
    roots = [_display_path(p) for p in paths]
    removed = 0
    for summary in store.list_sources():
        under = any(
            summary.path == root or summary.path.startswith(root.rstrip("/") + "/")
            for root in roots
        )
        if under and summary.id not in present:
            store.remove_source(summary.id)
            removed += 1
    return removed
