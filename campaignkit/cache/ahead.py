"""Make memo entries on both cores while the build goes on, before the build asks for them.

mkdocs-static-i18n builds one language after another in one process, but much of the
work (reading and checking a language's catalogues, translating a page, the English
page's round-trip check) depends on nothing else. Such jobs run in forked processes,
in groups (one English page's jobs together, so it is cut into units once) and in
stages the build needs one after another, and leave their results in the build's memo,
where the build then finds them. The memo is keyed by every input's content, so a page
or catalogue saved meanwhile simply misses and is worked out again; a job that fails
leaves its work to the build, which reports the problem itself. Where processes cannot
be forked (not Linux, one core), or with CAMPAIGNKIT_WORKERS=0 in the environment, the build
does it all itself.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable

from .collector import settle_before_fork

WORKERS = "CAMPAIGNKIT_WORKERS"  # how many processes (2 unless set); 0 for none
WORKERS_AT_MOST = 2
WORTH_IT = 4  # fewer jobs than this are quicker done in this process than in new ones

Job = Callable[[], object]
_groups: dict[int, list[list[Job]]] = {}  # by pool: inherited by its forked workers, which run them by index
_keys = itertools.count()


class Ahead:
    """Stages of job groups running in other processes, in order; `wait(stage)` before reading a stage's results.

    The processes are forked as the pool is made, so they know the modules imported by then: import
    what every job needs before, once, rather than once in each process.
    """

    def __init__(self, stages: dict[str, list[list[Job]]], most: int | None = None) -> None:
        self.pool: ProcessPoolExecutor | None = None
        self.futures: dict[str, list[Future]] = {}
        stages = {name: [group for group in groups if group] for name, groups in stages.items()}
        workers = min(workers_wanted(), os.cpu_count() or 1)
        if most is not None:  # a pool that runs beside this process's own work
            workers = min(workers, most)
        if sum(len(group) for groups in stages.values() for group in groups) < WORTH_IT or workers < 1 \
                or not can_fork():
            return
        self.key = next(_keys)
        _groups[self.key] = [group for groups in stages.values() for group in groups]
        workers = min(workers, len(_groups[self.key]))
        settle_before_fork()
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
        index = 0
        for name, groups in stages.items():  # the pool takes them first come, first served
            self.futures[name] = [self.pool.submit(_run, self.key, number)
                                  for number in range(index, index + len(groups))]
            index += len(groups)

    def wait(self, stage: str | None = None) -> None:
        """Until a stage's groups (or, with none named, all) have finished or failed."""
        if self.pool is None:
            return
        for name, futures in self.futures.items():
            if stage is None or name == stage:
                for future in futures:
                    future.exception()
        if stage is None:
            self.pool.shutdown()
            self._forget()

    def cancel(self) -> None:
        """Drop the groups not yet started: the build has stopped, so they would only delay its exit."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self._forget()

    def _forget(self) -> None:
        self.pool, self.futures = None, {}
        _groups.pop(self.key, None)


def _run(key: int, index: int) -> None:
    for job in _groups[key][index]:
        try:
            job()
        except Exception:  # the build does this job again and reports what is wrong
            pass


def workers_wanted() -> int:
    value = os.environ.get(WORKERS, "").strip()
    return int(value) if value.isdigit() else WORKERS_AT_MOST


def can_fork() -> bool:
    return sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) > 1
