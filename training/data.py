"""The training pairs: (evidence, claim, label) from the openly licensed sets in ../shared.

Takes the JSON Lines of `../shared/training/` and the development splits of
`../shared/benchmarks/`; gives `Pair` records, each in the training or the validation part.
Every benchmark keeps a validation part out of training (a fifth of its claims, chosen by a
hash of the claim's group, so the rewrites of one claim never straddle the two parts);
the training-only sets keep a twentieth for validation too. Nothing from the project's
`evidence/` or `claims/` is read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LABELS = ("supported", "contradicted", "not_enough_evidence")
TRAINING_SETS = ("snli", "fever", "fever-symmetric", "wice", "fever-unrelated")
# (folder, file, how many parts in a hundred go to validation)
BENCHMARKS = (
    ("vitaminc-real", "dev.jsonl"),
    ("check-covid", "train-dev.jsonl"),
    ("climate-fever", "dev.jsonl"),
    ("scifact", "train.jsonl"),
)
BENCHMARK_VALIDATION = 20  # percent of each benchmark's claim groups
TRAINING_VALIDATION = 5  # percent of each training-only set
MAX_PREMISE_CHARS = 1500  # longer evidence is cut: the model reads 128 tokens at most


@dataclass(frozen=True)
class Pair:
    """One example: evidence (with its title), a claim, the label, where it came from."""

    premise: str
    hypothesis: str
    label: int  # an index into LABELS
    origin: str  # the set's name
    validation: bool


def shared_dir() -> Path:
    """`../shared` beside the checkout."""
    return Path(__file__).resolve().parents[2] / "shared"


def in_validation(group: str, percent: int) -> bool:
    """A stable choice of `percent` in a hundred groups, by a hash of the group's name."""
    digest = hashlib.sha256(group.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < percent


def training_pairs(folder: Path) -> Iterator[Pair]:
    """The pairs of `../shared/training`."""
    for name in TRAINING_SETS:
        for line in (folder / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            yield Pair(
                premise=row["premise"][:MAX_PREMISE_CHARS],
                hypothesis=row["hypothesis"],
                label=LABELS.index(row["label"]),
                origin=name,
                validation=in_validation(f"{name}:{row['hypothesis']}", TRAINING_VALIDATION),
            )


def held_out(name: str, rows: list[dict[str, Any]]) -> list[bool]:
    """Which rows of a benchmark are in its validation part.

    A claim group (VitaminC and Check-COVID number each rewrite of a claim: `case_3`) is held
    out by a hash of its name; so is every row whose claim text a held-out row has, since a few
    claims recur under several groups.
    """
    groups = [f"{name}:{row['id'].rsplit('_', 1)[0]}" for row in rows]
    chosen = [in_validation(group, BENCHMARK_VALIDATION) for group in groups]
    held_claims = {row["claim"] for row, held in zip(rows, chosen, strict=True) if held}
    return [held or row["claim"] in held_claims for row, held in zip(rows, chosen, strict=True)]


def benchmark_rows(folder: Path, name: str, file: str) -> list[dict[str, Any]]:
    """A benchmark's development split, one dict per claim."""
    lines = (folder / name / file).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def benchmark_pairs(folder: Path) -> Iterator[Pair]:
    """The pairs the benchmarks' development splits give, each claim with its evidence.

    The premise is the gold evidence (joined) or, for a claim the context does not settle, the
    context itself; claims with neither (corpus sets' unsettled claims) and "conflicting" claims
    give no pair. A VitaminC premise starts with its page title, as the store's titles do.
    """
    for name, file in BENCHMARKS:
        rows = benchmark_rows(folder, name, file)
        for row, validation in zip(rows, held_out(name, rows), strict=True):
            if row["label"] not in LABELS:
                continue
            evidence = " ".join(row.get("evidence") or []) or row.get("context") or ""
            if not evidence:
                continue
            title = row.get("title") or row.get("page")
            premise = f"{title}: {evidence}" if title else evidence
            yield Pair(
                premise=premise[:MAX_PREMISE_CHARS],
                hypothesis=row["claim"],
                label=LABELS.index(row["label"]),
                origin=name,
                validation=validation,
            )


def all_pairs(shared: Path) -> list[Pair]:
    """Every pair, training and validation parts together, in a fixed order."""
    return [*training_pairs(shared / "training"), *benchmark_pairs(shared / "benchmarks")]


def file_hashes(shared: Path) -> dict[str, str]:
    """sha256 of every data file read, for the model card."""
    files = [shared / "training" / f"{name}.jsonl" for name in TRAINING_SETS]
    files += [shared / "benchmarks" / name / file for name, file in BENCHMARKS]
    return {
        str(path.relative_to(shared)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in files
    }
