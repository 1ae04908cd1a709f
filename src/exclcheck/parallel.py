"""The scan spread over worker processes, with output identical to one process.

Python runs one thread of judging at a time, so more cores need more processes. The
parent cuts the CSV into chunks of whole records without parsing them (see
`RecordReader.chunks`; it counts their lines, at C speed) and hands them as raw text
to the workers round-robin, over pipes of their own. Each worker parses its chunks,
judges the records, and sends back what it found, numbering rows from the chunk's
first; the parent takes the results back in the same order and adds the rows before
each chunk, so findings come out in input order, numbered as in the file, whatever
the number of workers. Each worker compiles the rules once. One job runs the same
chunks in this process.

Why not multiprocessing.Pool: stopping a pool early (Ctrl-C, `| head -1`) can hang
on the locks its workers share. Here nothing is shared: each worker has its own pipes
and holds at most one chunk, so memory stays flat, a full pipe cannot deadlock, and
an early stop simply kills the workers.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection

from exclcheck.judge import Judge
from exclcheck.records import (
    LINE_CHARS,
    Chunk,
    InputError,
    Layout,
    RecordReader,
)
from exclcheck.ruleset import RuleSet
from exclcheck.scan import ScanEvent, Tally, scan_rows

BATCH_LINES = 4096  # lines per message: large enough to amortise a message, small for memory


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


@dataclass(frozen=True, slots=True)
class _Scanned:
    """What a chunk gave: its events, its rows, and an error that stops the file."""

    events: list[ScanEvent]
    rows: int  # rows read, rejected ones included
    scanned: int
    stop: InputError | None


def _scan_chunk(
    chunk: Chunk, rows_before: int, path: str, layout: Layout, judge: Judge, near_misses: bool
) -> _Scanned:
    """A chunk's events, its rows numbered after `rows_before`."""
    tally = Tally()
    reader = RecordReader.resume(chunk, path, layout, rows_before)
    events: list[ScanEvent] = []
    stop = None
    try:
        for event in scan_rows(reader, judge, tally.add_scanned, near_misses=near_misses):
            events.append(event)
    except InputError as error:  # a field past the parser's limit: the rows before count
        stop = error
    return _Scanned(events, reader.rows_read - rows_before, tally.rows_scanned, stop)


def _renumbered(events: list[ScanEvent], rows_before: int) -> Iterator[ScanEvent]:
    """Events of a chunk numbered from 1, numbered as in the file."""
    if not rows_before:
        yield from events
        return
    for event in events:
        yield replace(event, row=event.row + rows_before)


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
            chunk = tasks.recv()
        except EOFError:
            return
        if chunk is None:
            return
        try:
            result: _Scanned | _Raised = _scan_chunk(chunk, 0, path, layout, judge, near_misses)
        except BaseException as error:  # every kind must reach the parent
            result = _Raised(error)
        results.send(result)


def _ignore(_scanned: int) -> None:
    pass


class _Chunks:
    """A reader's chunks, holding back an error that stops the file until its turn."""

    def __init__(self, reader: RecordReader, size: int) -> None:
        self._chunks = reader.chunks(size)
        self.error: Exception | None = None

    def next(self) -> Chunk | None:
        if self.error is not None:
            return None
        item = next(self._chunks, None)
        if isinstance(item, Exception):
            self.error = item
            return None
        return item


class _Numbering:
    """The parent's running count of rows, for renumbering and for the reader's
    `rows_read` (which a message about undecodable bytes quotes)."""

    def __init__(self, reader: RecordReader, scanned: Callable[[int], None]) -> None:
        self._reader = reader
        self._scanned = scanned

    def take(self, result: _Scanned, *, numbered: bool = False) -> Iterator[ScanEvent]:
        """A chunk's events in file numbering (`numbered`: they are already); then its
        error, if it has one."""
        rows_before = self._reader.rows_read
        self._reader.rows_read += result.rows
        self._scanned(result.scanned)
        yield from result.events if numbered else _renumbered(result.events, rows_before)
        if result.stop is not None:
            raise result.stop


M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number
LARGE_BUFFER = 128 * 1024  # glibc's default threshold, held fixed


def _large_buffers_to_the_os() -> None:
    """Keep chunk-sized buffers out of the heap, so memory stays flat.

    glibc raises its mmap threshold each time a large buffer is freed, after which
    chunk-sized strings (hundreds of kilobytes, one per chunk) come from the heap and
    fragment it between long-lived cache entries: a worker grew from 29 to 39 MB over
    a million rows. Fixing the threshold gives each chunk its own mapping, returned
    whole when freed (29 to 30 MB), at the cost of one mmap per chunk. Elsewhere than
    glibc this does nothing; forked workers inherit the setting.
    """
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    mallopt(M_MMAP_THRESHOLD, LARGE_BUFFER)


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
    _large_buffers_to_the_os()
    chunks = _Chunks(reader, lines * LINE_CHARS)  # chunks are cut by size
    numbering = _Numbering(reader, scanned)
    if jobs <= 1:
        judge = Judge(rules)
        while (chunk := chunks.next()) is not None:
            # In order, so the rows before are known: numbered as in the file at once.
            rows_before = reader.rows_read
            result = _scan_chunk(chunk, rows_before, reader.path, reader.layout, judge, near_misses)
            yield from numbering.take(result, numbered=True)
        if chunks.error is not None:
            raise chunks.error
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
        # Workers holding a chunk, in the order the chunks were sent: the next result
        # to take is the first's, and a worker given a new chunk goes to the back.
        busy: deque[tuple[multiprocessing.process.BaseProcess, _Link]] = deque()
        for process, link in workers:
            if (first := chunks.next()) is None:
                break
            link.tasks.send(first)
            busy.append((process, link))
        # The next chunk is cut while the workers judge theirs, so that a worker whose
        # result comes in gets its next chunk at once.
        following = chunks.next()
        while busy:
            process, link = busy.popleft()
            try:
                result = link.results.recv()
            except EOFError:
                raise RuntimeError(f"worker process {process.pid} ended unexpectedly") from None
            if following is not None:
                link.tasks.send(following)
                busy.append((process, link))
                following = chunks.next()
            if isinstance(result, _Raised):
                raise result.error
            yield from numbering.take(result)
        if chunks.error is not None:
            raise chunks.error
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
