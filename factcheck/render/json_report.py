"""The documented JSON output of `check`, `verify` and `eval`: the report model, serialised."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from pydantic import BaseModel

if TYPE_CHECKING:
    from factcheck.gate import Gate


def render(report: BaseModel, gate: Gate) -> str:
    """The report as indented JSON, keys in model order, ending in a newline.

    The gate changes nothing here: the JSON carries each verdict and whether it is suppressed or
    baselined, and its schema is the same whatever `--fail-on` says.
    """
    return report.model_dump_json(indent=2) + "\n"


def schema(model: type[BaseModel]) -> str:
    """The JSON Schema of a report model."""
    return json.dumps(model.model_json_schema(mode="serialization"), indent=2, sort_keys=True)
