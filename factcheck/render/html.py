"""One self-contained HTML file for editors: each draft's sentences, claims highlighted by verdict.

A click on a claim opens its explanation and citations (`<details>`, so it works even where
scripts are blocked). Every piece of text from a draft or a source is escaped (control
characters shown as escapes, `factcheck.render.controls`), and a Content Security Policy that
admits only this file's own style and script (by hash) means nothing else could run or load
even if it were not.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from factcheck.models import (
    DraftProblem,
    DraftResult,
    Evidence,
    Location,
    SkippedSentence,
    VerifyReport,
)
from factcheck.render.controls import visible
from factcheck.render.findings import (
    RULES,
    VERDICT_ORDER,
    citation_location,
    location_key,
    plural,
    report_paths,
    sorted_problems,
    sorted_results,
    sorted_skipped,
)

if TYPE_CHECKING:
    from factcheck.gate import Gate

TITLE = "factcheck report"

STYLE = """
:root { color-scheme: light; font: 16px/1.5 system-ui, sans-serif; color: #1d2330; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.5rem; margin: 0.5rem 0; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #ccd; }
.totals { color: #4a5468; margin: 0.25rem 0 0.75rem; }
.summary { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; }
.summary li { padding: 0.25rem 0.75rem; border-radius: 1rem; }
.summary strong { margin-left: 0.25rem; }
.controls button { font: inherit; margin-left: 0.5rem; }
nav ul { padding-left: 1.25rem; }
.sentences { list-style: none; padding: 0; margin: 0; }
.sentences > li { display: flex; gap: 0.75rem; padding: 0.3rem 0; }
.loc { flex: 0 0 4.5rem; color: #6b7385; font: 0.85rem/1.8 ui-monospace, monospace; }
.body { flex: 1 1 auto; min-width: 0; }
.claim, blockquote, .text { white-space: pre-wrap; overflow-wrap: anywhere; }
summary { cursor: pointer; list-style: none; }
summary::-webkit-details-marker { display: none; }
mark.claim { color: inherit; padding: 0.1rem 0.15rem; border-bottom: 3px solid; }
mark.claim.verdict-contradicted { border-bottom-color: #c62828; }
mark.claim.verdict-conflicting { border-bottom-color: #d97a00; }
mark.claim.verdict-not_enough_evidence { border-bottom-color: #5b6b7f; }
mark.claim.verdict-supported { border-bottom-color: #2e7d32; }
.verdict-contradicted { background: #fbd5d5; }
.verdict-conflicting { background: #ffe3b0; }
.verdict-not_enough_evidence { background: #e2e7ef; }
.verdict-supported { background: #d3f0d8; }
.suppressed mark.claim { border-bottom-style: dashed; opacity: 0.75; }
.badge { font-size: 0.8rem; color: #4a5468; margin-left: 0.4rem; white-space: nowrap; }
.details { margin: 0.5rem 0 0.75rem; padding: 0.5rem 0.75rem; border-left: 3px solid #99a; }
.details p { margin: 0.25rem 0; }
.citations { padding-left: 1.25rem; }
.citation { margin: 0.5rem 0; }
.stance { font-weight: 600; }
blockquote { margin: 0.25rem 0; padding-left: 0.75rem; border-left: 3px solid #ccd; }
.skipped .text { color: #6b7385; }
.problem .body { color: #8a4b00; }
.hide-contradicted .finding-contradicted, .hide-conflicting .finding-conflicting,
.hide-not_enough_evidence .finding-not_enough_evidence,
.hide-supported .finding-supported { display: none; }
"""

SCRIPT = """
(function () {
  "use strict";
  var controls = document.querySelector(".controls");
  controls.hidden = false;
  controls.addEventListener("change", function (event) {
    var box = event.target;
    if (box.dataset.verdict) {
      document.body.classList.toggle("hide-" + box.dataset.verdict, !box.checked);
    }
  });
  controls.addEventListener("click", function (event) {
    var open = event.target.dataset.open;
    if (open === undefined) { return; }
    document.querySelectorAll("details.finding").forEach(function (item) {
      item.open = open === "all";
    });
  });
  var target = location.hash && document.getElementById(location.hash.slice(1));
  if (target && target.tagName === "DETAILS") { target.open = true; }
})();
"""


def escape(text: str) -> str:
    """Text safe in HTML: markup escaped, control characters written as escapes."""
    return html.escape(visible(text))


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


POLICY = (
    f"default-src 'none'; style-src {_csp_hash(STYLE)}; script-src {_csp_hash(SCRIPT)}; "
    "base-uri 'none'; form-action 'none'"
)


def render(report: VerifyReport, gate: Gate) -> str:
    """The report as one HTML document with inline style and script.

    It shows verdicts, suppressions and baselined findings, not pass or fail: the gate (taken
    as every format takes it) changes nothing here.
    """
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{TITLE}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        *_header(report),
        "<main>",
    ]
    for number, path in enumerate(report_paths(report), 1):
        parts += _file_section(number, path, report)
    parts += ["</main>", f"<script>{SCRIPT}</script>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _header(report: VerifyReport) -> list[str]:
    summary = report.summary
    paths = report_paths(report)
    suppressed = sum(result.suppressed for result in report.results)
    totals = " · ".join(
        [
            f"{plural(summary.total, 'claim')} in {plural(len(paths), 'file')}",
            plural(suppressed, "finding") + " suppressed",
            plural(len(report.skipped), "sentence") + " skipped",
            plural(len(report.problems), "problem") + " in the drafts",
        ]
    )
    lines = ["<header>", f"<h1>{TITLE}</h1>", f'<p class="totals">{totals}</p>']
    lines.append('<ul class="summary">')
    for verdict in VERDICT_ORDER:
        count = getattr(summary, verdict.value)
        lines.append(
            f'<li class="verdict-{verdict.value}">{RULES[verdict].label}'
            f"<strong>{count}</strong></li>"
        )
    lines.append("</ul>")
    lines += _controls()
    lines.append('<nav aria-label="Files"><ul>')
    for number, path in enumerate(paths, 1):
        claims = sum(result.location.path == path for result in report.results)
        lines.append(
            f'<li><a href="#file-{number}">{escape(path)}</a> ({plural(claims, "claim")})</li>'
        )
    lines += ["</ul></nav>", "</header>"]
    return lines


def _controls() -> list[str]:
    """Verdict filters and open/close-all buttons: hidden until the script shows them."""
    boxes = "".join(
        f'<label><input type="checkbox" data-verdict="{verdict.value}" checked> '
        f"{RULES[verdict].label}</label> "
        for verdict in VERDICT_ORDER
    )
    return [
        '<p class="controls" hidden>',
        f"Show: {boxes}",
        '<button type="button" data-open="all">Open all</button>',
        '<button type="button" data-open="none">Close all</button>',
        "</p>",
        "<p>Click a highlighted claim to see why and the sources it cites.</p>",
    ]


def _file_section(number: int, path: str, report: VerifyReport) -> list[str]:
    rows: list[tuple[tuple[str, int, int, int, int], int, str]] = []
    results = sorted_results(report)
    for index, result in enumerate(results, 1):
        if result.location.path == path:
            rows.append((location_key(result.location), 0, _result_row(index, result)))
    rows += [
        (location_key(s.location), 1, _skipped_row(s))
        for s in sorted_skipped(report)
        if s.location.path == path
    ]
    rows += [
        (location_key(p.location), 2, _problem_row(p))
        for p in sorted_problems(report)
        if p.location.path == path
    ]
    return [
        f'<section class="file" id="file-{number}">',
        f"<h2>{escape(path)}</h2>",
        '<ol class="sentences">',
        *(row for _, _, row in sorted(rows, key=lambda item: item[:2])),
        "</ol>",
        "</section>",
    ]


def _loc(location: Location) -> str:
    return f'<span class="loc">{location.line}:{location.column}</span>'


def _result_row(index: int, result: DraftResult) -> str:
    verdict = result.verdict.value
    rule = RULES[result.verdict]
    classes = f"sentence finding-{verdict}" + (" suppressed" if result.suppressed else "")
    badge = f"{rule.label} · {result.confidence:.2f}"
    if result.suppressed:
        badge += " · suppressed"
    if result.baselined:
        badge += " · baselined"
    details = "".join(_details(result))
    return (
        f'<li class="{classes}">{_loc(result.location)}<div class="body">'
        f'<details class="finding" id="r{index}" data-verdict="{verdict}">'
        f'<summary><mark class="claim verdict-{verdict}">{escape(result.claim)}</mark>'
        f'<span class="badge">{badge}</span></summary>'
        f'<div class="details">{details}</div>'
        "</details></div></li>"
    )


def _details(result: DraftResult) -> Iterable[str]:
    rule = RULES[result.verdict]
    yield f"<p><strong>{rule.code} {rule.label}</strong> ({result.confidence:.2f})</p>"
    yield f'<p class="why"><strong>Why:</strong> {escape(result.explanation)}</p>'
    if result.suppressed:
        reason = escape(result.suppression_reason or "no reason given")
        yield f'<p class="suppression"><strong>Suppressed:</strong> {reason}</p>'
    if not result.evidence:
        yield '<p class="citations-none">No source cited.</p>'
        return
    yield '<ol class="citations">'
    yield from (_citation(evidence) for evidence in result.evidence)
    yield "</ol>"


def _citation(evidence: Evidence) -> str:
    title = f" <cite>{escape(evidence.title)}</cite>" if evidence.title else ""
    return (
        f'<li class="citation stance-{evidence.stance.value}">'
        f'<span class="stance">{evidence.stance.value}</span>{title} '
        f"<code>{escape(citation_location(evidence))}</code>"
        f"<blockquote>{escape(evidence.text)}</blockquote>"
        f'<p class="reason">{escape(evidence.reason)}</p></li>'
    )


def _skipped_row(skipped: SkippedSentence) -> str:
    return (
        f'<li class="sentence skipped">{_loc(skipped.location)}<div class="body">'
        f'<span class="text">{escape(skipped.text)}</span>'
        f'<span class="badge">not checked: {escape(skipped.reason)}</span></div></li>'
    )


def _problem_row(problem: DraftProblem) -> str:
    return (
        f'<li class="problem">{_loc(problem.location)}<div class="body">'
        f"<strong>{escape(problem.code)}</strong> {escape(problem.message)}</div></li>"
    )
