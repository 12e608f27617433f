"""Fuzz every reader and the command line: no input may crash factcheck or take superlinear time.

`python -m benchmarks.fuzz --examples 10000` feeds each target that many generated inputs
(hypothesis: random text, text built from the characters that parsers treat specially, and
such text repeated up to tens of thousands of characters) and prints, per target, the inputs
tried, the crashes (an exception other than factcheck's own one-line errors, or a command that
exits with a traceback) and the slowest input. The slowest input of each target is then timed
again at 1×, 4× and 16× its length: a time ratio far above the length ratio means superlinear
time. `tests/test_fuzz.py` runs a short round of the same targets in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from factcheck.cli import main as cli_main
from factcheck.config import read_config
from factcheck.drafts.baseline import read_baseline
from factcheck.drafts.draft import read_draft
from factcheck.drafts.verify import verify_draft
from factcheck.errors import ExitStatus, FactcheckError
from factcheck.evaluate import context_sentences, load_suite
from factcheck.extract.entities import AliasIndex
from factcheck.index.indexer import prepare_documents
from factcheck.judge.claims import Judge
from factcheck.judge.retrieve import TextRetriever
from factcheck.sources.aliases import read_alias_file
from factcheck.sources.read import read_source_file

# What the parsers treat specially: Markdown and HTML marks, quotes, sentence ends, figures,
# dates, names, JSON and TOML syntax, control and invisible characters.
TOKENS = (
    "[", "]", "(", ")", "![", "](", "*", "**", "_", "`", "```", "~~~", "<!--", "-->", "---",
    "...", "#", "# ", "> ", "|", "- ", "1. ", "\\", "<", ">", "</p>", "<p>", "<a href=\"x\">",
    "<script>", "&amp;", "&#", '"', "“", "”", "‘", "’", "'", "«", "»", ".", "!", "?", "…", ";",
    ":", ",", " ", "  ", "\n", "\n\n", "\r\n", "\t", "0", "1", "7", "139", "1,000", "3.5",
    "$", "%", "million", "billion", "about ", "up to ", "over ", "nearly ", "between ", " and ",
    "-", "–", "—", "2024", "March ", "31 July ", "in 1993", "the 1990s", "Kazakhstan", "UNDOF",
    "U.N.", "Mr. ", "Dr.", "said", " said ", "not ", "never ", "will ", "planned ", "{", "}",
    "=", "\"id\":", "\"text\":", "[[", "]]", "\x00", "\x07", "\x08", "\x1b[31m", "\u200b",
    "\ufeff", "\u202e", "\xa0", "é", "ß", "ǅ", "İ", "𝟘", "😀", "\ud7ff",
)  # fmt: skip
LONGEST = 60_000  # characters: long enough to tell linear from quadratic
# The statuses a command answers with; anything else (70, a bug) is a crash.
ANSWERS = {
    ExitStatus.OK,
    ExitStatus.GATE_FAILED,
    ExitStatus.USAGE_ERROR,
    ExitStatus.INDEX_INCOMPLETE,
}
REPEATS = 3  # a growth timing is the best of this many: other work on the machine only adds

CONTEXT = (
    "Kazakhstan sent 139 troops to UNDOF in March 2024. The transport will cost about "
    "$8 million, the minister said. “We are only going to deploy 20 officers,” Ashimbayev said. "
    "Afghanistan opened an embassy in Almaty in 1993, while Kazakhstan opened one in Kabul in "
    "2003. Up to 100 UN staff may relocate; 60 of them will remain."
)
CLAIMS = ("Kazakhstan sent 139 troops to UNDOF in March 2024.", "About 100 staff remained.")


def shaped_text() -> st.SearchStrategy[str]:
    """Text that parsers treat specially, sometimes repeated into a long input."""
    pieces = st.lists(st.sampled_from(TOKENS) | st.text(max_size=4), max_size=40).map("".join)
    plain = st.text(max_size=300)
    repeated = st.tuples(pieces.filter(bool), st.integers(2, 4000)).map(
        lambda shape: (shape[0] * shape[1])[:LONGEST]
    )
    return st.one_of(plain, pieces, repeated)


def json_lines() -> st.SearchStrategy[str]:
    """JSON Lines: objects with the fields readers look for, other values, and broken lines."""
    scalar = st.none() | st.booleans() | st.integers() | st.floats() | shaped_text()
    value = st.recursive(scalar, lambda inner: st.lists(inner, max_size=3), max_leaves=6)
    keys = st.sampled_from(
        ["id", "text", "title", "claim", "label", "evidence", "context", "published", "page"]
    )
    obj = st.dictionaries(keys | st.text(max_size=5), value, max_size=6).map(json.dumps)
    line = obj | shaped_text().map(lambda text: text.replace("\n", " "))
    return st.lists(line, max_size=8).map("\n".join)


def toml_text() -> st.SearchStrategy[str]:
    """Configuration files: the keys factcheck reads with values of every shape, and garbage."""
    keys = st.sampled_from(
        ["store", "sources", "baseline", "fail-on", "include", "exclude", "min-confidence"]
    )
    value = st.sampled_from(
        ['"x.db"', '["a", "b"]', "0.5", "2", "true", '"contradicted"', "[]", '{a = "b"}', '""']
    ) | shaped_text().map(json.dumps)
    line = st.tuples(keys, value).map(" = ".join) | st.sampled_from(["[aliases]", "[tool]"])
    return st.lists(line | shaped_text(), max_size=6).map("\n".join)


@dataclass
class Target:
    """One reader or command under test: its inputs and how one input is tried."""

    name: str
    inputs: st.SearchStrategy[str]
    attempt: Callable[[str, Path], None]  # raises only on a crash


@dataclass
class Tally:
    """What one target's run found."""

    name: str
    tried: int = 0
    crashes: list[tuple[str, str]] = field(default_factory=list)  # (input, traceback)
    slowest: tuple[float, str] = (0.0, "")  # (seconds, input)


def _written(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return path


@cache
def _judge() -> Judge:
    aliases = AliasIndex()
    return Judge(TextRetriever(context_sentences("context", CONTEXT, aliases)), aliases)


def _claim(text: str, folder: Path) -> None:
    judge = _judge()
    judge.check(text)


def _evidence(text: str, folder: Path) -> None:
    aliases = AliasIndex()
    judge = Judge(TextRetriever(context_sentences("fuzz", text, aliases)), aliases)
    for claim in CLAIMS:
        judge.check(claim)


def _draft(suffix: str) -> Callable[[str, Path], None]:
    def attempt(text: str, folder: Path) -> None:
        draft = read_draft(_written(folder, f"draft{suffix}", text))
        verify_draft(draft, _judge())

    return attempt


def _source(suffix: str) -> Callable[[str, Path], None]:
    """A source file read and turned into store rows, as `factcheck index` does."""

    def attempt(text: str, folder: Path) -> None:
        prepare_documents(read_source_file(_written(folder, f"source{suffix}", text)), AliasIndex())

    return attempt


def _config(text: str, folder: Path) -> None:
    read_config(_written(folder, ".factcheck.toml", text))


def _suite(text: str, folder: Path) -> None:
    load_suite(_written(folder, "suite.jsonl", text))


def _baseline(text: str, folder: Path) -> None:
    read_baseline(_written(folder, "baseline.json", text))


def _aliases(text: str, folder: Path) -> None:
    read_alias_file(_written(folder, "aliases.json", text))


def _command(*args: str, stdin: bool = False) -> Callable[[str, Path], None]:
    """A command run in-process on the input (as its argument, or on standard input)."""

    def attempt(text: str, folder: Path) -> None:
        argv = [*args] if stdin else [*args, text]
        result = CliRunner().invoke(cli_main, argv, input=text if stdin else None)
        answered = result.exception is None or isinstance(result.exception, SystemExit)
        if answered and result.exit_code in ANSWERS and "Traceback" not in result.output:
            return
        raise AssertionError(f"exit {result.exit_code}: {result.output[-300:]}") from (
            result.exception
        )

    return attempt


def _command_on_file(*args: str, name: str) -> Callable[[str, Path], None]:
    """A command run in-process on a file holding the input (`{file}` in `args` is its path)."""

    def attempt(text: str, folder: Path) -> None:
        path = str(_written(folder, name, text))
        run = _command(*(arg.replace("{file}", path) for arg in args), stdin=True)
        run("", folder)

    return attempt


TARGETS = (
    Target("claim", shaped_text(), _claim),
    Target("evidence text", shaped_text(), _evidence),
    Target("draft .md", shaped_text(), _draft(".md")),
    Target("draft .txt", shaped_text(), _draft(".txt")),
    Target("draft .html", shaped_text(), _draft(".html")),
    Target("source .md", shaped_text(), _source(".md")),
    Target("source .html", shaped_text(), _source(".html")),
    Target("source .jsonl", json_lines(), _source(".jsonl")),
    Target("config", toml_text(), _config),
    Target("suite .jsonl", json_lines(), _suite),
    Target("baseline", json_lines(), _baseline),
    Target("aliases", json_lines(), _aliases),
    Target("cli check", shaped_text(), _command("check")),
    Target("cli parse", shaped_text(), _command("parse")),
    Target("cli verify -", shaped_text(), _command("verify", "-", "--format", "json", stdin=True)),
    Target("cli eval", json_lines(), _command_on_file("eval", "{file}", name="suite.jsonl")),
    Target(
        "cli index",
        shaped_text(),
        _command_on_file("index", "{file}", "--store", "{file}.db", name="source.md"),
    ),
)


def run_target(target: Target, examples: int, *, seed_value: int = 0) -> Tally:
    """Try `examples` generated inputs on a target, recording crashes and the slowest input."""
    tally = Tally(target.name)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)

        @seed(seed_value)
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(target.inputs)
        def trial(text: str) -> None:
            tally.tried += 1
            started = time.perf_counter()
            try:
                target.attempt(text, folder)
            except FactcheckError:
                pass  # a one-line error for the user: the expected answer to bad input
            except Exception:
                tally.crashes.append((text, traceback.format_exc()))
            seconds = time.perf_counter() - started
            if seconds > tally.slowest[0]:
                tally.slowest = (seconds, text)

        trial()
    return tally


def growth(target: Target, text: str, factors: Sequence[int] = (1, 4, 16)) -> list[float]:
    """Seconds for the input stretched to 1×, 4× and 16× a base length (LONGEST / 16).

    A linear reader takes about 4× and 16× the first time; a quadratic one 16× and 256×.
    """
    base = max(1, LONGEST // max(factors))
    unit = (text * (base // max(1, len(text)) + 1))[:base] if text else ""
    timings = []
    with tempfile.TemporaryDirectory() as scratch:
        for factor in factors:
            runs = []
            for _ in range(REPEATS):
                started = time.perf_counter()
                # growth times inputs; crashes are run_target's business
                with suppress(Exception):
                    target.attempt(unit * factor, Path(scratch))
                runs.append(time.perf_counter() - started)
            timings.append(min(runs))
    return timings


@contextmanager
def isolated_store() -> Iterator[None]:
    """Commands run against a bundled store in a temporary cache, never the user's."""
    saved = {key: os.environ.get(key) for key in ("XDG_CACHE_HOME", "FACTCHECK_STORE")}
    with tempfile.TemporaryDirectory() as cache:
        os.environ["XDG_CACHE_HOME"] = cache
        os.environ.pop("FACTCHECK_STORE", None)
        try:
            yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def report(tallies: Sequence[Tally], growths: dict[str, list[float]]) -> str:
    """A table: per target, inputs tried, crashes, the slowest input and how its time grows."""
    lines = [
        f"{'target':<16} {'inputs':>7} {'crashes':>7} {'slowest s':>9} {'chars':>7}  "
        "time at 1x / 4x / 16x length"
    ]
    for tally in tallies:
        seconds, text = tally.slowest
        timing = growths.get(tally.name)
        grown = " / ".join(f"{t:.3f}" for t in timing) if timing else "-"
        lines.append(
            f"{tally.name:<16} {tally.tried:>7} {len(tally.crashes):>7} {seconds:>9.3f} "
            f"{len(text):>7}  {grown}"
        )
    lines += ["", "slowest inputs (their first characters):"]
    lines += [f"  {tally.name:<16} {tally.slowest[1][:70]!r}" for tally in tallies]
    for tally in tallies:
        for text, trace in tally.crashes[:3]:
            lines += ["", f"CRASH in {tally.name} on {text[:200]!r}", trace.rstrip()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fuzz", description=__doc__)
    parser.add_argument("--examples", type=int, default=1000, help="inputs per target")
    parser.add_argument("--seed", type=int, default=0, help="the generator's seed")
    parser.add_argument("--only", help="run the targets whose name contains this")
    options = parser.parse_args(argv)
    chosen = [t for t in TARGETS if not options.only or options.only in t.name]
    tallies, growths = [], {}
    with isolated_store():
        for target in chosen:
            started = time.perf_counter()
            tally = run_target(target, options.examples, seed_value=options.seed)
            growths[target.name] = growth(target, tally.slowest[1])
            tallies.append(tally)
            print(
                f"{target.name}: {tally.tried} inputs, {len(tally.crashes)} crashes, "
                f"{time.perf_counter() - started:.0f} s",
                flush=True,
            )
    print(report(tallies, growths))
    return 1 if any(tally.crashes for tally in tallies) else 0


if __name__ == "__main__":
    raise SystemExit(main())
