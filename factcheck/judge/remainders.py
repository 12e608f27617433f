"""A share given to one party and "the rest" to another: in "Tarvia Track will meet 85 percent
of the cost and Quist Rail the rest", the 85 percent is Tarvia Track's, never Quist Rail's."""

from __future__ import annotations

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms

_NAME = r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}"
_REST = regex(
    rf"\band\s+(?:by\s+|to\s+)?(?:the\s+)?(?P<other>{_NAME})\s+(?:the|its|their)\s+"
    r"(?:rest|remainder|balance|remaining\s+\w+)\b"
)


def left_the_rest(subject: str, text: str, figure: str) -> str | None:
    """The name the text leaves "the rest" to after giving `figure` (as written in it) to
    another, where the claim's `subject` is that name; None otherwise."""
    at = text.find(figure) if figure else -1
    if at < 0 or not subject:
        return None
    theirs = set(terms(subject))
    if theirs & set(terms(text[:at])):
        return None  # the claim's party is named before the figure: it may well be its own
    rest = _REST.search(text, at + len(figure))
    if rest is None or not theirs & set(terms(rest["other"])):
        return None
    return rest.group(0).removeprefix("and ").strip()
