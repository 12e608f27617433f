"""Claims and drafts as the checks read them: invisible and control characters removed, every
offset mapped back to the text as written.

Removed, wherever they stand (inside a word too, so `Kaz\u200bakh` reads `Kazakh`):

- invisible format characters (Unicode category Cf): zero-width space, non-joiner and joiner
  (U+200B–U+200D), word joiner (U+2060), byte-order mark (U+FEFF), directional marks,
  embeddings, overrides and isolates, and the rest of Cf except the visible prepended
  concatenation marks (U+0600–U+0605, U+06DD, U+070F, U+0890–U+0891, U+08E2, U+110BD, U+110CD)
  and the soft hyphen (U+00AD), which is kept: the extractors read it as a break between words,
  as they do in sources, and one benchmark claim's mojibake (`Â\u00adhumans`) reads `humans`
  only because of it;
- control characters that are not whitespace (category Cc: NUL, BEL, backspace, ESC, DEL, the C1
  controls), and whole terminal escape sequences (`ESC [ 31 m`, `ESC ] … BEL`), so that text
  pasted from a terminal reads as it looked there.

Whitespace is kept as it is (CR, tab, form feed and the other whitespace controls included): the
extractors read any whitespace as a space. Nothing else changes: no Unicode normalisation forms,
no case folding, no quote straightening (the matchers do their own folding).

`normalise` gives the text and a `TextMap`; `TextMap.start` and `TextMap.end` turn a span of
the normalised text into the span of the text as written that holds it, so a draft's line and
column still point into the file.

"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from factcheck.extract.patterns import regex
from factcheck.models import Record

# Control characters that are not whitespace (C0, DEL, C1 but NEL), and format characters.
_CONTROLS = "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"
_FORMATS = (
    "\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_REMOVED = regex(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # a control sequence: colours, cursor moves
    r"|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)"  # an operating-system command: titles, links
    rf"|[{_CONTROLS}{_FORMATS}]+"
)


class TextMap(Record):
    """Where the removed characters were: after `cuts[i]` characters of the normalised text,
    `shifts[i]` characters had been removed in all."""

    cuts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    def start(self, offset: int) -> int:
        """The offset as written of the character at `offset` (a span's start)."""
        found = bisect_right(self.cuts, offset)
        return offset + (self.shifts[found - 1] if found else 0)

    def end(self, offset: int) -> int:
        """The offset as written just after the character before `offset` (a span's end)."""
        found = bisect_left(self.cuts, offset)
        return offset + (self.shifts[found - 1] if found else 0)


class Normalised(NamedTuple):
    """A text as the checks read it, and the map back to the text as written."""

    text: str
    removed: TextMap


def normalise(text: str) -> Normalised:
    """The text without invisible and control characters (module rules), with its map."""
    kept: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    pos = length = removed = 0
    for match in _REMOVED.finditer(text):
        kept.append(text[pos : match.start()])
        length += match.start() - pos
        removed += match.end() - match.start()
        if cuts and cuts[-1] == length:
            shifts[-1] = removed
        else:
            cuts.append(length)
            shifts.append(removed)
        pos = match.end()
    if not cuts:
        return Normalised(text, TextMap())
    kept.append(text[pos:])
    return Normalised("".join(kept), TextMap(cuts=tuple(cuts), shifts=tuple(shifts)))


def clean(text: str) -> str:
    """The text without invisible and control characters, when no offsets are needed."""
    return _REMOVED.sub("", text)
