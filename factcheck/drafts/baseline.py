"""A baseline: the findings a team already knows about, so the gate fails only on new ones.

`factcheck baseline` records each failing finding by its draft path and claim fingerprint (the
hash of the normalised sentence), never by line, so editing elsewhere in a draft keeps it
matched. Paths are relative to the baseline file's folder, so a run from another folder, or with
other spellings of the same paths, still matches. `verify --baseline FILE` marks the results it
matches `baselined`: reported, but they do not fail the gate.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from factcheck.drafts.draft import STDIN_PATH
from factcheck.errors import InputError
from factcheck.gate import FINGERPRINT_VERSION, Gate
from factcheck.models import DraftResult, Record, Verdict, VerifyReport

DEFAULT_BASELINE = ".factcheck-baseline.json"


class BaselineEntry(Record):
    """A known finding: where (path relative to the baseline file) and which claim."""

    path: str
    fingerprint: str
    verdict: Verdict
    claim: str


class Baseline(Record):
    """The file `factcheck baseline` writes.

    Its version follows the fingerprint's (`FINGERPRINT_VERSION`): a baseline of other
    fingerprints is refused, with a message to record it again, rather than matching nothing.
    """

    version: Literal[1] = FINGERPRINT_VERSION
    findings: tuple[BaselineEntry, ...] = ()


def record_baseline(report: VerifyReport, fail_on: Iterable[Verdict], *, root: Path) -> Baseline:
    """Today's findings that fail the gate, sorted, each claim once per draft."""
    gate = Gate(frozenset(fail_on))
    entries = {
        _key(result, root): BaselineEntry(
            path=_key(result, root)[0],
            fingerprint=result.fingerprint,
            verdict=result.verdict,
            claim=result.claim,
        )
        for result in report.results
        if gate.fails(result)
    }
    return Baseline(findings=tuple(entries[key] for key in sorted(entries)))


def apply_baseline(
    report: VerifyReport, baseline: Baseline, fail_on: Iterable[Verdict], *, root: Path
) -> VerifyReport:
    """The report with each failing result the baseline knows marked `baselined`."""
    gate = Gate(frozenset(fail_on))
    known = {(entry.path, entry.fingerprint) for entry in baseline.findings}
    results = tuple(
        result.model_copy(update={"baselined": True})
        if gate.fails(result) and _key(result, root) in known
        else result
        for result in report.results
    )
    return report.model_copy(update={"results": results})


def _key(result: DraftResult, root: Path) -> tuple[str, str]:
    """(draft path relative to `root`, claim fingerprint)."""
    path = result.location.path
    if path != STDIN_PATH:
        path = Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix()
    return path, result.fingerprint


def render_baseline(baseline: Baseline) -> str:
    """The baseline file's text: indented JSON, sorted, ending in a newline."""
    return baseline.model_dump_json(indent=2) + "\n"


def read_baseline(path: Path) -> Baseline:
    """A baseline file; an InputError says how to make one when it is missing or broken."""
    try:
        return Baseline.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        raise InputError(
            f"No baseline at '{path}' — record one with 'factcheck baseline DRAFTS... -o {path}'."
        ) from None
    except OSError as error:
        raise InputError(f"Cannot read the baseline '{path}': {error.strerror}.") from None
    except ValidationError:
        raise InputError(
            f"'{path}' is not a factcheck baseline — record it again with 'factcheck baseline'."
        ) from None
