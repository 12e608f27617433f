"""The SARIF report: golden output, valid against the SARIF 2.1.0 schema kept in the tests."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
from fixtures.golden import check_golden
from fixtures.report import build_report

from factcheck import __version__
from factcheck.gate import Gate
from factcheck.render import sarif

SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"
# RFC 3986 characters: a URI reference holds nothing else (spaces must be percent-encoded).
URI_REFERENCE = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


def render() -> dict[str, Any]:
    return json.loads(sarif.render(build_report(), Gate()))


def results_by_line() -> dict[tuple[str, int], dict[str, Any]]:
    by_line = {}
    for result in render()["runs"][0]["results"]:
        physical = result["locations"][0]["physicalLocation"]
        key = (physical["artifactLocation"]["uri"], physical["region"]["startLine"])
        by_line[key] = result
    return by_line


def test_sarif_matches_golden_with_version_blanked() -> None:
    text = sarif.render(build_report(), Gate()).replace(f'"{__version__}"', '"<version>"')
    check_golden("report.sarif", text)


def test_sarif_is_valid_against_the_2_1_0_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = [error.message for error in validator.iter_errors(render())]
    assert errors == []


def test_one_rule_per_verdict_kind_and_per_problem_code() -> None:
    rules = render()["runs"][0]["tool"]["driver"]["rules"]
    assert [(r["id"], r.get("name"), r["defaultConfiguration"]["level"]) for r in rules] == [
        ("FC001", "contradicted", "error"),
        ("FC002", "conflicting", "error"),
        ("FC003", "not_enough_evidence", "warning"),
        ("FC004", "supported", "note"),
        ("FC101", None, "warning"),
    ]


def test_results_carry_rule_level_region_message_and_fingerprint() -> None:
    results = render()["runs"][0]["results"]
    rules = render()["runs"][0]["tool"]["driver"]["rules"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    contradicted = results_by_line()[("drafts/kazakhstan.md", 5)]
    assert contradicted["ruleId"] == "FC001"
    assert contradicted["level"] == "error"
    assert contradicted["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 5,
        "startColumn": 1,
        "endLine": 5,
        "endColumn": 51,
        "snippet": {"text": "Kazakhstan sent 200 troops to UNDOF in March 2024."},
    }
    message = contradicted["message"]["text"]
    assert "claim: 200 (troop); source: 139 (troop)" in message
    assert "evidence/002_6dc53c71c62add71.txt:23 [1494:1687]" in message
    assert contradicted["partialFingerprints"] == {"factcheckClaim/v1": "3f1c9a0b7e2d4c51"}
    assert "suppressions" not in contradicted


def test_suppressed_result_carries_its_justification() -> None:
    conflicting = results_by_line()[("drafts/kazakhstan.md", 7)]
    assert conflicting["ruleId"] == "FC002"
    assert conflicting["suppressions"] == [
        {
            "kind": "inSource",
            "justification": "Desk confirmed 139 with the ministry: 100%, call of 2 March",
        }
    ]


def test_citations_are_related_locations_with_exact_text() -> None:
    hostile = results_by_line()[("drafts/undof%20100%25%2C%20notes.md", 6)]
    (related,) = hostile["relatedLocations"]
    region = related["physicalLocation"]["region"]
    assert region["snippet"]["text"].count("<script>alert(1)</script>") == 1
    assert region["charLength"] == len(region["snippet"]["text"])


def test_uris_are_uri_references() -> None:
    text = sarif.render(build_report(), Gate())
    uris = re.findall(r'"uri": "([^"]*)"', text)
    assert uris and all(URI_REFERENCE.fullmatch(uri) for uri in uris), uris
    assert sarif.artifact_uri("drafts/a b%.md") == "drafts/a%20b%25.md"
    assert sarif.artifact_uri("/srv/drafts/a.md") == "file:///srv/drafts/a.md"
    assert sarif.artifact_uri("C:\\drafts\\a.md") == "file:///C:/drafts/a.md"
    assert sarif.artifact_uri("drafts\\a.md") == "drafts/a.md"
