"""The scan spread over worker processes, with output identical to one process.

Python runs one thread of judging at a time, so more cores need more processes. The
parent reads the CSV (it must, to keep row numbers and rejected rows in order) and
hands batches of records to the workers round-robin, over pipes of their own, and takes
the results back in the same order: findings come out in input order whatever the
number of workers. Each worker compiles the rules once.

Why not multiprocessing.Pool: stopping a pool early (Ctrl-C, `| head -1`) can hang
on the locks its workers share. Here nothing is shared: each worker has its own pipes
and holds at most one batch, so memory stays flat, a full pipe cannot deadlock, and
an early stop simply kills the workers.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection

from exclcheck.judge import Judge
from exclcheck.records import Record, RejectedRow
from exclcheck.ruleset import RuleSet
from exclcheck.scan import ScanEvent, scan

BATCH = 2000  # records per message: large enough to amortise pickling, small for memory

Batch = list[Record | RejectedRow]


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


@dataclass(frozen=True)
class _Link:
    """The parent's two ends of one worker's pipes."""

    tasks: Connection
    results: Connection


@dataclass(frozen=True)
class _Raised:
    """An exception in a worker, carried back to be raised in the parent."""

    error: BaseException


def _worker(
    tasks: Connection,
    results: Connection,
    inherited: list[Connection],
    rules: RuleSet,
    near_misses: bool,
) -> None:
    # Ctrl-C reaches every process of the terminal's group; only the parent acts on
    # it (it stops the workers), so a worker never dies half-way through a message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker holds copies of the parent's pipe ends; closed here, so that when
    # the parent dies (even before it could record this worker) recv() ends with
    # EOFError and the worker with it, instead of waiting for ever.
    for end in inherited:
        end.close()
    judge = Judge(rules)
    while True:
        try:
            batch = tasks.recv()
        except EOFError:
            return
        if batch is None:
            return
        try:
            result: list[ScanEvent] | _Raised = list(scan(batch, judge, near_misses=near_misses))
        except BaseException as error:  # every kind must reach the parent
            result = _Raised(error)
        results.send(result)


def _batches(records: Iterable[Record | RejectedRow], size: int) -> Iterator[Batch]:
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
    context = (
        multiprocessing.get_context("fork")
        if os.name == "posix"
        else multiprocessing.get_context("spawn")
    )
    workers: list[tuple[multiprocessing.process.BaseProcess, _Link]] = []
    parent_ends: list[Connection] = []
    finished = False
    try:
        for _ in range(jobs):
            # Two one-way OS pipes, not Pipe(): a duplex pipe is a socket pair, and
            # exclcheck opens no sockets at all.
            task_reader, task_writer = context.Pipe(duplex=False)
            result_reader, result_writer = context.Pipe(duplex=False)
            parent_ends += [task_writer, result_reader]
            inherited = list(parent_ends) if os.name == "posix" else []
            process: multiprocessing.process.BaseProcess = context.Process(
                target=_worker,
                args=(task_reader, result_writer, inherited, rules, near_misses),
                daemon=True,
            )
            process.start()
            task_reader.close()
            result_writer.close()
            workers.append((process, _Link(task_writer, result_reader)))
        batches = _batches(records, batch)
        busy = []  # workers holding a batch, in the order the batches were sent
        for process, link in workers:
            if (first := next(batches, None)) is None:
                break
            link.tasks.send(first)
            busy.append((process, link))
        turn = 0
        while busy:
            process, link = busy[turn % len(busy)]
            try:
                result = link.results.recv()
            except EOFError:
                raise RuntimeError(f"worker process {process.pid} ended unexpectedly") from None
            following = next(batches, None)
            if following is None:
                busy.remove((process, link))
            else:
                link.tasks.send(following)
                turn += 1
            if isinstance(result, _Raised):
                raise result.error
            yield from result
        finished = True
    finally:
        for process, link in workers:
            if finished:
                link.tasks.send(None)
            else:
                process.kill()
        for process, _link in workers:
            process.join()
        for end in parent_ends:
            end.close()
