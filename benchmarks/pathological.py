"""`python -m benchmarks.pathological`: `factcheck verify` on drafts of one hostile shape each.

Each shape is written at several sizes and checked by `factcheck verify --format json` against
the bundled sources, as a user would run it; the table gives the wall time of each run (start-up
included) and the growth from the smallest size. Linear time shows as a column that doubles
when the size doubles; the square would quadruple.

    python -m benchmarks.pathological                  # 12.5k, 25k, 50k, 100k characters
    python -m benchmarks.pathological --sizes 12500,25000 --limit 60
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _run(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _prose() -> str:
    return (
        "Kazakhstan opened an embassy in Kabul in 2003. The first contingent of 139 military "
        "personnel is to serve in the Golan Heights from March 2024.\n\n"
    )


SHAPES: dict[str, Callable[[int], str]] = {
    "prose (for scale)": lambda size: _run(_prose(), size),
    "`[` × n": lambda size: _run("[", size),
    "`![` × n": lambda size: _run("![", size),
    "`[^` × n": lambda size: _run("[^", size),
    "`[` × n/2 then `]` × n/2": lambda size: "[" * (size // 2) + "]" * (size // 2),
    "`!` × n at the end": lambda size: "Kazakhstan sent 139 troops. " + _run("!", size),
    "`[1]` × n/3 then a line (.txt)": lambda size: _run("[1]", size) + "x\nNext line.\n",
    "`“We were there,” Ashimbayev said. ` × n": lambda size: _run(
        "“We were there,” Ashimbayev said. ", size
    ),
    "suppressions over one paragraph": lambda size: (
        '<!-- factcheck: ignore reason="x" -->\n' * (size // 80)
        + "Kazakhstan sent 9 troops. " * (size // 40)
    ),
    "capitals, then a quotation said by `he`": lambda size: "".join(
        _run("A", 2_900) + " “We were there,” he said.\n\n" for _ in range(size // 2_930)
    ),
}


def _time_verify(text: str, suffix: str, limit: float) -> float | None:
    """Seconds `factcheck verify` takes on the text; None past `limit`."""
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / f"draft{suffix}"
        draft.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "factcheck", "verify", str(draft), "--format", "json"]
        started = time.perf_counter()
        try:
            subprocess.run(command, capture_output=True, timeout=limit, check=False)
        except subprocess.TimeoutExpired:
            return None
        return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Print a Markdown table: one row per shape, one column per size."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pathological", description=__doc__)
    parser.add_argument("--sizes", default="12500,25000,50000,100000")
    parser.add_argument("--limit", type=float, default=300, help="seconds before giving up a run")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    _time_verify(_prose(), ".md", args.limit)  # the bundled store, indexed on first use
    print("| shape | " + " | ".join(f"{size:,} chars" for size in sizes) + " |")
    print("|---|" + "---:|" * len(sizes))
    for name, build in SHAPES.items():
        suffix = ".txt" if "(.txt)" in name else ".md"
        cells = []
        for size in sizes:
            seconds = _time_verify(build(size), suffix, args.limit)
            cells.append(f"> {args.limit:.0f} s" if seconds is None else f"{seconds:.2f} s")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    print(
        f"\n_{os.cpu_count()} CPUs; Python {sys.version.split()[0]}; wall time, start-up included_"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
