"""The user's alias table: a JSON object mapping alternative names to canonical ones."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.errors import InputError
from factcheck.models import Alias


def read_alias_file(path: Path) -> list[Alias]:
    """Aliases from a JSON file such as {"Nur-Sultan": "Astana", "UNSC": "Security Council"}."""
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"No alias file at '{path}' — check the --aliases path.") from None
    except (OSError, ValueError, RecursionError) as error:  # JSON, UTF-8, depth, long numbers
        raise InputError(
            f"Alias file '{path}' is not readable JSON ({error}) — "
            'write an object like {"Nur-Sultan": "Astana"}.'
        ) from None
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in table.items()
    ):
        raise InputError(
            f"Alias file '{path}' must be a JSON object of strings — "
            'e.g. {"Nur-Sultan": "Astana"}.'
        )
    return [Alias(alias=k, canonical=v, origin="user") for k, v in sorted(table.items())]
