"""`python -m training` with no options rebuilds the shipped model: its defaults are the card's."""

from __future__ import annotations

import json

import pytest

from factcheck.judge.entailment import MODEL_DIR


def test_the_build_commands_defaults_are_the_shipped_models_settings() -> None:
    pytest.importorskip("torch")  # the `train` extra
    from training.__main__ import _arguments

    card = json.loads((MODEL_DIR / "card.json").read_text(encoding="utf-8"))
    options = _arguments([])
    settings = card["settings"]
    assert (options.epochs, options.batch_size, options.learning_rate, options.seed) == (
        settings["epochs"],
        settings["batch_size"],
        settings["learning_rate"],
        settings["seed"],
    )
    assert {"snli": options.snli, "fever": options.fever} == card["mix"]["kept"]
    assert options.vitaminc_repeat == card["mix"]["vitaminc_repeat"]
