"""`python -m benchmarks`: generate corpora, index them, measure, print the table."""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import PACKAGE, byte_compile, machine
from benchmarks.report import Figure, render_growth, render_table, size_label
from benchmarks.suite import JUDGES, Options, measure_bundled, measure_size

DEFAULT_SIZES = "10k,100k,1M"
_SUFFIXES = {"k": 1_000, "m": 1_000_000}


def parse_size(text: str) -> int:
    """10k → 10,000; 1M → 1,000,000; 2500 → 2,500."""
    text = text.strip().lower()
    scale = _SUFFIXES.get(text[-1:], 1)
    number = text[:-1] if scale > 1 else text
    try:
        value = int(float(number) * scale)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 10k, 100k, 1M)") from None
    if value < 100:
        raise argparse.ArgumentTypeError(f"size {text!r} is too small: give at least 100")
    return value


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        epilog="Targets are issue 9's, for the combined judge on a 2-core machine: at 1M "
        "sentences, and on the bundled store for warm check p50/p95.",
    )
    parser.add_argument(
        "--sizes",
        default=DEFAULT_SIZES,
        help=f"comma-separated corpus sizes in sentences (default {DEFAULT_SIZES})",
    )
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument(
        "--claims",
        type=int,
        default=20,
        help="claims of each kind: supported, contradicted, unseen (default 20)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="indexing processes (default: one per CPU)",
    )
    parser.add_argument(
        "--cold-runs",
        type=int,
        default=5,
        help="runs of each cold command; the median is reported (default 5)",
    )
    parser.add_argument(
        "--judge",
        choices=["both", *JUDGES],
        default="both",
        help="the judge to measure: both (default: the rules as the combined judge's baseline, "
        "in the same run), rules or combined; the targets are the combined judge's",
    )
    parser.add_argument(
        "--bundled-claims",
        type=int,
        help="how many of the bundled suite's claims to check on the bundled store "
        "(default: all; 0 skips the bundled store)",
    )
    parser.add_argument("--workdir", type=Path, help="where corpora and stores go (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep corpora and stores")
    parser.add_argument("--markdown", type=Path, help="also write the tables as Markdown here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the suite for each size and print the tables; 0 even when targets are missed."""
    args = _arguments(argv)
    sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    started = time.perf_counter()
    described = machine()
    described["bytecode"] = "compiled" if byte_compile(PACKAGE) else "not cached"
    print("machine: " + ", ".join(f"{k} {v}" for k, v in described.items()))
    figures: list[Figure] = []
    answers: list[str] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as temporary:
        options = Options(
            args.workdir or Path(temporary),
            seed=args.seed,
            claims_per_kind=args.claims,
            jobs=args.jobs,
            cold_runs=args.cold_runs,
            keep=args.keep,
            judges=JUDGES if args.judge == "both" else (args.judge,),
            bundled_claims=args.bundled_claims,
        )
        if args.bundled_claims != 0:
            figures += measure_bundled(options, functools.partial(_log, "bundled", started))
        for size in sizes:
            outcome = measure_size(
                size, options, functools.partial(_log, size_label(size), started)
            )
            figures += outcome.figures
            answers.append(f"{size_label(size)}: {_answered(outcome.answered, outcome.claims)}")
    elapsed = time.perf_counter() - started
    tables = _tables(figures, answers, elapsed, described)
    print(tables["text"])
    if args.markdown:
        args.markdown.write_text(tables["markdown"], encoding="utf-8")
    return 0


def _log(what: str, started: float, message: str) -> None:
    print(f"[{time.perf_counter() - started:6.1f}s] {what}: {message}", file=sys.stderr, flush=True)


def _answered(answered: dict[str, int], claims: int) -> str:
    """`rules 60/60, combined 59/60`."""
    return ", ".join(f"{judge} {right}/{claims}" for judge, right in answered.items())


def _tables(
    figures: list[Figure], answers: list[str], elapsed: float, described: dict[str, str]
) -> dict[str, str]:
    """The report as plain text and as Markdown."""
    footer = (
        f"claims answered as labelled: {', '.join(answers)}\n"
        f"total time: {elapsed / 60:.1f} min; load average at the end: "
        f"{machine()['load average']} (at the start: {described['load average']})\n"
    )
    out = {}
    for name, fmt in (("text", "simple"), ("markdown", "github")):
        out[name] = (
            f"\n{render_table(figures, fmt=fmt)}\n\n"
            f"growth with corpus size:\n\n{render_growth(figures, fmt=fmt)}\n\n{footer}"
        )
    return out


if __name__ == "__main__":
    sys.exit(main())
