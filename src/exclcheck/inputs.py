"""Open an export as text: which encoding, is it text at all, what was cleaned.

Membership systems export UTF-8 (with or without a BOM), UTF-16 from Excel's
"Unicode text", or Windows-1252. A wrong guess would silently change names, so the
whole file is checked as UTF-8 first (a fast pass over bytes, no data kept) and a
fallback is announced. Standard input is spooled to a temporary file so that it can
be checked the same way; memory stays flat.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from exclcheck.records import InputError

_CHUNK = 1 << 20
_SPOOL_IN_MEMORY = 16 << 20
# Signatures of files people export by mistake instead of CSV.
_BINARY_SIGNATURES = {
    b"PK\x03\x04": "a zip file (an Excel .xlsx workbook?); export it as CSV first",
    b"\xd0\xcf\x11\xe0": "an old Excel .xls workbook; export it as CSV first",
    b"%PDF": "a PDF document, not CSV",
    b"\x89PNG": "a PNG image, not CSV",
    b"\x1f\x8b": "a gzip archive; decompress it first",
}


@dataclass
class Cleaning:
    """What was done to the text on the way in, to tell the user afterwards."""

    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)
    nul_bytes: int = 0

    def summary(self, path: str) -> list[str]:
        notes = [f"{path}: {note}" for note in self.notes]
        if self.nul_bytes:
            notes.append(f"{path}: removed {self.nul_bytes} NUL byte(s)")
        return notes


def _detect(binary: BinaryIO, path: str) -> tuple[str, list[str]]:
    """Choose an encoding for the whole file; explain any choice other than UTF-8."""
    head = binary.read(_CHUNK)
    for signature, what in _BINARY_SIGNATURES.items():
        if head.startswith(signature):
            raise InputError(f"{path}: this looks like {what}")
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", ["read as UTF-16 (it starts with a UTF-16 byte-order mark)"]
    else:
        encoding = "utf-8"
        if head.count(0) > len(head) // 10:
            raise InputError(f"{path}: this looks like a binary file, not CSV text")
    decoder = codecs.getincrementaldecoder("utf-8")()
    position = 0
    chunk = head
    try:
        while chunk:
            decoder.decode(chunk)
            position += len(chunk)
            chunk = binary.read(_CHUNK)
        decoder.decode(b"", final=True)
        return encoding, []
    except UnicodeDecodeError as error:
        bad = position + error.start
    binary.seek(0)
    try:
        codecs.decode(binary.read(), "cp1252")
        fallback, name = "cp1252", "Windows-1252"
    except UnicodeDecodeError:
        fallback, name = "latin-1", "Latin-1"
    note = f"not UTF-8 (byte {bad}); read as {name} - use --encoding to choose another"
    return fallback, [note]


def _without_nuls(lines: Iterable[str], cleaning: Cleaning) -> Iterator[str]:
    for line in lines:
        if "\x00" in line:
            cleaning.nul_bytes += line.count("\x00")
            line = line.replace("\x00", "")
        yield line


@contextlib.contextmanager
def _spooled(source: BinaryIO) -> Iterator[BinaryIO]:
    """A seekable copy of a stream (the encoding is detected, then the text re-read)."""
    with tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY) as spool:
        shutil.copyfileobj(source, spool)
        spool.seek(0)
        yield spool  # type: ignore[misc]


@contextlib.contextmanager
def _binary(path: str) -> Iterator[BinaryIO]:
    if path == "-":
        with _spooled(sys.stdin.buffer) as spool:
            yield spool
        return
    if os.path.isdir(path):
        raise InputError(f"{path}: is a folder, not a CSV file")
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot open: {error.strerror}") from None
    with stream:
        if stream.seekable():
            yield stream
        else:  # a pipe: /dev/stdin, <(zcat export.csv.gz)
            with _spooled(stream) as spool:
                yield spool


@contextlib.contextmanager
def open_export(path: str, encoding: str | None = None) -> Iterator[tuple[Iterator[str], Cleaning]]:
    """Lines of text for the csv module, and a record of what was cleaned."""
    cleaning = Cleaning()
    with _binary(path) as binary:
        if encoding:
            try:
                codecs.lookup(encoding)
            except LookupError:
                raise InputError(f"unknown encoding '{encoding}'") from None
            # A forced UTF-8 still drops a byte-order mark rather than keep it in the header.
            utf8 = codecs.lookup(encoding).name == "utf-8"
            cleaning.encoding = "utf-8-sig" if utf8 else encoding
        else:
            cleaning.encoding, cleaning.notes = _detect(binary, path)
            binary.seek(0)
        text = io.TextIOWrapper(binary, encoding=cleaning.encoding, newline="")
        try:
            yield _without_nuls(text, cleaning), cleaning
        finally:
            text.detach()
