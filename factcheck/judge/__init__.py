"""Claims in, verdicts out: retrieve candidate sentences, compare slots, decide, explain.

Takes a claim (or a quotation) and a retriever over evidence; gives a `ClaimResult` with its
verdict, confidence, one-line explanation and the citations that decide it.
"""
