"""The documented JSON output: the report model, serialised."""

from __future__ import annotations

import json

from pydantic import BaseModel


def render(report: BaseModel) -> str:
    """The report as indented JSON, keys in model order."""
    return report.model_dump_json(indent=2)


def schema(model: type[BaseModel]) -> str:
    """The JSON Schema of a report model."""
    return json.dumps(model.model_json_schema(mode="serialization"), indent=2, sort_keys=True)
