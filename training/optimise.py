"""The shipped network's graph, optimised once at build time instead of at every start.

onnxruntime rewrites a graph when it opens it: it fuses the attention, GELU and layer
normalisation into its own kernels. Done on every start, that is ~55 ms of a cold `check`
(80 ms against 25 ms to open the file, measured on the 2-core machine); done here, the file
factcheck ships is already rewritten and the runtime opens it with its optimiser off
(`factcheck.judge.entailment.session_options`), giving the same probabilities.

Only the "extended" rewrites are kept: they target onnxruntime's CPU kernels, present in every
build of it. The level above adds memory layouts for the processor the file is built on, which
another machine may not have.

`python -m training.optimise FOLDER` rewrites the model in an exported folder in place and
records its new size and hash in the card; `python -m training` does it as part of the export.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

from factcheck.judge.entailment import CARD_FILE, MODEL_FILE


def optimise_graph(source: Path, target: Path) -> None:
    """Write `source`'s graph with onnxruntime's extended rewrites applied to `target`.

    The written file declares only the operator sets its nodes use: onnxruntime lists every
    set it knows, and an older onnxruntime refuses a file naming a set newer than its own.
    """
    import onnx
    import onnxruntime

    with tempfile.TemporaryDirectory() as scratch:
        rewritten = Path(scratch) / "rewritten.onnx"
        options = onnxruntime.SessionOptions()
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
        options.optimized_model_filepath = str(rewritten)
        onnxruntime.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
        graph = onnx.load(str(rewritten))
    used = {node.domain for node in graph.graph.node}
    kept = [o for o in graph.opset_import if o.domain in used or o.domain in ("", "ai.onnx")]
    del graph.opset_import[:]
    graph.opset_import.extend(kept)
    onnx.save(graph, str(target))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m training.optimise FOLDER (an exported model's folder)")
        return 2
    folder = Path(args[0])
    model_file, card_file = folder / MODEL_FILE, folder / CARD_FILE
    if not model_file.is_file() or not card_file.is_file():
        print(f"{folder}: no {MODEL_FILE} and {CARD_FILE} here: give an exported model's folder")
        return 2
    optimise_graph(model_file, model_file)
    card = json.loads(card_file.read_text("utf-8"))
    card["bytes"] = model_file.stat().st_size
    card["sha256"] = hashlib.sha256(model_file.read_bytes()).hexdigest()
    card_file.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", "utf-8")
    print(f"{model_file}: {card['bytes']:,} bytes, sha256 {card['sha256']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
