"""A CSV export → a stream of activity records, and rows that could not be read.

Exports are read as a stream so memory does not grow with the file. A row that
cannot be used is not dropped: it comes out as a RejectedRow with its number and the
reason, so that every row is either scanned or reported.
"""

from __future__ import annotations

import csv
import difflib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

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
        self._reader = csv.reader(lines)
        try:
            header = next(self._reader)
        except StopIteration:
            raise InputError(f"{path}: the file is empty (no header row)") from None
        except csv.Error as error:
            raise InputError(f"{path}: the header row cannot be read: {error}") from None
        if any(len(name) > FIELD_LIMIT for name in header):
            raise InputError(f"{path}: the header row has a name over 1 MiB; is this a CSV export?")
        self._index = _header_index(header, path, columns, set(required))
        used = {i for i in self._index.values() if i is not None}
        self._extra = [(i, h.strip()) for i, h in enumerate(header) if i not in used]
        self._width = len(header)
        self.rows_read = 0  # data rows so far, for messages about where reading stopped

    @property
    def extra_columns(self) -> list[str]:
        """The columns that pass through into the output, in file order."""
        return [name for _i, name in self._extra]

    def __iter__(self) -> Iterator[Record | RejectedRow]:
        row = 0
        while True:
            first_line = self._reader.line_num + 1
            try:
                fields = next(self._reader)
            except StopIteration:
                return
            except csv.Error as error:
                if "field limit" in str(error):
                    raise InputError(
                        f"{self.path}: line {first_line}: a field larger than "
                        f"{PARSER_LIMIT >> 20} MiB; the file cannot be read reliably past it"
                    ) from None
                row += 1
                self.rows_read = row
                yield RejectedRow(row, f"unreadable CSV: {error}{self._lines(first_line)}")
                continue
            if not fields:
                continue  # a blank line is not a row
            row += 1
            self.rows_read = row
            if len(fields) != self._width:
                reason = f"has {len(fields)} fields; the header has {self._width}"
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
        last = self._reader.line_num
        if last - first < 2:
            return f" (line {first})" if last <= first else f" (lines {first}-{last})"
        return f" (lines {first}-{last}: an unclosed quote swallowed them?)"

    def _record(self, row: int, fields: list[str]) -> Record | RejectedRow:
        def get(field: str) -> str:
            i = self._index[field]
            return fields[i] if i is not None else ""

        member_id = get("member_id").strip()
        if not member_id:
            return RejectedRow(row, "no member id")
        return Record(
            row=row,
            member_id=member_id,
            name=get("name").strip(),
            date=get("date"),
            activity=get("text"),
            source=get("source").strip(),
            extra=tuple((name, fields[i]) for i, name in self._extra),
        )
