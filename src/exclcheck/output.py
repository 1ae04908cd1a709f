"""Where a report goes: standard output, or a file replaced atomically.

An interrupted run must leave the old report or none, never half of one, so a file
is written beside its destination and renamed over it only when complete.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def report_stream(path: Path | None) -> Iterator[TextIO]:
    """Yield a text stream; on success a file is moved into place, on failure removed."""
    if path is None:
        yield sys.stdout
        return
    directory = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
