"""Drafts in, a located report out: sentences, check-worthiness, suppressions, baseline.

Takes draft files (Markdown, text, HTML); gives a `VerifyReport` of every check-worthy
sentence judged by `factcheck.judge`, located by file, line and column.
"""
