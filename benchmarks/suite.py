"""The measurements for one corpus size: indexing, checking, the command line and `verify`.

Each figure is measured beside a baseline in the same run: reading and splitting the corpus
for indexing; for checking, the plain FTS5 search for each claim (every term ORed, ranked by
BM25) on a bare connection, so that "overhead" compares everything factcheck does with what
bare full-text search costs; for commands, a fresh Python running those searches with nothing
but sqlite3.
"""

from __future__ import annotations

import itertools
import random
import shutil
import statistics
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import Claim, Corpus, generate, read_claims
from benchmarks.measure import (
    BareSearch,
    Run,
    bare_cli_command,
    file_bytes,
    percentile,
    run,
    stopwatch,
)
from benchmarks.report import Figure, Target

if TYPE_CHECKING:
    from factcheck.config import Settings

MB = 1024 * 1024
INDEX_TARGET = Target(20_000, higher_is_better=True)  # sentences/s
CHECK_P95_TARGET = Target(50)  # ms, warm
CLI_COLD_TARGET = Target(300)  # ms
VERIFY_TARGET = Target(1.0)  # s for a 5,000-word draft
MEMORY_TARGET = Target(1024)  # MB
OVERHEAD_TARGET = 3.0  # × the bare FTS5 queries
DRAFT_WORDS = 5000
WARM_UP_CLAIMS = 5
# The indexing baseline, run as its own process like `factcheck index` is.
READ_AND_SPLIT = (
    "import sys; from factcheck.extract.segment import split_sentences; "
    "from factcheck.sources.read import iter_source_documents; "
    "print(sum(len(split_sentences(d)) for d in iter_source_documents(sys.argv[1])))"
)
Log = Callable[[str], None]


@dataclass(frozen=True)
class Options:
    """How to run the suite."""

    workdir: Path
    seed: int = 0
    claims_per_kind: int = 20
    jobs: int = 2
    cold_runs: int = 5
    keep: bool = False


@dataclass(frozen=True)
class Outcome:
    """The figures of one size, and how many claims were answered as labelled."""

    figures: list[Figure]
    answered: int
    claims: int


def factcheck_command() -> list[str]:
    """The `factcheck` script installed beside this Python (else `python -m factcheck`).

    Not the first `factcheck` on the PATH: that may be a version manager's shim (pyenv's
    costs ~0.2 s a run here), which would be timed as ours.
    """
    beside = Path(sys.executable).with_name("factcheck")
    return [str(beside)] if beside.is_file() else [sys.executable, "-m", "factcheck"]


def measure_size(sentences: int, options: Options, log: Log) -> Outcome:
    """Generate a corpus of `sentences` sentences, index it, and measure everything."""
    folder = options.workdir / f"corpus-{sentences}"
    shutil.rmtree(folder, ignore_errors=True)
    log(f"generating {sentences:,} sentences")
    corpus = generate(
        folder, sentences=sentences, seed=options.seed, claims_per_kind=options.claims_per_kind
    )
    store = folder / "store.db"
    figures = list(_indexing(corpus, store, options, log))
    claims = read_claims(corpus.claims_path)
    queries = search_queries([claim.text for claim in claims], store)
    log("checking claims in-process")
    checking, answered, bare_rate = _checking(corpus.sentences, store, claims, queries)
    figures += checking
    log("checking claims from the command line")
    figures += _command_line(corpus.sentences, store, claims, queries, options, bare_rate)
    if _has_verify():
        log(f"verifying a {DRAFT_WORDS:,}-word draft")
        figures += _verify(corpus, store, claims)
    if not options.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return Outcome(figures, answered, len(claims))


def store_settings(store: Path) -> Settings:
    """The settings of a run given `--store` and nothing else (no configuration file)."""
    from factcheck.config import Flags, load_settings

    return load_settings(Flags(store=store), cwd=store.parent, env={})


def search_queries(texts: Sequence[str], store: Path) -> list[list[str]]:
    """The plain FTS5 search for each text: one per assertion, every term of it ORed, ranked by
    BM25 (what checking ran before it planned searches; our searches must beat its cost)."""
    from factcheck.index.query import any_of
    from factcheck.judge.claims import open_judge
    from factcheck.judge.retrieve import search_terms, wanted_in_evidence

    with open_judge(store_settings(store)) as judge:
        searches = [
            [any_of(search_terms(wanted_in_evidence(a, judge.aliases))) for a in judge.parse(text)]
            for text in texts
        ]
    return [[match for match in matches if match is not None] for matches in searches]


def _indexing(corpus: Corpus, store: Path, options: Options, log: Log) -> Iterator[Figure]:
    size = corpus.sentences
    log("reading and splitting (baseline)")
    split = _ensure(run([sys.executable, "-c", READ_AND_SPLIT, str(corpus.path)]), "read and split")
    log(f"indexing with {options.jobs} processes")
    indexed = _ensure(
        run(
            [
                *factcheck_command(),
                "index",
                str(corpus.path),
                "--store",
                str(store),
                "--quiet",
                "--jobs",
                str(options.jobs),
            ]
        ),
        "factcheck index",
    )
    counted = int(split.stdout)
    yield Figure(
        size,
        "index throughput",
        counted / indexed.seconds,
        "sentences/s",
        higher_is_better=True,
        baseline=counted / split.seconds,
        baseline_label="read + split",
        target=INDEX_TARGET,
    )
    yield Figure(
        size,
        "store size",
        file_bytes(store) / MB,
        "MB",
        baseline=corpus.path.stat().st_size / MB,
        baseline_label="corpus .jsonl",
    )
    yield Figure(
        size,
        "peak memory, index",
        indexed.peak_bytes / MB,
        "MB",
        baseline=split.peak_bytes / MB,
        baseline_label="read + split",
        target=MEMORY_TARGET,
    )


def _checking(
    size: int, store: Path, claims: list[Claim], queries: list[list[str]]
) -> tuple[list[Figure], int, float]:
    """Warm, in-process latency of a check per claim, beside its bare FTS5 queries; also the
    number answered as labelled, and the bare queries' rate (claims/s)."""
    from factcheck.judge.claims import open_judge

    texts = [claim.text for claim in claims]
    with open_judge(store_settings(store)) as judge:
        judge.check_all(texts[:WARM_UP_CLAIMS])
        verdicts, ours = stopwatch(lambda text: judge.check(text).verdict, texts)
    bare = BareSearch(store)
    bare.search(queries[0])
    _, baseline = stopwatch(bare.search, queries)
    bare.close()
    answered = sum(v == c.expected for v, c in zip(verdicts, claims, strict=True))
    bare_rate = 1000 * len(baseline) / sum(baseline)
    figures = [
        Figure(
            size,
            "check latency p50, warm",
            percentile(ours, 0.5),
            "ms",
            baseline=percentile(baseline, 0.5),
            baseline_label="bare FTS5",
            overhead_target=OVERHEAD_TARGET,
        ),
        Figure(
            size,
            "check latency p95, warm",
            percentile(ours, 0.95),
            "ms",
            baseline=percentile(baseline, 0.95),
            baseline_label="bare FTS5",
            target=CHECK_P95_TARGET,
            overhead_target=OVERHEAD_TARGET,
        ),
        Figure(
            size,
            "batch throughput, in-process",
            1000 * len(ours) / sum(ours),
            "claims/s",
            higher_is_better=True,
            baseline=bare_rate,
            baseline_label="bare FTS5",
        ),
    ]
    return figures, answered, bare_rate


def _command_line(
    size: int,
    store: Path,
    claims: list[Claim],
    queries: list[list[str]],
    options: Options,
    bare_rate: float,
) -> list[Figure]:
    """Cold `factcheck check` wall time, and every claim through one command.

    The batch's baseline is the bare queries' in-process rate, measured just before: running
    them again in a fresh Python would add only its start, at the cost of minutes at 1M.
    """
    check = [*factcheck_command(), "check", "--store", str(store)]
    cold = [
        _ensure(run([*check, claims[0].text]), "factcheck check") for _ in range(options.cold_runs)
    ]
    bare = [run(bare_cli_command(store, queries[0])) for _ in range(options.cold_runs)]
    texts = "".join(claim.text + "\n" for claim in claims)
    batch = _ensure(run([*check, "-", "--format", "json"], stdin=texts), "factcheck check -")
    return [
        Figure(
            size,
            "CLI check, cold, wall",
            statistics.median(r.seconds for r in cold) * 1000,
            "ms",
            baseline=statistics.median(r.seconds for r in bare) * 1000,
            baseline_label="bare Python + FTS5",
            target=CLI_COLD_TARGET,
        ),
        Figure(
            size,
            "CLI batch throughput",
            len(claims) / batch.seconds,
            "claims/s",
            higher_is_better=True,
            baseline=bare_rate,
            baseline_label="bare FTS5",
        ),
        Figure(
            size,
            "peak memory, CLI batch",
            batch.peak_bytes / MB,
            "MB",
            baseline=max(r.peak_bytes for r in bare) / MB,
            baseline_label="bare Python + FTS5",
            target=MEMORY_TARGET,
        ),
    ]


def _has_verify() -> bool:
    """Whether this version of factcheck has a `verify` command."""
    from factcheck.cli import main

    return "verify" in getattr(main, "commands", {})


def _verify(corpus: Corpus, store: Path, claims: list[Claim]) -> list[Figure]:
    """A 5,000-word Markdown draft through `factcheck verify`, beside its bare queries."""
    sentences = draft_sentences(corpus, claims)
    draft = corpus.path.parent / "draft.md"
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    draft.write_text("# Draft\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    verified = _ensure(
        run([*factcheck_command(), "verify", str(draft), "--store", str(store)]), "factcheck verify"
    )
    queries = [q for planned in search_queries(sentences, store) for q in planned]
    bare = run(bare_cli_command(store, queries))
    return [
        Figure(
            corpus.sentences,
            f"verify {DRAFT_WORDS:,}-word draft, wall",
            verified.seconds,
            "s",
            baseline=bare.seconds,
            baseline_label="bare Python + FTS5",
            target=VERIFY_TARGET,
        )
    ]


def draft_sentences(corpus: Corpus, claims: Sequence[Claim]) -> list[str]:
    """The claims, then sentences drawn from the corpus, up to DRAFT_WORDS words in all."""
    from factcheck.extract.segment import split_sentences
    from factcheck.sources.read import iter_source_documents

    rng = random.Random(0)
    chosen: list[str] = []
    words = 0
    corpus_sentences = (
        s.text
        for doc in iter_source_documents(corpus.path)
        for s in split_sentences(doc)
        if rng.random() < 0.05
    )
    for sentence in itertools.chain((c.text for c in claims), corpus_sentences):
        if words >= DRAFT_WORDS:
            break
        chosen.append(sentence)
        words += len(sentence.split())
    return chosen


def _ensure(outcome: Run, what: str) -> Run:
    """The run, or an error quoting its output when it failed (exit status 2 or worse)."""
    if outcome.returncode not in (0, 1):
        raise RuntimeError(f"{what} exited {outcome.returncode}: {outcome.stderr.strip()}")
    return outcome
