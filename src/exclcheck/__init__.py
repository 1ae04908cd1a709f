"""exclcheck: screen member activity records for support of proscribed organisations.

The library is usable without the CLI:

    from exclcheck import load_rules, scan_records
    rules = load_rules(["rules"])
    for finding in scan_records(records, rules): ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from exclcheck.findings import DateProblem, Finding, Matched
from exclcheck.judge import Assessment, Judge, Verdict
from exclcheck.records import ColumnMap, InputError, Record, RecordReader, RejectedRow
from exclcheck.rules import RulesError, load_rules
from exclcheck.ruleset import RuleSet
from exclcheck.scan import scan

__version__ = "0.1.0"


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
    "__version__",
    "load_rules",
    "scan",
    "scan_records",
]
