"""The command line's standard streams, and its last line of defence.

`out` writes standard output, `say` standard error, `stdin_text` reads standard input, so that
a closed, full or broken stream is a one-line error, never a traceback. `GuardedGroup` is the
click group whose every failure ends in an `ExitStatus`, so that exit status 1 stays the
gate's alone (`docs/reliability.md`). Only the command line uses this module.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

import click

from factcheck.errors import ExitStatus, InputError

# --- the streams ---------------------------------------------------------------------------------


def out(text: str, *, nl: bool = True) -> None:
    """Text on standard output; when it cannot be written, `OutputFailed` (never a silent loss)."""
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        raise OutputFailed(None)
    with writing_stdout():
        click.echo(text, nl=nl)  # echo flushes, so a failure shows here, not at exit


def say(message: str, *, nl: bool = True) -> None:
    """A line on standard error; when standard error itself fails, there is no one to tell."""
    with suppress(OSError):
        click.echo(message, err=True, nl=nl)


def stdin_text(warn: Callable[[str], None]) -> str:
    """All of standard input as text: UTF-8, or UTF-16 or UTF-32 with a warning.

    Closed, or text in another encoding, is an input error.
    """
    from factcheck.sources.text import decode_input

    if sys.stdin is None:
        raise InputError(
            "Standard input is closed — pipe the text in, or name files instead of '-'."
        )
    decoded = decode_input(sys.stdin.buffer.read())
    if decoded.warning:
        warn(decoded.warning)
    return decoded.text


def on_terminal(stream: IO[str] | None) -> bool:
    """Whether a standard stream is a terminal; a closed one (None) is not."""
    return stream is not None and stream.isatty()


class OutputFailed(Exception):
    """Standard output could not be written (closed, full, a pipe whose reader went away).

    Not an OSError, so that click's own handling (exit 1 on a broken pipe) lets it through.
    """

    def __init__(self, cause: OSError | None) -> None:
        self.cause = cause
        reason = "it is closed" if cause is None else cause.strerror or type(cause).__name__
        super().__init__(
            f"Cannot write to standard output ({reason}) — "
            "redirect it to a file or a program that can take it, and run again."
        )

    @property
    def broken_pipe(self) -> bool:
        """The reader went away (`factcheck check ... | head -1`): stop quietly, as CLIs do."""
        return isinstance(self.cause, BrokenPipeError)


@contextmanager
def writing_stdout() -> Iterator[None]:
    """Writes to standard output in this block: a failure becomes `OutputFailed`."""
    try:
        yield
    except OSError as error:
        raise OutputFailed(error) from error


# --- the guard -----------------------------------------------------------------------------------


class GuardedCommand(click.Command):
    """A command whose help, printed while its arguments are parsed, may fail to print."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        with _parsing_arguments():
            return super().make_context(*args, **kwargs)


class GuardedGroup(click.Group):
    """The `factcheck` group: no traceback reaches the user, and exit status 1 is the gate's.

    Whatever a command does not handle ends in one of `ExitStatus`: a bug is 3 ("internal
    error"), standard output that cannot be written 2, a reader that went away 141, Ctrl-C 130.
    """

    command_class = GuardedCommand

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        with _guarded(), _parsing_arguments():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        with _guarded():
            return super().invoke(ctx)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        with _guarded():
            return super().main(*args, **kwargs)


@contextmanager
def _parsing_arguments() -> Iterator[None]:
    """Parsing may print help or the version: a failure to print it is `OutputFailed` too."""
    try:
        with writing_stdout():
            yield
    except click.exceptions.Exit as done:
        if done.exit_code == 0 and sys.stdout is None:  # click prints nothing when it is closed
            raise OutputFailed(None) from None
        raise


@contextmanager
def _guarded() -> Iterator[None]:
    """Exit with a documented status and at most one line for whatever escapes a command."""
    try:
        yield
    except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
        raise  # click reports these itself, with their own exit statuses
    except (Exception, KeyboardInterrupt) as error:
        sys.exit(failure_status(error))


def failure_status(error: BaseException) -> int:
    """Say what went wrong on one line of standard error; the exit status it ends with."""
    if isinstance(error, OutputFailed):
        _silence_stdout()
        if error.broken_pipe:
            return ExitStatus.BROKEN_PIPE
        say(f"Error: {error}")
        return ExitStatus.USAGE_ERROR
    if isinstance(error, KeyboardInterrupt):
        say("Interrupted.")
        return ExitStatus.INTERRUPTED
    frames = traceback.extract_tb(error.__traceback__)
    where = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    say(
        f"internal error: {type(error).__name__}: {error}{where} — please report it, "
        "with the command you ran."
    )
    return ExitStatus.INTERNAL_ERROR


def _silence_stdout() -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (AttributeError, OSError, ValueError):
        pass  # not a file (a test's buffer) or closed: nothing is left to flush
