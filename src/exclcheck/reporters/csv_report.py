"""One finding per row, for spreadsheets.

Cells that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at
the start) are prefixed with an apostrophe: member data must not become code.
"""

from __future__ import annotations

import csv
from typing import Any

from exclcheck.findings import Finding
from exclcheck.reporters.base import Reporter, RunInfo

COLUMNS = (
    "status",
    "fingerprint",
    "review",
    "row",
    "member_id",
    "name",
    "date",
    "organisation",
    "organisation_name",
    "criterion",
    "score",
    "matched_text",
    "matched_start",
    "matched_end",
    "matched_alias",
    "match_method",
    "cues",
    "activity",
    "source",
    "explanation",
    "reason",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> str:
    """A cell a spreadsheet shows as text, never evaluates."""
    text = str(cell)
    return "'" + text if text.startswith(_FORMULA_START) else text


class CsvReporter(Reporter):
    def start(self, info: RunInfo) -> None:
        self._extra = info.extra_columns
        # CRLF, as RFC 4180 says; it also makes the writer quote a cell holding a bare CR.
        self._writer = csv.writer(self.stream, lineterminator="\r\n")
        self._writer.writerow([neutralise(c) for c in (*COLUMNS, *self._extra)])

    def finding(self, finding: Finding) -> None:
        m = finding.matched
        extra = dict(finding.extra)
        cells = (
            finding.status,
            finding.fingerprint,
            finding.review,
            finding.row,
            finding.member_id,
            finding.name,
            finding.date,
            finding.organisation,
            finding.organisation_name,
            finding.criterion,
            finding.score,
            m.text,
            m.start,
            m.end,
            m.alias,
            m.method,
            "; ".join(finding.cues),
            finding.activity,
            finding.source,
            finding.explanation,
            finding.reason,
            *(extra.get(c, "") for c in self._extra),
        )
        # Numbers we wrote ourselves are left alone; text from the data is neutralised.
        self._writer.writerow([c if isinstance(c, int | float) else neutralise(c) for c in cells])

    def finish(self, summary: dict[str, Any]) -> None:
        self.stream.flush()
