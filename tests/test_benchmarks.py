"""The benchmark suite: a reproducible corpus, claims whose labels are right, honest tables.

Nothing here is timed: the numbers are the runner's business, these tests check its parts."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import pytest

from benchmarks.__main__ import main as run_benchmarks
from benchmarks.__main__ import parse_size
from benchmarks.corpus import Cast, changed_figure, generate, read_claims
from benchmarks.measure import byte_compile, file_bytes
from benchmarks.report import Figure, Target, render_growth, render_table
from benchmarks.suite import against_rules, bundled_claim_texts
from factcheck.extract.entities import AliasIndex
from factcheck.extract.segment import split_sentences
from factcheck.index.indexer import index_paths
from factcheck.index.store import EvidenceStore
from factcheck.judge.claims import Judge
from factcheck.judge.retrieve import StoreRetriever
from factcheck.models import Verdict
from factcheck.sources.read import read_source_file


def test_the_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", sentences=800, seed=11, claims_per_kind=4)
    second = generate(tmp_path / "b", sentences=800, seed=11, claims_per_kind=4)
    assert first.path.read_bytes() == second.path.read_bytes()
    assert first.claims_path.read_bytes() == second.claims_path.read_bytes()


def test_another_seed_gives_another_corpus(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", sentences=800, seed=11)
    other = generate(tmp_path / "b", sentences=800, seed=12)
    assert first.path.read_bytes() != other.path.read_bytes()
    assert first.claims_path.read_bytes() != other.claims_path.read_bytes()


def test_the_corpus_has_the_sentences_asked_for(tmp_path: Path) -> None:
    corpus = generate(tmp_path, sentences=1000, seed=1)
    docs = read_source_file(corpus.path)
    assert corpus.sentences == 1000
    assert len(docs) == corpus.documents
    assert sum(len(split_sentences(doc)) for doc in docs) == pytest.approx(1000, abs=5)


def test_facts_are_swapped_consistently_within_a_document() -> None:
    cast = Cast(random.Random(1), ("Brazil", "Egypt"), ("Ana Ruiz", "Li Wei"))
    text, slots = cast.swap(
        "Kazakhstan sent 139 troops; Kazakh officers said Tokayev, not Ruslan Zhaksylykov, "
        "decided in March 2024. Kassym-Jomart Tokayev confirmed the 139 troops in March."
    )
    named = {s.name for s in slots if s.name in ("Brazil", "Egypt")}
    assert len(named) == 1  # "Kazakhstan" and "Kazakh" name one country, swapped for one
    assert ("Brazil " in text and "Brazilian" in text) or ("Egypt " in text and "Egyptian" in text)
    assert "139" not in text and "Kazakhstan" not in text and "Tokayev" not in text
    figures = [text[s.start : s.end] for s in slots if s.kind == "figure"]
    assert len(set(figures)) == 1  # 139 becomes the same figure both times
    months = [text[s.start : s.end] for s in slots if s.kind == "month"]
    assert len(set(months)) == 1
    [year] = [text[s.start : s.end] for s in slots if s.kind == "year"]
    assert 2012 <= int(year) <= 2024


def test_a_changed_figure_is_clearly_different_and_written_alike() -> None:
    assert changed_figure("139") == "424"
    assert changed_figure("1,500") == "4,507"
    assert changed_figure("8.5") == "32.5"
    assert changed_figure("631") == "2200"  # not 1900: a bare four-digit figure reads as a year


def test_claims_get_the_verdicts_their_labels_say(tmp_path: Path) -> None:
    corpus = generate(tmp_path, sentences=1500, seed=2, claims_per_kind=6)
    claims = read_claims(corpus.claims_path)
    assert {c.expected for c in claims} == {
        Verdict.SUPPORTED,
        Verdict.CONTRADICTED,
        Verdict.NOT_ENOUGH_EVIDENCE,
    }
    assert len(claims) == 18
    with EvidenceStore.open(tmp_path / "store.db") as store:
        index_paths([corpus.path], store)
        aliases = AliasIndex(store.aliases())
        report = Judge(StoreRetriever(store), aliases).check_all([c.text for c in claims])
    got = [(c.expected, r.verdict) for c, r in zip(claims, report.results, strict=True)]
    assert [expected for expected, _ in got] == [verdict for _, verdict in got]


def test_a_missed_target_says_by_how_much() -> None:
    slow = Figure(
        1_000_000,
        "index throughput",
        1_250,
        "sentences/s",
        higher_is_better=True,
        baseline=50_000,
        baseline_label="read + split",
        target=Target(20_000, higher_is_better=True),
    )
    assert slow.overhead == pytest.approx(40)
    assert slow.verdict() == "16.0× short"
    fast = Figure(
        10_000,
        "check latency p95, warm",
        40,
        "ms",
        baseline=20,
        baseline_label="bare FTS5",
        target=Target(50),
        overhead_target=3,
    )
    assert fast.verdict() == "met"
    costly = Figure(
        10_000,
        "check latency p95, warm",
        80,
        "ms",
        baseline=10,
        baseline_label="bare FTS5",
        target=Target(50),
        overhead_target=3,
    )
    assert costly.verdict() == "1.6× over; overhead 2.7× over"
    assert Figure(10_000, "store size", 12, "MB").verdict() == ""


def test_the_tables_show_every_figure_and_its_growth() -> None:
    figures = [
        Figure(
            size,
            "check latency p50, warm",
            ms,
            "ms",
            baseline=1.0,
            baseline_label="bare FTS5",
            overhead_target=3,
        )
        for size, ms in ((10_000, 20.0), (100_000, 40.0), (1_000_000, 80.0))
    ]
    table = render_table(figures)
    assert "20.0 ms" in table and "1.00 ms (bare FTS5)" in table and "80.0×" in table
    assert "overhead 26.7× over" in table
    growth = render_growth(figures)
    assert "10k" in growth and "100k" in growth and "1M" in growth
    assert "2.00×" in growth  # doubles with each tenfold corpus


def test_sizes_read_like_people_write_them() -> None:
    assert [parse_size(s) for s in ("10k", "100K", "1M", "2500", "0.5m")] == [
        10_000,
        100_000,
        1_000_000,
        2_500,
        500_000,
    ]
    for bad in ("ten", "50", "k"):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_size(bad)


def test_the_combined_judge_is_measured_against_the_rules() -> None:
    figures = [
        Figure(
            10_000, "check latency p50, warm", ms, "ms", baseline=4.0, judge=judge, corpus=corpus
        )
        for judge, corpus, ms in (
            ("rules", "", 10.0),
            ("combined", "", 30.0),
            ("combined", "bundled", 40.0),  # no rules figure on that store: kept as it was
        )
    ]
    rules, combined, alone = against_rules(figures)
    assert rules == figures[0]
    assert (combined.baseline, combined.baseline_label) == (10.0, "rules judge")
    assert combined.overhead == pytest.approx(3.0)
    assert alone == figures[2]
    assert combined.label == "check latency p50, warm (combined)"


def test_the_bundled_store_is_in_the_table_not_in_the_growth() -> None:
    figures = [
        Figure(size, "check latency p95, warm", 20.0, "ms", judge="rules", corpus=corpus)
        for size, corpus in ((184, "bundled"), (10_000, ""), (100_000, ""))
    ]
    table = render_table(figures)
    assert "bundled 184" in table and "check latency p95, warm (rules)" in table
    growth = render_growth(figures)
    assert "184" not in growth and "1.00×" in growth


def test_the_bundled_claims_are_read_as_text(tmp_path: Path) -> None:
    texts = ["The ferry left at noon.", "Nobody rode it."]
    rows = [{"id": f"x{n}", "claim": text, "label": "supported"} for n, text in enumerate(texts)]
    suite = tmp_path / "suite.jsonl"
    suite.write_text("\n\n".join(map(json.dumps, rows)), encoding="utf-8")  # a blank line too
    assert bundled_claim_texts(suite) == texts


def test_the_runner_prints_the_whole_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    markdown = tmp_path / "table.md"
    arguments = ["--sizes", "400", "--claims", "2", "--cold-runs", "1", "--bundled-claims", "3"]
    assert run_benchmarks([*arguments, "--markdown", str(markdown)]) == 0
    out = capsys.readouterr().out
    for measure in (
        "index throughput",
        "store size",
        "peak memory, index",
        "check latency p50, warm (rules)",
        "check latency p95, warm (combined)",
        "CLI check, cold, wall (combined)",
        "CLI check, cold, the model asked (combined)",  # the bundled claim the rules leave open
        "CLI batch throughput (rules)",
        "verify 5,000-word draft, wall (combined)",
        "bundled ",  # the bundled store's own rows
        "read + split",
        "bare FTS5",
        "rules judge",  # the combined judge's baseline
        "≤ 500 ms",
        "≤ 120 ms",
        "claims answered as labelled: 400: rules 6/6, combined ",
        "machine: cpus",
    ):
        assert measure in out
    assert "| index throughput" in markdown.read_text(encoding="utf-8")


def test_the_runner_measures_one_judge_when_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    arguments = ["--sizes", "400", "--claims", "2", "--cold-runs", "1", "--judge", "rules"]
    assert run_benchmarks([*arguments, "--bundled-claims", "0"]) == 0
    out = capsys.readouterr().out
    assert "CLI check, cold, wall (rules)" in out
    assert "(combined)" not in out and "bundled " not in out
    assert "claims answered as labelled: 400: rules 6/6\n" in out


def test_a_store_size_counts_its_nearest_neighbour_file(tmp_path: Path) -> None:
    store = tmp_path / "store.db"
    store.write_bytes(b"s" * 100)
    (tmp_path / "store.db-wal").write_bytes(b"w" * 10)
    (tmp_path / "store.db.0123456789abcdef.ann").write_bytes(b"a" * 1000)
    (tmp_path / "other.db.0123456789abcdef.ann").write_bytes(b"o" * 5)  # another store's
    (tmp_path / "store.db.old.0123456789abcdef.ann").write_bytes(b"o" * 7)  # "store.db.old"'s
    assert file_bytes(store) == 1110


def test_the_package_timed_is_byte_compiled_first(tmp_path: Path) -> None:
    package = tmp_path / "package"
    package.mkdir()
    (package / "module.py").write_text("VALUE = 1\n", "utf-8")
    assert byte_compile(package)
    assert list((package / "__pycache__").glob("module.*.pyc"))
