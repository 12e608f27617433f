"""JSON Lines sources: each line an object with an `id`, a `text` and metadata.

Takes a file's lines; gives each usable line's number and fields, or an error naming the file
and line and saying what to do. A line is unusable when it is not a JSON object, lacks an id or
a text, has metadata that is not text, or repeats an id of an earlier line (the first one
stands). Whether one bad line stops the file is the caller's choice (`bad_line`).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.sources.text import decode_line, unreadable, wide_codec, wide_error

BadLine = Callable[[InputError], None]
Fields = dict[str, str | None]


def json_object(line: str, *, where: str) -> dict[str, Any]:
    """The JSON object on a line; `where` names it in errors ("'x.jsonl' line 3")."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{where} is not valid JSON ({error.msg}) — write one JSON object per line."
        ) from None
    except (ValueError, RecursionError):  # a number of thousands of digits, nesting too deep
        raise InputError(
            f"{where} is JSON this reader refuses (a number too long or nesting too deep) — "
            "write one flat JSON object per line."
        ) from None
    if not isinstance(value, dict):
        raise InputError(f"{where} is not a JSON object — write one JSON object per line.")
    return value


def jsonl_records(
    path: Path, shown: str, metadata: Iterable[str], *, bad_line: BadLine | None = None
) -> Iterator[tuple[int, Fields]]:
    """(line number, id, text and metadata) of each usable line, read one line at a time.

    A bad line raises its InputError, or, given `bad_line`, is passed to it and skipped; a file
    with lines but none usable then raises. Errors about the whole file (unreadable, empty,
    invalid UTF-16) always raise.
    """
    keys = tuple(metadata)
    seen: dict[str, int] = {}
    usable = bad = 0
    for number, line in _lines(path, shown):
        try:
            if isinstance(line, InputError):
                raise line
            fields = _fields(line, number, shown, keys)
            first = seen.setdefault(str(fields["id"]), number)
            if first != number:
                raise InputError(
                    f"'{shown}' line {number}: id '{fields['id']}' is already used on line "
                    f"{first} — give every line a unique 'id'."
                )
        except InputError as error:
            if bad_line is None:
                raise
            bad_line(error)
            bad += 1
            continue
        usable += 1
        yield number, fields
    if bad and not usable:
        raise InputError(
            f"'{shown}' has no usable line ({bad} bad) — fix the lines or leave the file out."
        )


def _lines(path: Path, shown: str) -> Iterator[tuple[int, str | InputError]]:
    """(number, text or why it cannot be read) of each non-blank line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise unreadable(shown, exc) from exc
    anything = False
    with handle:
        codec = wide_codec(handle.peek(4)[:4])
        lines = _wide_lines(handle, shown, codec) if codec else _utf8_lines(handle, shown)
        for number, line in lines:
            if isinstance(line, InputError) or line.strip():
                anything = True
                yield number, line
    if not anything:
        raise InputError(f"'{shown}' is empty — add text to it or leave it out.")


def _utf8_lines(handle: io.BufferedReader, shown: str) -> Iterator[tuple[int, str | InputError]]:
    offset = 0
    for number, raw in enumerate(handle, start=1):
        try:
            yield number, decode_line(raw, offset, shown, number)
        except InputError as error:
            yield number, error
        offset += len(raw)


def _wide_lines(
    handle: io.BufferedReader, shown: str, codec: str
) -> Iterator[tuple[int, str | InputError]]:
    """The lines of a UTF-16 or UTF-32 file (it starts with its byte-order mark)."""
    text = io.TextIOWrapper(handle, encoding=codec, newline="\n")
    try:
        yield from enumerate(text, start=1)
    except UnicodeDecodeError as exc:
        raise InputError(wide_error(shown, codec, exc.start)) from exc
    finally:
        text.detach()


def _fields(line: str, number: int, shown: str, keys: tuple[str, ...]) -> Fields:
    """id, text and metadata of one line; extra fields are ignored."""
    where = f"'{shown}' line {number}"
    obj = json_object(line, where=where)
    ident = obj.get("id")
    if isinstance(ident, bool) or not isinstance(ident, (str, int)) or not str(ident).strip():
        raise InputError(f"{where} has no 'id' — give each line an 'id' (a string or integer).")
    if not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise InputError(f"{where} has no 'text' — give each line a non-empty 'text' string.")
    fields: Fields = {"id": str(ident), "text": obj["text"]}
    for key in keys:
        if not isinstance(obj.get(key), (str, type(None))):
            raise InputError(f"{where}: '{key}' must be a string — fix or remove it.")
        fields[key] = obj.get(key)
    if not all(_encodable(value) for value in fields.values()):
        raise InputError(f"{where} contains an invalid \\u escape (a lone surrogate) — fix it.")
    return fields


def _encodable(value: str | None) -> bool:
    """Whether a string can be written as UTF-8 (JSON escapes can smuggle in lone surrogates)."""
    try:
        (value or "").encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
