"""The gate: which verdicts block publication, whether a result fails, and the exit status.

This is the one place that decides. The exit status of `check` and `verify`, the findings a
baseline records and silences, the suppressions reported as unused, and how every report
format marks a failing finding (a JUnit `<failure>`, a SARIF `error`, a GitHub `::error`) all
ask a `Gate`, so they cannot disagree. Also here: the claim fingerprint that baselines and SARIF
key findings by, since a baseline is part of the gate.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

from factcheck.errors import ExitStatus, InputError
from factcheck.models import CheckReport, ClaimResult, DraftResult, Verdict, VerifyReport

# What blocks publication unless configured otherwise: `check`'s exit status, `verify`'s default.
BLOCKING_VERDICTS = frozenset({Verdict.CONTRADICTED, Verdict.CONFLICTING})


def verdict_name(text: str) -> str:
    """A verdict as a user may write it (`Not-Enough-Evidence`), spelt as `Verdict` spells it."""
    return text.strip().lower().replace("-", "_")


def parse_fail_on(text: str) -> frozenset[Verdict]:
    """The verdicts named in a comma-separated list, e.g. `contradicted,conflicting`."""
    names = [verdict_name(name) for name in text.split(",") if name.strip()]
    valid = [verdict.value for verdict in Verdict]
    unknown = [name for name in names if name not in valid]
    if unknown or not names:
        raise InputError(
            f"--fail-on: unknown verdict '{unknown[0] if unknown else text}' — "
            f"give a comma-separated list of {', '.join(valid)}."
        )
    return frozenset(Verdict(name) for name in names)


@dataclass(frozen=True)
class Gate:
    """The verdicts that fail (`fail_on`), and whether the exit status ignores them anyway.

    `exit_zero` changes only the exit status: the reports still mark what fails.
    """

    fail_on: frozenset[Verdict] = BLOCKING_VERDICTS
    exit_zero: bool = False

    def blocks(self, verdict: Verdict) -> bool:
        """Whether a result with this verdict fails the gate unless suppressed or baselined."""
        return verdict in self.fail_on

    def fails(self, result: ClaimResult) -> bool:
        """Whether a result fails the gate: a blocking verdict, neither suppressed nor baselined."""
        silenced = isinstance(result, DraftResult) and (result.suppressed or result.baselined)
        return self.blocks(result.verdict) and not silenced

    def failed(self, report: CheckReport | VerifyReport) -> bool:
        """Whether a result fails the gate, or (for drafts) a draft has a problem."""
        problems = isinstance(report, VerifyReport) and bool(report.problems)
        return problems or any(self.fails(result) for result in report.results)

    def status(self, report: CheckReport | VerifyReport) -> ExitStatus:
        """GATE_FAILED when the report fails the gate (and `exit_zero` is off), else OK."""
        failed = self.failed(report) and not self.exit_zero
        return ExitStatus.GATE_FAILED if failed else ExitStatus.OK


# ---------------------------------------------------------------- fingerprints

# Baselines and SARIF (`partialFingerprints["factcheckClaim/v1"]`) store fingerprints, so the
# normalisation below must never change under this number: a change, however small, hashes some
# claim differently and silently un-matches recorded baselines. To change it, add the new rules
# as a new version and bump FINGERPRINT_VERSION, the SARIF key, and the baseline file's version
# (so an old baseline is refused with "record it again" rather than matching nothing).
FINGERPRINT_VERSION: Final = 1
# Version 1: typographic quotes, en and em dashes and no-break spaces folded to ASCII.
_FOLD_V1 = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def fingerprint_text(text: str) -> str:
    """A claim's text as fingerprint version 1 hashes it: folded, spaces collapsed, casefolded."""
    return " ".join(text.translate(_FOLD_V1).split()).casefold()


def fingerprint(text: str) -> str:
    """A stable id for a claim: sha256 of its normalised text, so moving it keeps it."""
    return hashlib.sha256(fingerprint_text(text).encode("utf-8")).hexdigest()
