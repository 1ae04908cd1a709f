"""exclcheck: screen member activity records for support of proscribed organisations.

The library is usable without the CLI:

    from exclcheck import load_rules, scan_records
    rules = load_rules(["rules"])
    for finding in scan_records(records, rules): ...

The names are loaded on first use (from `exclcheck.api`), not when the package is
imported: the command's entry point (`exclcheck.launch`) must be running, and ready
to answer Ctrl-C, before the heavy modules load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from exclcheck.api import (
        Assessment,
        ColumnMap,
        DateProblem,
        Finding,
        InputError,
        Judge,
        Matched,
        Record,
        RecordReader,
        RejectedRow,
        RulesError,
        RuleSet,
        Verdict,
        load_rules,
        scan,
        scan_records,
    )

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
_API = frozenset(__all__) - {"__version__"}


def __getattr__(name: str) -> Any:
    if name in _API:
        from exclcheck import api

        return getattr(api, name)
    raise AttributeError(f"module 'exclcheck' has no attribute {name!r}")
