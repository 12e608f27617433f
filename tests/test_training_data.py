"""The model's training data: openly licensed pairs only, and validation parts kept out.

Reads ../shared (skipped where it is absent), and imports no torch: `training.data` is plain
Python, so CI checks what the model is built from even though it never trains one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training.data import LABELS, all_pairs, in_validation, shared_dir
from training.validation import validation_rows

SHARED = shared_dir()
ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not (SHARED / "training").is_dir(), reason="no ../shared here")


@pytest.fixture(scope="module")
def pairs() -> list:  # type: ignore[type-arg]
    return all_pairs(SHARED)


def test_every_pair_has_a_label_and_text(pairs: list) -> None:  # type: ignore[type-arg]
    assert len(pairs) > 40_000
    assert all(0 <= p.label < len(LABELS) and p.premise and p.hypothesis for p in pairs)


def test_each_benchmark_keeps_a_validation_part_of_whole_claim_groups(
    pairs: list,  # type: ignore[type-arg]
) -> None:
    for origin in ("vitaminc-real", "check-covid", "climate-fever", "scifact"):
        mine = [p for p in pairs if p.origin == origin]
        held = [p for p in mine if p.validation]
        assert 0.1 < len(held) / len(mine) < 0.3, origin
        trained = {p.hypothesis for p in mine if not p.validation}
        # a rewrite of a held-out claim is never trained on (VitaminC numbers its rewrites)
        assert not trained & {p.hypothesis for p in held}, origin


def test_the_validation_suites_hold_exactly_the_held_out_claims(
    pairs: list,  # type: ignore[type-arg]
) -> None:
    rows = [json.loads(line) for line in validation_rows("check-covid", "train-dev.jsonl", SHARED)]
    held = {p.hypothesis for p in pairs if p.origin == "check-covid" and p.validation}
    assert {row["claim"] for row in rows} == held


def test_nothing_is_learned_from_the_projects_own_sources_or_claims(
    pairs: list,  # type: ignore[type-arg]
) -> None:
    claims = set()
    for suite in (ROOT / "claims").glob("*.jsonl"):
        claims |= {json.loads(line)["claim"] for line in suite.read_text().splitlines() if line}
    evidence = " ".join(path.read_text() for path in (ROOT / "evidence").glob("*.txt"))
    assert not claims & {p.hypothesis for p in pairs}
    assert not any(len(p.premise) > 80 and p.premise in evidence for p in pairs)


def test_the_split_is_stable() -> None:
    assert in_validation("vitaminc-real:abc", 20) == in_validation("vitaminc-real:abc", 20)
    share = sum(in_validation(f"g{i}", 20) for i in range(10_000)) / 10_000
    assert 0.18 < share < 0.22
