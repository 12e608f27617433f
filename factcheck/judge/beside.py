"""A figure as its text writes it, and the words next to it: what they say of the figure
(what befell what it counts, what was done with a sum, that it is a total) is read from them."""

from __future__ import annotations

import re

from factcheck.extract.patterns import regex

_WORD = regex(r"[\w'’-]+|[.,;:!?()]")
_BREAKS = frozenset(".,;:!?()") | {"and", "or", "while", "but", "with"}


def figure_in(text: str, figure: str) -> re.Match[str] | None:
    """Where `figure`, as written, stands in `text` as words of their own (not inside a longer
    number or word); None where the text does not give it."""
    return re.search(rf"(?<!\w){re.escape(figure)}(?!\w)", text) if figure else None


def words_beside(text: str, figure: str) -> tuple[list[str], list[str]] | None:
    """The words before `figure` (as written in `text`), nearest first, and after it, each
    up to the next figure or break: "560 recovered and 7 died" tells what befell the 560, not
    the 7. None where the text does not give the figure."""
    found = figure_in(text, figure)
    if found is None:
        return None
    before = _own_words(_WORD.findall(text[: found.start()])[::-1])
    return before, _own_words(_WORD.findall(text[found.end() :]))


def _own_words(words: list[str]) -> list[str]:
    """The words up to the first break or number."""
    own = []
    for word in words:
        if word.lower() in _BREAKS or word[0].isdigit():
            break
        own.append(word)
    return own
