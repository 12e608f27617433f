"""Error types and the exit statuses the command line returns."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes: 0 ok, 1 the gate failed, 2 usage or input error, 3 (`index`) some
    sources could not be read in full: the others are indexed, and the store keeps what it
    had of those."""

    OK = 0
    GATE_FAILED = 1
    USAGE_ERROR = 2
    INDEX_INCOMPLETE = 3


class FactcheckError(Exception):
    """A problem with the user's input or environment; the message says what to do next."""


class InputError(FactcheckError):
    """A file, claim or argument that cannot be used."""


class StoreError(FactcheckError):
    """An evidence store that cannot be opened, read or written."""
