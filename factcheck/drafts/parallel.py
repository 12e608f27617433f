"""Judging a draft's sentences in several processes, for the same verdicts sooner.

The sentences, in order, are cut into small tasks and given out in order: a few at a time to
each worker process (`factcheck.workers`), which has a judge of its own from the same settings
over the same store; and to this process, with its judge, whenever the first task due is still
in a worker, so this process is never idle and one worker fewer is started. Outcomes are given
back in the sentences' order, so the report is the one a single process would write, byte for
byte. An error in a worker is raised here, as the same exception, and reported as any other.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING

from factcheck.drafts.verify import Judging, Outcome, ToJudge, judge_sentence, one_by_one
from factcheck.workers import result, submit, worker_pool

if TYPE_CHECKING:
    from factcheck.config import Settings
    from factcheck.judge.claims import Judge

# Below this many sentences to judge (~2,000 words), one process judges them all. A worker
# starts, imports and opens its judge in ~1 s (~2 s with the combined judge's model) while this
# process judges alone, so sharing gains half of what is left after that: nothing below ~60
# sentences at ~17 ms each (rules) or ~40 ms (combined), under a second at 100, about a third
# of the run's time for a 5,000-word draft (docs/performance.md, "verify").
PARALLEL_MIN_SENTENCES = 100
# Sentences per task: small, so that the processes finish together and Ctrl-C waits little
# for the tasks running; large enough that passing them between processes costs little.
TASK_SENTENCES = 4
# Tasks given to each worker ahead of its results, so that it never waits for the next one.
TASKS_AHEAD = 2


def sharing(judge: Judge, settings: Settings) -> Judging:
    """Judging by `settings.jobs` processes (this one, with `judge`, and workers opening the
    judge `settings` ask for) when there are enough sentences; one by one otherwise."""
    alone = one_by_one(judge)
    jobs = settings.jobs

    def judging(to_judge: Sequence[ToJudge]) -> Iterator[Outcome]:
        if jobs <= 1 or len(to_judge) < PARALLEL_MIN_SENTENCES:
            return iter(alone(to_judge))
        return _shared(to_judge, judge, settings, jobs - 1)

    return judging


def _shared(
    to_judge: Sequence[ToJudge], judge: Judge, settings: Settings, workers: int
) -> Iterator[Outcome]:
    """The outcomes, in order, of sentences judged here and by `workers` worker processes.

    Tasks go out in order: a few at a time to each worker, so that none waits for work; and
    to this process whenever the first task not given back yet is still in a worker.
    """
    tasks = [to_judge[i : i + TASK_SENTENCES] for i in range(0, len(to_judge), TASK_SENTENCES)]
    ahead = TASKS_AHEAD * workers
    with worker_pool(min(workers, len(tasks)), _start_worker, (settings,)) as pool:
        given: deque[Future[list[Outcome]] | list[Outcome]] = deque()  # in the tasks' order
        out = 0  # tasks given out
        while given or out < len(tasks):
            while out < len(tasks) and sum(isinstance(g, Future) for g in given) < ahead:
                given.append(submit(pool, _judge_in_worker, tasks[out]))
                out += 1
            first = given[0]
            if isinstance(first, Future) and not first.done() and out < len(tasks):
                given.append([judge_sentence(one, judge) for one in tasks[out]])
                out += 1
                continue
            given.popleft()
            yield from result(first) if isinstance(first, Future) else first


# Set once per worker process: the settings, then the judge they ask for, opened on first use
# so that an error opening it is raised with a task's result, as the same exception.
_worker_settings: Settings | None = None
_worker_judge: Judge | None = None


def _start_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings


def _judge_in_worker(task: Sequence[ToJudge]) -> list[Outcome]:
    return [judge_sentence(one, _opened_judge()) for one in task]


def _opened_judge() -> Judge:
    """This worker's judge, over the store as the parent left it (it was brought up to date
    there), open for the worker's life: a worker never indexes."""
    global _worker_judge
    if _worker_judge is None:
        from factcheck.index.store import EvidenceStore
        from factcheck.judge.claims import judge_over

        assert _worker_settings is not None, "the pool's initializer sets the settings"
        store = EvidenceStore.open(_worker_settings.store, create=False)
        _worker_judge = judge_over(store, _worker_settings)
    return _worker_judge
