"""What every report format promises: registered once, pure, sorted, deterministic, ending in a
newline; and the registry offers each command the formats that render its report."""

from __future__ import annotations

import pytest
from fixtures.report import build_report

from factcheck.errors import InputError
from factcheck.gate import Gate
from factcheck.models import VerifyReport
from factcheck.render.formats import CHECK, EVAL, FORMATS, VERIFY, names, render, renderer

DRAFT_FORMATS = names(VERIFY)
# JSON lists results in the report's own order: it is the report, serialised.
SORTING = [name for name in DRAFT_FORMATS if name != "json"]


def shuffled(report: VerifyReport) -> VerifyReport:
    """The same report with every list reversed."""
    return report.model_copy(
        update={
            "results": tuple(reversed(report.results)),
            "skipped": tuple(reversed(report.skipped)),
            "problems": tuple(reversed(report.problems)),
        }
    )


def test_each_command_is_offered_the_formats_of_its_report() -> None:
    assert DRAFT_FORMATS == ("table", "json", "markdown", "sarif", "junit", "github", "html")
    assert names(CHECK) == ("table", "json")
    assert names(EVAL) == ("table", "json")
    assert len({form.name for form in FORMATS}) == len(FORMATS)


def test_every_renderer_loads_and_json_is_one_renderer() -> None:
    for form in FORMATS:
        for found in form.renderers.values():
            assert callable(found.load())
    assert len({id(renderer("json", kind).load()) for kind in (CHECK, VERIFY, EVAL)}) == 1


@pytest.mark.parametrize(("fmt", "kind"), [("sarif", CHECK), ("pdf", VERIFY)])
def test_an_unknown_format_lists_the_valid_ones(fmt: str, kind: str) -> None:
    with pytest.raises(InputError, match=f"Unknown format '{fmt}' .* give one of table, json"):
        renderer(fmt, kind)


@pytest.mark.parametrize("name", SORTING)
def test_output_does_not_depend_on_input_order(name: str) -> None:
    report = build_report()
    first = render(report, name, Gate())
    assert first == render(report, name, Gate())
    assert first == render(shuffled(report), name, Gate())
    assert first.endswith("\n")


@pytest.mark.parametrize("name", DRAFT_FORMATS)
def test_empty_report_renders(name: str) -> None:
    empty = VerifyReport.model_validate({"results": [], "summary": {"total": 0}})
    text = render(empty, name, Gate())
    assert text.endswith("\n") or (name == "github" and text == "")  # no finding, no annotation
    assert render(empty, name, Gate()) == text
