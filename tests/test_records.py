"""The CSV reader: a bad header stops the run; a bad row is reported, never dropped."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exclcheck.records import ColumnMap, InputError, Record, RecordReader, RejectedRow

from .conftest import HEADER, WriteCsv


def read(
    text: str, path: str = "members.csv", columns: ColumnMap | None = None
) -> list[Record | RejectedRow]:
    return list(RecordReader(io.StringIO(text, newline=""), path, columns or ColumnMap()))


def read_file(path: Path) -> list[Record | RejectedRow]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(RecordReader(stream, str(path)))


def test_default_columns(write_csv: WriteCsv) -> None:
    path = write_csv(
        [
            HEADER,
            (" M1 ", " Ann Smith ", "2022-04-01", "  Joined the AWL  ", " notes "),
            ("M2", "Bob", "01/05/2022", "Sold Solidarity", "email"),
        ]
    )
    assert read_file(path) == [
        Record(
            row=1,
            member_id="M1",
            name="Ann Smith",
            date="2022-04-01",
            activity="  Joined the AWL  ",  # the member's own words, offsets intact
            source="notes",
        ),
        Record(
            row=2,
            member_id="M2",
            name="Bob",
            date="01/05/2022",
            activity="Sold Solidarity",
            source="email",
        ),
    ]


def test_a_byte_order_mark_does_not_hide_the_first_column(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffmember_id,date,activity\r\nM1,2022-04-01,hi\r\n".encode())
    assert read_file(path) == [
        Record(row=1, member_id="M1", name="", date="2022-04-01", activity="hi", source="")
    ]


def test_mapped_columns() -> None:
    columns = ColumnMap(
        member_id="Membership No", name="Full name", date="When", text="Note", source="Via"
    )
    text = "Via,Note,When,Full name,Membership No\nphone,Joined LAW,2021-08-01,Cy,A-7\n"
    assert read(text, columns=columns) == [
        Record(
            row=1,
            member_id="A-7",
            name="Cy",
            date="2021-08-01",
            activity="Joined LAW",
            source="phone",
        )
    ]


@pytest.mark.parametrize(
    ("header", "columns", "missing", "option"),
    [
        ("name,date,activity", ColumnMap(), "member_id", "--id-column"),
        ("member_id,name,activity", ColumnMap(), "date", "--date-column"),
        ("member_id,date,text", ColumnMap(), "activity", "--text-column"),
        ("member_id,date,activity", ColumnMap(text="notes"), "notes", "--text-column"),
        ("id,date,activity", ColumnMap(member_id="ID"), "ID", "--id-column"),
    ],
)
def test_a_missing_required_column_names_file_columns_and_option(
    header: str, columns: ColumnMap, missing: str, option: str
) -> None:
    with pytest.raises(InputError) as caught:
        read(header + "\n1,2,3\n", path="exports/june.csv", columns=columns)
    message = str(caught.value)
    assert message.startswith("exports/june.csv: ")
    assert f"no column '{missing}'" in message
    assert f"the columns are: {header.replace(',', ', ')}" in message
    assert message.endswith(f"map one with {option}")
    assert "\n" not in message


def test_a_missing_column_suggests_a_close_name() -> None:
    with pytest.raises(InputError, match=r"no column 'activity' \(did you mean 'Activity'\?\)"):
        read("member_id,date,Activity\n")


def test_optional_columns_may_be_missing() -> None:
    assert read("member_id,date,activity\nM1,2022-01-01,hi\n") == [
        Record(row=1, member_id="M1", name="", date="2022-01-01", activity="hi", source="")
    ]


@pytest.mark.parametrize(
    ("header", "duplicates"),
    [
        ("member_id,date,activity,date", "date"),
        ("member_id,date,activity,note, note", "note"),
        ("member_id,date,activity,x,x,y,y", "x, y"),
    ],
)
def test_duplicate_header_names_are_an_input_error(header: str, duplicates: str) -> None:
    with pytest.raises(InputError) as caught:
        read(header + "\n")
    assert str(caught.value) == (f"members.csv: duplicate column names in the header: {duplicates}")


@pytest.mark.parametrize("text", ["", "\n", "\r\n\r\n"])
def test_an_empty_file_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError, match=r"^members\.csv: "):
        read(text)


def test_a_file_with_no_text_at_all_says_it_is_empty() -> None:
    with pytest.raises(InputError) as caught:
        read("")
    assert str(caught.value) == "members.csv: the file is empty (no header row)"


@pytest.mark.parametrize("text", ["member_id,date,activity", "member_id,date,activity\n\n\n"])
def test_a_header_alone_gives_no_rows(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("M1,2022-01-01", 2),
        ("M1,2022-01-01,hi,extra", 4),
        ("M1", 1),
    ],
)
def test_a_wrong_field_count_is_a_rejected_row(line: str, count: int) -> None:
    text = f"member_id,date,activity\nM0,2022-01-01,first\n{line}\nM2,2022-01-02,last\n"
    rows = read(text)
    assert rows[1] == RejectedRow(2, f"has {count} fields; the header has 3 (line 3)")
    assert [r.member_id for r in rows if isinstance(r, Record)] == ["M0", "M2"]
    assert [r.row for r in rows] == [1, 2, 3]


@pytest.mark.parametrize("member_id", ["", "   ", '""'])
def test_an_empty_member_id_is_a_rejected_row(member_id: str) -> None:
    rows = read(f"member_id,date,activity\n{member_id},2022-01-01,hi\n")
    assert rows == [RejectedRow(1, "no member id")]


def test_row_numbers_count_data_rows_across_multi_line_fields() -> None:
    text = (
        "member_id,date,activity\n"
        'M1,2022-01-01,"one\nline two\nline three"\n'
        "\n"  # a blank line is not a row
        'M2,2022-01-02,"quoted ""AWL"", with a comma"\n'
        "M3,2022-01-03\n"
        'M4,2022-01-04,"crlf\r\ninside"\r\n'
        "M5,2022-01-05,last\n"
    )
    rows = read(text)
    assert [(r.row, type(r).__name__) for r in rows] == [
        (1, "Record"),
        (2, "Record"),
        (3, "RejectedRow"),
        (4, "Record"),
        (5, "Record"),
    ]
    first, second, _, fourth, fifth = rows
    assert isinstance(first, Record)
    assert first.activity == "one\nline two\nline three"
    assert isinstance(second, Record)
    assert second.activity == 'quoted "AWL", with a comma'
    assert isinstance(fourth, Record)
    assert fourth.activity == "crlf\r\ninside"
    assert isinstance(fifth, Record)
    assert fifth.member_id == "M5"


def test_extra_columns_pass_through_in_file_order() -> None:
    text = "zeta,member_id,branch,date,activity,alpha\nz1,M1,North,2022-01-01,hi,a1\n"
    reader = RecordReader(io.StringIO(text, newline=""), "members.csv")
    assert reader.extra_columns == ["zeta", "branch", "alpha"]
    [record] = list(reader)
    assert isinstance(record, Record)
    assert record.extra == (("zeta", "z1"), ("branch", "North"), ("alpha", "a1"))


def test_header_names_are_stripped() -> None:
    text = " member_id , date ,activity, branch \nM1,2022-01-01,hi,North\n"
    reader = RecordReader(io.StringIO(text, newline=""), "members.csv")
    assert reader.extra_columns == ["branch"]
    [record] = list(reader)
    assert isinstance(record, Record)
    assert (record.member_id, record.extra) == ("M1", (("branch", "North"),))


# --- anything at all --------------------------------------------------------------

HEADERS = st.sampled_from(
    [
        "member_id,date,activity\n",
        "member_id,name,date,activity,source,branch\n",
        "member_id,date,activity,date\n",
        "",
    ]
)


def _read_or_error(text: str) -> list[Record | RejectedRow] | InputError:
    """Every row read, or the InputError; any other exception propagates."""
    try:
        reader = RecordReader(io.StringIO(text, newline=""), "members.csv")
    except InputError as error:
        return error
    return list(reader)


@settings(max_examples=300, deadline=None)
@given(header=HEADERS, body=st.text())
def test_any_text_gives_records_rejected_rows_or_an_input_error(header: str, body: str) -> None:
    text = header + body
    outcome = _read_or_error(text)
    if isinstance(outcome, InputError):
        assert str(outcome).startswith("members.csv: ")
        return
    rows = outcome
    assert all(isinstance(r, Record | RejectedRow) for r in rows)
    # Every row is numbered once, in order, from 1: none is lost or counted twice.
    assert [r.row for r in rows] == list(range(1, len(rows) + 1))
    if header and '"' not in body:
        # Without quoting, a row is a line: every line with anything on it is a row.
        lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        assert len(rows) == sum(1 for line in lines if line)


FIELD = st.text(max_size=12)
ROWS = st.lists(st.lists(FIELD, max_size=5), max_size=12)


@settings(max_examples=300, deadline=None)
@given(rows=ROWS)
def test_every_written_row_is_read_back_or_rejected(rows: Sequence[Sequence[str]]) -> None:
    header = ("member_id", "date", "activity")
    stream = io.StringIO(newline="")
    writer = csv.writer(stream)
    writer.writerow(header)
    writer.writerows(rows)
    stream.seek(0)
    read_back = list(RecordReader(stream, "members.csv"))
    non_blank = [row for row in rows if row]  # an empty row is written as a blank line
    assert len(read_back) == len(non_blank)
    for number, (written, got) in enumerate(zip(non_blank, read_back, strict=True), start=1):
        assert got.row == number
        if len(written) != len(header):
            assert isinstance(got, RejectedRow)
            assert got.reason.startswith(f"has {len(written)} fields; the header has 3 (line")
        elif not written[0].strip():
            assert got == RejectedRow(number, "no member id")
        else:
            assert got == Record(
                row=number,
                member_id=written[0].strip(),
                name="",
                date=written[1],
                activity=written[2],
                source="",
            )
