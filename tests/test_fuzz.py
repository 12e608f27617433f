"""A short round of the fuzz harness (`python -m benchmarks.fuzz`): no reader or command crashes.

The long run's figures are in docs/reliability.md; this one keeps CI honest on every change.
"""

from __future__ import annotations

import pytest

from benchmarks.fuzz import TARGETS, Target, run_target

EXAMPLES = 25


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_no_generated_input_crashes(target: Target) -> None:
    tally = run_target(target, EXAMPLES, seed_value=20261206)
    assert tally.tried == EXAMPLES
    assert not tally.crashes, (
        f"{target.name} crashed on {tally.crashes[0][0][:200]!r}:\n" + (tally.crashes[0][1])
    )
