"""Worker processes must not change the findings, their order or the row accounting."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest
from benchmarks.generate import write

from exclcheck.judge import Judge
from exclcheck.parallel import scan_parallel
from exclcheck.records import Record, RecordReader, RejectedRow
from exclcheck.ruleset import RuleSet
from exclcheck.scan import scan

from .conftest import DATA
from .test_e2e import exclcheck


def records() -> list[Record | RejectedRow]:
    rows: list[Record | RejectedRow] = []
    for name in ("corpus.csv", "holdout.csv", "corpus-sources.csv"):
        with (DATA / name).open(encoding="utf-8", newline="") as stream:
            rows += list(RecordReader(stream, name))
    rows.append(RejectedRow(row=10_000, reason="a rejected row keeps its place"))
    return rows


@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_scan_equals_the_single_process_scan(rules: RuleSet, jobs: int) -> None:
    data = records()
    expected = list(scan(data, Judge(rules), near_misses=True))
    got = list(scan_parallel(data, rules, jobs, near_misses=True, batch=37))
    assert got == expected
    assert len(got) > 300


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
