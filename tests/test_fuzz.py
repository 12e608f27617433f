"""A short round of the fuzz harness (`python -m benchmarks.fuzz`): no reader or command crashes.

The long run's figures are in docs/reliability.md; this one keeps CI honest on every change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.fuzz import TARGETS, Target, run_target
from factcheck.errors import FactcheckError
from factcheck.evaluate import context_sentences
from factcheck.extract.entities import AliasIndex

EXAMPLES = 25


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_no_generated_input_crashes(target: Target) -> None:
    tally = run_target(target, EXAMPLES, seed_value=20261206)
    assert tally.tried == EXAMPLES
    assert not tally.crashes, (
        f"{target.name} crashed on {tally.crashes[0][0][:200]!r}:\n" + (tally.crashes[0][1])
    )


# Inputs the long run found (python -m benchmarks.fuzz --examples 3000 --seed 7): JSON that
# Python's parser refuses with other errors than a syntax error.
HOSTILE_JSON = ["2024" * 2000, "[" * 100_000, '{"claim": ' + "[" * 5000 + "}"]


@pytest.mark.parametrize("text", HOSTILE_JSON, ids=["long-number", "deep-list", "deep-value"])
@pytest.mark.parametrize(
    "target",
    [t for t in TARGETS if t.name in ("suite .jsonl", "source .jsonl", "aliases", "baseline")],
    ids=lambda t: t.name,
)
def test_hostile_json_is_a_one_line_error(target: Target, text: str, tmp_path: Path) -> None:
    with pytest.raises(FactcheckError):
        target.attempt(text, tmp_path)


@pytest.mark.parametrize("unit", ["in 1993 1,000 ", "*x*1*the 1990s*"], ids=["dates", "marks"])
def test_a_context_judged_as_a_whole_skips_a_sentence_too_long_to_be_prose(unit: str) -> None:
    # a sentence of figures and dates with no end: analysing it grew faster than its length
    long = context_sentences("ctx", unit * 2000, AliasIndex())
    assert long == []
    assert len(context_sentences("ctx", unit * 50, AliasIndex())) == 1
