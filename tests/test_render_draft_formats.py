"""What every `verify` report format promises: pure, sorted, deterministic, newline-terminated."""

from __future__ import annotations

import pytest
from fixtures.report import build_report

from factcheck.gate import Gate
from factcheck.models import VerifyReport
from factcheck.render import github, html, junit, markdown, sarif
from factcheck.render.formats import FORMATS, Renderer

MINE: dict[str, Renderer] = {
    "markdown": markdown.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "html": html.render,
}


def shuffled(report: VerifyReport) -> VerifyReport:
    """The same report with every list reversed."""
    return report.model_copy(
        update={
            "results": tuple(reversed(report.results)),
            "skipped": tuple(reversed(report.skipped)),
            "problems": tuple(reversed(report.problems)),
        }
    )


@pytest.mark.parametrize("name", sorted(MINE))
def test_registered_under_its_name(name: str) -> None:
    assert FORMATS[name] is MINE[name]


@pytest.mark.parametrize("name", sorted(MINE))
def test_output_does_not_depend_on_input_order(name: str) -> None:
    report = build_report()
    first = MINE[name](report, Gate())
    assert first == MINE[name](report, Gate())
    assert first == MINE[name](shuffled(report), Gate())
    assert first.endswith("\n")


@pytest.mark.parametrize("name", sorted(MINE))
def test_empty_report_renders(name: str) -> None:
    empty = VerifyReport.model_validate({"results": [], "summary": {"total": 0}})
    text = MINE[name](empty, Gate())
    assert text.endswith("\n") or (name == "github" and text == "")  # no finding, no annotation
    assert MINE[name](empty, Gate()) == text
