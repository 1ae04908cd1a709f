"""The scan spread over worker processes, with output identical to one process.

Python runs one thread of judging at a time, so more cores need more processes. The
parent reads the CSV (it must, to keep row numbers and rejected rows in order) and
hands records to the workers in batches; `imap` returns the batches in the order
they were sent, so findings come out in input order whatever the number of workers.
Each worker compiles the rules once. Memory stays flat: at most a few batches are in
flight at a time.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass

from exclcheck.judge import Judge
from exclcheck.records import Record, RejectedRow
from exclcheck.ruleset import RuleSet
from exclcheck.scan import ScanEvent, scan

BATCH = 2000  # records per task: large enough to amortise pickling, small for memory

_worker_judge: Judge | None = None
_worker_near_misses = False


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _start_worker(rules: RuleSet, near_misses: bool) -> None:
    # Ctrl-C reaches every process of the terminal's group; only the parent acts on
    # it (it stops the pool), so a worker never dies half-way through a batch.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_judge, _worker_near_misses
    _worker_judge = Judge(rules)
    _worker_near_misses = near_misses


@dataclass(frozen=True)
class _Raised:
    """An exception in a worker, carried back to be raised in the parent.

    A worker that died of it instead would leave `imap` waiting for ever.
    """

    error: BaseException


def _judge_batch(batch: list[Record | RejectedRow]) -> list[ScanEvent] | _Raised:
    assert _worker_judge is not None, "worker not started"
    try:
        return list(scan(batch, _worker_judge, near_misses=_worker_near_misses))
    except BaseException as error:  # every kind must reach the parent
        return _Raised(error)


def _batches(
    records: Iterable[Record | RejectedRow], size: int
) -> Iterator[list[Record | RejectedRow]]:
    iterator = iter(records)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def scan_parallel(
    records: Iterable[Record | RejectedRow],
    rules: RuleSet,
    jobs: int,
    *,
    near_misses: bool = False,
    batch: int = BATCH,
) -> Generator[ScanEvent, None, None]:
    """Like `scan`, over `jobs` processes; with one job, no process is started."""
    if jobs <= 1:
        yield from scan(records, Judge(rules), near_misses=near_misses)
        return
    context = multiprocessing.get_context("spawn" if os.name != "posix" else "fork")
    with context.Pool(jobs, initializer=_start_worker, initargs=(rules, near_misses)) as pool:
        for events in pool.imap(_judge_batch, _batches(records, batch), chunksize=1):
            if isinstance(events, _Raised):
                raise events.error
            yield from events
