"""Bytes → text for every source format, or a one-line error naming the file and what to do.

A file is strict UTF-8 (a leading BOM removed), or UTF-16 or UTF-32 when it starts with their
byte-order mark (decoded to the characters it holds, newlines untouched). Anything else with NUL
bytes is refused: as UTF-16 without a byte-order mark when every other byte is NUL, else as a
binary file.

Standard input (`decode_input`) is UTF-8 (a byte-order mark dropped), or UTF-16 or UTF-32,
found by their byte-order mark or, for UTF-16 without one, by the NUL byte beside every ASCII
character; those are decoded with a warning, since a pipe has no file to re-save. Anything
else that is not UTF-8 is an InputError asking for UTF-8.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

from factcheck.errors import InputError

# Byte-order marks, the longer first: a UTF-32 mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "UTF-32", "utf-32-be"),
    (codecs.BOM_UTF8, "UTF-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "UTF-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "UTF-16", "utf-16-be"),
)
_SAMPLE = 4096  # bytes of standard input looked at for UTF-16 without a byte-order mark
_INTERLEAVED = 0.9  # the share of two-byte units that must be an ASCII character and a NUL
BINARY_MESSAGE = (
    "'{shown}' looks like a binary file (it contains NUL bytes) — "
    "give a UTF-8 text, Markdown, HTML or JSONL file."
)


def wide_codec(head: bytes) -> str | None:
    """The codec ("utf-16", "utf-32") whose byte-order mark the bytes start with, else None.

    That codec reads the mark and drops it.
    """
    name = next((name for bom, name, _ in _BOMS if head.startswith(bom)), "UTF-8")
    return None if name == "UTF-8" else name.lower()


def decode_text(data: bytes, shown: str) -> str:
    """A whole file's text (module rules); `shown` names the file in errors."""
    codec = wide_codec(data[:4])
    if codec is not None:
        try:
            return data.decode(codec)  # the codec drops the byte-order mark
        except UnicodeDecodeError as exc:
            raise InputError(wide_error(shown, codec, exc.start)) from exc
    if b"\x00" in data:
        raise InputError(_nul_message(data, shown))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(not_utf8_message(shown, exc.start)) from exc


def decode_line(raw: bytes, offset: int, shown: str, number: int) -> str:
    """One line of a UTF-8 file starting at byte `offset` (a BOM at the start removed)."""
    if offset == 0 and raw.startswith(codecs.BOM_UTF8):
        raw, offset = raw[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
    if b"\x00" in raw:
        raise InputError(
            f"'{shown}' line {number} contains NUL bytes — give a UTF-8 text file "
            "(re-save it as UTF-8 if it is UTF-16)."
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"'{shown}' line {number} is not UTF-8 text (invalid byte at offset "
            f"{offset + exc.start}) — re-save the file as UTF-8."
        ) from exc


def not_utf8_message(shown: str, offset: int) -> str:
    return f"'{shown}' is not UTF-8 text (invalid byte at offset {offset}) — re-save it as UTF-8."


def wide_error(shown: str, codec: str, offset: int) -> str:
    name = codec.upper()
    return (
        f"'{shown}' starts with a {name} byte-order mark but is not valid {name} (at byte "
        f"{offset}) — re-save it as UTF-8."
    )


def unreadable(shown: str, exc: OSError) -> InputError:
    reason = exc.strerror or type(exc).__name__
    return InputError(f"Cannot read '{shown}': {reason} — check that it is a readable file.")


def _nul_message(data: bytes, shown: str) -> str:
    """UTF-16 without a byte-order mark (NUL in every other byte of ASCII text), or binary."""
    half = len(data) // 2
    if half and max(data[0::2].count(0), data[1::2].count(0)) >= 0.8 * half:
        return f"'{shown}' looks like UTF-16 text without a byte-order mark — re-save it as UTF-8."
    return BINARY_MESSAGE.format(shown=shown)


class Decoded(NamedTuple):
    """Text decoded from bytes, and a warning when it was not UTF-8."""

    text: str
    warning: str | None = None


def decode_input(data: bytes, *, where: str = "standard input") -> Decoded:
    """Bytes as text: UTF-8, or UTF-16/UTF-32 with a warning (module rules)."""
    name, codec, body = _encoding(data)
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as error:
        offset = error.start + len(data) - len(body)
        raise InputError(
            f"{where.capitalize()} is not {name} text (invalid byte at offset {offset}) — "
            "give UTF-8 text (re-save the file as UTF-8)."
        ) from None
    if name == "UTF-8":
        return Decoded(text)
    return Decoded(text, f"{where} is {name}, not UTF-8: read as {name} — give UTF-8 to avoid this")


def _encoding(data: bytes) -> tuple[str, str, bytes]:
    """(name, codec, the bytes after any byte-order mark) of some text."""
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            return name, codec, data[len(bom) :]
    sample = data[: _SAMPLE - _SAMPLE % 2]
    units = len(sample) // 2
    if units and len(data) % 2 == 0:
        little = sum(
            1 for low, high in zip(sample[::2], sample[1::2], strict=True) if low and not high
        )
        big = sum(
            1 for high, low in zip(sample[::2], sample[1::2], strict=True) if low and not high
        )
        if little >= _INTERLEAVED * units:
            return "UTF-16", "utf-16-le", data
        if big >= _INTERLEAVED * units:
            return "UTF-16", "utf-16-be", data
    return "UTF-8", "utf-8", data
