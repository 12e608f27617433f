"""Drafts → the sentences to judge, each located in its file by line and column.

A draft is Markdown (`.md`, `.markdown`, standard input), plain text (`.txt`) or HTML (`.html`,
`.htm`). What is not prose is masked: every character of it becomes a space (newlines kept), so
the masked text has the file's length and every offset, line and column stays exact.

Not prose in Markdown: front matter, fenced code blocks, headings (ATX and setext), tables,
link reference definitions, HTML comments and tags, images, link targets (`[text](url)` keeps
`text`), footnote marks, block-quote markers, emphasis and code delimiters, backslash escapes.
Front matter, fenced code blocks and HTML comments are found by `factcheck.sources.markdown`, the
rules evidence is read by too (an unclosed fence or comment hides the rest of the draft); the
other rules here are the drafts' own. In plain text only HTML comments are masked. An HTML draft
is read through the page-text extraction of `factcheck.sources.read`, so its lines and columns
point into the extracted text (and its headings, no longer marked there, are read as prose).

A draft is read normalised (`factcheck.extract.normalise`): invisible and control characters
are removed before anything else, and every span maps back to the text as written, so lines
and columns count in the file as it is.

A quotation that runs over several sentences is kept in one sentence, so it is judged whole.

A draft file that cannot be checked (empty, blank, front matter only, not UTF-8 text, binary,
unreadable) is still a `Draft`, with the reason in `problem`: `verify` reports it as problem
`FC104` and checks the other drafts. A path that is not a draft file at all (missing, or of
another type) named on the command line is an InputError; standard input with no text is one
too (the pipe gave nothing).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from factcheck.errors import InputError
from factcheck.extract.normalise import TextMap, normalise
from factcheck.extract.segment import split_text
from factcheck.models import Location, Record, Sentence
from factcheck.sources.markdown import (
    MARKDOWN_SUFFIXES,
    body_start,
    comment_spans,
    hidden_blocks,
)
from factcheck.sources.read import read_source_file

DRAFT_SUFFIXES = (*MARKDOWN_SUFFIXES, ".txt", ".html", ".htm")
STDIN_PATH = "<stdin>"
NOT_CHECKED = "FC104"  # the problem code of a draft that cannot be checked
DROPPED = "\x00"  # an inline mark in `Draft.reading` (normalised text has no NUL of its own)
MAX_MERGED = 8  # sentences a quotation may span before it is taken as unclosed

_ATX_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t][^\n]*)?$", re.MULTILINE)
_SETEXT = re.compile(r"^[ \t]{0,3}[^\s|>#-][^\n]*\n[ \t]{0,3}(?:=+|-{2,})[ \t]*$", re.MULTILINE)
_TABLE_ROW = re.compile(r"^[ \t]{0,3}\|[^\n]*$", re.MULTILINE)
_REFERENCE = re.compile(r"^[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S[^\n]*$", re.MULTILINE)
# Link texts, labels and image targets hold no bracket (as in CommonMark), so each `[` is tried
# only as far as the next bracket: a run of `[` or `![` takes linear time, not its square.
_FOOTNOTE_LABEL = re.compile(r"\[\^[^\[\]\s]+\]:?")
_IMAGE = re.compile(r"!\[[^\[\]\n]*\](?:\([^)\[\n]*\)|\[[^\[\]\n]*\])")
_LINK = re.compile(
    r"(\[)[^\[\]\n]+(\](?:\((?:[^()\[\s]|\([^()\[\s]*\))*(?:\s+\"[^\"\n]*\")?\)|\[[^\[\]\n]*\]))"
)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]+>")
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_QUOTE_MARKER = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
_EMPHASIS = re.compile(
    r"(?<![\w*~])(?:\*{1,3}|_{1,3}|~~)(?=[^\s*_~])|(?<=[^\s*_~\\])(?:\*{1,3}|_{1,3}|~~)(?![\w*~])"
)
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_BACKTICKS = re.compile(r"`+")
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"


class Draft(Record):
    """A draft's text as read, normalised, and the same with everything that is not prose masked.

    `written` is the text as read (locations count in it); `text` is it normalised, and every
    offset of a draft (sentences, suppressions, quotations) counts in `text`; `removed` maps
    them back. `prose` is `text` with spaces where it is not prose; `reading` is the same
    except that inline marks (emphasis, link brackets and targets, tags) are NUL, so a
    sentence's text drops them instead of leaving a space (`*Kabul*.` reads `Kabul.`).
    """

    path: str
    written: str
    text: str
    prose: str
    reading: str
    start: int = 0
    removed: TextMap = TextMap()
    problem: str | None = None  # why it cannot be checked (empty, unreadable), if it cannot

    def locator(self) -> Callable[[int, int], Location]:
        """Where a span [start, end) of `text` stands in the draft as written."""
        lines = line_starts(self.written)
        return lambda start, end: locate(
            lines, self.path, self.removed.start(start), self.removed.end(end)
        )


class DraftSentence(Record):
    """A prose sentence of a draft: its span, its text with whitespace collapsed, its location."""

    path: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    location: Location


def load_drafts(
    names: Sequence[str],
    read_stdin: Callable[[], str],
    *,
    wanted: Callable[[Path], bool] = lambda path: True,
) -> list[Draft]:
    """The drafts named, in order: files, folders expanded, and `-` for standard input.

    Of the drafts found in a folder, only those `wanted` are read; files named are always read.
    """
    drafts: list[Draft] = []
    for name in dict.fromkeys(names):
        if name != "-" and Path(name).is_dir():
            drafts.extend(_read_found(path) for path in _folder_drafts(name, wanted))
            continue
        if name != "-":
            drafts.append(read_draft(Path(name)))
            continue
        text = read_stdin()
        if not text.strip():
            raise InputError("No draft on standard input — pipe the text, or name draft files.")
        drafts.append(make_draft(STDIN_PATH, text))
    return drafts


def _folder_drafts(name: str, wanted: Callable[[Path], bool]) -> list[Path]:
    """The drafts `wanted` in a folder and the folders below it, hidden ones left out."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(name):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(folder) / file
            for file in sorted(files)
            if not file.startswith(".") and file.lower().endswith(DRAFT_SUFFIXES)
        )
    if not found:
        raise InputError(
            f"'{name}' holds no drafts — give .md, .markdown, .txt, .html or .htm files."
        )
    return [draft for draft in found if wanted(draft)]


def read_draft(path: Path) -> Draft:
    """Read a draft file (Markdown, text or HTML).

    A path that is no draft file (missing, another type) is an InputError; a draft file that
    cannot be checked (empty, unreadable) is a Draft with that `problem`.
    """
    shown = str(path)
    if not path.is_file():
        raise InputError(f"No such draft: '{shown}' — check the path.")
    suffix = path.suffix.lower()
    if suffix not in DRAFT_SUFFIXES:
        raise InputError(
            f"Unsupported draft type: '{shown}' — give .md, .markdown, .txt, .html or .htm files."
        )
    try:
        [doc] = read_source_file(path, display_path=shown)
    except InputError as error:
        return unchecked_draft(shown, str(error))
    return make_draft(shown, doc.text, markdown=suffix in MARKDOWN_SUFFIXES)


def _read_found(path: Path) -> Draft:
    """A draft found in a folder: whatever is wrong with it is its problem, not the run's."""
    try:
        return read_draft(path)
    except InputError as error:  # gone since the folder was listed, or a broken link
        return unchecked_draft(str(path), str(error))


def unchecked_draft(path: str, problem: str) -> Draft:
    """A draft that cannot be checked, and why."""
    return Draft(path=path, written="", text="", prose="", reading="", problem=problem)


def make_draft(path: str, text: str, *, markdown: bool = True) -> Draft:
    """A draft from its text: Markdown structure masked, or only HTML comments in plain text."""
    written = text
    text, removed = normalise(written)
    start = body_start(text) if markdown else 0
    blank = markdown_blocks(text, start) if markdown else comment_spans(text)
    inline = markdown_marks(text) if markdown else []
    reading = mask(mask(text, inline, DROPPED), blank, " ")
    prose = reading.replace(DROPPED, " ")
    nothing = f"'{path}' has no text to check — add text to it or leave it out."
    return Draft(
        path=path,
        written=written,
        text=text,
        prose=prose,
        reading=reading,
        start=start,
        removed=removed,
        problem=None if text[start:].strip() else nothing,
    )


def mask(text: str, spans: Iterable[tuple[int, int]], fill: str) -> str:
    """The text with every character inside the spans, except newlines, replaced by `fill`."""
    chars = list(text)
    for start, end in spans:
        for pos in range(start, end):
            if chars[pos] != "\n":
                chars[pos] = fill
    return "".join(chars)


def markdown_blocks(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Spans of a Markdown text that are not prose and stand apart from it (module rules)."""
    spans = [(0, start), *((block.start, block.end) for block in hidden_blocks(text, start))]
    for pattern in (_ATX_HEADING, _SETEXT, _TABLE_ROW, _REFERENCE, _AUTOLINK, _QUOTE_MARKER):
        spans.extend(_spans(pattern, text))
    return spans


def markdown_marks(text: str) -> list[tuple[int, int]]:
    """Spans of inline Markdown marks, attached to the words around them."""
    spans: list[tuple[int, int]] = []
    for pattern in (_IMAGE, _TAG, _FOOTNOTE_LABEL, _EMPHASIS, _ESCAPE, _BACKTICKS):
        spans.extend(_spans(pattern, text))
    for match in _LINK.finditer(text):
        spans.extend([match.span(1), match.span(2)])
    return spans


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def draft_sentences(draft: Draft) -> list[DraftSentence]:
    """The prose sentences of a draft in order, quotations kept whole."""
    found = split_text(draft.prose, source_id=draft.path, start=draft.start)
    located = draft.locator()
    return [
        DraftSentence(
            path=draft.path,
            index=index,
            paragraph=first.paragraph,
            start=first.start,
            end=last.end,
            text=" ".join(draft.reading[first.start : last.end].replace(DROPPED, "").split()),
            location=located(first.start, last.end),
        )
        for index, (first, last) in enumerate(_quotation_groups(found, draft.prose))
    ]


def _quotation_groups(
    sentences: Sequence[Sentence], prose: str
) -> Iterator[tuple[Sentence, Sentence]]:
    """(first, last) sentence of each run joined because a quotation opened and not closed."""
    pos = 0
    while pos < len(sentences):
        last = pos
        while (
            last + 1 < len(sentences)
            and last - pos < MAX_MERGED
            and sentences[last + 1].paragraph == sentences[pos].paragraph
            and _open_quotation(prose[sentences[pos].start : sentences[last].end])
        ):
            last += 1
        yield sentences[pos], sentences[last]
        pos = last + 1


def _open_quotation(text: str) -> bool:
    """Whether a curly or straight double quotation opened in the text is not closed."""
    opened = sum(text.count(mark) for mark in _OPEN_QUOTES)
    closed = sum(text.count(mark) for mark in _CLOSE_QUOTES)
    return opened > closed or text.count('"') % 2 == 1


def line_starts(text: str) -> list[int]:
    """The offset where each line starts."""
    return [0, *(match.end() for match in re.finditer("\n", text))]


def position(lines: Sequence[int], offset: int) -> tuple[int, int]:
    """(line, column), both 1-based, of an offset."""
    line = bisect_right(lines, offset)
    return line, offset - lines[line - 1] + 1


def locate(lines: Sequence[int], path: str, start: int, end: int) -> Location:
    """The Location of the span [start, end) of a file."""
    line, column = position(lines, start)
    end_line, end_column = position(lines, end)
    return Location(path=path, line=line, column=column, end_line=end_line, end_column=end_column)
