"""Split text into sentences with exact spans: `text[s.start:s.end] == s.text`, always.

The rules, kept simple on purpose:

1. Fenced code blocks and HTML comments produce no sentences and separate the text around them.
   They are found by the Markdown rules of `factcheck.sources.markdown`, shared with drafts: an
   unclosed fence or comment runs to the end of the text.
2. A blank line ends a block. A `#` heading line is a sentence of its own and a line starting
   with a list marker (`- `, `* `, `+ `, `1. `, then optionally `^ `) starts one; the markers are
   not part of the span.
3. A single newline ends the sentence when the line before it is heading-like: at most
   60 characters (or ending in `|`), not ending in terminal or continuing punctuation, and the
   next line does not start lowercase. Otherwise the newline is whitespace (wrapped prose).
4. A sentence ends at `.`, `!` or `?` (then optional closing quotes or brackets and footnote
   marks like `[9]`) followed by whitespace and an uppercase letter, digit or opening quote.
   After a title (`TITLES`: Mr., Dr., St., ...) it never ends. After another abbreviation
   (`ABBREVIATIONS`, dotted initialisms such as U.N. or e.g., single initials such as J.) it ends
   only before a newline, two spaces, or a common sentence starter (`STARTERS`), never before a
   digit (Dec. 20).
5. Pieces with no letter or digit are dropped; such a line (`---|`, `***`) also separates.

Paragraphs: every block, heading, list item and heading-like line starts one. In a block where
no sentence spans a line break (one paragraph per line), a sentence starting a line starts one.
Lines are counted by `\\n` and columns in characters, both from 1.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise
from typing import NamedTuple

from factcheck.extract.patterns import regex
from factcheck.models import Sentence, SourceDocument
from factcheck.sources.markdown import body_start, hidden_blocks


def _words(text: str) -> frozenset[str]:
    """The set of space-separated words in a string."""
    return frozenset(text.split())


TITLES = _words("Mr Mrs Ms Dr Prof Gen Col Lt Sgt Sen Rep Gov Pres St")
ABBREVIATIONS = _words(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jr Sr etc vs No Nos Co Inc Ltd Corp al cf Fig"
)
STARTERS = _words(
    "The This These There That It Its In A An He She They We I As But However Meanwhile According"
)
HEADING_MAX = 60

_OPENERS = "\"'\u201c\u2018\u00ab\u201e"  # straight, curly double and single, guillemet
_CLOSERS = "\"'\u201d\u2019)]"
_DASHES = "\u2013\u2014"  # en and em dash
_NOT_HEADING_END = ".!?\u2026,;:-(/&" + _DASHES
# Tried only where a run of terminal marks begins: a match from inside a run would be one from
# its beginning, and trying every position of a long run (`!!!!…`) took the square of its length.
_TERMINAL = regex(r"(?<![.!?])[.!?]+[\"'\u201d\u2019)\]]*(?:\[(?:\d{1,3}|[a-z])\])*(?=\s)")
_FOOTNOTE = regex(r"\[(?:\d{1,3}|[a-z])\]\Z")
_FOOTNOTE_CHARS = 5  # the longest footnote mark, `[123]`
_INITIALISM = regex(r"(?:[^\W\d_]\.)+[^\W\d_]")
_NEXT_WORD = regex(r"[\"'\u201c\u2018\u00ab\u201e]*(\w+)")
_NON_SPACE = regex(r"\S")
_HEADING = regex(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_CLOSING_HASHES = regex(r"[ \t]+#+$")
_ITEM = regex(r"[ \t]*(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+(?:\^[ \t]+)?")


class _Line(NamedTuple):
    """A non-blank line: its content span (markers and outer whitespace excluded) and kind."""

    start: int
    end: int
    kind: str  # "heading", "item" or "plain"


def split_sentences(doc: SourceDocument) -> list[Sentence]:
    """The sentences of a source document, skipping Markdown front matter."""
    return split_text(doc.text, source_id=doc.id, start=body_start(doc))


def split_text(text: str, *, source_id: str = "", start: int = 0) -> list[Sentence]:
    """The sentences of `text` from offset `start`, with offsets into the whole text."""
    start = min(max(start, 0), len(text))
    newlines = [match.start() for match in re.finditer("\n", text)]
    sentences: list[Sentence] = []
    paragraph = -1
    for block in _blocks(text, start):
        for begin, end, new_paragraph in _block_sentences(text, block):
            paragraph += new_paragraph
            line = bisect_left(newlines, begin) + 1
            line_start = newlines[line - 2] + 1 if line > 1 else 0
            sentences.append(
                Sentence(
                    source_id=source_id,
                    index=len(sentences),
                    paragraph=paragraph,
                    line=line,
                    column=begin - line_start + 1,
                    start=begin,
                    end=end,
                    text=text[begin:end],
                )
            )
    return sentences


def _blocks(text: str, start: int) -> list[list[_Line]]:
    """Runs of non-blank lines, split at blank lines, code fences and HTML comments."""
    blocks: list[list[_Line]] = []
    for region_start, region_end in _regions(text, start):
        current: list[_Line] = []
        for line_start, line_end in _line_spans(text, region_start, region_end):
            line = _classify(text, line_start, line_end)
            if line is not None:
                current.append(line)
            elif current:
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
    return blocks


def _regions(text: str, start: int) -> list[tuple[int, int]]:
    """The parts of text after `start` outside code fences and HTML comments."""
    regions: list[tuple[int, int]] = []
    pos = start
    for block in hidden_blocks(text, start):
        if block.start > pos:
            regions.append((pos, block.start))
        pos = block.end
    regions.append((pos, len(text)))
    return regions


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line between two offsets, newlines excluded."""
    pos = start
    while True:
        newline = text.find("\n", pos, end)
        if newline < 0:
            yield pos, end
            return
        yield pos, newline
        pos = newline + 1


def _classify(text: str, start: int, end: int) -> _Line | None:
    """A line's kind and content span; None for a line with no content."""
    end = _rstrip(text, start, end)
    kind = "plain"
    if match := _HEADING.match(text, start, end):
        kind, start = "heading", match.end()
        if closing := _CLOSING_HASHES.search(text, start, end):
            end = closing.start()
    elif match := _ITEM.match(text, start, end):
        kind, start = "item", match.end()
    start = _lstrip(text, start, end)
    return _Line(start, end, kind) if start < end else None


def _lstrip(text: str, start: int, end: int) -> int:
    """The first offset in [start, end) that is not whitespace (or end)."""
    while start < end and text[start].isspace():
        start += 1
    return start


def _rstrip(text: str, start: int, end: int) -> int:
    """The end of [start, end) with trailing whitespace removed."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _block_sentences(text: str, block: list[_Line]) -> list[tuple[int, int, bool]]:
    """(start, end, starts a paragraph) of each sentence of a block."""
    units = [_unit_sentences(text, start, end) for start, end in _units(text, block)]
    wrapped = any("\n" in text[start:end] for spans in units for start, end in spans)
    found: list[tuple[int, int, bool]] = []
    for spans in units:
        for number, (start, end) in enumerate(spans):
            at_line_start = number > 0 and "\n" in text[spans[number - 1][1] : start]
            found.append((start, end, number == 0 or (at_line_start and not wrapped)))
    return found


def _units(text: str, block: list[_Line]) -> list[tuple[int, int]]:
    """Spans that no sentence crosses: headings, list items and lines after heading-like ones."""
    units: list[tuple[int, int]] = []
    previous: _Line | None = None
    for line in block:
        if previous is None or _starts_unit(text, previous, line):
            units.append((line.start, line.end))
        else:
            units[-1] = (units[-1][0], line.end)
        previous = line
    return units


def _starts_unit(text: str, previous: _Line, line: _Line) -> bool:
    """Whether a line cannot continue the sentence of the line before it."""
    if line.kind != "plain" or previous.kind == "heading":
        return True
    if not (
        _has_word(text, previous.start, previous.end) and _has_word(text, line.start, line.end)
    ):
        return True  # a rule such as `---` or `===` separates what is around it
    return _heading_like(text[previous.start : previous.end]) and not text[line.start].islower()


def _heading_like(line: str) -> bool:
    """Whether a line reads as a heading or label rather than part of a sentence."""
    if line.endswith("|"):
        return True
    core = _without_footnotes(line).rstrip(_CLOSERS)
    return len(line) <= HEADING_MAX and not (core and core[-1] in _NOT_HEADING_END)


def _without_footnotes(line: str) -> str:
    """A line without the footnote marks (`[9]`, `[a]`) it ends with, found from its end."""
    end = len(line)
    while mark := _FOOTNOTE.search(line, max(0, end - _FOOTNOTE_CHARS), end):
        end = mark.start()
    return line[:end]


def _unit_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stripped sentence spans of a unit that contain a letter or digit."""
    cuts = [m.end() for m in _TERMINAL.finditer(text, start, end) if _ends(text, m, end)]
    edges = [start, *cuts, end]
    spans = [(_lstrip(text, a, b), _rstrip(text, a, b)) for a, b in pairwise(edges)]
    return [(a, b) for a, b in spans if _has_word(text, a, b)]


def _has_word(text: str, start: int, end: int) -> bool:
    """Whether a span contains a letter or digit."""
    return any(char.isalnum() for char in text[start:end])


def _ends(text: str, terminal: re.Match[str], end: int) -> bool:
    """Whether the terminal punctuation matched ends a sentence (see the module rules)."""
    following = _NON_SPACE.search(text, terminal.end(), end)
    if following is None or not _opens_sentence(following.group()):
        return False
    if terminal.group() != ".":
        return True
    word = _word_before(text, terminal.start())
    if word in TITLES:
        return False
    if not _is_abbreviation(word):
        return True
    if following.group().isdigit():
        return False
    gap = text[terminal.end() : following.start()]
    return "\n" in gap or len(gap) >= 2 or _next_word(text, following.start(), end) in STARTERS


def _opens_sentence(char: str) -> bool:
    """Whether a character can begin a sentence: uppercase or uncased letter, digit, quote."""
    return char.isdigit() or char in _OPENERS or (char.isalpha() and not char.islower())


def _word_before(text: str, dot: int) -> str:
    """The word ending at a full stop, without opening punctuation or a hyphenated prefix."""
    begin = dot
    while begin > 0 and dot - begin < 40 and not text[begin - 1].isspace():
        begin -= 1
    word = text[begin:dot].lstrip(_OPENERS + "([")
    return re.split(rf"[-/({_DASHES}]", word)[-1]


def _is_abbreviation(word: str) -> bool:
    """Whether a word before a full stop is an abbreviation, initialism or single initial."""
    if word in ABBREVIATIONS or _INITIALISM.fullmatch(word):
        return True
    return len(word) == 1 and word.isalpha() and word.isupper()


def _next_word(text: str, start: int, end: int) -> str:
    """The word starting at `start`, opening quotes skipped."""
    match = _NEXT_WORD.match(text, start, end)
    return match.group(1) if match else ""
