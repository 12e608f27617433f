"""Worker processes that end with the process that started them.

`index` analyses sources and `verify` judges sentences in such workers. Each is started fresh
("spawn"): it inherits neither open files (a store's connection, the writer lock's file) nor
threads; Ctrl-C is left to the parent, which reports it; and a worker ends when its parent
does, even when the parent is killed outright, so that no run leaves orphans behind.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from factcheck.errors import WorkerLost

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")

# Processes at most that a command starts by default, whatever the number of CPUs: each
# holds what it works with (`verify`: a judge, with the combined judge's model).
MAX_DEFAULT_JOBS = 8
# How often a worker checks that the process that started it is still there.
WATCH_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def default_jobs(cpus: int | None) -> int:
    """Processes working by default: one per CPU, at most MAX_DEFAULT_JOBS."""
    return max(1, min(cpus or 1, MAX_DEFAULT_JOBS))


@contextmanager
def worker_pool(
    jobs: int, initializer: Callable[..., None], initargs: tuple[Any, ...] = ()
) -> Iterator[ProcessPoolExecutor]:
    """A pool of `jobs` workers, each set up by `initializer(*initargs)`; on leaving, the
    tasks not started are cancelled and the running ones waited for."""
    # Imported here: every command imports the indexer, and `check` must start quickly.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(), initializer, initargs),
    )
    try:
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)


def submit(pool: ProcessPoolExecutor, task: Callable[..., T], *args: Any) -> Future[T]:
    """`pool.submit(task, *args)`, with Ctrl-C held back while it may start a worker."""
    with _ctrl_c_held():
        return pool.submit(task, *args)


def result(future: Future[T]) -> T:
    """A task's result, or its error as raised in the worker; a worker that ended before giving
    it back is a `WorkerLost`, reported in one line as any other error."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as error:
        raise WorkerLost(
            "a worker process ended before finishing its work (was it killed, or out of "
            "memory?) — run again, or with --jobs 1 to work in one process."
        ) from error


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Ctrl-C held back (not lost) in this block, and never seen by workers started in it.

    A worker inherits the blocked signal through the start, so a Ctrl-C while it is still
    importing cannot print a traceback; the parent gets it on leaving the block. Blocking is
    per thread, and another thread of this process may take the signal, whose Python handler
    then runs here all the same: so the handler itself waits too, or a Ctrl-C could stop a
    worker's start half-way (the worker then fails reading its orders, with a traceback).
    """
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not on POSIX
        yield
        return
    caught: list[int] = []
    in_main = threading.current_thread() is threading.main_thread()
    handler = (
        signal.signal(signal.SIGINT, lambda number, _: caught.append(number)) if in_main else None
    )
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        if handler is not None:
            signal.signal(signal.SIGINT, handler)
    if caught:  # handed to the handler now back in place
        signal.raise_signal(signal.SIGINT)


def _start_worker(parent: int, initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    """Set a worker process up: Ctrl-C left to the parent, an end when the parent `parent` (a
    pid) ends, then the caller's own set-up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    if os.getppid() != parent:  # it ended before the line above took effect
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="watch-parent").start()
    initializer(*initargs)


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this process when its parent ends."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl here: the watch thread still ends it
        pass


def _watch(parent: int) -> None:
    """End this worker once its parent is no longer `parent` (it was re-parented)."""
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)
