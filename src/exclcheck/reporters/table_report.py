"""A rich table for people: the matched words highlighted in the member's own text.

Text from the data is never read as rich markup (it goes in as `Text`, not as a
markup string) and control characters are replaced, so an activity text cannot
restyle the report or send escape sequences to the terminal.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from exclcheck.findings import Finding
from exclcheck.reporters.base import Reporter, RunInfo

_REPLACEMENT = "\ufffd"


def printable(text: str) -> str:
    """Replace control characters one for one, so match offsets stay valid."""
    return "".join(
        _REPLACEMENT if unicodedata.category(c) == "Cc" and c not in "\n\t" else c for c in text
    )


def highlighted(text: str, start: int, end: int) -> Text:
    """The activity with the matched span in bold, safe to print."""
    shown = Text(printable(text))
    shown.stylize("bold reverse", start, end)
    return shown


class TableReporter(Reporter):
    includes_summary = True

    def __init__(self, stream: Any, console: Console | None = None) -> None:
        super().__init__(stream)
        self.console = console or Console(file=stream)
        self._findings: list[Finding] = []
        self._near_misses: list[Finding] = []

    def start(self, info: RunInfo) -> None:
        self._info = info

    def finding(self, finding: Finding) -> None:
        (self._findings if finding.is_finding else self._near_misses).append(finding)

    def finish(self, summary: dict[str, Any]) -> None:
        if self._findings:
            title = "exclcheck findings - cases for human review, not verdicts"
            self.console.print(self._table(title, self._findings, "criterion"))
        if self._near_misses:
            title = "near misses - mentioned, but not findings"
            self.console.print(self._table(title, self._near_misses, "why not"))
        self.console.print(self._summary(summary))

    def _table(self, title: str, findings: list[Finding], decided: str) -> Table:
        table = Table(title=title)
        table.add_column("row", justify="right")
        table.add_column("member")
        table.add_column("date")
        table.add_column("organisation")
        table.add_column(decided)
        table.add_column("score", justify="right")
        table.add_column("evidence", ratio=2)
        for f in findings:
            table.add_row(
                str(f.row),
                Text(printable(f"{f.member_id} {f.name}".strip())),
                Text(printable(f.date)),
                f.organisation,
                f.criterion if f.is_finding else Text(printable(f.reason)),
                f"{f.score:g}",
                highlighted(f.activity, f.matched.start, f.matched.end),
            )
        return table

    def _summary(self, summary: dict[str, Any]) -> Text:
        lines = [
            f"rows read {summary['rows_read']}: scanned {summary['rows_scanned']}, "
            f"rejected {summary['rows_rejected']}",
            f"findings {summary['findings']} for {summary['members_flagged']} member(s)",
        ]
        if summary["near_misses"]:
            lines.append(f"near misses (not findings) {summary['near_misses']}")
        for org, count in summary["findings_per_organisation"].items():
            lines.append(f"  {org}: {count}")
        if summary["dates_not_testable"]:
            lines.append(f"dates that could not be tested: {summary['dates_not_testable']}")
        return Text("\n".join(lines))
