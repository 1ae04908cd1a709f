"""Shared fixtures: the shipped rules, a judge over them, and CSV files to scan."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import pytest

from exclcheck.judge import Judge
from exclcheck.rules import load_rules
from exclcheck.ruleset import RuleSet

ROOT = Path(__file__).resolve().parents[1]
RULES_DIR = ROOT / "rules"
DATA = Path(__file__).resolve().parent / "data"
HEADER = ("member_id", "name", "date", "activity", "source")


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rules([RULES_DIR])


@pytest.fixture(scope="session")
def judge(rules: RuleSet) -> Judge:
    return Judge(rules)


class WriteCsv(Protocol):
    def __call__(self, rows: Sequence[Sequence[str]], name: str = ...) -> Path: ...


@pytest.fixture
def write_csv(tmp_path: Path) -> WriteCsv:
    """Write rows (header first) to a CSV file and return its path."""

    def write(rows: Sequence[Sequence[str]], name: str = "members.csv") -> Path:
        path = tmp_path / name
        with path.open("w", encoding="utf-8", newline="") as stream:
            csv.writer(stream).writerows(rows)
        return path

    return write
