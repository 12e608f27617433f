"""The benchmarks' validation parts as claim suites `factcheck eval` reads.

Takes the development splits in `../shared/benchmarks/`; gives one JSON Lines suite per set in
`build/validation/`, holding only the claims `training.data` kept out of training (the same
hash of the same claim group), so the combined judge is measured on claims the model never saw.
"""

from __future__ import annotations

import json
from pathlib import Path

from training.data import BENCHMARKS, benchmark_rows, held_out, shared_dir

BUILD = Path(__file__).resolve().parents[1] / "build" / "validation"


def validation_rows(name: str, file: str, shared: Path) -> list[str]:
    """The lines of one benchmark that are in its validation part."""
    rows = benchmark_rows(shared / "benchmarks", name, file)
    return [json.dumps(row) for row, held in zip(rows, held_out(name, rows), strict=True) if held]


def write_suites(folder: Path = BUILD, shared: Path | None = None) -> list[Path]:
    """One suite per benchmark in `folder`, named after the benchmark."""
    shared = shared or shared_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, file in BENCHMARKS:
        path = folder / f"{name}.jsonl"
        path.write_text("\n".join(validation_rows(name, file, shared)) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for suite in write_suites():
        print(suite, sum(1 for _ in suite.open(encoding="utf-8")))
