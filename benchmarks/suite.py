"""The measurements for one corpus size: indexing, checking, the command line and `verify`;
and warm checking on the bundled store.

Each figure is measured beside a baseline in the same run: reading and splitting the corpus
for indexing; for checking, the plain FTS5 search for each claim (every term ORed, ranked by
BM25) on a bare connection, so that "overhead" compares everything factcheck does with what
bare full-text search costs; for commands, a fresh Python running those searches with nothing
but sqlite3. Checking is measured for each judge asked for; where both are, the combined
judge's baseline is the rules judge's figure, so its overhead is what the model costs.
"""

from __future__ import annotations

import itertools
import json
import random
import shutil
import statistics
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
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
    from factcheck.config import JudgeName, Settings
    from factcheck.judge.entailment import Entailment, PairScorer
    from factcheck.models import Verdict

MB = 1024 * 1024
# Issue 9's targets, for the combined judge (the rules judge is its baseline); on a 2-core
# machine, at 1M sentences unless said otherwise.
TARGETED_JUDGE: JudgeName = "combined"
JUDGES: tuple[JudgeName, ...] = ("rules", "combined")  # the rules first: the baseline
INDEX_TARGET = Target(2_000, higher_is_better=True)  # sentences/s
CLI_COLD_TARGET = Target(500)  # ms
VERIFY_TARGET = Target(8.0)  # s for a 5,000-word draft, at 100k sentences
MEMORY_TARGET = Target(1024)  # MB, whichever judge
OVERHEAD_TARGET = 3.0  # × the bare FTS5 queries, for the rules judge (issue 4's, kept)
BUNDLED_CLAIMS = Path(__file__).resolve().parent.parent / "claims" / "bundled.jsonl"
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
class LatencyTargets:
    """The targets of warm check latency on one kind of store."""

    p50: Target | None = None
    p95: Target | None = None


GENERATED_LATENCY = LatencyTargets(p95=Target(150))  # ms, at 1M sentences
BUNDLED_LATENCY = LatencyTargets(p50=Target(50), p95=Target(120))  # ms


@dataclass(frozen=True)
class Options:
    """How to run the suite."""

    workdir: Path
    seed: int = 0
    claims_per_kind: int = 20
    jobs: int = 2
    cold_runs: int = 5
    keep: bool = False
    judges: tuple[JudgeName, ...] = JUDGES
    bundled_claims: int | None = None  # how many of the bundled suite's claims; None: all


@dataclass(frozen=True)
class Outcome:
    """The figures of one size, and how many claims each judge answered as labelled."""

    figures: list[Figure]
    answered: dict[str, int]  # by judge
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
    texts = [claim.text for claim in claims]
    queries = search_queries(texts, store)
    bare = bare_search_times(store, queries)
    bare_cold = [run(bare_cli_command(store, queries[0])) for _ in range(options.cold_runs)]
    answered: dict[str, int] = {}
    for judge in options.judges:
        log(f"checking claims in-process ({judge} judge)")
        verdicts, ours = warm_checks(store, texts, judge)
        answered[judge] = sum(v == c.expected for v, c in zip(verdicts, claims, strict=True))
        figures += latency_figures(sentences, judge, ours, bare, GENERATED_LATENCY)
        log(f"checking claims from the command line ({judge} judge)")
        figures += _command_line(sentences, store, texts, judge, options, (bare, bare_cold))
    if _has_verify():
        log(f"verifying a {DRAFT_WORDS:,}-word draft")
        figures += _verify(corpus, store, claims, options.judges)
    if not options.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return Outcome(against_rules(figures), answered, len(claims))


def measure_bundled(options: Options, log: Log) -> list[Figure]:
    """Warm check latency on the bundled sources, indexed into the workdir, for the bundled
    suite's claims (their text only: what they should get is the accuracy suite's business)."""
    from factcheck.index.store import EvidenceStore
    from factcheck.sources.read import bundled_evidence_dir

    folder = options.workdir / "bundled"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    store = folder / "store.db"
    log("indexing the bundled sources")
    _ensure(
        run([*factcheck_command(), "index", str(bundled_evidence_dir()), "--store", str(store)]),
        "factcheck index",
    )
    with EvidenceStore.open(store, create=False) as opened:
        sentences = opened.sentence_count()
    texts = bundled_claim_texts()[: options.bundled_claims]
    bare = bare_search_times(store, search_queries(texts, store))
    figures: list[Figure] = []
    for judge in options.judges:
        log(f"checking the bundled suite's {len(texts)} claims ({judge} judge)")
        _, ours = warm_checks(store, texts, judge)
        figures += latency_figures(sentences, judge, ours, bare, BUNDLED_LATENCY, corpus="bundled")
    asking = first_asking_the_model(store, texts) if TARGETED_JUDGE in options.judges else None
    if asking is not None:
        log("checking, cold, the first bundled claim the model is asked about")
        figures.append(_cold_with_the_model(sentences, store, asking, options.cold_runs))
    if not options.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return against_rules(figures)


def first_asking_the_model(store: Path, texts: Sequence[str]) -> str | None:
    """The first text whose check asks the model (the rules left it open), checked in-process
    with the combined judge; None when the rules settle every one."""
    from factcheck.judge.claims import open_judge

    with open_judge(store_settings(store, TARGETED_JUDGE)) as opened:
        if opened.voice is None:
            return None
        counted = _CountedPairs(opened.voice.model)
        judge = replace(opened, voice=replace(opened.voice, model=counted))
        for text in texts:
            judge.check(text)
            if counted.pairs:
                return text
    return None


@dataclass
class _CountedPairs:
    """A pair scorer that counts the pairs it is asked about."""

    model: PairScorer
    pairs: int = 0

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[Entailment]:
        self.pairs += len(pairs)
        return self.model.predict(pairs)


def _cold_with_the_model(size: int, store: Path, claim: str, runs: int) -> Figure:
    """Cold `factcheck check` of a claim the model is asked about (loading it on the way),
    beside the same claim checked cold by the rules judge: the difference is the model's."""
    times: dict[str, float] = {}
    for judge in ("rules", TARGETED_JUDGE):
        check = [*factcheck_command(), "check", "--store", str(store), "--judge", judge, claim]
        times[judge] = statistics.median(
            _ensure(run(check), "factcheck check").seconds for _ in range(runs)
        )
    return Figure(
        size,
        "CLI check, cold, the model asked",
        times[TARGETED_JUDGE] * 1000,
        "ms",
        baseline=times["rules"] * 1000,
        baseline_label="rules judge",
        target=CLI_COLD_TARGET,
        judge=TARGETED_JUDGE,
        corpus="bundled",
    )


def bundled_claim_texts(path: Path = BUNDLED_CLAIMS) -> list[str]:
    """The text of each claim of the bundled suite, in order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["claim"] for line in lines if line.strip()]


def store_settings(store: Path, judge: JudgeName = "rules") -> Settings:
    """The settings of a run given `--store`, `--judge` and nothing else (no configuration
    file)."""
    from factcheck.config import Flags, load_settings

    return load_settings(Flags(store=store, judge=judge), cwd=store.parent, env={})


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


def bare_search_times(store: Path, queries: list[list[str]]) -> list[float]:
    """Milliseconds of each claim's plain FTS5 search on a bare connection, warmed by one."""
    bare = BareSearch(store)
    bare.search(queries[0])
    _, times = stopwatch(bare.search, queries)
    bare.close()
    return times


def warm_checks(
    store: Path, texts: list[str], judge: JudgeName
) -> tuple[list[Verdict], list[float]]:
    """Each text's verdict and the milliseconds its check took, in-process on a warm judge
    (WARM_UP_CLAIMS checked first: the model, if any, is loaded by then)."""
    from factcheck.judge.claims import open_judge

    with open_judge(store_settings(store, judge)) as opened:
        opened.check_all(texts[:WARM_UP_CLAIMS])
        return stopwatch(lambda text: opened.check(text).verdict, texts)


def latency_figures(
    size: int,
    judge: JudgeName,
    ours: list[float],
    bare: list[float],
    targets: LatencyTargets,
    *,
    corpus: str = "",
) -> list[Figure]:
    """Warm check latency p50 and p95 and the in-process rate, beside the bare searches'."""
    targeted = judge == TARGETED_JUDGE
    # The search's overhead matters on a large store; the bundled one is searched in a blink.
    overhead = None if targeted or corpus else OVERHEAD_TARGET
    common = {"baseline_label": "bare FTS5", "judge": judge, "corpus": corpus}
    return [
        Figure(
            size,
            "check latency p50, warm",
            percentile(ours, 0.5),
            "ms",
            baseline=percentile(bare, 0.5),
            target=targets.p50 if targeted else None,
            overhead_target=overhead,
            **common,
        ),
        Figure(
            size,
            "check latency p95, warm",
            percentile(ours, 0.95),
            "ms",
            baseline=percentile(bare, 0.95),
            target=targets.p95 if targeted else None,
            overhead_target=overhead,
            **common,
        ),
        Figure(
            size,
            "batch throughput, in-process",
            1000 * len(ours) / sum(ours),
            "claims/s",
            higher_is_better=True,
            baseline=1000 * len(bare) / sum(bare),
            **common,
        ),
    ]


def against_rules(figures: list[Figure]) -> list[Figure]:
    """The figures, each combined judge's with the rules judge's as its baseline where both
    were measured: its overhead is then what the model costs."""
    rules = {(f.corpus, f.size, f.name): f.value for f in figures if f.judge == "rules"}
    return [
        replace(f, baseline=rules[key], baseline_label="rules judge")
        if f.judge == "combined" and (key := (f.corpus, f.size, f.name)) in rules
        else f
        for f in figures
    ]


def _command_line(
    size: int,
    store: Path,
    texts: list[str],
    judge: JudgeName,
    options: Options,
    bare: tuple[list[float], list[Run]],
) -> list[Figure]:
    """Cold `factcheck check` wall time, and every claim through one command.

    The batch's baseline is the bare queries' in-process rate, measured before: running
    them again in a fresh Python would add only its start, at the cost of minutes at 1M.
    """
    bare_search, bare_cold = bare
    check = [*factcheck_command(), "check", "--store", str(store), "--judge", judge]
    cold = [_ensure(run([*check, texts[0]]), "factcheck check") for _ in range(options.cold_runs)]
    batch = _ensure(
        run([*check, "-", "--format", "json"], stdin="".join(t + "\n" for t in texts)),
        "factcheck check -",
    )
    targeted = judge == TARGETED_JUDGE
    return [
        Figure(
            size,
            "CLI check, cold, wall",
            statistics.median(r.seconds for r in cold) * 1000,
            "ms",
            baseline=statistics.median(r.seconds for r in bare_cold) * 1000,
            baseline_label="bare Python + FTS5",
            target=CLI_COLD_TARGET if targeted else None,
            judge=judge,
        ),
        Figure(
            size,
            "CLI batch throughput",
            len(texts) / batch.seconds,
            "claims/s",
            higher_is_better=True,
            baseline=1000 * len(bare_search) / sum(bare_search),
            baseline_label="bare FTS5",
            judge=judge,
        ),
        Figure(
            size,
            "peak memory, CLI batch",
            batch.peak_bytes / MB,
            "MB",
            baseline=max(r.peak_bytes for r in bare_cold) / MB,
            baseline_label="bare Python + FTS5",
            target=MEMORY_TARGET,
            judge=judge,
        ),
    ]


def _has_verify() -> bool:
    """Whether this version of factcheck has a `verify` command."""
    from factcheck.cli import main

    return "verify" in getattr(main, "commands", {})


def _verify(
    corpus: Corpus, store: Path, claims: list[Claim], judges: Sequence[JudgeName]
) -> list[Figure]:
    """A 5,000-word Markdown draft through `factcheck verify` with each judge, beside its bare
    queries."""
    sentences = draft_sentences(corpus, claims)
    draft = corpus.path.parent / "draft.md"
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    draft.write_text("# Draft\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    queries = [q for planned in search_queries(sentences, store) for q in planned]
    bare = run(bare_cli_command(store, queries))
    figures = []
    for judge in judges:
        verified = _ensure(
            run(
                [
                    *factcheck_command(),
                    "verify",
                    str(draft),
                    "--store",
                    str(store),
                    "--judge",
                    judge,
                ]
            ),
            "factcheck verify",
        )
        figures.append(
            Figure(
                corpus.sentences,
                f"verify {DRAFT_WORDS:,}-word draft, wall",
                verified.seconds,
                "s",
                baseline=bare.seconds,
                baseline_label="bare Python + FTS5",
                target=VERIFY_TARGET if judge == TARGETED_JUDGE else None,
                judge=judge,
            )
        )
    return figures


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
