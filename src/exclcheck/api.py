"""The library's public names, gathered for `exclcheck/__init__.py` to hand out lazily."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

# The re-exported names are listed once, in exclcheck/__init__.py's __all__; here the
# "X as X" form marks them as re-exports.
from exclcheck.findings import DateProblem as DateProblem
from exclcheck.findings import Finding as Finding
from exclcheck.findings import Matched as Matched
from exclcheck.judge import Assessment as Assessment
from exclcheck.judge import Judge as Judge
from exclcheck.judge import Verdict as Verdict
from exclcheck.records import ColumnMap as ColumnMap
from exclcheck.records import InputError as InputError
from exclcheck.records import Record as Record
from exclcheck.records import RecordReader as RecordReader
from exclcheck.records import RejectedRow as RejectedRow
from exclcheck.rules import RulesError as RulesError
from exclcheck.rules import load_rules as load_rules
from exclcheck.ruleset import RuleSet as RuleSet
from exclcheck.scan import scan as scan


def scan_records(records: Iterable[Record], rules: RuleSet) -> Iterator[Finding]:
    """Findings for an iterable of records, in record order (a lazy stream)."""
    judge = Judge(rules)
    for event in scan(records, judge):
        if isinstance(event, Finding):
            yield event
