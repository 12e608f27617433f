"""Hostile drafts and claims: pathological shapes in linear time, empty drafts, invisible and
control characters, standard input in other encodings, benchmark label spellings."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from factcheck.drafts.draft import make_draft
from factcheck.drafts.verify import verify_draft
from factcheck.extract.entities import AliasIndex
from factcheck.judge.claims import Judge
from factcheck.judge.retrieve import TextRetriever
from factcheck.models import Location

# ---------------------------------------------------------------- linear time

NO_EVIDENCE = Judge(TextRetriever([]), AliasIndex([]))


def _run(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: f"Kazakhstan sent 139 troops in 1993. {_run(unit, size)} in 1993.\n"


def _nested(size: int) -> str:
    return "[" * (size // 2) + "]" * (size // 2) + " in 1993."


def _suppressed_paragraph(size: int) -> str:
    """Many suppressions alone on their lines, all covering one long paragraph."""
    count = size // 80
    return '<!-- factcheck: ignore reason="x" -->\n' * count + "Kazakhstan sent 9 troops. " * (
        2 * count
    )


def _at_end(unit: str) -> Callable[[int], str]:
    return lambda size: f"Kazakhstan sent 139 troops in 1993. {_run(unit, size)}"


def _line_before(unit: str) -> Callable[[int], str]:
    return lambda size: f"{_run(unit, size)}x\nKazakhstan sent 139 troops.\n"


# Shapes that once took time growing with the square of the draft's size, and their cousins.
SHAPES: dict[str, Callable[[int], str]] = {
    "[": _repeat("["),
    "![": _repeat("!["),
    "[a": _repeat("[a"),
    "[^": _repeat("[^"),
    "nested brackets": _nested,
    "![a](": _repeat("![a]("),
    "[a](x(y)": _repeat("[a](x(y)"),
    "capitals in one word": _repeat("A"),
    "capitalised words": _repeat("Aa "),
    "hyphenated capitals": _repeat("A-"),
    "quotations": _repeat("“We were there,” Ashimbayev said. "),
    "suppressions over one paragraph": _suppressed_paragraph,
    "[ at the end": _at_end("["),
    "! at the end": _at_end("!"),
    ". at the end": _at_end("."),
    "footnote marks before a line": _line_before("[1]"),
    **{mark: _repeat(mark) for mark in ["(", "*", "_", "<", '"', "“", "`", "|", "-", "\\", "\n"]},
}
SMALL, LARGE = 12_500, 50_000


def _seconds(text: str) -> float:
    """Processor time of the draft pipeline on a text, judging included."""
    start = time.process_time()
    verify_draft(make_draft("d.md", text), NO_EVIDENCE)
    return time.process_time() - start


@pytest.mark.parametrize("shape", SHAPES)
def test_time_grows_linearly_with_a_pathological_draft(shape: str) -> None:
    """Four times the text takes well under sixteen times as long (the square would).

    Each size's best of three runs (a shared machine is noisy); the large text stops being
    timed as soon as one run is within the bound.
    """
    build = SHAPES[shape]
    small = max(min(_seconds(build(SMALL)) for _ in range(3)), 1e-3)
    large = build(LARGE)
    ratios = []
    for _ in range(3):
        ratios.append(_seconds(large) / small)
        if ratios[-1] < 9:
            return
    pytest.fail(f"{shape!r}: 4x the text took {min(ratios):.1f}x the time")


def test_suppressions_are_weighed_once_per_sentence_they_cover() -> None:
    """Asking whether a sentence is selected costs a count that grows with the draft, not its
    square: a thousand suppressions over one paragraph of two thousand sentences."""
    asked = 0

    def every(location: Location) -> bool:
        nonlocal asked
        asked += 1
        return True

    verify_draft(make_draft("d.md", _suppressed_paragraph(80_000)), NO_EVIDENCE, only=every)
    assert asked < 4 * 3_000
