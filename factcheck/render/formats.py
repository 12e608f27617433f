"""The one registry of report formats, for `check`, `verify` and `eval`.

A format has a name and, for each kind of report it renders, a renderer: a pure
`render(report, gate, **options) -> str` in a module of this package, deterministic and ending
in a newline. Every renderer is handed the gate, so a format marks as failing exactly what fails
the exit status. Renderers are imported when used, never here: `--help` and `check` stay fast,
and `check` never loads the renderers of other commands. Add a format by adding its module and
an entry to FORMATS; the command line offers it to each command whose report it renders.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck.errors import InputError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from factcheck.gate import Gate

CHECK = "CheckReport"
VERIFY = "VerifyReport"
EVAL = "EvalReport"
# The options the terminal table of `verify` takes besides the gate.
TERMINAL = ("colour", "show_skipped")


@dataclass(frozen=True)
class Renderer:
    """Where one format's render function for one kind of report is, and what options it takes."""

    module: str  # under factcheck.render; its function is `render`
    options: tuple[str, ...] = ()

    def load(self) -> Callable[..., str]:
        """The render function, importing its module on first use."""
        function: Callable[..., str] = importlib.import_module(
            f"factcheck.render.{self.module}"
        ).render
        return function


@dataclass(frozen=True)
class Format:
    """A report format: its name and a renderer for each report type it renders, by type name."""

    name: str
    renderers: Mapping[str, Renderer]

    def renders(self, report_type: str) -> bool:
        """Whether this format renders reports of this type (`"VerifyReport"`, ...)."""
        return report_type in self.renderers


_JSON = Renderer("json_report")
# In the order `--help` lists them.
FORMATS: tuple[Format, ...] = (
    Format(
        "table",
        {
            CHECK: Renderer("table"),
            VERIFY: Renderer("verify_table", TERMINAL),
            EVAL: Renderer("eval_table"),
        },
    ),
    Format("json", {CHECK: _JSON, VERIFY: _JSON, EVAL: _JSON}),
    Format("markdown", {VERIFY: Renderer("markdown")}),
    Format("sarif", {VERIFY: Renderer("sarif")}),
    Format("junit", {VERIFY: Renderer("junit")}),
    Format("github", {VERIFY: Renderer("github")}),
    Format("html", {VERIFY: Renderer("html")}),
)


def names(report_type: str) -> tuple[str, ...]:
    """The formats that render a report type, in registry order: a command's `--format` choices."""
    return tuple(form.name for form in FORMATS if form.renders(report_type))


def renderer(fmt: str, report_type: str) -> Renderer:
    """The renderer of format `fmt` for a report type; an unknown pair lists the valid formats."""
    for form in FORMATS:
        if form.name == fmt and form.renders(report_type):
            return form.renderers[report_type]
    raise InputError(
        f"Unknown format '{fmt}' for a {report_type} — give one of {', '.join(names(report_type))}."
    )


def render(report: BaseModel, fmt: str, gate: Gate, **options: Any) -> str:
    """`report` in format `fmt`, failing findings marked as `gate` decides.

    `options` (`colour`, `show_skipped`) reach only a renderer that takes them.
    """
    found = renderer(fmt, type(report).__name__)
    taken = {key: value for key, value in options.items() if key in found.options}
    return found.load()(report, gate, **taken)
