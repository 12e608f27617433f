"""Patterns compiled on first use: every one of them compiles, and each behaves exactly as
`re.compile` would."""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck.extract
import factcheck.judge
from factcheck.extract.patterns import regex


def _modules() -> Iterator[ModuleType]:
    for package in (factcheck.extract, factcheck.judge):
        for info in pkgutil.iter_modules(package.__path__, f"{package.__name__}."):
            yield importlib.import_module(info.name)


def _deferred(value: object, seen: set[int]) -> Iterator[re.Pattern[str]]:
    """The patterns made by `regex` in a module-level value, looking into containers."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if type(value).__name__ == "_OnFirstUse":
        yield value  # type: ignore[misc]
    elif isinstance(value, dict):
        for item in value.values():
            yield from _deferred(item, seen)
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _deferred(item, seen)


def test_every_pattern_of_the_extractors_and_the_judge_compiles() -> None:
    # A typo in a pattern no longer fails at import: it must fail here.
    found = 0
    for module in _modules():
        seen: set[int] = set()
        for value in vars(module).values():
            for pattern in _deferred(value, seen):
                assert pattern.groups >= 0, f"{module.__name__}: {pattern.pattern!r}"
                found += 1
    assert found > 200


def test_a_malformed_pattern_fails_on_first_use_with_re_error() -> None:
    broken = regex(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("unclosed")


def test_importing_the_judge_compiles_none_of_its_patterns() -> None:
    # What a cold `factcheck check` saves: patterns a claim never uses are never compiled.
    code = (
        "import re\n"
        "compiled = []\n"
        "real = re._compile\n"
        "def counting(pattern, flags):\n"
        "    compiled.append(pattern)\n"
        "    return real(pattern, flags)\n"
        "re._compile = counting\n"
        "import factcheck.judge.claims\n"
        "import factcheck.extract.patterns as p\n"
        "import gc\n"
        "deferred = [o for o in gc.get_objects() if type(o) is p._OnFirstUse]\n"
        "ours = {o.pattern for o in deferred}\n"
        "print(len(deferred), sum(1 for c in compiled if c in ours))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    deferred, compiled_at_import = map(int, done.stdout.split())
    assert deferred > 200
    assert compiled_at_import < 10  # the few that module-level tables are built with


_SOURCES = st.sampled_from(
    [r"\b(?:up to|about)\s+(\d+)", r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)", r"[a-z]+", r"^\s*$"]
)
_FLAGS = st.sampled_from([0, re.IGNORECASE, re.IGNORECASE | re.VERBOSE, re.MULTILINE])


@given(_SOURCES, _FLAGS, st.text(max_size=80))
def test_a_deferred_pattern_answers_as_re_compile_does(source: str, flags: int, text: str) -> None:
    deferred, compiled = regex(source, flags), re.compile(source, flags)
    assert [m.span() for m in deferred.finditer(text)] == [
        m.span() for m in compiled.finditer(text)
    ]
    assert deferred.sub("#", text) == compiled.sub("#", text)
    assert deferred.split(text) == compiled.split(text)
    assert bool(deferred.fullmatch(text)) == bool(compiled.fullmatch(text))
    assert deferred.groupindex == compiled.groupindex
    assert deferred.flags == compiled.flags


def test_a_deferred_pattern_survives_copy_and_pickle_before_and_after_use() -> None:
    for used in (False, True):
        pattern = regex(r"\d+ troops", re.I)
        if used:
            assert pattern.search("139 Troops")
        for twin in (
            copy.copy(pattern),
            copy.deepcopy(pattern),
            pickle.loads(pickle.dumps(pattern)),
        ):
            assert twin.pattern == pattern.pattern
            match = twin.search("sent 139 TROOPS")
            assert match is not None and match.group() == "139 TROOPS"
