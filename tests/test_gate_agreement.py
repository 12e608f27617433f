"""Every report format and the exit status agree on what fails, whatever `--fail-on` says.

Each format is rendered by `factcheck verify` itself, and what fails is counted here from the
JSON report's verdicts and flags, not by asking the gate: JUnit failures, unsuppressed SARIF
errors and GitHub `::error` lines must each equal that count, and every format must exit 1
exactly when something fails or a draft has a problem.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.models import Verdict
from factcheck.render.formats import VERIFY, names

ALL = ",".join(verdict.value for verdict in Verdict)
# None: the default gate (contradicted, conflicting).
FAIL_ONS = [None, *(verdict.value for verdict in Verdict), ALL]
DEFAULT = {"contradicted", "conflicting"}

# Each verdict once, and a suppressed contradicted claim.
EVERY_VERDICT = """\
# Notes

The first contingent of 139 military personnel is to serve in the Golan Heights from March 2024.

Kazakhstan opened an embassy in Kabul in 1993.

Kazakhstan will open a centre in Almaty in 2031.

60 UN staff members will establish a temporary office in Almaty.

<!-- factcheck: ignore reason="checked by phone" -->
Kazakhstan sent 200 troops to UNDOF in March 2024.
"""
# Nothing a default gate fails on, and no suppression to go unused.
CALM = """\
The first contingent of 139 military personnel is to serve in the Golan Heights from March 2024.

Kazakhstan will open a centre in Almaty in 2031.
"""
DRAFTS = {"every-verdict.md": EVERY_VERDICT, "calm.md": CALM}


def verify(*args: str | Path) -> Result:
    result = CliRunner().invoke(main, ["verify", *(str(a) for a in args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def failing(report: dict[str, Any], fail_on: str | None) -> list[dict[str, Any]]:
    """The results that must fail: a listed verdict, neither suppressed nor baselined."""
    verdicts = set(fail_on.split(",")) if fail_on else DEFAULT
    return [
        r
        for r in report["results"]
        if r["verdict"] in verdicts and not (r["suppressed"] or r["baselined"])
    ]


def marked_failing(fmt: str, text: str) -> int | None:
    """How many findings a format marks as failing; None for one that marks none."""
    if fmt == "junit":
        root = ET.fromstring(text)
        assert int(root.get("failures", "-1")) == sum(1 for _ in root.iter("failure"))
        return int(root.get("failures", "-1"))
    if fmt == "sarif":
        results = json.loads(text)["runs"][0]["results"]
        return sum(r["level"] == "error" and not r.get("suppressions") for r in results)
    if fmt == "github":
        return sum(line.startswith("::error ") for line in text.splitlines())
    return None


@pytest.mark.parametrize("draft", sorted(DRAFTS))
@pytest.mark.parametrize("fail_on", FAIL_ONS)
def test_every_format_and_the_exit_status_agree(
    tmp_path: Path, draft: str, fail_on: str | None
) -> None:
    path = tmp_path / draft
    path.write_text(DRAFTS[draft], encoding="utf-8")
    gate = ["--fail-on", fail_on] if fail_on else []
    report = json.loads(verify("--format", "json", *gate, path).stdout)
    if draft == "every-verdict.md":
        assert {r["verdict"] for r in report["results"]} == {v.value for v in Verdict}
    expected = failing(report, fail_on)
    status = 1 if expected or report["problems"] else 0
    for fmt in names(VERIFY):
        result = verify("--format", fmt, *gate, path)
        assert result.exit_code == status, fmt
        count = marked_failing(fmt, result.stdout)
        assert count in (None, len(expected)), (fmt, count, len(expected))


def test_exit_zero_changes_the_status_but_not_the_reports(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(EVERY_VERDICT, encoding="utf-8")
    for fmt in ("junit", "sarif", "github"):
        strict = verify("--format", fmt, "--fail-on", ALL, path)
        relaxed = verify("--format", fmt, "--fail-on", ALL, "--exit-zero", path)
        assert (strict.exit_code, relaxed.exit_code) == (1, 0)
        assert relaxed.stdout == strict.stdout
        assert marked_failing(fmt, relaxed.stdout) == 4  # all but the suppressed claim
