"""docs/json-output.md and the committed JSON Schema stay in step with the code."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
from click.testing import CliRunner

from factcheck.cli import main

DOCS = Path(__file__).parent.parent / "docs"
GUIDE = DOCS / "json-output.md"
SCHEMA_FILE = DOCS / "schema" / "check-report.schema.json"
REGENERATE = "regenerate it: factcheck schema > docs/schema/check-report.schema.json"


def printed_schema() -> str:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_committed_schema_is_what_factcheck_schema_prints() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == printed_schema(), REGENERATE


def test_committed_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_FILE.read_text("utf-8")))


def schema_fields(schema: dict[str, Any]) -> set[str]:
    """Every property name of the report and of each record it contains."""
    objects = [schema, *schema["$defs"].values()]
    return {name for obj in objects for name in obj.get("properties", {})}


def test_every_field_is_documented() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| ([^|]+) \|", guide, re.MULTILINE))
    named = {name for cell in documented for name in re.findall(r"`(\w+)`", cell)}
    missing = schema_fields(json.loads(printed_schema())) - named
    assert not missing, f"fields without a row in {GUIDE.name}: {sorted(missing)}"


def key_paths(value: Any, prefix: str = "") -> set[str]:
    """Every key path of a JSON value, list positions collapsed: results[].verdict."""
    if isinstance(value, dict):
        paths = {f"{prefix}.{key}".lstrip(".") for key in value}
        for key, item in value.items():
            paths |= key_paths(item, f"{prefix}.{key}")
        return paths
    if isinstance(value, list):
        return set().union(*(key_paths(item, f"{prefix}[]") for item in value))
    return set()


def test_the_documented_example_is_real_output() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    [claim] = re.findall(r'^\$ factcheck check --format json "([^"]+)"$', guide, re.MULTILINE)
    [example] = re.findall(r"```json\n(.*?)```", guide, re.DOTALL)
    documented = json.loads(example)
    result = CliRunner().invoke(main, ["check", "--format", "json", claim])
    actual = json.loads(result.stdout)
    jsonschema.validate(documented, json.loads(printed_schema()))
    assert key_paths(documented) == key_paths(actual)
    assert [r["verdict"] for r in documented["results"]] == [
        r["verdict"] for r in actual["results"]
    ]
    assert result.exit_code == 1, "the guide shows a contradicted claim"
