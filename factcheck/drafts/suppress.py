"""Inline suppressions in drafts: `<!-- factcheck: ignore reason="why" -->`.

A suppression is a whole HTML comment as the Markdown rules of `factcheck.sources.markdown` find
it (in any draft), so one inside a code block or inside another comment is not read, and neither
is an unclosed one.
A suppression alone on its line covers the paragraph that follows it; one with text after it on
the same line covers the next sentence only. A suppressed result is still judged and reported,
marked `suppressed` with the reason, but does not fail the gate.

Problems reported (`DraftProblem.code`; verdicts are FC001–FC004 in the report formats):

- `FC101` a suppression without a reason (`ignore` with no or an empty reason); it suppresses
  nothing.
- `FC102` an unused suppression: it covers no result that fails the gate.
- `FC103` an invalid suppression: a `factcheck:` comment that is not `ignore reason="…"`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Literal

from factcheck.drafts.draft import Draft, DraftSentence
from factcheck.models import DraftProblem, Location, Record
from factcheck.sources.markdown import hidden_blocks

WITHOUT_REASON = "FC101"
UNUSED = "FC102"
INVALID = "FC103"
EXAMPLE = '<!-- factcheck: ignore reason="why the sentence is right" -->'

_DIRECTIVE = re.compile(r"<!--\s*factcheck\s*:(?P<body>.*?)-->", re.DOTALL | re.IGNORECASE)
_IGNORE = re.compile(
    r"\s*ignore(?:\s+reason\s*=\s*(?:\"(?P<dq>[^\"]*)\"|“(?P<cq>[^”]*)”|'(?P<sq>[^']*)'))?\s*",
    re.IGNORECASE,
)


class Suppression(Record):
    """An `ignore` comment with its reason and what it covers: a sentence or a paragraph."""

    start: int
    end: int
    location: Location
    reason: str
    scope: Literal["sentence", "paragraph"]


def find_suppressions(draft: Draft) -> tuple[list[Suppression], list[DraftProblem]]:
    """The suppressions of a draft, and problems with malformed ones."""
    located = draft.locator()
    found: list[Suppression] = []
    problems: list[DraftProblem] = []
    for block in hidden_blocks(draft.text, draft.start):
        if block.kind != "comment":
            continue
        match = _DIRECTIVE.fullmatch(draft.text, block.start, block.end)
        if match is None:
            continue
        location = located(match.start(), match.end())
        ignore = _IGNORE.fullmatch(match.group("body"))
        if ignore is None:
            directive = " ".join(match.group("body").split())
            problems.append(_problem(location, INVALID, f"unknown directive “{directive}”"))
            continue
        reason = " ".join(
            (ignore.group("dq") or ignore.group("cq") or ignore.group("sq") or "").split()
        )
        if not reason:
            problems.append(_problem(location, WITHOUT_REASON, "suppression without a reason"))
            continue
        scope = _scope(draft.text, match.start(), match.end())
        found.append(
            Suppression(
                start=match.start(), end=match.end(), location=location, reason=reason, scope=scope
            )
        )
    return found, problems


def _problem(location: Location, code: str, what: str) -> DraftProblem:
    return DraftProblem(
        location=location,
        code=code,
        message=f"{what} — write {EXAMPLE}; it silences nothing until then",
    )


def _scope(text: str, start: int, end: int) -> Literal["sentence", "paragraph"]:
    """'paragraph' for a comment alone on its line, else 'sentence'."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end < 0 else line_end]
    alone = not text[line_start:start].strip() and not after.strip()
    return "paragraph" if alone else "sentence"


class Coverage:
    """Which of a draft's sentences each suppression covers, found by bisection.

    `sentences` are a draft's, in order (so by start and by paragraph); a suppression covers
    a run of them, given as a range of their positions.
    """

    def __init__(self, sentences: Sequence[DraftSentence]) -> None:
        self.sentences = sentences
        self._starts = [sentence.start for sentence in sentences]
        # _paragraph_end[i]: the position after the last sentence of sentence i's paragraph.
        self._paragraph_end = list(range(1, len(sentences) + 1))
        for pos in range(len(sentences) - 2, -1, -1):
            if sentences[pos].paragraph == sentences[pos + 1].paragraph:
                self._paragraph_end[pos] = self._paragraph_end[pos + 1]

    def of(self, suppression: Suppression) -> range:
        """The sentences a suppression covers: the next one, or every one of the next paragraph."""
        first = bisect_left(self._starts, suppression.end)
        if first == len(self.sentences):
            return range(first, first)
        if suppression.scope == "sentence":
            return range(first, first + 1)
        return range(first, self._paragraph_end[first])


def unused(suppression: Suppression) -> DraftProblem:
    """The problem reported for a suppression that silences nothing."""
    return DraftProblem(
        location=suppression.location,
        code=UNUSED,
        message=(
            f"unused suppression (reason “{suppression.reason}”): no result it covers fails "
            "the gate — remove it"
        ),
    )
