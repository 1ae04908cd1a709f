"""Ctrl-C during a scan as a request the scan answers between chunks.

Python raises KeyboardInterrupt wherever the main thread happens to be. Inside a
weakref callback or a finalizer (importlib's module locks, multiprocessing's
`Finalize`) the exception is printed as "Exception ignored in ..." with a traceback
and then lost, and the scan runs on to the end. Recording the signal and raising it
at a known point - after a chunk is counted - gives the one-line message and exit
130 every time. A second Ctrl-C raises at once, for a scan that is stuck.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from types import FrameType


@contextlib.contextmanager
def deferred() -> Iterator[Callable[[], None]]:
    """Within the block, Ctrl-C only sets a flag; the check it yields raises
    KeyboardInterrupt once the flag is set. Outside the main thread (where signals
    cannot be handled) the check does nothing."""
    requested = False

    def request(_signum: int, _frame: FrameType | None) -> None:
        nonlocal requested
        if requested:
            raise KeyboardInterrupt  # the second Ctrl-C: do not wait for a chunk
        requested = True

    def check() -> None:
        if requested:
            raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield lambda: None
        return
    previous = signal.signal(signal.SIGINT, request)
    try:
        yield check
        check()  # a Ctrl-C after the last chunk still stops before the report is kept
    finally:
        signal.signal(signal.SIGINT, previous)
