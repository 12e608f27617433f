"""Lines of a file changed since a git revision, for `verify --changed-since REV`.

The one place that runs git: `git diff --unified=0 REV -- FILE` in the file's folder, whose hunk
headers give the changed lines of the file as it is now. A file git does not track is new, so
all of it counts as changed.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from factcheck.errors import InputError
from factcheck.models import Record

# `@@ -12,3 +14,2 @@`: the new file's lines 14 and 15; `+14,0` is a deletion after line 14.
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)


class Changes(Record):
    """What changed in a file: some lines (1-based, in the file as it is now), or all of it."""

    lines: frozenset[int] = frozenset()
    whole: bool = False

    def touches(self, line: int, end_line: int) -> bool:
        """Whether lines `line` to `end_line` (inclusive) hold a change."""
        return self.whole or any(line <= changed <= end_line for changed in self.lines)


def parse_diff(diff: str) -> frozenset[int]:
    """The changed lines a `--unified=0` diff names; a deletion touches the lines either side."""
    lines: set[int] = set()
    for hunk in _HUNK.finditer(diff):
        start = int(hunk.group(1))
        count = 1 if hunk.group(2) is None else int(hunk.group(2))
        lines.update(range(start, start + count) if count else (start, start + 1))
    return frozenset(lines)


def changed_lines(path: Path, revision: str) -> Changes:
    """The lines of `path` changed since `revision` (committed, staged or not)."""
    folder = path.absolute().parent
    _check_revision(revision, folder)
    if not _git(["ls-files", "--", path.name], folder).strip():
        return Changes(whole=True)
    diff = _git(
        ["diff", "--unified=0", "--no-color", "--no-ext-diff", revision, "--", path.name], folder
    )
    return Changes(lines=parse_diff(diff))


def _check_revision(revision: str, folder: Path) -> None:
    found = _run(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], folder)
    if found.returncode == 0:
        return
    if found.stderr.strip():
        raise _git_error(found.stderr, folder)
    raise InputError(
        f"--changed-since: unknown revision '{revision}' — give a commit, branch or tag "
        "(in a shallow CI clone, fetch it first)."
    )


def _git(args: list[str], folder: Path) -> str:
    done = _run(args, folder)
    if done.returncode != 0:
        raise _git_error(done.stderr, folder)
    return done.stdout


def _run(args: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            ["git", *args], cwd=folder, capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise InputError(
            "--changed-since needs git, which is not installed — install it or drop the flag."
        ) from None


def _git_error(stderr: str, folder: Path) -> InputError:
    detail = next((line for line in stderr.splitlines() if line.strip()), "git failed")
    return InputError(
        f"--changed-since: git cannot compare '{folder}' ({detail.strip()}) — "
        "run it in a git checkout, or drop --changed-since."
    )
