"""`verify --jobs N`: a long draft judged by several processes, with the report of one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from fixtures.processes import children, survivors

from factcheck.cli import main
from factcheck.config import Flags, load_settings
from factcheck.drafts import parallel
from factcheck.drafts.draft import load_drafts
from factcheck.drafts.verify import ToJudge, _plan, everywhere
from factcheck.errors import StoreError, WorkerLost
from factcheck.judge.claims import open_judge
from factcheck.workers import _ctrl_c_held, result, submit, worker_pool

REPO = Path(__file__).parent.parent
# Sentences of every kind a draft holds: figures the bundled sources state or contradict,
# figures they say nothing of, a quotation, a question and an opinion (both skipped).
PARAGRAPHS = [
    "Kazakhstan sent {n} troops to the Golan Heights in {year}. The mission lasted {n} days.",
    'The minister said "we will send {n} observers" in {year}. Was that wise?',
    "Kazakhstan opened an embassy in Kabul in {year}. I think it was a good idea.",
    "The first contingent of {n} military personnel served from March {year}.",
]


def long_draft(folder: Path, paragraphs: int) -> Path:
    """A Markdown draft of `paragraphs` paragraphs (about two sentences each)."""
    body = "\n\n".join(
        PARAGRAPHS[i % len(PARAGRAPHS)].format(n=100 + 13 * i, year=1990 + i % 35)
        for i in range(paragraphs)
    )
    path = folder / "long.md"
    path.write_text(f"# A long draft\n\n{body}\n", encoding="utf-8")
    return path


def verify(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["verify", *map(str, args)])


@pytest.fixture
def every_draft_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    """Share even a short draft out, in tasks of two sentences, so that all take turns."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN_SENTENCES", 0)
    monkeypatch.setattr(parallel, "TASK_SENTENCES", 2)


@pytest.mark.parametrize("judge", ["rules", "combined"])
@pytest.mark.parametrize("fmt", ["json", "table"])
@pytest.mark.usefixtures("every_draft_shared")
def test_shared_out_the_report_is_byte_for_byte_that_of_one_process(
    tmp_path: Path, judge: str, fmt: str
) -> None:
    draft = long_draft(tmp_path, 30)
    examples = REPO / "examples" / "drafts"
    args = [draft, examples, "--judge", judge, "--format", fmt, "--show-skipped"]
    alone = verify(*args, "--jobs", "1")
    shared = verify(*args, "--jobs", "3")
    assert alone.exit_code == shared.exit_code == 1, alone.output  # a contradiction in each
    assert shared.stdout == alone.stdout
    assert shared.stderr == alone.stderr == ""


def test_a_short_draft_starts_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_MIN_SENTENCES", 1_000)

    def no_pool(*args: object) -> None:
        raise AssertionError("a worker was started for a short draft")

    monkeypatch.setattr(parallel, "worker_pool", no_pool)
    assert verify(long_draft(tmp_path, 30), "--jobs", "2").exit_code == 1


@pytest.mark.usefixtures("every_draft_shared")
def test_an_error_in_a_worker_is_raised_as_it_is(tmp_path: Path) -> None:
    """Here the workers' store is gone: the error reaches the command as the one-line kind."""
    settings = load_settings(Flags(jobs=2), cwd=tmp_path, env=os.environ)
    gone = settings.model_copy(update={"store": tmp_path / "gone.db"})
    [draft] = load_drafts([str(long_draft(tmp_path, 10))], lambda: "", wanted=settings.wanted)
    to_judge: list[ToJudge] = list(_plan(draft, everywhere).to_judge)
    with open_judge(settings) as judge, pytest.raises(StoreError, match=r"gone\.db"):
        list(parallel.sharing(judge, gone)(to_judge))


def test_a_worker_that_ends_abruptly_is_a_one_line_error() -> None:
    with worker_pool(1, int) as pool:
        ended = submit(pool, os._exit, 9)
        with pytest.raises(WorkerLost, match="--jobs 1"):
            result(ended)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
@pytest.mark.parametrize(
    ("how", "after"),
    [(signal.SIGINT, "start"), (signal.SIGINT, "work"), (signal.SIGKILL, "work")],
)
def test_an_interrupted_verify_leaves_no_worker(
    tmp_path: Path, how: signal.Signals, after: str
) -> None:
    """Ctrl-C (to the whole process group, as a terminal sends it) while the workers start or
    work: status 130, one line, no traceback; Ctrl-C or kill -9: no worker outlives it."""
    draft = long_draft(tmp_path, 600)
    command = [sys.executable, "-m", "factcheck", "verify", str(draft), "--jobs", "2", "--quiet"]
    run = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not children(run.pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        if after == "work":
            time.sleep(1.5)
        workers = children(run.pid)
        assert run.poll() is None and workers, "the run ended before it could be stopped"
        if how == signal.SIGINT:
            os.killpg(run.pid, how)
        else:
            os.kill(run.pid, how)
        _, stderr = run.communicate(timeout=60)
    finally:
        run.kill()
    assert not survivors(workers), "a worker outlived verify"
    if how == signal.SIGINT:
        assert (run.returncode, stderr) == (130, "Interrupted.\n")


def test_ctrl_c_taken_by_another_thread_waits_until_a_worker_has_started() -> None:
    """The signal may reach any thread not blocking it; its handler still runs in the main
    thread, and must not stop a worker's start half-way (that printed a worker's traceback)."""
    finished = False
    with pytest.raises(KeyboardInterrupt), _ctrl_c_held():
        sender = threading.Thread(target=os.kill, args=(os.getpid(), signal.SIGINT))
        sender.start()
        sender.join()
        time.sleep(0.1)  # time enough for the handler to run, were it not held
        finished = True
    assert finished
