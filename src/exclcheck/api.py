"""The library's public names, gathered for `exclcheck/__init__.py` to hand out lazily."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from exclcheck.findings import DateProblem, Finding, Matched
from exclcheck.judge import Assessment, Judge, Verdict
from exclcheck.records import ColumnMap, InputError, Record, RecordReader, RejectedRow
from exclcheck.rules import RulesError, load_rules
from exclcheck.ruleset import RuleSet
from exclcheck.scan import scan


def scan_records(records: Iterable[Record], rules: RuleSet) -> Iterator[Finding]:
    """Findings for an iterable of records, in record order (a lazy stream)."""
    judge = Judge(rules)
    for event in scan(records, judge):
        if isinstance(event, Finding):
            yield event


__all__ = [
    "Assessment",
    "ColumnMap",
    "DateProblem",
    "Finding",
    "InputError",
    "Judge",
    "Matched",
    "Record",
    "RecordReader",
    "RejectedRow",
    "RuleSet",
    "RulesError",
    "Verdict",
    "load_rules",
    "scan",
    "scan_records",
]
