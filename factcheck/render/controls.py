"""Control characters made visible in the formats people read (table, markdown, github, html),
and a cited sentence put between quotation marks once.

A draft, a source or a file name may hold characters a terminal or a viewer would act on
instead of showing: ESC (`ESC [ 2 J` clears the screen, `ESC [ 31 m` colours what follows),
BEL, backspace and a lone CR (which overwrite what is shown), the other C0 and C1 controls,
and the bidirectional controls that reorder text on screen. `visible` writes each as an
escape, `\\x1b` or `\\u202e`, so the report shows what is there. Tab, LF and CR are left to each
format, which lays them out or escapes them itself; `one_line` escapes those too, for a field
that must stay on its line (a path in a table). Text without such characters is unchanged.
"""

from __future__ import annotations

import re

_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_HIDDEN = re.compile(f"[{_CONTROLS}{_BIDI}]")
_HIDDEN_OR_BREAK = re.compile(f"[\t\n\r{_CONTROLS}{_BIDI}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """The text with control and bidirectional characters, but tab, LF and CR, as escapes."""
    return _HIDDEN.sub(_escape, text)


def one_line(text: str) -> str:
    """The text with control and bidirectional characters, tab, LF and CR too, as escapes."""
    return _HIDDEN_OR_BREAK.sub(_escape, text)


def quoted(text: str) -> str:
    """A cited sentence between quotation marks; one that opens with its own ("“We are
    ready,” the minister said.") is shown as it is, its marks not doubled."""
    return text if text.startswith(_OPENING_MARKS) else f"“{text}”"


_OPENING_MARKS = ("“", '"', "‘", "«", "„")
