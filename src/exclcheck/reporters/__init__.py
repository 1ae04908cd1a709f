"""Output formats by name; the CLI's --format choices come from this registry."""

from __future__ import annotations

from exclcheck.reporters.base import Reporter, RunInfo
from exclcheck.reporters.csv_report import CsvReporter
from exclcheck.reporters.json_report import JsonReporter
from exclcheck.reporters.jsonl_report import JsonLinesReporter
from exclcheck.reporters.table_report import TableReporter

REPORTERS: dict[str, type[Reporter]] = {
    "table": TableReporter,
    "json": JsonReporter,
    "jsonl": JsonLinesReporter,
    "csv": CsvReporter,
}

__all__ = ["REPORTERS", "Reporter", "RunInfo"]
