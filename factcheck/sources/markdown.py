"""The Markdown block rules that sources, sentence splitting, drafts and suppressions share.

Takes a document's text, never changed, and gives offsets into it:

- Front matter: a first line `---`, closed by a line `---` or `...`. `front_matter_span` is the
  block between those lines, `body_start` where the body after the closing line begins (0 when
  the text has none, or is a document that is not Markdown), `front_matter_fields` its simple
  `key: value` pairs (`front_matter_line` the line of one), `front_matter_problems` what is
  wrong with it, by line: an opening `---` never closed (the text then has no front matter),
  and lines that are not `key: value`, a comment, a list item or an indented value.
- Hidden blocks (`hidden_blocks`), from the body on, in order and never overlapping:
  - a fenced code block opens at a line of three or more backticks or tildes (at most three
    spaces of indent, an info string allowed) and closes at a line of the same character, at
    least as many of them and nothing else; an unclosed fence runs to the end of the text;
  - an HTML comment runs from `<!--` to the next `-->`; an unclosed comment runs to the end of
    the text, so that what the writer meant to hide is never read as prose or evidence.
  Whichever opens first wins: `<!--` inside a code block is code, and a fence line inside a
  comment is part of the comment.
- The title (`first_heading`): the first `# ` heading line of the body outside hidden blocks.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from factcheck.models import SourceDocument

MARKDOWN_SUFFIXES = (".md", ".markdown")

_FRONT_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_H1 = re.compile(r"^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


class Block(NamedTuple):
    """A span of the text that is not prose: a fenced code block (fences included) or a comment."""

    start: int
    end: int
    kind: Literal["code", "comment"]


def body_start(doc_or_text: SourceDocument | str) -> int:
    """Offset where the body starts after Markdown front matter (0 when there is none).

    A SourceDocument only has front matter when its path is a .md or .markdown file.
    """
    if isinstance(doc_or_text, SourceDocument):
        if not doc_or_text.path.lower().endswith(MARKDOWN_SUFFIXES):
            return 0
        doc_or_text = doc_or_text.text
    span = front_matter_span(doc_or_text)
    return span[1] if span else 0


def front_matter_span(text: str) -> tuple[int, int] | None:
    """(start of the front matter block, start of the body) when the text opens with `---`."""
    first_end = text.find("\n")
    if first_end < 0 or text[:first_end].rstrip() != "---":
        return None
    pos = first_end + 1
    while pos <= len(text):
        end = text.find("\n", pos)
        line_end = len(text) if end < 0 else end
        if text[pos:line_end].rstrip() in ("---", "..."):
            return first_end + 1, min(line_end + 1, len(text))
        if end < 0:
            return None
        pos = end + 1
    return None


def front_matter_fields(text: str) -> dict[str, str]:
    """The simple `key: value` pairs of the front matter, keys lower-cased.

    Only scalars are read: lists, mappings and multi-line values are ignored, not parsed.
    """
    span = front_matter_span(text)
    if span is None:
        return {}
    fields: dict[str, str] = {}
    for line in text[span[0] : span[1]].splitlines():
        match = _FRONT_LINE.fullmatch(line.rstrip())
        value = _front_matter_value(match.group(2)) if match else None
        if match and value is not None:
            fields[match.group(1).lower()] = value
    return fields


def front_matter_line(text: str, key: str) -> int | None:
    """The 1-based line of the front matter on which `key` is set (the last one), if any."""
    span = front_matter_span(text)
    if span is None:
        return None
    first = text.count("\n", 0, span[0]) + 1
    found = None
    for number, line in enumerate(text[span[0] : span[1]].splitlines(), start=first):
        match = _FRONT_LINE.fullmatch(line.rstrip())
        if match and match.group(1).lower() == key:
            found = number
    return found


def front_matter_problems(text: str) -> list[tuple[int, str]]:
    """(line, what is wrong) for front matter that is not what it seems, in file order.

    An opening `---` that is never closed (the whole text is then read as the body), and lines
    of the block that are neither `key: value`, nor a comment, nor part of a list or an
    indented value (YAML the simple reader skips, rather than garbage it should warn about).
    """
    first_end = text.find("\n")
    if first_end < 0 or text[:first_end].rstrip() != "---":
        return []
    span = front_matter_span(text)
    if span is None:
        return [
            (
                1,
                "front matter opened with '---' is never closed — close it with a '---' line, "
                "or remove the opening one; until then the whole file is read as text",
            )
        ]
    problems: list[tuple[int, str]] = []
    block = text[span[0] : span[1]].splitlines()[:-1]  # the closing line is not part of it
    for number, line in enumerate(block, start=2):
        if line.strip() and not _is_front_matter_line(line):
            problems.append(
                (
                    number,
                    f"front matter line {_clip(line)} is not 'key: value' — fix it, or move it "
                    "below the closing '---' if it is text; until then it is ignored",
                )
            )
    return problems


def _is_front_matter_line(line: str) -> bool:
    """A `key: value` line, a comment, a list item or an indented continuation."""
    return line[0] in " \t#-" or _FRONT_LINE.fullmatch(line.rstrip()) is not None


def _clip(line: str, width: int = 40) -> str:
    shown = line.strip()
    return repr(shown if len(shown) <= width else shown[: width - 1] + "…")


def _front_matter_value(raw: str) -> str | None:
    """A scalar value with its quotes removed; None for empty, null, lists and mappings."""
    raw = raw.strip()
    if not raw or raw[0] in "[{|>&*!":
        return None
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        inner = raw[1:-1]
        return inner.replace('\\"', '"') if raw[0] == '"' else inner.replace("''", "'")
    raw = re.sub(r"\s+#.*$", "", raw)
    return None if raw in ("null", "~", "Null", "NULL") else raw


def hidden_blocks(text: str, start: int = 0) -> list[Block]:
    """Fenced code blocks and HTML comments from `start` on (module rules)."""
    blocks: list[Block] = []
    fence = _FENCE.search(text, start)
    comment = _COMMENT.search(text, start)
    while fence is not None or comment is not None:
        if fence is not None and (comment is None or fence.start() < comment.start()):
            block = Block(fence.start(), _fence_end(text, fence), "code")
        else:
            assert comment is not None
            block = Block(comment.start(), comment.end(), "comment")
        blocks.append(block)
        # A match found before the block ended lies inside it; look again after the block.
        if fence is not None and fence.start() < block.end:
            fence = _FENCE.search(text, block.end)
        if comment is not None and comment.start() < block.end:
            comment = _COMMENT.search(text, block.end)
    return blocks


def comment_spans(text: str) -> list[tuple[int, int]]:
    """HTML comments alone, for text that is not Markdown and so has no code blocks."""
    return [match.span() for match in _COMMENT.finditer(text)]


def _fence_end(text: str, opening: re.Match[str]) -> int:
    """Where the code block an opening fence line starts ends: after its closing fence line."""
    for fence in _FENCE.finditer(text, opening.end()):
        if _closes(fence, opening.group(1)):
            return fence.end()
    return len(text)


def _closes(fence: re.Match[str], opening: str) -> bool:
    """Whether a fence line closes the fence opened with `opening`: same marker, no info."""
    marker = fence.group(1)
    bare = not fence.group().strip().strip(marker[0])
    return bare and marker[0] == opening[0] and len(marker) >= len(opening)


def first_heading(text: str, start: int = 0) -> str | None:
    """The text of the first `# ` heading from `start` on outside hidden blocks, if any."""
    hidden = iter(hidden_blocks(text, start))
    block = next(hidden, None)
    for heading in _H1.finditer(text, start):
        while block is not None and block.end <= heading.start():
            block = next(hidden, None)
        if block is None or heading.start() < block.start:
            return heading.group(1).strip()
    return None
