"""The report formats of `factcheck verify`: a name → render function table.

Every renderer is pure: `render(report, gate) -> str`, deterministic, ending in a newline; it
marks as failing what the gate fails. Add a
format by adding its module's `render` to `FORMATS` and its name to
`factcheck.render.VERIFY_FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from factcheck.gate import Gate
from factcheck.models import VerifyReport
from factcheck.render import github, html, junit, markdown, sarif, verify_table

Renderer = Callable[[VerifyReport, Gate], str]


def render_json(report: VerifyReport, gate: Gate) -> str:
    """The report as indented JSON: the `check` schema plus a location per result."""
    return report.model_dump_json(indent=2) + "\n"


FORMATS: dict[str, Renderer] = {
    "table": verify_table.render,
    "json": render_json,
    "markdown": markdown.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "html": html.render,
}


def renderer(fmt: str, *, colour: bool = False, show_skipped: bool = False) -> Renderer:
    """The render function for `fmt`; the terminal table also takes colour and skipped lines."""
    if fmt == "table":
        return partial(verify_table.render, colour=colour, show_skipped=show_skipped)
    return FORMATS[fmt]
