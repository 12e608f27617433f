"""The learned voice: how likely one evidence text supports, refutes or leaves open a claim.

Takes (claim, evidence) pairs; gives an `Entailment` (three probabilities) for each, from a
MiniLM cross-encoder fine-tuned by `python -m training` and shipped as an ONNX int8 file beside
this module (`model/`, with its tokenizer and card). It runs on onnxruntime and tokenizers
alone, is loaded once per process when it is first asked about a pair (a run it never speaks
in does not pay for loading it), and never reaches the network.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from factcheck.errors import InputError
from factcheck.index.vectors import tokenizer_at

if TYPE_CHECKING:
    import numpy as np
    import onnxruntime
    from numpy.typing import NDArray

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_FILE = "entailment.int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
CARD_FILE = "card.json"
MAX_TOKENS = 128  # the model was trained on pairs cut to this many tokens
LABELS = ("supported", "contradicted", "not_enough_evidence")  # the model's output order


@dataclass(frozen=True)
class Entailment:
    """What the model says of one (claim, evidence) pair: three probabilities summing to 1."""

    supports: float
    refutes: float
    neutral: float


class PairScorer(Protocol):
    """Anything that scores (claim, evidence) pairs as the shipped model does."""

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[Entailment]:
        """Three probabilities for each pair, in order."""
        ...


class PairEncoder:
    """(claim, evidence) pairs as the model's inputs: token ids, attention mask, segment ids.

    The training code encodes with this very class, so the model sees at run time exactly
    what it learned from.
    """

    def __init__(self, tokenizer_file: Path) -> None:
        self.tokenizer = tokenizer_at(tokenizer_file)  # the sentence encoder's too

    def encode(self, pairs: Sequence[tuple[str, str]]) -> dict[str, NDArray[np.int64]]:
        """A padded batch: `input_ids`, `attention_mask` and `token_type_ids`."""
        import numpy as np

        self.tokenizer.enable_truncation(MAX_TOKENS, strategy="longest_first")
        self.tokenizer.no_padding()  # each batch is padded to its own longest pair
        encoded = self.tokenizer.encode_batch(list(pairs))
        width = max((len(e.ids) for e in encoded), default=1)
        batch = {
            name: np.zeros((len(encoded), width), dtype=np.int64)
            for name in ("input_ids", "attention_mask", "token_type_ids")
        }
        for row, item in enumerate(encoded):
            size = len(item.ids)
            batch["input_ids"][row, :size] = item.ids
            batch["attention_mask"][row, :size] = item.attention_mask
            batch["token_type_ids"][row, :size] = item.type_ids
        return batch


MISSING_RUNTIME = (
    "The combined judge needs the model's runtime (onnxruntime, tokenizers, numpy), which "
    "factcheck installs with itself: reinstall it (pip install factcheck), or use --judge rules."
)
RUNTIME = ("numpy", "onnxruntime", "tokenizers")


class EntailmentModel:
    """The shipped cross-encoder, ready to score pairs.

    Its card (with the thresholds) is read at once; the runtime and the network are loaded
    when the first pair is scored: importing and building them is most of a cold `check`'s
    extra time with the combined judge, and many claims never reach the model.
    """

    def __init__(self, directory: Path = MODEL_DIR) -> None:
        # Found, not imported: a missing runtime is still said before anything is judged.
        if not all(find_spec(name) for name in RUNTIME):
            raise InputError(MISSING_RUNTIME)
        self.directory = directory
        self.card: dict[str, Any] = json.loads((directory / CARD_FILE).read_text("utf-8"))

    @cached_property
    def session(self) -> onnxruntime.InferenceSession:
        """The network, built on first use."""
        import onnxruntime

        return onnxruntime.InferenceSession(
            str(self.directory / MODEL_FILE), session_options(), providers=["CPUExecutionProvider"]
        )

    @cached_property
    def encoder(self) -> PairEncoder:
        """The tokenizer, read on first use."""
        return PairEncoder(self.directory / TOKENIZER_FILE)

    @cached_property
    def input_names(self) -> frozenset[str]:
        """The inputs the network takes (`token_type_ids` only if it has them)."""
        return frozenset(i.name for i in self.session.get_inputs())

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[Entailment]:
        """The model's three probabilities for each (claim, evidence) pair, in order.

        Each pair is run on its own: int8 dynamic quantisation scales activations over the
        whole batch, so in a batch a pair's probabilities would move (by up to ~0.04) with its
        batch-mates, and a verdict must not depend on which other sentences were candidates.
        """
        return [self._one(pair) for pair in pairs]

    def _one(self, pair: tuple[str, str]) -> Entailment:
        import numpy as np

        inputs = self.encoder.encode([pair])
        wanted = self.input_names
        (logits,) = self.session.run(None, {k: v for k, v in inputs.items() if k in wanted})
        shifted = np.exp(logits[0] - logits[0].max())
        return Entailment(*(float(p) for p in shifted / shifted.sum()))


def session_options() -> onnxruntime.SessionOptions:
    """One thread, which sleeps between runs.

    A pair is a few dozen tokens, run on its own: splitting so small a run between threads
    costs more than it saves, and threads spinning while they wait for the next pair take the
    cores the rest of the check (and `verify`'s other workers) need. Measured on the bundled
    store on a busy 2-core machine: 19 ms a pair on one thread against 38 ms on the default
    spinning pool, the same probabilities.
    """
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # warnings about the graph are not the user's business
    # The shipped graph was optimised when it was built (training/optimise.py): doing it again
    # would cost every cold start ~55 ms and change nothing.
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    return options


@cache
def shipped_model() -> EntailmentModel:
    """The model shipped with factcheck, loaded on first use and kept for the process."""
    return EntailmentModel()
