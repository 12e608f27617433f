"""Regular expressions compiled when first used, not when their module is imported.

The extractors and the judge hold some 250 patterns, many of them long alternations of words;
compiling them all took a cold `factcheck check` ~90 ms, though one claim uses about half of
them (80-130 on the bundled claims). A pattern made by `regex` compiles on its first search
and from then on hands out the compiled pattern's own methods, so a hot loop pays nothing for
the deferral.
"""

from __future__ import annotations

import re
from typing import Any, cast

# The methods callers use, bound once compiled so that later calls skip `__getattr__`.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _OnFirstUse:
    """Stands in for `re.compile(source, flags)` until an attribute other than `pattern` is
    read."""

    def __init__(self, source: str, flags: int) -> None:
        self.pattern = source  # read without compiling when patterns are pieced together
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Reached only for attributes not yet set: the first use, then the rarely read ones
        # (`groups`, `flags`, `groupindex`), which the compiled pattern answers. A copy being
        # built (copy, pickle) asks before `__init__` has run: it gets no pattern to compile.
        if name.startswith("__") or name in ("pattern", "_flags"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self._compiled = compiled
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"regex({self.pattern!r}, {self._flags!r})"


def regex(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, done on the pattern's first use.

    A malformed pattern raises `re.error` on first use rather than at import: the tests use
    every module's patterns (tests/test_patterns.py compiles them all).
    """
    return cast("re.Pattern[str]", _OnFirstUse(source, int(flags)))
