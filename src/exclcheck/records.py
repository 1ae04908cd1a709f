"""A CSV export → a stream of activity records, and rows that could not be read.

Exports are read as a stream so memory does not grow with the file. A row that
cannot be used is not dropped: it comes out as a RejectedRow with its number and the
reason, so that every row is either scanned or reported.
"""

from __future__ import annotations

import csv
import difflib
import io
import itertools
import operator
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, cast, runtime_checkable

# A free-text field in an export can be long (the csv module's default, 128 KiB,
# would reject a long complaint note), but a field of many megabytes is not an
# activity record: its row is rejected, and reported, rather than matched. The
# parser itself reads fields up to PARSER_LIMIT; past that it would lose its place in
# the file (resuming inside the field), so that is an error for the whole file.
FIELD_LIMIT = 1 << 20
PARSER_LIMIT = 64 << 20
LINE_CHARS = 128  # about the characters of an export's line, to size chunks in lines
csv.field_size_limit(PARSER_LIMIT)


def shown(text: str) -> str:
    """Data put into a message: control characters escaped, so it stays one safe line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class InputError(Exception):
    """The input as a whole cannot be scanned (one line, naming the file)."""


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which columns of the export hold what exclcheck needs."""

    member_id: str = "member_id"
    name: str = "name"
    date: str = "date"
    text: str = "activity"
    source: str = "source"


# The options that map each column, for error messages that say what to do.
COLUMN_OPTIONS = {
    "member_id": "--id-column",
    "name": "--name-column",
    "date": "--date-column",
    "text": "--text-column",
    "source": "--source-column",
}


@dataclass(frozen=True, slots=True)
class Record:
    """One activity record of one member."""

    row: int  # 1-based data row; the header is not counted
    member_id: str
    name: str
    date: str
    activity: str
    source: str
    extra: tuple[tuple[str, str], ...] = ()  # other columns, passed through


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row that could not be scanned, and why."""

    row: int
    reason: str


def _header_index(
    header: Sequence[str], path: str, columns: ColumnMap, required: Iterable[str]
) -> dict[str, int | None]:
    names = [h.strip() for h in header]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        names_shown = ", ".join(shown(d) for d in duplicates)
        raise InputError(f"{path}: duplicate column names in the header: {names_shown}")
    index: dict[str, int | None] = {}
    for field in COLUMN_OPTIONS:
        wanted = getattr(columns, field)
        if wanted in names:
            index[field] = names.index(wanted)
        elif field in required:
            close = difflib.get_close_matches(wanted, names, n=1)
            hint = f" (did you mean '{shown(close[0])}'?)" if close else ""
            raise InputError(
                f"{path}: no column '{shown(wanted)}'{hint}; the columns are: "
                f"{', '.join(shown(n) for n in names)}; map one with {COLUMN_OPTIONS[field]}"
            )
        else:
            index[field] = None
    return index


@dataclass(frozen=True, slots=True)
class Layout:
    """What the header says: where each needed column is, and what else passes through."""

    index: dict[str, int | None]
    extra: tuple[tuple[int, str], ...]
    width: int


@dataclass(frozen=True, slots=True)
class Chunk:
    """Whole records of the file as raw text, and the physical lines before them.

    For worker processes: shipping text is one copy, and each worker parses its own
    chunks, where pickling parsed records cost the parent more than parsing them. The
    rows before a chunk are not known when it is cut (the parent does not parse): its
    rows are numbered from 1, and the parent adds the rows before when the results
    come back in order.
    """

    # The raw text; or its lines, where joining and splitting them again would not
    # give the same lines (a source of lines of its own; NUL bytes removed between a CR
    # and an LF).
    text: str | tuple[str, ...]
    lines_before: int  # physical lines before the chunk, the header's included

    def lines(self) -> Iterator[str]:
        """The chunk's lines, as the csv module is to read them."""
        return iter(io.StringIO(self.text, newline="") if isinstance(self.text, str) else self.text)


@runtime_checkable
class _BlockSource(Protocol):
    """A text source that hands out most of its text in large blocks of whole lines;
    `lines_left` says whether it stopped early, the rest to be read by line."""

    lines_left: bool

    def blocks(self, size: int) -> Iterator[str]: ...

    def __next__(self) -> str: ...


def _too_large(path: str, line: int) -> InputError:
    return InputError(
        f"{path}: line {line}: a field larger than {PARSER_LIMIT >> 20} MiB; "
        "the file cannot be read reliably past it"
    )


def _member_position(layout: Layout) -> int:
    """Where a row's member id is, once padded (see `_picker`)."""
    position = layout.index["member_id"]
    return -1 if position is None else position


def _picker(layout: Layout) -> Callable[[list[str]], tuple[str, str, str, str, str]]:
    """The five mapped fields of a row, taken at once (an unmapped one from the padding
    at -1 that `fields` appends)."""
    columns = ("member_id", "name", "date", "text", "source")
    positions = [-1 if layout.index[c] is None else layout.index[c] for c in columns]
    return cast(
        Callable[[list[str]], tuple[str, str, str, str, str]], operator.itemgetter(*positions)
    )


# A chunk is cut at a line end where the quotes so far pair up. That is a record's end
# if every quote in the chunk belongs to a well-formed quoted field: one that starts a
# field, holds quotes only doubled, and ends its field. Possessive, so it is one pass.
_WELL_FORMED = re.compile(r'(?:[^"]*+(?<![^,\r\n])"[^"]*+(?:""[^"]*+)*+"(?![^,\r\n]))*+[^"]*+')


def _line_end_before(text: str, end: int, returns: bool) -> int:
    """The last place at or before `end` where a line of `text` ends, as io.StringIO
    with newline="" splits it; 0 if none. `returns`: whether the text holds a CR."""
    newline = text.rfind("\n", 0, end)
    if returns:
        ret = text.rfind("\r", 0, end)
        while ret > newline:
            # A CR ends a line unless LF follows (beyond `end`) or may follow.
            if ret + 1 < len(text) and text[ret + 1] != "\n":
                return ret + 1
            ret = text.rfind("\r", 0, ret)
    return newline + 1


def _quotes_cut(text: str, limit: int) -> int:
    """The last line end within text[:limit] that is certainly a record's end; 0 if
    none is found this way (the csv module must then look)."""
    returns = "\r" in text
    quotes = text.count('"', 0, limit)
    end = limit
    while cut := _line_end_before(text, end, returns):
        quotes -= text.count('"', cut, end)
        if quotes % 2 == 0:
            return cut if _WELL_FORMED.fullmatch(text, 0, cut) else 0
        end = cut - 1  # inside a quoted field: try the line end before
    return 0


def _lines_in(text: str) -> int:
    """How many lines io.StringIO with newline="" makes of `text`."""
    lines = text.count("\n")
    if "\r" in text:
        lines += text.count("\r") - text.count("\r\n")
    return lines + (not text.endswith(("\n", "\r")))


class RecordReader:
    """Reads the header at once (so a bad one fails before any output), then streams rows."""

    def __init__(
        self,
        lines: Iterable[str],
        path: str,
        columns: ColumnMap = ColumnMap(),
        required: Iterable[str] = ("member_id", "date", "text"),
    ) -> None:
        self.path = path
        self._source = iter(lines)
        self._reader = csv.reader(self._source)
        try:
            header = next(self._reader)
        except StopIteration:
            raise InputError(f"{path}: the file is empty (no header row)") from None
        except csv.Error as error:
            raise InputError(f"{path}: the header row cannot be read: {error}") from None
        if any(len(name) > FIELD_LIMIT for name in header):
            raise InputError(f"{path}: the header row has a name over 1 MiB; is this a CSV export?")
        index = _header_index(header, path, columns, set(required))
        used = {i for i in index.values() if i is not None}
        extra = tuple((i, h.strip()) for i, h in enumerate(header) if i not in used)
        self.layout = Layout(index, extra, len(header))
        self.rows_read = 0  # data rows so far, for messages about where reading stopped
        self._lines_before = 0  # lines before what self._reader reads (in a batch)
        self._pick = _picker(self.layout)
        self._member = _member_position(self.layout)
        self._sizes = True  # whether a field may be over FIELD_LIMIT

    @classmethod
    def resume(cls, chunk: Chunk, path: str, layout: Layout, rows_before: int = 0) -> RecordReader:
        """Records of a chunk, numbered after `rows_before` (for a worker process)."""
        reader = cls.__new__(cls)
        reader.path = path
        reader._source = chunk.lines()
        reader._reader = csv.reader(reader._source)
        reader.layout = layout
        reader.rows_read = rows_before
        reader._lines_before = chunk.lines_before
        reader._pick = _picker(layout)
        reader._member = _member_position(layout)
        # A field cannot be longer than its chunk: most chunks need no check per row.
        text = chunk.text
        reader._sizes = (len(text) if isinstance(text, str) else sum(map(len, text))) > FIELD_LIMIT
        return reader

    @property
    def extra_columns(self) -> list[str]:
        """The columns that pass through into the output, in file order."""
        return [name for _i, name in self.layout.extra]

    def chunks(self, size: int) -> Iterator[Chunk | Exception]:
        """The rest of the file as chunks of whole records, about `size` characters each.

        An error that stops the file (undecodable bytes, a field past PARSER_LIMIT) is
        yielded after the records before it, to be raised after they are reported.
        Rows are not counted here. Replaces iterating over this reader.
        """
        source = self._source
        lines_before = self._reader.line_num
        if isinstance(source, _BlockSource):
            left = yield from self._text_chunks(source.blocks(size), size, lines_before)
            if left is None:
                return
            pending, lines_before = left
            source = itertools.chain(io.StringIO(pending, newline=""), source)
        yield from self._line_chunks(source, max(1, size // LINE_CHARS), lines_before)

    def _text_chunks(
        self, blocks: Iterator[str], size: int, lines_before: int
    ) -> Generator[Chunk | Exception, None, tuple[str, int] | None]:
        """Chunks cut from blocks of text without parsing where the quotes allow (see
        `_quotes_cut`), else where the csv module finds records end. Returns the text
        not yet in a chunk, and the lines before it, if the source stopped early."""
        pending = ""
        need = size  # characters wanted before the next cut; doubles while none is found
        while True:
            try:
                while len(pending) < need and (block := next(blocks, None)) is not None:
                    pending += block
            except UnicodeDecodeError as error:
                # `pending` is the lines read before the error: its whole records count.
                end, stop = self._records_end(pending, len(pending), lines_before)
                if end:
                    yield Chunk(pending[:end], lines_before)
                yield stop or error
                return None
            if len(pending) < need:  # the blocks have ended
                if isinstance(self._source, _BlockSource) and self._source.lines_left:
                    return pending, lines_before
                if pending:
                    yield Chunk(pending, lines_before)
                return None
            cut = _quotes_cut(pending, need)
            if not cut:
                limit = _line_end_before(pending, need, "\r" in pending)
                cut, stop = self._records_end(pending, limit, lines_before)
                if stop is not None:
                    if cut:
                        yield Chunk(pending[:cut], lines_before)
                    yield stop
                    return None
            if not cut:  # one record longer than `need` so far
                need = 2 * len(pending)
                continue
            chunk, pending = pending[:cut], pending[cut:]
            yield Chunk(chunk, lines_before)
            lines_before += _lines_in(chunk)
            need = size

    def _line_chunks(
        self, source: Iterator[str], lines: int, lines_before: int
    ) -> Iterator[Chunk | Exception]:
        """Chunks of about `lines` lines, as given, cut where the csv module finds
        records end (for a source of lines, or the rest of one that stopped giving
        blocks)."""
        taken: list[str] = []

        def tap() -> Iterator[str]:
            for line in source:
                taken.append(line)
                yield line

        reader = csv.reader(tap())
        start = lines_before  # lines before the chunk being taken
        while True:
            first_line = lines_before + reader.line_num + 1
            complete = len(taken)  # the lines of the records read so far
            try:
                next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                if "field limit" in str(error):
                    if complete:
                        yield Chunk(tuple(taken[:complete]), start)
                    yield _too_large(self.path, first_line)
                    return
            except UnicodeDecodeError as error:
                if complete:
                    yield Chunk(tuple(taken[:complete]), start)
                yield error
                return
            if len(taken) >= lines:
                yield Chunk(tuple(taken), start)
                taken.clear()
                start = lines_before + reader.line_num
        if taken:
            yield Chunk(tuple(taken), start)

    def _records_end(
        self, text: str, limit: int, lines_before: int
    ) -> tuple[int, InputError | None]:
        """Where the last record that ends within text[:limit] ends (0: none does),
        found by the csv module itself; and a field too large for it, if one comes first.

        `limit` is a line end: the records are those the csv module reads from the
        lines before it, and one that runs on past them is not whole.
        """
        consumed = lines = 0
        ran_out = False

        def feed() -> Iterator[str]:
            nonlocal consumed, lines, ran_out
            for line in io.StringIO(text[:limit], newline=""):
                consumed += len(line)
                lines += 1
                yield line
            ran_out = True

        reader = csv.reader(feed())
        end = 0
        while True:
            first_line = lines_before + lines + 1
            try:
                next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                if "field limit" in str(error):
                    return end, _too_large(self.path, first_line)
            if ran_out:
                break
            end = consumed
        return end, None

    def __iter__(self) -> Iterator[Record | RejectedRow]:
        for fields in self.fields():
            yield fields if isinstance(fields, RejectedRow) else self.record(fields)

    def fields(self) -> Iterator[list[str] | RejectedRow]:
        """Each usable row's fields (see `record`), or why a row cannot be used; while a
        row is being handled, `rows_read` is its number.

        For a scan that builds a Record only for the few rows that give an event.
        """
        reader, width, sizes = self._reader, self.layout.width, self._sizes
        member = self._member
        row = self.rows_read
        while True:
            first_line = self._lines_before + reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                if "field limit" in str(error):
                    raise _too_large(self.path, first_line) from None
                row += 1
                self.rows_read = row
                yield RejectedRow(row, f"unreadable CSV: {error}{self._lines(first_line)}")
                continue
            if not fields:
                continue  # a blank line is not a row
            row += 1
            self.rows_read = row
            if len(fields) != width:
                reason = f"has {len(fields)} fields; the header has {width}"
                yield RejectedRow(row, reason + self._lines(first_line))
                continue
            if sizes and (longest := max(map(len, fields), default=0)) > FIELD_LIMIT:
                reason = f"a field is larger than 1 MiB ({longest / 2**20:.1f} MiB)"
                yield RejectedRow(row, reason + self._lines(first_line))
                continue
            fields.append("")  # what an unmapped column (index -1) reads
            if not fields[member].strip():
                yield RejectedRow(row, "no member id")
                continue
            yield fields

    def picked(self, fields: list[str]) -> tuple[str, str, str, str, str]:
        """A usable row's member id, name, date, activity and source, as in the file."""
        return self._pick(fields)

    def _lines(self, first: int) -> str:
        """Where a bad row stands in the file; a long span usually means a stray quote."""
        last = self._lines_before + self._reader.line_num
        if last - first < 2:
            return f" (line {first})" if last <= first else f" (lines {first}-{last})"
        return f" (lines {first}-{last}: an unclosed quote swallowed them?)"

    def record(self, fields: list[str]) -> Record:
        """The Record of the row being handled, from its fields as `fields` gave them."""
        member_id, name, date, activity, source = self._pick(fields)
        return Record(
            row=self.rows_read,
            member_id=member_id.strip(),
            name=name.strip(),
            date=date,
            activity=activity,
            source=source.strip(),
            extra=tuple((column, fields[i]) for i, column in self.layout.extra),
        )
