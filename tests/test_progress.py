"""The progress bar: what it draws, and that it only draws on a terminal without --quiet."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import progress as progress_module
from factcheck.progress import ProgressBar, SilentProgress, progress_bar
from factcheck.sources.read import bundled_evidence_dir


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_bar_shows_counts_rate_and_time_left() -> None:
    clock = Clock()
    bar = ProgressBar(
        io.StringIO(), label="index", unit="sources", also_unit="sentences", clock=clock
    )
    bar.start(300)
    clock.now += 10
    bar.advance(120, also=4210)
    assert bar.render() == (
        "index [█████████░░░░░░░░░░░░░░░] · 120/300 sources · 4,210 sentences"
        " · 421 sentences/s · 0:15 left"
    )


def test_without_secondary_items_the_rate_is_of_steps() -> None:
    clock = Clock()
    bar = ProgressBar(io.StringIO(), label="verify", unit="files", clock=clock)
    bar.start(4)
    clock.now += 2
    bar.advance(4)
    assert bar.render() == "verify [████████████████████████] · 4/4 files · 2 files/s"


def test_a_new_stage_ends_the_line_of_the_one_before_and_draws_its_own() -> None:
    clock, stream = Clock(), io.StringIO()
    bar = ProgressBar(stream, label="index", unit="sources", also_unit="sentences", clock=clock)
    bar.start(2)
    bar.advance(2, also=40)
    bar.phase("nearest-neighbour file", "sentences", 40)
    clock.now += 4
    bar.advance(40)
    bar.close()
    first, second = stream.getvalue().split("\n")[:2]
    assert "2/2 sources" in first and "nearest-neighbour" not in first
    assert second.lstrip("\r").startswith("nearest-neighbour file [")
    assert "40/40 sentences · 10 sentences/s" in second


def test_redraws_are_throttled_but_the_last_state_is_always_drawn() -> None:
    clock, stream = Clock(), io.StringIO()
    bar = ProgressBar(stream, label="index", unit="sources", clock=clock)
    bar.start(1000)
    for _ in range(998):
        bar.advance()  # the clock does not move: no redraw
    assert stream.getvalue().count("\r") == 1
    clock.now += 2 * progress_module.REDRAW_SECONDS
    bar.advance()
    bar.advance()  # finished: drawn whatever the clock says
    bar.close()  # nothing new to draw: only ends the line
    drawn = stream.getvalue()
    assert drawn.count("\r") == 3  # start, the timed redraw, the end
    assert drawn.endswith("\n")
    assert drawn.rstrip().endswith("1,000/1,000 sources · 5,000 sources/s")


def test_a_shorter_line_blanks_out_the_longer_one_before_it() -> None:
    clock, stream = Clock(), io.StringIO()
    bar = ProgressBar(stream, label="x", unit="files", clock=clock)
    bar.start(10)
    clock.now += 1
    bar.advance(1)  # "… 1 files/s · 0:09 left"
    clock.now += 1
    bar.advance(9)  # finished: no time left, a shorter line
    first, second = stream.getvalue().split("\r")[2:]
    assert len(second) >= len(first)


@pytest.mark.parametrize(
    ("stream", "quiet", "draws"),
    [(Terminal(), False, True), (Terminal(), True, False), (io.StringIO(), False, False)],
    ids=["terminal", "terminal-quiet", "not-a-terminal"],
)
def test_progress_bar_draws_only_on_a_terminal_without_quiet(
    stream: io.StringIO, quiet: bool, draws: bool
) -> None:
    with progress_bar(label="verify", unit="files", quiet=quiet, stream=stream) as progress:
        progress.start(2)
        progress.advance()
        progress.advance()
    assert isinstance(progress, ProgressBar) is draws
    assert isinstance(progress, SilentProgress) is not draws
    assert ("2/2 files" in stream.getvalue()) is draws
    assert stream.getvalue().endswith("\n") is draws


def _index_with_stderr(store: Path, *options: str, terminal: bool) -> tuple[int, str, str]:
    """`factcheck index` of the bundled sources, stderr on a pseudo-terminal or a pipe."""
    command = [
        sys.executable,
        "-m",
        "factcheck",
        "index",
        str(bundled_evidence_dir()),
        "--store",
        str(store),
        *options,
    ]
    return _run_with_stderr(command, terminal=terminal)


def _run_with_stderr(command: list[str], *, terminal: bool) -> tuple[int, str, str]:
    """Run a command with stderr on a pseudo-terminal or a pipe; its status, stdout, stderr."""
    if not terminal:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        return done.returncode, done.stdout, done.stderr
    leader, follower = os.openpty()
    try:
        done = subprocess.run(
            command, stdout=subprocess.PIPE, stderr=follower, text=True, check=False
        )
        os.close(follower)
        follower = -1
        return done.returncode, done.stdout, _read_all(leader)
    finally:
        if follower >= 0:
            os.close(follower)
        os.close(leader)


def _read_all(fd: int) -> str:
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal's other end is closed: all was read
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_index_shows_a_bar_on_a_terminal(tmp_path: Path) -> None:
    status, stdout, stderr = _index_with_stderr(tmp_path / "s.db", terminal=True)
    assert status == 0
    assert "indexed 5 new" in stdout
    assert "\rindex [" in stderr
    assert "5/5 sources" in stderr
    assert "sentences/s" in stderr


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_index_quiet_shows_no_bar_even_on_a_terminal(tmp_path: Path) -> None:
    status, stdout, stderr = _index_with_stderr(tmp_path / "s.db", "--quiet", terminal=True)
    assert (status, stderr) == (0, "")
    assert "indexed 5 new" in stdout


def test_index_shows_no_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    status, stdout, stderr = _index_with_stderr(tmp_path / "s.db", terminal=False)
    assert (status, stderr) == (0, "")
    assert "indexed 5 new" in stdout


def _verify_with_stderr(tmp_path: Path, *options: str, terminal: bool) -> tuple[int, str, str]:
    """`factcheck verify` of two small drafts, stderr on a pseudo-terminal or a pipe."""
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("Kazakhstan opened an embassy in Kabul in 2003.\n")
    command = [
        sys.executable,
        "-m",
        "factcheck",
        "verify",
        str(tmp_path / "a.md"),
        str(tmp_path / "b.md"),
        *options,
    ]
    return _run_with_stderr(command, terminal=terminal)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_verify_over_many_files_shows_a_bar_on_a_terminal(tmp_path: Path) -> None:
    status, stdout, stderr = _verify_with_stderr(tmp_path, terminal=True)
    assert status == 0
    assert "2 claims: 2 supported" in stdout
    assert "\rverify [" in stderr
    assert "2/2 files" in stderr


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_verify_quiet_shows_no_bar_even_on_a_terminal(tmp_path: Path) -> None:
    status, _, stderr = _verify_with_stderr(tmp_path, "--quiet", terminal=True)
    assert (status, stderr) == (0, "")


def test_verify_shows_no_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    status, _, stderr = _verify_with_stderr(tmp_path, terminal=False)
    assert (status, stderr) == (0, "")
