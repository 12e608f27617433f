"""The JUnit report: golden output, parses, and validates against the JUnit XSD kept here."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fixtures.golden import check_golden
from fixtures.report import DRAFT_A, DRAFT_B, build_report

from factcheck.gate import Gate
from factcheck.render import junit

XSD = Path(__file__).parent / "schemas" / "junit-10.xsd"


def root() -> ET.Element:
    return ET.fromstring(junit.render(build_report(), Gate()))


def test_junit_matches_golden() -> None:
    check_golden("report.junit.xml", junit.render(build_report(), Gate()))


def test_junit_validates_against_the_xsd() -> None:
    xmlschema = pytest.importorskip("xmlschema")
    xmlschema.XMLSchema(str(XSD)).validate(junit.render(build_report(), Gate()))


def test_a_suite_per_file_a_case_per_claim() -> None:
    suites = root().findall("testsuite")
    assert [suite.get("name") for suite in suites] == [DRAFT_A, DRAFT_B]
    outcomes = {
        (suite.get("name"), case.get("name", "").split(" ")[0]): [child.tag for child in case]
        for suite in suites
        for case in suite.findall("testcase")
    }
    assert outcomes == {
        (DRAFT_A, "3:1"): ["system-out"],  # supported passes
        (DRAFT_A, "5:1"): ["failure"],  # contradicted
        (DRAFT_A, "7:12"): ["skipped"],  # conflicting, suppressed
        (DRAFT_B, "2:3"): ["skipped"],  # not enough evidence
        (DRAFT_B, "4:1"): ["error"],  # a problem in the draft
        (DRAFT_B, "6:1"): ["failure"],  # contradicted
    }


def test_counts_add_up() -> None:
    top = root()
    assert (top.get("tests"), top.get("failures"), top.get("errors")) == ("6", "2", "1")
    counts = [
        (s.get("tests"), s.get("failures"), s.get("errors"), s.get("skipped"))
        for s in top.findall("testsuite")
    ]
    assert counts == [("3", "1", "0", "1"), ("3", "1", "1", "1")]


def test_failures_say_why_and_cite() -> None:
    name = '6:1 Officials said 200 troops & "0%" more would go, per <i>Astana Times</i>.'
    case = next(c for c in root().iter("testcase") if c.get("name") == name)
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("type") == "contradicted"
    assert failure.get("message", "").startswith("contradicted: claim: 200 (troop)")
    assert "see <script>alert(1)</script>" in (failure.text or "")
    skipped = root().find(".//testcase/skipped[@type='suppressed']")
    assert skipped is not None
    assert "Desk confirmed 139" in skipped.get("message", "")


def test_skipped_sentences_are_listed_in_the_suite_output() -> None:
    out = root().find("testsuite/system-out")
    assert out is not None
    assert "10:1 (question) Many observers believe the mission matters?" in (out.text or "")


def test_characters_xml_cannot_hold_are_replaced() -> None:
    assert junit.clean("a\x00b\x1bc\td\ne") == "a\ufffdb\ufffdc\td\ne"
