"""The fine-tuned model as the file factcheck ships: ONNX, weights quantised to int8, and its card.

Takes the PyTorch classifier; gives `entailment.int8.onnx`, `tokenizer.json` and `card.json`
in one folder, the layout `factcheck.judge.entailment` loads.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch
from transformers import PreTrainedModel

from factcheck.judge.entailment import (
    CARD_FILE,
    LABELS,
    MODEL_FILE,
    TOKENIZER_FILE,
    EntailmentModel,
    PairEncoder,
)
from training.data import Pair
from training.optimise import optimise_graph

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Pairs whose outputs the card records, so a test proves the shipped file still gives them.
EXAMPLES = (
    ("The council approved the budget.", "City news: The council voted 7-2 to approve the budget."),
    ("The council rejected the budget.", "City news: The council voted 7-2 to approve the budget."),
    ("Moody's downgraded the city.", "City news: Moody's affirmed the city's Aa2 rating."),
    ("The museum opened in 1998.", "City news: The council voted 7-2 to approve the budget."),
)


def export_onnx(
    model: PreTrainedModel, encoder: PairEncoder, folder: Path, check: Sequence[Pair]
) -> Path:
    """The model as int8 ONNX in `folder`, its graph optimised (`training.optimise`); the
    float32 and unoptimised graphs are intermediate files.

    The float32 graph must give the PyTorch model's logits on `check` (a padded batch of
    pairs of different lengths) before it is quantised.
    """
    import numpy as np
    import onnxruntime
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folder.mkdir(parents=True, exist_ok=True)
    sample = encoder.encode([("A claim to check.", "Evidence that may or may not say so.")])
    args = tuple(torch.from_numpy(sample[name]) for name in INPUTS)
    full = folder / "entailment.fp32.onnx"
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    torch.onnx.export(
        model,
        args,
        str(full),
        input_names=list(INPUTS),
        output_names=["logits"],
        dynamic_axes={**axes, "logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    batch = encoder.encode([(p.hypothesis, p.premise) for p in check])
    with torch.no_grad():
        expected = model(**{k: torch.from_numpy(v) for k, v in batch.items()}).logits.numpy()
    (got,) = onnxruntime.InferenceSession(str(full)).run(None, dict(batch))
    gap = float(np.abs(got - expected).max())
    if gap > 1e-3:
        raise RuntimeError(f"the ONNX graph differs from the PyTorch model by {gap:.4f}")
    quantized = folder / "entailment.int8.plain.onnx"
    quantize_dynamic(str(full), str(quantized), weight_type=QuantType.QInt8)
    shipped = folder / MODEL_FILE
    optimise_graph(quantized, shipped)
    full.unlink()
    quantized.unlink()
    return shipped


def scores(model: EntailmentModel, pairs: Sequence[Pair]) -> dict[str, Any]:
    """Accuracy per set and overall on `pairs`, with the confusion counts."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for start in range(0, len(pairs), 64):
        chunk = pairs[start : start + 64]
        predicted = model.predict([(p.hypothesis, p.premise) for p in chunk])
        for pair, result in zip(chunk, predicted, strict=True):
            guess = max(
                range(3), key=lambda i: (result.supports, result.refutes, result.neutral)[i]
            )
            total[pair.origin] += 1
            right[pair.origin] += guess == pair.label
            confusion[pair.origin][f"{LABELS[pair.label]}->{LABELS[guess]}"] += 1
    by_set = {name: round(right[name] / total[name], 4) for name in sorted(total)}
    return {
        "accuracy": by_set,
        "pairs": dict(sorted(total.items())),
        "overall": round(sum(right.values()) / max(1, sum(total.values())), 4),
        "confusion": {name: dict(sorted(c.items())) for name, c in sorted(confusion.items())},
    }


def speed(model: EntailmentModel, pairs: Sequence[Pair]) -> dict[str, float]:
    """Milliseconds per pair on this machine (the model runs each pair on its own)."""
    sample = [(p.hypothesis, p.premise) for p in pairs[:64]]
    started = time.perf_counter()
    model.predict(sample)
    return {"ms_per_pair": round((time.perf_counter() - started) / len(sample) * 1000, 2)}


def examples(model: EntailmentModel) -> list[dict[str, Any]]:
    """The model's probabilities on EXAMPLES, as the card records them."""
    return [
        {
            "claim": claim,
            "evidence": evidence,
            "probabilities": [
                round(p, 6) for p in (result.supports, result.refutes, result.neutral)
            ],
        }
        for (claim, evidence), result in zip(EXAMPLES, model.predict(EXAMPLES), strict=True)
    ]


def write_card(folder: Path, card: dict[str, Any]) -> None:
    """The card: what the model is, what it learned from, how well and how fast it judges."""
    model_file = folder / MODEL_FILE
    card = {
        **card,
        "file": MODEL_FILE,
        "bytes": model_file.stat().st_size,
        "sha256": hashlib.sha256(model_file.read_bytes()).hexdigest(),
        "labels": list(LABELS),
    }
    (folder / CARD_FILE).write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", "utf-8")


def copy_tokenizer(base: Path, folder: Path) -> None:
    shutil.copyfile(base / "tokenizer.json", folder / TOKENIZER_FILE)
