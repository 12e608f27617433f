"""HTML pages → their readable text and metadata (title, author, date, URL, outlet).

Citations into an HTML source point into this extracted text: navigation, scripts and styles
are dropped, block elements, list items and table rows become paragraphs of their own, cells a
space apart, and whitespace inside a block is collapsed.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import NamedTuple

from factcheck.errors import InputError


def _tags(names: str) -> frozenset[str]:
    """A set of tag names from a space-separated string."""
    return frozenset(names.split())


_SKIPPED_TAGS = _tags("script style nav header footer aside form noscript svg template head")
_LINE_TAGS = _tags("br")
# Each item of a list and each row of a table says a thing of its own: a paragraph.
_ITEM_TAGS = _tags("li tr dt dd")
# Cells of a row, written side by side: a space between them.
_CELL_TAGS = _tags("td th")
_BLOCK_TAGS = _tags(
    "p div h1 h2 h3 h4 h5 h6 section article main blockquote pre table ul ol dl hr figure "
    "figcaption address"
)
_MAIN_TAGS = _tags("article main")


class _Line(NamedTuple):
    """An extracted line of page text, the newlines before it and whether it is main content."""

    text: str
    gap: int
    main: bool


class _PageText(HTMLParser):
    """Collects the readable text and the metadata of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[_Line] = []
        self.meta: dict[str, str] = {}
        self.title: list[str] | None = None
        self.h1: list[str] | None = None
        self._capture: set[str] = set()
        self._parts: list[str] = []
        self._skip = self._main = self._pre = self._gap = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Track the element: metadata, capture of title/h1, skipping, main content, breaks."""
        if tag in ("meta", "link"):
            self._read_meta(tag, {key: value or "" for key, value in attrs})
        elif tag == "body":
            self._skip = 0  # a <head> left unclosed must not hide the page
        self._start_capture(tag)
        self._break_at(tag)
        self._skip += tag in _SKIPPED_TAGS
        self._main += tag in _MAIN_TAGS
        self._pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        """Close the element: stop captures, break the line, leave skipped or main content."""
        if tag in self._capture:
            self._capture.discard(tag)
        self._break_at(tag)
        self._skip = max(0, self._skip - (tag in _SKIPPED_TAGS))
        self._main = max(0, self._main - (tag in _MAIN_TAGS))
        self._pre = max(0, self._pre - (tag == "pre"))

    def handle_data(self, data: str) -> None:
        """Add text to the open line (and to a title being captured) unless it is skipped."""
        for name in self._capture:
            getattr(self, name).append(data)
        if self._skip:
            return
        pieces = data.split("\n") if self._pre else [data]
        for number, piece in enumerate(pieces):
            if number:
                self._break(1)
            self._parts.append(piece)

    def text(self) -> str:
        """The extracted text: main content when an article or main element has any."""
        self._break(0)
        lines = [line for line in self.lines if line.main] or self.lines
        out: list[str] = []
        for number, line in enumerate(lines):
            out.append(("\n\n" if line.gap >= 2 else "\n") * (number > 0) + line.text)
        return "".join(out)

    def _start_capture(self, tag: str) -> None:
        """Start collecting the text of the first <title> and the first <h1>."""
        if tag in ("title", "h1") and getattr(self, tag) is None:
            setattr(self, tag, [])
            self._capture.add(tag)

    def _break_at(self, tag: str) -> None:
        """End the open line where a block element starts or ends."""
        if tag in _LINE_TAGS:
            self._break(1)
        elif tag in _BLOCK_TAGS or tag in _ITEM_TAGS:
            self._break(2)
        elif tag in _CELL_TAGS:
            self._parts.append(" ")

    def _break(self, newlines: int) -> None:
        """Finish the open line (whitespace collapsed) and ask for `newlines` before the next."""
        line = " ".join("".join(self._parts).split())
        self._parts = []
        if line:
            self.lines.append(_Line(line, self._gap, self._main > 0))
            self._gap = 0
        self._gap = max(self._gap, newlines)

    def _read_meta(self, tag: str, attrs: dict[str, str]) -> None:
        """Remember <meta name|property=... content=...> and <link rel=canonical href=...>."""
        if tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
            self.meta.setdefault("canonical", attrs.get("href", "").strip())
        key = (attrs.get("name") or attrs.get("property") or "").lower()
        if tag == "meta" and key and attrs.get("content", "").strip():
            self.meta.setdefault(key, attrs["content"].strip())


def _collapse(parts: list[str] | None) -> str:
    """Captured text pieces joined with whitespace runs collapsed to one space."""
    return " ".join("".join(parts or []).split())


# A "<" opening a tag, declaration or processing instruction that another "<" interrupts
# before any ">" closes it: the standard library's parser looks for its end from each such
# "<" to the end of the text, in time growing with the square of the page. Read as text.
# (Comments, "<!--", are closed by `_without_unclosed_comment` and may hold a "<".)
_UNCLOSED_TAG = re.compile(r"<(?!!--)(?=(?:[/!?]|[A-Za-z])[^<>]*(?:<|\Z))")


def _without_unclosed_comment(markup: str) -> str:
    """The page up to a comment that is never closed (a browser shows nothing after it).

    The standard library's parser searches for the missing "-->" again and again, in time
    growing with the square of what follows; one forward pass finds it instead.
    """
    position = 0
    while (start := markup.find("<!--", position)) != -1:
        end = markup.find("-->", start + 4)
        if end == -1:
            return markup[:start]
        position = end + 3
    return markup


def html_fields(markup: str, shown: str) -> dict[str, str | None]:
    """The extracted text and metadata of an HTML page."""
    page = _PageText()
    try:
        page.feed(_UNCLOSED_TAG.sub("&lt;", _without_unclosed_comment(markup)))
        page.close()
    except AssertionError as exc:  # html.parser asserts on some malformed declarations
        raise InputError(f"'{shown}' cannot be parsed as HTML ({exc}) — check the file.") from exc
    text = page.text()
    if not text.strip():
        raise InputError(f"'{shown}' has no readable text — check it is the page you meant.")
    meta = page.meta
    title = _collapse(page.title) or _collapse(page.h1)
    return {
        "text": text,
        "title": title or None,
        "author": meta.get("author") or None,
        "published": meta.get("article:published_time") or meta.get("date") or None,
        "url": meta.get("canonical") or meta.get("og:url") or None,
        "outlet": meta.get("og:site_name") or None,
    }
