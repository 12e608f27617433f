"""Progress of long work (indexing, checking many files): a bar on a terminal, silence elsewhere.

The bar goes to standard error and only when it is a terminal and the user did not ask for
`--quiet`, so piped output and CI logs never fill with carriage returns.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol, TextIO

REDRAW_SECONDS = 0.1
BAR_WIDTH = 24


class Progress(Protocol):
    """What long work reports to."""

    def start(self, total: int) -> None:
        """There are `total` steps to do."""
        ...

    def advance(self, done: int = 1, *, also: int = 0) -> None:
        """`done` more steps are finished, having handled `also` more secondary items."""
        ...

    def phase(self, label: str, unit: str, total: int) -> None:
        """The work goes on to a stage of its own, of `total` steps counted in `unit`."""
        ...


class SilentProgress:
    """Progress that shows nothing (not a terminal, or --quiet)."""

    def start(self, total: int) -> None:
        """Ignore the total."""

    def advance(self, done: int = 1, *, also: int = 0) -> None:
        """Ignore the step."""

    def phase(self, label: str, unit: str, total: int) -> None:
        """Ignore the stage."""


class ProgressBar:
    """`index [██████░░░░] · 120/300 sources · 4,210 sentences · 1,234 sentences/s · 0:42 left`.

    Redrawn in place at most every REDRAW_SECONDS; the rate is of the secondary items when there
    are any (sentences say more about speed than documents of any length), else of the steps.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        label: str,
        unit: str,
        also_unit: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.label = label
        self.unit = unit
        self.also_unit = also_unit
        self.clock = clock
        self.total: int | None = None
        self.done = self.also = 0
        self._started = clock()
        self._drawn_at: float | None = None
        self._drawn = (-1, -1)  # the counts last drawn
        self._width = 0

    def start(self, total: int) -> None:
        """Set the number of steps and draw the empty bar."""
        self.total = total
        self._started = self.clock()
        self._draw()

    def advance(self, done: int = 1, *, also: int = 0) -> None:
        """Count finished steps; redraw when the last drawing is old enough or work is done."""
        self.done += done
        self.also += also
        now = self.clock()
        finished = self.total is not None and self.done >= self.total
        if finished or self._drawn_at is None or now - self._drawn_at >= REDRAW_SECONDS:
            self._draw()

    def phase(self, label: str, unit: str, total: int) -> None:
        """End the line of the stage before (if drawn) and start a bar of its own below it:
        `index [...] · 300/300 sources`, then `nearest-neighbour file [...] · 1,000,000/...`."""
        self.close()
        self.label, self.unit, self.also_unit = label, unit, None
        self.done = self.also = 0
        self._drawn_at, self._drawn, self._width = None, (-1, -1), 0
        self.start(total)

    def close(self) -> None:
        """Draw the final state and end the line, if anything was drawn."""
        if self._drawn_at is None:
            return
        if self._drawn != (self.done, self.also):
            self._draw()
        self.stream.write("\n")
        self.stream.flush()

    def render(self) -> str:
        """The bar's text for the current counts."""
        elapsed = max(self.clock() - self._started, 1e-9)
        total = self.total or 0
        filled = BAR_WIDTH * self.done // total if total else 0
        parts = [
            f"{self.label} [{'█' * filled}{'░' * (BAR_WIDTH - filled)}]",
            f"{self.done:,}/{total:,} {self.unit}",
        ]
        if self.also_unit:
            parts.append(f"{self.also:,} {self.also_unit}")
        rate_count, rate_unit = (
            (self.also, self.also_unit) if self.also_unit else (self.done, self.unit)
        )
        parts.append(f"{rate_count / elapsed:,.0f} {rate_unit}/s")
        if 0 < self.done < total:
            parts.append(f"{_clock_time(elapsed * (total - self.done) / self.done)} left")
        return " · ".join(parts)

    def _draw(self) -> None:
        line = self.render()
        # Pad over the previous, possibly longer, line instead of relying on ANSI codes.
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)
        self._drawn_at = self.clock()
        self._drawn = (self.done, self.also)


def _clock_time(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def shows_progress(stream: TextIO, *, quiet: bool) -> bool:
    """Whether to draw a bar on `stream`: a terminal, and the user did not ask for quiet."""
    isatty = getattr(stream, "isatty", None)
    return not quiet and callable(isatty) and bool(isatty())


@contextmanager
def progress_bar(
    *,
    label: str,
    unit: str,
    also_unit: str | None = None,
    quiet: bool = False,
    stream: TextIO | None = None,
) -> Iterator[Progress]:
    """A bar on standard error (or `stream`) when it is a terminal and not quiet, else silence.

    `with progress_bar(label="verify", unit="files") as progress: progress.start(len(files))`
    then `progress.advance()` after each file; the bar's line is ended when the block exits.
    """
    stream = stream if stream is not None else sys.stderr
    if not shows_progress(stream, quiet=quiet):
        yield SilentProgress()
        return
    bar = ProgressBar(stream, label=label, unit=unit, also_unit=also_unit)
    try:
        yield bar
    finally:
        bar.close()
