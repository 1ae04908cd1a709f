"""The scan spread over worker processes, with output identical to one process.

Python runs one thread of judging at a time, so more cores need more processes. The
parent cuts the CSV into batches of whole records (the csv module finds where records
end, and the parent counts rows and lines, so numbering stays that of the file) and
hands them as raw text to the workers round-robin, over pipes of their own. Each
worker parses its batches, judges the records, and sends back what it found; the
parent takes the results back in the same order, so findings come out in input order
whatever the number of workers. Each worker compiles the rules once.

Why not multiprocessing.Pool: stopping a pool early (Ctrl-C, `| head -1`) can hang
on the locks its workers share. Here nothing is shared: each worker has its own pipes
and holds at most one batch, so memory stays flat, a full pipe cannot deadlock, and
an early stop simply kills the workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection

from exclcheck.judge import Judge
from exclcheck.records import Batch, Layout, Record, RecordReader, RejectedRow
from exclcheck.ruleset import RuleSet
from exclcheck.scan import ScanEvent, Tally, scan

BATCH_LINES = 2000  # lines per message: large enough to amortise a message, small for memory


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


def _counted(
    records: Iterable[Record | RejectedRow], scanned: Callable[[int], None]
) -> Iterator[Record | RejectedRow]:
    for record in records:
        if isinstance(record, Record):
            scanned(1)
        yield record


def _scan_batch(
    batch: Batch, path: str, layout: Layout, judge: Judge, near_misses: bool
) -> tuple[list[ScanEvent], int]:
    """A batch's events, and how many of its rows were scanned."""
    tally = Tally()
    records = _counted(RecordReader.resume(batch, path, layout), tally.add_scanned)
    return list(scan(records, judge, near_misses=near_misses)), tally.rows_scanned


def _worker(
    tasks: Connection,
    results: Connection,
    inherited: list[Connection],
    rules: RuleSet,
    path: str,
    layout: Layout,
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
            result: tuple[list[ScanEvent], int] | _Raised = _scan_batch(
                batch, path, layout, judge, near_misses
            )
        except BaseException as error:  # every kind must reach the parent
            result = _Raised(error)
        results.send(result)


def _ignore(_scanned: int) -> None:
    pass


class _Batches:
    """A reader's batches, holding back an error that stops the file until its turn."""

    def __init__(self, reader: RecordReader, lines: int) -> None:
        self._batches = reader.batches(lines)
        self.error: Exception | None = None

    def next(self) -> Batch | None:
        if self.error is not None:
            return None
        item = next(self._batches, None)
        if isinstance(item, Exception):
            self.error = item
            return None
        return item


def scan_parallel(
    reader: RecordReader,
    rules: RuleSet,
    jobs: int,
    *,
    near_misses: bool = False,
    scanned: Callable[[int], None] = _ignore,
    lines: int = BATCH_LINES,
) -> Generator[ScanEvent, None, None]:
    """Like `scan` of the reader's records, over `jobs` processes.

    `scanned` is told how many rows were scanned, as they are. With one job, no
    process is started.
    """
    if jobs <= 1:
        yield from scan(_counted(reader, scanned), Judge(rules), near_misses=near_misses)
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
                args=(
                    task_reader,
                    result_writer,
                    inherited,
                    rules,
                    reader.path,
                    reader.layout,
                    near_misses,
                ),
                daemon=True,
            )
            process.start()
            task_reader.close()
            result_writer.close()
            workers.append((process, _Link(task_writer, result_reader)))
        batches = _Batches(reader, lines)
        busy = []  # workers holding a batch, in the order the batches were sent
        for process, link in workers:
            if (first := batches.next()) is None:
                break
            link.tasks.send(first)
            busy.append((process, link))
        turn = 0
        # The next batch is cut while the workers judge theirs, so that a worker whose
        # result comes in gets its next batch at once instead of waiting for the parse.
        following = batches.next()
        while busy:
            process, link = busy[turn % len(busy)]
            try:
                result = link.results.recv()
            except EOFError:
                raise RuntimeError(f"worker process {process.pid} ended unexpectedly") from None
            if following is None:
                busy.remove((process, link))
            else:
                link.tasks.send(following)
                turn += 1
                following = batches.next()
            if isinstance(result, _Raised):
                raise result.error
            events, count = result
            scanned(count)
            yield from events
        if batches.error is not None:
            raise batches.error
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
