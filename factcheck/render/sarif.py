"""SARIF 2.1.0: one rule per verdict kind, so findings show in GitHub code scanning.

A result's level is its verdict's under the gate (`error` where the gate blocks it); a
suppressed or baselined one keeps its level and carries a `suppressions` entry, so the results
that fail the gate are exactly the unsuppressed errors.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from factcheck import __version__
from factcheck.gate import FINGERPRINT_VERSION, Gate
from factcheck.models import DraftProblem, DraftResult, Evidence, Location, VerifyReport
from factcheck.render.findings import (
    BASELINED,
    RULES,
    VERDICT_ORDER,
    finding_text,
    level,
    sorted_problems,
    sorted_results,
)

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = f"factcheckClaim/v{FINGERPRINT_VERSION}"
# Draft problems (a suppression without a reason, ...) are warnings under their own codes.
PROBLEM_LEVEL = "warning"

Json = dict[str, Any]


def render(report: VerifyReport, gate: Gate) -> str:
    """The report as a SARIF log with one run."""
    rules = _rules(report, gate)
    index = {rule["id"]: n for n, rule in enumerate(rules)}
    results = [_result(result, index, gate) for result in sorted_results(report)]
    results += [_problem(problem, index) for problem in sorted_problems(report)]
    run: Json = {
        "tool": {
            "driver": {
                "name": "factcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {
            "summary": report.summary.model_dump(mode="json"),
            "skipped": len(report.skipped),
        },
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def artifact_uri(path: str) -> str:
    """A path as a URI reference: relative paths stay relative, absolute ones become file URIs."""
    if PurePosixPath(path).is_absolute():
        return PurePosixPath(path).as_uri()
    if PureWindowsPath(path).is_absolute():
        return PureWindowsPath(path).as_uri()
    return quote(path.replace("\\", "/"), safe="/")


def _rules(report: VerifyReport, gate: Gate) -> list[Json]:
    rules: list[Json] = [
        {
            "id": RULES[verdict].code,
            "name": verdict.value,
            "shortDescription": {"text": RULES[verdict].label},
            "fullDescription": {"text": RULES[verdict].description},
            "defaultConfiguration": {"level": level(verdict, gate)},
            "properties": {"verdict": verdict.value},
        }
        for verdict in VERDICT_ORDER
    ]
    known = {rule["id"] for rule in rules}
    for code in sorted({problem.code for problem in report.problems} - known):
        rules.append(
            {
                "id": code,
                "shortDescription": {"text": "problem in a draft"},
                "defaultConfiguration": {"level": PROBLEM_LEVEL},
            }
        )
    return rules


def _region(location: Location) -> Json:
    return {
        "startLine": location.line,
        "startColumn": location.column,
        "endLine": location.end_line,
        "endColumn": location.end_column,
    }


def _physical(location: Location, snippet: str | None = None) -> Json:
    region = _region(location)
    if snippet is not None:
        region["snippet"] = {"text": snippet}
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(location.path)},
            "region": region,
        }
    }


def _citation(number: int, evidence: Evidence) -> Json:
    return {
        "id": number,
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(evidence.path)},
            "region": {
                "startLine": evidence.line,
                "charOffset": evidence.start,
                "charLength": evidence.end - evidence.start,
                "snippet": {"text": evidence.text},
            },
        },
        "message": {"text": f"[{number}] {evidence.stance.value}: {evidence.reason}"},
    }


def _result(result: DraftResult, index: dict[str, int], gate: Gate) -> Json:
    rule = RULES[result.verdict]
    sarif: Json = {
        "ruleId": rule.code,
        "ruleIndex": index[rule.code],
        "level": level(result.verdict, gate),
        "message": {"text": finding_text(result)},
        "locations": [_physical(result.location, result.claim)],
        "partialFingerprints": {FINGERPRINT_KEY: result.fingerprint},
    }
    if result.evidence:
        sarif["relatedLocations"] = [_citation(n, ev) for n, ev in enumerate(result.evidence, 1)]
    if result.suppressed:
        justification = result.suppression_reason or "no reason given"
        sarif["suppressions"] = [{"kind": "inSource", "justification": justification}]
    elif result.baselined:
        sarif["suppressions"] = [{"kind": "external", "justification": BASELINED}]
    sarif["properties"] = {
        "verdict": result.verdict.value,
        "confidence": result.confidence,
        "explanation": result.explanation,
    }
    return sarif


def _problem(problem: DraftProblem, index: dict[str, int]) -> Json:
    return {
        "ruleId": problem.code,
        "ruleIndex": index[problem.code],
        "level": PROBLEM_LEVEL,
        "message": {"text": problem.message},
        "locations": [_physical(problem.location)],
    }
