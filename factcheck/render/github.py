"""GitHub Actions workflow commands: one annotation per finding, shown on the pull request.

    ::error file=drafts/a.md,line=5,col=1,endLine=5,endColumn=51,title=FC001 contradicted::…

A claim that fails the gate is an error (by default: contradicted or conflicting, neither
suppressed nor baselined); suppressed, baselined and supported claims are notices, other claims
warnings, and problems in a draft warnings.
Messages escape `%`, CR and LF; properties escape those and `,` and `:` too (as @actions/core
does); other control characters are written as escapes (`factcheck.render.controls`).
`col` and `endColumn` are only sent when the finding starts and ends on the same line, because
GitHub refuses columns for a multi-line annotation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.models import DraftProblem, DraftResult, Location, VerifyReport
from factcheck.render.controls import visible
from factcheck.render.findings import (
    RULES,
    Level,
    finding_text,
    level,
    location_key,
    sorted_problems,
    sorted_results,
)

if TYPE_CHECKING:
    from factcheck.gate import Gate

COMMANDS: dict[Level, str] = {"error": "error", "warning": "warning", "note": "notice"}
_VALUE = r"(?:[^%,:\r\n]|%25|%0D|%0A|%3A|%2C)+"
# Every line `render` prints matches this (documented in docs/report-formats.md).
LINE_PATTERN = re.compile(
    rf"::(?P<command>error|warning|notice) "
    rf"file=(?P<file>{_VALUE}),line=(?P<line>[1-9][0-9]*)(?:,col=(?P<col>[1-9][0-9]*))?,"
    rf"endLine=(?P<endLine>[1-9][0-9]*)(?:,endColumn=(?P<endColumn>[1-9][0-9]*))?,"
    rf"title=(?P<title>{_VALUE})"
    r"::(?P<message>(?:[^%\r\n]|%25|%0D|%0A)*)"
)


def render(report: VerifyReport, gate: Gate) -> str:
    """One workflow command per finding and per draft problem, in file order."""
    keyed = [(location_key(r.location), _result(r, gate)) for r in sorted_results(report)]
    keyed += [(location_key(p.location), _problem(p)) for p in sorted_problems(report)]
    return "".join(line + "\n" for _, line in sorted(keyed, key=lambda pair: pair[0]))


def escape_data(text: str) -> str:
    """A message as a workflow command carries it, control characters written as escapes."""
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value as a workflow command carries it."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, location: Location, title: str, message: str) -> str:
    """`::name file=…,line=…[,col=…],endLine=…[,endColumn=…],title=…::message`."""
    properties = [("file", location.path), ("line", str(location.line))]
    one_line = location.line == location.end_line
    if one_line:
        properties.append(("col", str(location.column)))
    properties.append(("endLine", str(location.end_line)))
    if one_line:
        properties.append(("endColumn", str(location.end_column)))
    properties.append(("title", title))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{name} {joined}::{escape_data(message)}"


def _result(result: DraftResult, gate: Gate) -> str:
    rule = RULES[result.verdict]
    title = f"{rule.code} {rule.label}"
    name = COMMANDS[level(result.verdict, gate)]
    if result.suppressed or result.baselined:
        title += " (suppressed)" if result.suppressed else " (baselined)"
        name = "notice"
    return command(name, result.location, title, finding_text(result))


def _problem(problem: DraftProblem) -> str:
    return command("warning", problem.location, problem.code, problem.message)
