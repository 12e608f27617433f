"""JUnit XML for CI test dashboards: a test suite per draft, a test case per claim.

A claim that fails the gate fails (by default: contradicted or conflicting, neither suppressed
nor baselined); suppressed and baselined findings are skipped, and so are other claims, except
supported ones, which pass; a problem in a draft is an error case.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from factcheck.models import (
    DraftProblem,
    DraftResult,
    SkippedSentence,
    Verdict,
    VerifyReport,
)
from factcheck.render.findings import (
    BASELINED,
    RULES,
    finding_text,
    location_key,
    report_paths,
    sorted_problems,
    sorted_results,
    sorted_skipped,
)

if TYPE_CHECKING:
    from factcheck.gate import Gate

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(report: VerifyReport, gate: Gate) -> str:
    """The report as a JUnit XML document."""
    results = sorted_results(report)
    problems = sorted_problems(report)
    skipped = sorted_skipped(report)
    suites = [
        _suite(
            gate,
            path,
            [r for r in results if r.location.path == path],
            [p for p in problems if p.location.path == path],
            [s for s in skipped if s.location.path == path],
        )
        for path in report_paths(report)
    ]
    root = ET.Element("testsuites", name="factcheck")
    _set_counts(root, suites)
    root.extend(suites)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def clean(text: str) -> str:
    """Text XML can hold: characters XML 1.0 forbids become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _set_counts(element: ET.Element, children: list[ET.Element]) -> None:
    for name in ("tests", "failures", "errors"):
        element.set(name, str(sum(int(child.get(name, "0")) for child in children)))


def _suite(
    gate: Gate,
    path: str,
    results: list[DraftResult],
    problems: list[DraftProblem],
    skipped: list[SkippedSentence],
) -> ET.Element:
    keyed = [(location_key(r.location), _case(path, r, gate)) for r in results]
    keyed += [(location_key(p.location), _problem_case(path, p)) for p in problems]
    cases = [case for _, case in sorted(keyed, key=lambda pair: pair[0])]
    suite = ET.Element("testsuite", name=clean(path))
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(case.find("failure") is not None for case in cases)))
    suite.set("errors", str(sum(case.find("error") is not None for case in cases)))
    suite.set("skipped", str(sum(case.find("skipped") is not None for case in cases)))
    suite.set("file", clean(path))
    suite.extend(cases)
    if skipped:
        out = ET.SubElement(suite, "system-out")
        out.text = clean(
            "sentences not checked:\n"
            + "".join(
                f"{s.location.line}:{s.location.column} ({s.reason}) {s.text}\n" for s in skipped
            )
        )
    return suite


def _case_name(line: int, column: int, text: str) -> str:
    """`line:column text`, on one line whatever the text holds."""
    return clean(f"{line}:{column} {' '.join(text.split())}")


def _case(path: str, result: DraftResult, gate: Gate) -> ET.Element:
    location = result.location
    case = ET.Element(
        "testcase",
        name=_case_name(location.line, location.column, result.claim),
        classname=clean(path),
    )
    rule = RULES[result.verdict]
    text = clean(finding_text(result))
    message = clean(f"{rule.label}: {result.explanation}")
    if gate.fails(result):
        outcome = ET.SubElement(case, "failure", type=result.verdict.value, message=message)
        outcome.text = text
    elif result.suppressed:
        reason = result.suppression_reason or "no reason given"
        outcome = ET.SubElement(case, "skipped", type="suppressed")
        outcome.set("message", clean(f"suppressed ({rule.label}): {reason}"))
        outcome.text = text
    elif result.baselined:
        outcome = ET.SubElement(case, "skipped", type="baselined")
        outcome.set("message", clean(f"baselined ({rule.label}): {BASELINED}"))
        outcome.text = text
    elif result.verdict is not Verdict.SUPPORTED:
        outcome = ET.SubElement(case, "skipped", type=result.verdict.value, message=message)
        outcome.text = text
    else:
        out = ET.SubElement(case, "system-out")
        out.text = text
    return case


def _problem_case(path: str, problem: DraftProblem) -> ET.Element:
    location = problem.location
    case = ET.Element(
        "testcase",
        name=_case_name(location.line, location.column, problem.code),
        classname=clean(path),
    )
    error = ET.SubElement(case, "error", type=clean(problem.code))
    error.set("message", clean(problem.message))
    return case
