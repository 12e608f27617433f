"""A `verify` run as configured: the store, the drafts, the changed lines, the baseline.

What `factcheck verify` and `factcheck baseline` share, between the command line (which parses
flags and prints) and the library (which judges drafts).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from factcheck.config import Settings
from factcheck.drafts.baseline import Baseline, apply_baseline, read_baseline
from factcheck.drafts.draft import STDIN_PATH, Draft, load_drafts
from factcheck.drafts.git_changes import Changes, changed_lines
from factcheck.drafts.parallel import sharing
from factcheck.drafts.verify import Selection, everywhere, verify_drafts
from factcheck.errors import InputError
from factcheck.index.indexer import Warn
from factcheck.judge.claims import open_judge
from factcheck.models import Location, VerifyReport
from factcheck.progress import Progress
from factcheck.sources.markdown import MARKDOWN_SUFFIXES

# Drafts whose lines are the file's lines; in an HTML draft they count in the extracted text.
LINE_SUFFIXES = (*MARKDOWN_SUFFIXES, ".txt")


def run_verify(
    names: Sequence[str],
    settings: Settings,
    *,
    read_stdin: Callable[[], str],
    changed_since: str | None = None,
    use_baseline: bool = True,
    output: Path | None = None,
    warn: Warn = lambda message: None,
    progress: Progress | None = None,
) -> VerifyReport:
    """The drafts named, judged against the configured store; the baseline applied if asked.

    `output` is the file the caller will write (a report, a baseline): it must not be a draft.
    """
    if changed_since is not None and not changed_since.strip():
        raise InputError(
            "--changed-since: give a git revision, such as origin/main (an empty one names "
            "none) — or drop the flag to check every sentence."
        )
    known = _configured_baseline(settings, warn=warn) if use_baseline else None
    drafts = load_drafts(names, read_stdin, wanted=settings.wanted)
    if output is not None:
        _refuse_overwriting_drafts(drafts, output)
    only = changed_since_selection(drafts, changed_since) if changed_since else everywhere
    with open_judge(settings, warn=warn) as judge:
        judging = sharing(judge, settings)
        report = verify_drafts(
            drafts, judging, fail_on=settings.fail_on, only=only, progress=progress
        )
    if known is None:
        return report
    baseline, root = known
    return apply_baseline(report, baseline, settings.fail_on, root=root)


def _configured_baseline(settings: Settings, *, warn: Warn) -> tuple[Baseline, Path] | None:
    """The baseline to apply, and the folder its paths are relative to; None for none.

    A missing file named with --baseline is an error (a typo must not pass the gate silently);
    one named in the configuration file is not recorded yet, so every finding counts.
    """
    path = settings.baseline
    if path is None:
        return None
    if settings.origins["baseline"].kind == "file" and not os.path.exists(path):
        warn(
            f"no baseline at '{path}' yet (the 'baseline' setting of {settings.file}) — every "
            "failing result counts; record one with 'factcheck baseline DRAFTS...'."
        )
        return None
    return read_baseline(path), path.parent


def _refuse_overwriting_drafts(drafts: Sequence[Draft], output: Path) -> None:
    """An InputError when `output` is one of the drafts: writing it would destroy the draft."""
    for draft in drafts:
        if draft.path != STDIN_PATH and _same_file(Path(draft.path), output):
            raise InputError(
                f"'{output}' is one of the drafts being checked — refusing to overwrite it; "
                "give -o another file."
            )


def _same_file(draft: Path, output: Path) -> bool:
    try:
        return os.path.samefile(draft, output)
    except OSError:  # the output does not exist yet: it is no draft
        return False


def changed_since_selection(drafts: Sequence[Draft], revision: str) -> Selection:
    """Select the sentences on lines changed since `revision`, draft by draft."""
    changes = {draft.path: _draft_changes(draft.path, revision) for draft in drafts}

    def selected(location: Location) -> bool:
        return changes[location.path].touches(location.line, location.end_line)

    return selected


def _draft_changes(shown: str, revision: str) -> Changes:
    """A draft's changed lines; an HTML draft with any change is checked whole."""
    if shown == STDIN_PATH:
        raise InputError(
            "--changed-since compares files with git, not standard input — name the drafts."
        )
    path = Path(shown)
    changes = changed_lines(path, revision)
    if path.suffix.lower() in LINE_SUFFIXES or not changes.lines:
        return changes
    return Changes(whole=True)
