"""`factcheck config`: the effective settings and where each came from, as a table or JSON.

The table shows control characters in values and paths as escapes (`factcheck.render.controls`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tabulate import tabulate

from factcheck.config import KEYS, Settings
from factcheck.models import Verdict
from factcheck.render.controls import one_line


def values(settings: Settings) -> dict[str, Any]:
    """Each setting's value as JSON would hold it, by configuration key, in the keys' order."""
    raw = settings.model_dump()
    return {key: _plain(raw[key.replace("-", "_")]) for key in KEYS}


def _plain(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, frozenset):  # verdicts, in their declared order
        return [verdict.value for verdict in Verdict if verdict in value]
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def render_json(settings: Settings) -> str:
    """{"file": ..., "settings": {key: {"value": ..., "from": ...}}} as indented JSON."""
    shown = {
        key: {"value": value, "from": str(settings.origins[key])}
        for key, value in values(settings).items()
    }
    file = str(settings.file) if settings.file else None
    return json.dumps({"file": file, "settings": shown}, indent=2, ensure_ascii=False) + "\n"


def render_table(settings: Settings) -> str:
    """The configuration file, then a row per setting: key, value, where it came from."""
    rows = [
        [key, one_line(_text(value)), one_line(str(settings.origins[key]))]
        for key, value in values(settings).items()
    ]
    head = f"configuration file: {one_line(str(settings.file or 'none (defaults apply)'))}"
    return f"{head}\n\n{tabulate(rows, headers=['key', 'value', 'from'])}\n"


def _text(value: Any) -> str:
    if value is None or value in ([], {}):
        return "-"
    if isinstance(value, dict):
        return ", ".join(f"{alias} → {canonical}" for alias, canonical in value.items())
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)
