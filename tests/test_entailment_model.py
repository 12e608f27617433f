"""The shipped entailment model: its files are there, load without torch, and give what the
card recorded when `python -m training` built them."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.judge.entailment import MODEL_DIR, MODEL_FILE, session_options, shipped_model


def test_the_card_describes_the_shipped_file() -> None:
    card = shipped_model().card
    assert card["sha256"] == hashlib.sha256((MODEL_DIR / MODEL_FILE).read_bytes()).hexdigest()
    assert card["labels"] == ["supported", "contradicted", "not_enough_evidence"]
    for key in ("base", "data", "settings", "validation", "speed", "thresholds", "examples"):
        assert card[key], key
    thresholds = card["thresholds"]
    assert thresholds["support_at"] >= 0.5 and thresholds["refute_at"] >= 0.5


def test_the_model_gives_the_outputs_the_card_recorded() -> None:
    model = shipped_model()
    recorded = model.card["examples"]
    got = model.predict([(e["claim"], e["evidence"]) for e in recorded])
    for example, result in zip(recorded, got, strict=True):
        # int8 kernels differ by processor (AVX-512 VNNI or AVX2 alone) and onnxruntime
        # version: measured up to 0.004 apart; another or a damaged file moves them far more.
        assert (result.supports, result.refutes, result.neutral) == pytest.approx(
            example["probabilities"], abs=0.01
        )


def test_a_pair_scores_the_same_alone_and_among_others() -> None:
    model = shipped_model()
    pairs = [(e["claim"], e["evidence"]) for e in model.card["examples"]]
    batch = model.predict(pairs)
    for pair, together in zip(pairs, batch, strict=True):
        [alone] = model.predict([pair])
        assert together.supports + together.refutes + together.neutral == pytest.approx(1.0)
        assert alone == together  # a verdict never depends on the other candidates
    assert model.predict([]) == []


def test_the_session_runs_a_pair_on_one_thread_that_sleeps_between_pairs() -> None:
    # Spinning threads took the cores the rest of a check needs: pairs ran twice as slow.
    options = session_options()
    assert options.intra_op_num_threads == 1
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"


def test_the_runtime_is_loaded_when_the_model_is_first_asked(bundled_store: Path) -> None:
    # A cold `check` the model never speaks in does not pay for loading it.
    script = (
        "import sys\n"
        "from factcheck.cli import main\n"
        "from factcheck.judge.entailment import shipped_model\n"
        "claim = 'Quorble zindrax weighed 40 kilograms in 1911.'\n"
        f"store = {str(bundled_store)!r}\n"
        "try:\n"
        "    main(['check', '--judge', 'combined', '--store', store, claim])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('before', 'onnxruntime' in sys.modules)\n"
        "shipped_model().predict([(claim, 'The stairs are blue.')])\n"
        "print('after', 'onnxruntime' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert "before False" in done.stdout and "after True" in done.stdout, done.stderr


def test_the_combined_judge_without_its_runtime_is_a_one_line_error(bundled_store: Path) -> None:
    script = (
        "import sys\n"
        "sys.modules['onnxruntime'] = None  # as if the 'model' extra were not installed\n"
        "from factcheck.cli import main\n"
        f"main(['check', '--judge', 'combined', '--store', {str(bundled_store)!r}, 'UNDOF'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2, done.stderr
    assert "reinstall it (pip install factcheck), or use --judge rules" in done.stderr
    assert "Traceback" not in done.stderr
