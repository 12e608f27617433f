"""Error types and the exit statuses the command line returns."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes: 0 ok, 1 the gate failed, 2 usage or input error."""

    OK = 0
    GATE_FAILED = 1
    USAGE_ERROR = 2


class FactcheckError(Exception):
    """A problem with the user's input or environment; the message says what to do next."""


class InputError(FactcheckError):
    """A file, claim or argument that cannot be used."""


class StoreError(FactcheckError):
    """An evidence store that cannot be opened, read or written."""


class ReadOnlyStoreError(StoreError):
    """A store that can be searched but not written: a read-only file, folder or medium."""
