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
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
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


# io.TextIOWrapper decodes the bytes in pieces of this size (its _CHUNK_SIZE), and a
# line is only handed out once the piece that ends it has been decoded.
_PIECE = 8192
# Where a line ends when reading with newline="": after "\n", "\r\n", or a "\r" that
# is known not to start "\r\n" (so a "\r" at the very end of the text so far waits).
_LINE_END = re.compile(r"\r\n|\n|\r(?=.)", re.DOTALL)


class ExportText(Iterator[str]):
    """The export as text, NUL bytes removed: its lines, or most of it in large blocks.

    Lines (for the header, and for callers that read record by record) come out exactly
    as from io.TextIOWrapper with newline="", each then cleaned of NUL bytes. Blocks let
    a scan cut the text into chunks without a Python step per line. Either way the bytes
    are decoded as TextIOWrapper decodes them - the same pieces (read1 of 8192 bytes)
    through the same incremental decoder - so that undecodable bytes stop the text at
    the same line as before, and "after row N" in the message names the same row.
    """

    def __init__(self, binary: BinaryIO, encoding: str, cleaning: Cleaning) -> None:
        # The wrapper is not used, only made: it refuses a codec that is not a text
        # encoding ("rot13") with the LookupError it always gave.
        io.TextIOWrapper(binary, encoding=encoding, newline="").detach()
        self._read = getattr(binary, "read1", binary.read)
        self._decoder = codecs.getincrementaldecoder(encoding)()
        self._cleaning = cleaning
        self._raw = ""  # decoded, NUL bytes still in, not handed out from self._start on
        self._start = 0
        self._ended = False  # every byte decoded
        self._error: UnicodeDecodeError | None = None  # where decoding stopped
        self.lines_left = False  # `blocks` stopped early: the rest is to be read by line

    def _decode_piece(self) -> str:
        """The next piece of text; raises UnicodeDecodeError where TextIOWrapper did."""
        if self._error is not None:
            raise self._error
        data = self._read(_PIECE)
        self._ended = not data
        try:
            text: str = self._decoder.decode(data, final=self._ended)
        except UnicodeDecodeError as error:
            self._error = error
            raise
        return text

    def _clean(self, text: str) -> str:
        if "\x00" in text:
            self._cleaning.nul_bytes += text.count("\x00")
            text = text.replace("\x00", "")
        return text

    def _lines_only(self, raw: str) -> bool:
        """Whether the rest, from `raw` on, must be read by line; if so it is put back."""
        if "\r\x00" not in raw:
            return False
        self._raw, self._start, self.lines_left = raw, 0, True
        return True

    def __next__(self) -> str:
        while True:
            end = _LINE_END.search(self._raw, self._start)
            if end is not None:
                line = self._raw[self._start : end.end()]
                self._start = end.end()
                return self._clean(line)
            if self._ended:
                line = self._raw[self._start :]
                self._raw, self._start = "", 0
                if line:
                    return self._clean(line)
                raise StopIteration
            self._raw = self._raw[self._start :] + self._decode_piece()
            self._start = 0

    def blocks(self, size: int) -> Iterator[str]:
        """The rest of the text as blocks of whole lines, of about `size` characters.

        Undecodable bytes end the blocks with the whole lines before them, which are the
        lines TextIOWrapper would have handed out, and then raise the error. A CR just
        before a NUL byte ends the blocks early (`lines_left`): without the NUL, a CR and
        an LF that were two lines would run together into one line end.
        """
        raw = self._raw[self._start :]
        self._raw, self._start = "", 0
        need = size
        while raw or not self._ended:
            pieces, held = [raw], len(raw)
            try:
                while held < need and not self._ended:
                    pieces.append(self._decode_piece())
                    held += len(pieces[-1])
            except UnicodeDecodeError:
                raw = "".join(pieces)
                if self._lines_only(raw):
                    return  # iterating hands out the lines, then raises the error
                if whole := _whole_lines(raw):
                    yield self._clean(whole)
                raise
            raw = "".join(pieces)
            if self._lines_only(raw):
                return
            cut = len(raw) if self._ended else _last_line_end(raw)
            if not cut:  # one line longer than `need` so far
                need = 2 * len(raw)
                continue
            yield self._clean(raw[:cut])
            raw, need = raw[cut:], size


def _last_line_end(text: str) -> int:
    """Where the last line of `text` whose end is known ends; 0 if none."""
    end = text.rfind("\n") + 1
    ret = text.rfind("\r", end, len(text) - 1)  # one with a character after it
    return ret + 1 if ret >= 0 else end


def _whole_lines(text: str) -> str:
    """The lines TextIOWrapper hands out of this text when the next bytes cannot be
    decoded: those whose end is known (a CR at the very end might start CR LF)."""
    if text.endswith("\r"):
        text = text[:-1]
    return text[: max(text.rfind("\n"), text.rfind("\r")) + 1]


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
def open_export(path: str, encoding: str | None = None) -> Iterator[tuple[ExportText, Cleaning]]:
    """Lines of text for the csv module, and a record of what was cleaned."""
    cleaning = Cleaning()
    with _binary(path) as binary:
        if encoding:
            try:
                codecs.lookup(encoding)
            except LookupError:
                raise InputError(f"unknown encoding '{encoding}'") from None
            try:  # a codec that is not a text encoding ("rot13") is refused here too
                io.TextIOWrapper(io.BytesIO(), encoding=encoding).detach()
            except LookupError:
                raise InputError(f"'{encoding}' is not a text encoding") from None
            # A forced UTF-8 still drops a byte-order mark rather than keep it in the header.
            utf8 = codecs.lookup(encoding).name == "utf-8"
            cleaning.encoding = "utf-8-sig" if utf8 else encoding
        else:
            cleaning.encoding, cleaning.notes = _detect(binary, path)
            binary.seek(0)
        yield ExportText(binary, cleaning.encoding, cleaning), cleaning
