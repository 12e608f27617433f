"""Sentences as vectors, for retrieval that finds paraphrases: the shipped static encoder, the
int8 form vectors are stored in, and exact nearest-neighbour search over a store's vectors.

The encoder is a table of one vector per word piece, distilled from all-MiniLM-L6-v2 by
`python -m training.static_encoder` and shipped beside the entailment model (`judge/model/`,
sharing its tokenizer); a sentence's vector is the mean of its pieces' vectors, normalised. It
needs numpy and tokenizers (installed with factcheck) and nothing else: without them
`shipped_encoder` is None, the indexer stores no vectors and search is by terms alone
(docs/model.md).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from tokenizers import Tokenizer

MODEL_DIR = Path(__file__).resolve().parents[1] / "judge" / "model"
ENCODER_FILE = "encoder.npz"  # `pieces`: int8 [vocabulary, dims]; `scales`: float32 [vocabulary]
ENCODER_CARD = "encoder.json"
TOKENIZER_FILE = "tokenizer.json"
INT8_MAX = 127
ENCODE_BLOCK = 512  # texts (or words) summed at a time
# Words whose vectors an encoder keeps: about 32 MB, most of the running words of English.
KNOWN_WORDS = 32_768


class StaticEncoder:
    """Text → unit vectors: the mean of the word pieces' vectors, normalised.

    Word pieces never cross whitespace, so a text's pieces are those of its whitespace-split
    words, each tokenised alone: each word's summed vector is kept (up to KNOWN_WORDS of them),
    and a text costs a few dictionary lookups instead of a tokenizer pass, the dearest step.
    """

    def __init__(self, pieces: QuantisedRows, tokenizer: Tokenizer, name: str) -> None:
        import numpy as np

        self.pieces = pieces
        self.tokenizer = tokenizer
        self.name = name  # the shipped file's hash: vectors of another encoder do not compare
        self.dims = int(pieces.shape[1])
        self._known: dict[str, int] = {}  # word -> its row in _words
        self._words = np.zeros((KNOWN_WORDS, self.dims), dtype=np.float32)

    @classmethod
    def load(cls, folder: Path = MODEL_DIR) -> StaticEncoder:
        """The encoder shipped in `folder`."""
        import numpy as np

        card = json.loads((folder / ENCODER_CARD).read_text("utf-8"))
        with np.load(folder / ENCODER_FILE) as arrays:
            pieces = QuantisedRows(arrays["pieces"], arrays["scales"])
        return cls(pieces, tokenizer_at(folder / TOKENIZER_FILE), cls.name_in(card))

    @staticmethod
    def name_in(card: dict[str, Any]) -> str:
        """An encoder's name: its file's hash, as its card records it."""
        return str(card["sha256"][:16])

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One unit row per text; a text with no word pieces gets a row of zeros."""
        words = [text.split() for text in texts]
        self._learn(dict.fromkeys(chain.from_iterable(words)))
        known = self._known
        return unit_rows(summed_rows(self._words, [[known[w] for w in each] for each in words]))

    def _learn(self, wanted: dict[str, None]) -> None:
        """Make sure every wanted word's vector (its pieces' sum) is known."""
        import numpy as np

        new = [word for word in wanted if word not in self._known]
        if len(self._known) + len(new) > KNOWN_WORDS:  # forget them all rather than grow
            self._known = {}
            new = list(wanted)
        if not new:
            return
        start = len(self._known)
        while start + len(new) > len(self._words):  # one call with more words than KNOWN_WORDS
            self._words = np.concatenate([self._words, np.zeros_like(self._words)])
        self.tokenizer.no_truncation()  # shared with the entailment model, which truncates
        self.tokenizer.no_padding()
        encoded = self.tokenizer.encode_batch(new, add_special_tokens=False)
        self._words[start : start + len(new)] = summed_rows(self.pieces, [e.ids for e in encoded])
        self._known.update(zip(new, range(start, start + len(new)), strict=True))


@dataclass(frozen=True)
class QuantisedRows:
    """A table of int8 rows with a scale each, dequantised only as rows are read: widening the
    encoder's whole table (30k pieces) to float took a cold `check` 20-80 ms, for the few
    dozen pieces a claim has. A row read is exactly what the widened table held."""

    values: NDArray[np.int8]
    scales: NDArray[np.float32]

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.values.shape)

    def __getitem__(self, rows: NDArray[np.int64]) -> NDArray[np.float32]:
        import numpy as np

        widened: NDArray[np.float32] = (
            self.values[rows].astype(np.float32) * self.scales[rows, None]
        )
        return widened


def summed_rows(
    table: NDArray[np.float32] | QuantisedRows, groups: Sequence[list[int]]
) -> NDArray[np.float32]:
    """For each group of row numbers, the sum of those rows of `table` (zeros for none)."""
    import numpy as np

    lengths = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
    flat = np.fromiter(chain.from_iterable(groups), dtype=np.int64, count=int(lengths.sum()))
    ends = np.cumsum(lengths)
    sums = np.zeros((len(groups), table.shape[1]), dtype=np.float32)
    # A block of groups at a time: their rows, gathered, stay small enough for the processor's
    # caches (gathering every row at once is three times slower).
    for first in range(0, len(groups), ENCODE_BLOCK):
        last = min(first + ENCODE_BLOCK, len(groups))
        start = int(ends[first] - lengths[first])
        block = table[flat[start : ends[last - 1]]]
        offsets = ends[first:last] - lengths[first:last] - start
        filled = lengths[first:last] > 0
        if filled.any():
            sums[first:last][filled] = np.add.reduceat(block, offsets[filled], axis=0)
    return sums


def unit_rows(vectors: NDArray[np.float32]) -> NDArray[np.float32]:
    """Each row scaled to length 1 (a zero row stays zero)."""
    import numpy as np

    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    scaled: NDArray[np.float32] = (vectors / np.maximum(norms, 1e-12)).astype(np.float32)
    return scaled


@cache
def tokenizer_at(path: Path) -> Tokenizer:
    """The tokenizer in the file `path`, read once per process: the encoder and the entailment
    model share one file, and reading it takes ~27 ms. Whoever uses it sets the truncation and
    padding it needs before each use."""
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(path))


def available() -> bool:
    """Whether the encoder can run here: numpy and tokenizers (installed with factcheck) import."""
    return all(find_spec(name) is not None for name in ("numpy", "tokenizers"))


def encoder_name() -> str | None:
    """The name of the encoder `shipped_encoder` loads, without loading it; None if it can't."""
    return StaticEncoder.name_in(card()) if available() else None


@cache
def shipped_encoder() -> StaticEncoder | None:
    """The shipped encoder, loaded once per process; None where numpy or tokenizers cannot be
    imported."""
    return StaticEncoder.load() if available() else None


def quantised(vectors: NDArray[np.float32]) -> list[bytes]:
    """Each row as int8 bytes, scaled so its largest component is ±127.

    Stored vectors are compared by cosine, so each row's scale need not be kept.
    """
    import numpy as np

    peaks = np.maximum(np.abs(vectors).max(axis=1, keepdims=True), 1e-12)
    rows = np.rint(vectors / peaks * INT8_MAX).astype(np.int8)
    return [row.tobytes() for row in rows]


@dataclass(frozen=True)
class VectorIndex:
    """A store's sentence vectors in memory: exact nearest neighbours by cosine."""

    ids: NDArray[np.int64]
    rows: NDArray[np.int8]
    inverse_norms: NDArray[np.float32]

    @classmethod
    def of(cls, ids: Sequence[int], vectors: bytes | bytearray, dims: int) -> VectorIndex:
        """The index of the sentences `ids`, whose int8 vectors lie end to end in `vectors`."""
        import numpy as np

        rows = np.frombuffer(vectors, dtype=np.int8).reshape(len(ids), dims)
        squares = np.einsum("ij,ij->i", rows, rows, dtype=np.int32)  # at most 256 × 127²
        norms = np.sqrt(squares.astype(np.float32))
        inverse = np.where(norms > 0, 1.0 / np.maximum(norms, 1e-12), 0.0).astype(np.float32)
        return cls(np.asarray(ids, dtype=np.int64), rows, inverse)

    def __len__(self) -> int:
        return len(self.ids)

    def nearest(self, query: NDArray[np.float32], *, limit: int) -> list[tuple[int, float]]:
        """The `limit` sentence ids most like the unit vector `query`, with their cosine."""
        import numpy as np

        if not len(self) or limit <= 0 or not query.any():
            return []
        # einsum widens the int8 rows as it goes: no float copy of the matrix (4 times its
        # size), and faster than widening it for a BLAS product.
        scores = np.einsum("ij,j->i", self.rows, query.astype(np.float32)) * self.inverse_norms
        count = min(limit, len(self))
        best = np.argpartition(-scores, count - 1)[:count]
        best = best[np.lexsort((self.ids[best], -scores[best]))]
        return [(int(self.ids[i]), float(scores[i])) for i in best]


def card(folder: Path = MODEL_DIR) -> dict[str, Any]:
    """The shipped encoder's card: what it is, how it was made, the vectors it must give."""
    loaded: dict[str, Any] = json.loads((folder / ENCODER_CARD).read_text("utf-8"))
    return loaded
