"""One line of a JSON Lines file as an object, or an error saying which line and what to do."""

from __future__ import annotations

import json
from typing import Any

from factcheck.errors import InputError


def json_object(line: str, *, where: str) -> dict[str, Any]:
    """The JSON object on a line; `where` names it in errors ("'x.jsonl' line 3")."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{where} is not valid JSON ({error.msg}) — write one JSON object per line."
        ) from None
    if not isinstance(value, dict):
        raise InputError(f"{where} is not a JSON object — write one JSON object per line.")
    return value
