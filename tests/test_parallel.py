"""Worker processes must not change the findings, their order or the row accounting."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from benchmarks.generate import write

from exclcheck.parallel import scan_parallel
from exclcheck.records import PARSER_LIMIT, InputError, RecordReader, RejectedRow
from exclcheck.ruleset import RuleSet
from exclcheck.scan import ScanEvent, Tally

from .conftest import DATA
from .test_e2e import exclcheck


def _export(tmp_path: Path) -> Path:
    """The labelled files as one export, with rows the reader must reject on the way."""
    lines = ["member_id,name,date,activity,source\n"]
    for name in ("corpus.csv", "holdout.csv", "corpus-sources.csv", "corpus-fresh.csv"):
        with (DATA / name).open(encoding="utf-8", newline="") as stream:
            for row in csv.DictReader(stream):
                lines.append(_line(row))
    lines.insert(50, "M1,too,few\n")  # a rejected row keeps its place
    lines.insert(90, "\n")  # a blank line is not a row
    lines.insert(120, ',Nobody,2023-01-01,"Sold the AWL paper\nat the stall",x\n')
    path = tmp_path / "export.csv"
    path.write_text("".join(lines), encoding="utf-8", newline="")
    return path


def _line(row: dict[str, str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(
        [row["member_id"], row["name"], row["date"], row["activity"], row["source"]]
    )
    return out.getvalue()


def _scan(path: Path, rules: RuleSet, jobs: int, lines: int) -> tuple[list[ScanEvent], int]:
    tally = Tally()
    with path.open(encoding="utf-8", newline="") as stream:
        reader = RecordReader(stream, str(path))
        events = scan_parallel(
            reader, rules, jobs, near_misses=True, scanned=tally.add_scanned, lines=lines
        )
        return list(events), tally.rows_scanned


@pytest.mark.parametrize(("jobs", "lines"), [(2, 37), (3, 5), (2, 1)])
def test_parallel_scan_equals_the_single_process_scan(
    rules: RuleSet, tmp_path: Path, jobs: int, lines: int
) -> None:
    path = _export(tmp_path)
    expected, scanned = _scan(path, rules, 1, lines)
    assert (_scan(path, rules, jobs, lines)) == (expected, scanned)
    assert len(expected) > 300
    rejected = [e for e in expected if isinstance(e, RejectedRow)]
    assert [(r.row, r.reason) for r in rejected] == [
        (50, "has 3 fields; the header has 5 (line 51)"),
        (119, "no member id"),
    ]


def test_an_error_that_stops_the_file_comes_after_the_rows_before_it(
    rules: RuleSet, tmp_path: Path
) -> None:
    """A field past the parser's limit ends the scan in its place, with every worker."""
    path = tmp_path / "big.csv"
    sold = "M1,Ann,2023-05-01,Sold the AWL paper at the stall,x\n"
    huge = 'M2,Bo,2023-05-01,"' + "x" * (PARSER_LIMIT + 10) + '",x\n'
    path.write_text("member_id,name,date,activity,source\n" + sold * 30 + huge, encoding="utf-8")
    for jobs in (1, 2):
        found: list[ScanEvent] = []
        with path.open(encoding="utf-8", newline="") as stream, pytest.raises(InputError) as error:
            found.extend(scan_parallel(RecordReader(stream, "big.csv"), rules, jobs, lines=4))
        assert len(found) == 30
        assert str(error.value).startswith("big.csv: line 32: a field larger than 64 MiB")


def test_ctrl_c_stops_the_workers_at_once(tmp_path: Path) -> None:
    """A parallel scan interrupted half-way exits 130 quickly, with no report left."""
    data = tmp_path / "big.csv"
    write(60_000, data, seed=3)
    report = tmp_path / "report.jsonl"
    command = [exclcheck(), "scan", str(data), "--jobs", "2", "-o", str(report)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not list(tmp_path.glob(".report.jsonl.*")) and time.monotonic() < deadline:
        time.sleep(0.05)  # the temporary report appears once the scan has started
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=20)
    assert process.returncode == 130
    assert err.decode().split() == ["exclcheck:", "interrupted"]
    assert list(tmp_path.iterdir()) == [data]


def test_the_report_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Python varies the order of sets per process; a report must not vary with it."""
    command = [exclcheck(), "scan", str(DATA / "corpus-fresh.csv"), "--show", "near-misses"]
    command += ["--format", "jsonl", "--jobs", "1", "--exit-zero"]
    reports = []
    for seed in ("1", "2", "3"):
        result = subprocess.run(
            command,
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        reports.append(result.stdout)
    assert reports[0] == reports[1] == reports[2]
    assert reports[0].count(b"\n") > 100
