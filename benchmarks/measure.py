"""Measuring: wall time and peak memory of a command, percentiles, sizes, the bare baselines."""

from __future__ import annotations

import compileall
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from factcheck.index.ann import files as ann_files
from factcheck.index.store import SEARCH_SQL
from factcheck.judge.retrieve import CANDIDATES

SAMPLE_SECONDS = 0.05
_T = TypeVar("_T")
_R = TypeVar("_R")


@dataclass(frozen=True)
class Run:
    """How a command went: its wall time, the peak memory of its process tree, its output."""

    seconds: float
    peak_bytes: int
    returncode: int
    stdout: str
    stderr: str


def run(command: Sequence[str], *, stdin: str | None = None) -> Run:
    """Run a command to completion, sampling the memory of it and its children.

    The peak is of the whole process tree (the indexer's workers included), sampled every
    SAMPLE_SECONDS from /proc; where there is no /proc it is the largest single process.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(),
    )
    sampler = _TreeSampler(process.pid)
    sampler.start()
    stdout, stderr = process.communicate(stdin)
    seconds = time.perf_counter() - started
    sampler.stop()
    return Run(seconds, sampler.peak, process.returncode, stdout, stderr)


# The factcheck package of this checkout: the one the timed commands import (`_environment`).
PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"


def byte_compile(package: Path) -> bool:
    """Compile a package's modules to bytecode beside them, as `pip install` does; False where
    some could not be (a read-only checkout).

    Cold commands are to measure factcheck as installed, not Python compiling its sources:
    where PYTHONDONTWRITEBYTECODE is set (as in this project's sandbox) nothing caches them,
    and every cold run compiled the ~60 modules a check imports (~120 ms of it).
    """
    return bool(compileall.compile_dir(package, quiet=2))


def _environment() -> dict[str, str]:
    """This environment, with the benchmarks package importable wherever the run starts."""
    root = str(PACKAGE.parent)
    paths = [root, *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


class _TreeSampler(threading.Thread):
    """Samples the summed resident memory of a process and its descendants."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self._done = threading.Event()

    def run(self) -> None:
        """Sample until stopped."""
        while not self._done.is_set():
            self.peak = max(self.peak, _tree_rss(self.pid))
            self._done.wait(SAMPLE_SECONDS)

    def stop(self) -> None:
        """Stop sampling; fall back on the kernel's figure for the largest child."""
        self._done.set()
        self.join()
        if not self.peak:
            import resource

            scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, else KiB
            self.peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (0 without /proc)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
        total += int(match.group(1)) * 1024 if match else 0
        pending.extend(int(child) for child in children)
    return total


def stopwatch(action: Callable[[_T], _R], items: Sequence[_T]) -> tuple[list[_R], list[float]]:
    """The result of `action` on each item, and the milliseconds each call took."""
    results: list[_R] = []
    times: list[float] = []
    for item in items:
        started = time.perf_counter()
        results.append(action(item))
        times.append((time.perf_counter() - started) * 1000)
    return results, times


def percentile(values: Sequence[float], share: float) -> float:
    """The value below which `share` of the values fall (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]


def file_bytes(path: Path) -> int:
    """Size on disk of a store: the SQLite database with its -wal and -shm files, and its
    nearest-neighbour file (`factcheck.index.ann`), if it has one."""
    beside = [Path(f"{path}-wal"), Path(f"{path}-shm"), *ann_files(path)]
    return sum(p.stat().st_size for p in (path, *beside) if p.exists())


class BareSearch:
    """Baseline for checking: a bare connection running the plain FTS5 search for each claim.

    The MATCH expressions (every term of an assertion ORed) are built beforehand from the
    parsed claim, so what is timed is SQLite's FTS5 work alone: no planning, parsing, evidence
    loading or comparison.
    """

    def __init__(self, store: Path) -> None:
        self.db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)

    def search(self, matches: Sequence[str]) -> list[tuple[int, float]]:
        """Run each query for its best CANDIDATES rows, as many as a check ranks."""
        rows: list[tuple[int, float]] = []
        for match in matches:
            rows += self.db.execute(SEARCH_SQL, (match, CANDIDATES)).fetchall()
        return rows

    def close(self) -> None:
        """Close the connection."""
        self.db.close()


def bare_cli_command(store: Path, matches: Sequence[str]) -> list[str]:
    """Baseline for a cold command: a fresh Python, with sqlite3 only, running the queries."""
    code = (
        "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); "
        f"[db.execute(sys.argv[2], (q, {CANDIDATES})).fetchall() for q in sys.argv[3:]]"
    )
    return [sys.executable, "-c", code, str(store), SEARCH_SQL, *matches]


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    import platform

    memory = "?"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        match = re.search(r"MemTotal:\s+(\d+) kB", meminfo.read_text())
        memory = f"{int(match.group(1)) / 1024**2:.1f} GiB" if match else "?"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {
        "cpus": str(os.cpu_count()),
        "memory": memory,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "load average": load,
    }
