"""A CSV export → a stream of activity records, and rows that could not be read.

Exports are read as a stream so memory does not grow with the file. A row that
cannot be used is not dropped: it comes out as a RejectedRow with its number and the
reason, so that every row is either scanned or reported.
"""

from __future__ import annotations

import csv
import difflib
import io
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import cast

# A free-text field in an export can be long (the csv module's default, 128 KiB,
# would reject a long complaint note), but a field of many megabytes is not an
# activity record: its row is rejected, and reported, rather than matched. The
# parser itself reads fields up to PARSER_LIMIT; past that it would lose its place in
# the file (resuming inside the field), so that is an error for the whole file.
FIELD_LIMIT = 1 << 20
PARSER_LIMIT = 64 << 20
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
class Batch:
    """Whole records of the file as raw text, and where they stand in it.

    For worker processes: shipping text is one copy, and each worker parses its own
    batches, where pickling parsed records cost the parent more than parsing them.
    """

    text: str
    rows_before: int  # data rows before the batch
    lines_before: int  # physical lines before the batch, the header's included


def _too_large(path: str, line: int) -> InputError:
    return InputError(
        f"{path}: line {line}: a field larger than {PARSER_LIMIT >> 20} MiB; "
        "the file cannot be read reliably past it"
    )


def _picker(layout: Layout) -> Callable[[list[str]], tuple[str, str, str, str, str]]:
    """The five mapped fields of a row, taken at once (an unmapped one from the padding
    at -1 that `_record` appends)."""
    columns = ("member_id", "name", "date", "text", "source")
    positions = [-1 if layout.index[c] is None else layout.index[c] for c in columns]
    return cast(
        Callable[[list[str]], tuple[str, str, str, str, str]], operator.itemgetter(*positions)
    )


def _ending(lines: list[str], rows_before: int, lines_before: int) -> Iterator[Batch]:
    """The last batch, if any lines are left for it."""
    if lines:
        yield Batch("".join(lines), rows_before, lines_before)


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

    @classmethod
    def resume(cls, batch: Batch, path: str, layout: Layout) -> RecordReader:
        """Records of a batch, numbered as in the whole file (for a worker process)."""
        reader = cls.__new__(cls)
        reader.path = path
        reader._source = iter(io.StringIO(batch.text, newline=""))
        reader._reader = csv.reader(reader._source)
        reader.layout = layout
        reader.rows_read = batch.rows_before
        reader._lines_before = batch.lines_before
        reader._pick = _picker(layout)
        return reader

    @property
    def extra_columns(self) -> list[str]:
        """The columns that pass through into the output, in file order."""
        return [name for _i, name in self.layout.extra]

    def batches(self, lines: int) -> Iterator[Batch | Exception]:
        """The rest of the file as batches of whole records, about `lines` lines each.

        The csv module finds where records end (a quoted field may hold line breaks);
        the rows are only counted here, and built by whoever reads the batch. An error
        that stops the file is yielded in its place, to be raised after the batches
        before it are reported. Replaces iterating over this reader.
        """
        taken: list[str] = []

        def tap() -> Iterator[str]:
            for line in self._source:
                taken.append(line)
                yield line

        reader = csv.reader(tap())
        base = self._reader.line_num
        row = rows_before = self.rows_read
        lines_before = base
        while True:
            first_line = base + reader.line_num + 1
            complete = len(taken)  # the lines of the records read so far
            try:
                fields = next(reader)
                row += bool(fields)  # a blank line is not a row
            except StopIteration:
                break
            except csv.Error as error:
                if "field limit" in str(error):
                    yield from _ending(taken[:complete], rows_before, lines_before)
                    yield _too_large(self.path, first_line)
                    return
                row += 1
            except UnicodeDecodeError as error:
                yield from _ending(taken[:complete], rows_before, lines_before)
                yield error
                return
            self.rows_read = row
            if len(taken) >= lines:
                yield Batch("".join(taken), rows_before, lines_before)
                taken.clear()
                rows_before, lines_before = row, base + reader.line_num
        yield from _ending(taken, rows_before, lines_before)

    def __iter__(self) -> Iterator[Record | RejectedRow]:
        row = self.rows_read
        while True:
            first_line = self._lines_before + self._reader.line_num + 1
            try:
                fields = next(self._reader)
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
            if len(fields) != self.layout.width:
                reason = f"has {len(fields)} fields; the header has {self.layout.width}"
                yield RejectedRow(row, reason + self._lines(first_line))
                continue
            longest = max(map(len, fields), default=0)
            if longest > FIELD_LIMIT:
                reason = f"a field is larger than 1 MiB ({longest / 2**20:.1f} MiB)"
                yield RejectedRow(row, reason + self._lines(first_line))
                continue
            yield self._record(row, fields)

    def _lines(self, first: int) -> str:
        """Where a bad row stands in the file; a long span usually means a stray quote."""
        last = self._lines_before + self._reader.line_num
        if last - first < 2:
            return f" (line {first})" if last <= first else f" (lines {first}-{last})"
        return f" (lines {first}-{last}: an unclosed quote swallowed them?)"

    def _record(self, row: int, fields: list[str]) -> Record | RejectedRow:
        fields.append("")  # what an unmapped column (index -1) reads
        member_id, name, date, activity, source = self._pick(fields)
        member_id = member_id.strip()
        if not member_id:
            return RejectedRow(row, "no member id")
        return Record(
            row=row,
            member_id=member_id,
            name=name.strip(),
            date=date,
            activity=activity,
            source=source.strip(),
            extra=tuple((column, fields[i]) for i, column in self.layout.extra),
        )
