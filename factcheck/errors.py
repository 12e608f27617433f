"""Error types and the exit statuses the command line returns."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes: 0 ok, 1 the gate failed, 2 usage or input error, 3 (`index`) some
    sources could not be read in full, 70 a bug.

    1 only ever means "the gate failed": a crash is never 1 (`docs/reliability.md`).
    """

    OK = 0
    GATE_FAILED = 1
    USAGE_ERROR = 2
    # index: the others are indexed, and the store keeps what it had of the unreadable ones
    INDEX_INCOMPLETE = 3
    INTERNAL_ERROR = 70  # an exception no command expected: a bug (sysexits' EX_SOFTWARE)
    INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C
    BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of standard output went away (`| head`)


class FactcheckError(Exception):
    """A problem with the user's input or environment; the message says what to do next."""


class InputError(FactcheckError):
    """A file, claim or argument that cannot be used."""


class StoreError(FactcheckError):
    """An evidence store that cannot be opened, read or written."""


class WorkerLost(FactcheckError):
    """A worker process ended before giving its result back (killed, or out of memory)."""


class ReadOnlyStoreError(StoreError):
    """A store that can be searched but not written: a read-only file, folder or medium."""
