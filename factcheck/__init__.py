"""factcheck: offline, explainable fact-checking of claims against an evidence store."""

__version__ = "0.1.0"
