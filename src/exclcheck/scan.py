"""Records → findings: the streaming pipeline, and the running tally a summary needs.

`scan` is a generator, so findings can be written as they are found and memory stays
flat; the tally keeps only counts (and the set of flagged members).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from exclcheck.dates import DateStatus, ParsedDate, parse_date
from exclcheck.datetest import DateResult
from exclcheck.findings import FINDING, NEAR_MISS, DateProblem, Finding, Matched
from exclcheck.judge import Judge, Verdict
from exclcheck.records import Record, RecordReader, RejectedRow

ScanEvent = Finding | RejectedRow | DateProblem


def _finding(record: Record, verdict: Verdict, judge: Judge) -> Finding:
    """A verdict as a reportable item: a finding, or (when not flagged) a near miss."""
    org = judge.rules.organisation(verdict.organisation)
    mention = verdict.mention
    return Finding(
        row=record.row,
        member_id=record.member_id,
        name=record.name,
        date=verdict.date_test.activity_date,
        organisation=org.id,
        organisation_name=org.name,
        criterion=verdict.criterion,
        score=verdict.score,
        matched=Matched(
            text=mention.text,
            start=mention.start,
            end=mention.end,
            alias=mention.alias,
            method=mention.method,
        ),
        activity=record.activity,
        source=record.source,
        cues=tuple(hit.text for hit in verdict.support),
        explanation=verdict.explanation(),
        extra=record.extra,
        status=FINDING if verdict.flagged else NEAR_MISS,
        reason=verdict.reason,
    )


def _blocked_by_date(verdict: Verdict) -> bool:
    """Would this verdict have been a finding, but for a date that cannot be tested?"""
    return (
        not verdict.flagged
        and bool(verdict.support)
        and not verdict.exclusions
        and verdict.date_test.result in (DateResult.MISSING, DateResult.UNREADABLE)
    )


def scan(
    records: Iterable[Record | RejectedRow], judge: Judge, *, near_misses: bool = False
) -> Iterator[ScanEvent]:
    """Judge each record; yield findings, rejected rows and dates that stopped a flag.

    With `near_misses`, also yield (as status "near-miss") every organisation that a
    record mentions but that is not flagged, for a reviewer to glance at.
    """
    for record in records:
        if isinstance(record, RejectedRow):
            yield record
            continue
        date = parse_date(record.date)
        verdicts = judge.screen(record.activity, date, record.name)
        yield from _events(record, date, verdicts, judge, near_misses)


def scan_rows(
    reader: RecordReader,
    judge: Judge,
    scanned: Callable[[int], None],
    *,
    near_misses: bool = False,
) -> Iterator[ScanEvent]:
    """`scan` of the reader's records, told at the end how many rows were scanned.

    The same judging, but a Record is built only for a row that gives an event: most
    rows give none, and building one for each was a tenth of a scan's time.
    """
    count = 0
    unreadable = DateStatus.UNREADABLE
    try:
        for fields in reader.fields():
            if isinstance(fields, RejectedRow):
                yield fields
                continue
            count += 1
            _member_id, name, date_text, activity, _source = reader.picked(fields)
            date = parse_date(date_text)
            verdicts = judge.screen(activity, date, name.strip())
            if verdicts or date.status is unreadable:
                yield from _events(reader.record(fields), date, verdicts, judge, near_misses)
    finally:
        scanned(count)


def _events(
    record: Record,
    date: ParsedDate,
    verdicts: tuple[Verdict, ...],
    judge: Judge,
    near_misses: bool,
) -> Iterator[ScanEvent]:
    """What one record's verdicts give: a date that stopped a flag, then findings."""
    blocked = tuple(v.organisation for v in verdicts if _blocked_by_date(v))
    if date.status is DateStatus.UNREADABLE or blocked:
        yield DateProblem(
            row=record.row,
            member_id=record.member_id,
            date=record.date,
            status=date.status.value,
            blocked=blocked,
        )
    for verdict in verdicts:
        if verdict.flagged or near_misses:
            yield _finding(record, verdict, judge)


@dataclass
class Tally:
    """Counts for the summary; fed every event and every scanned record."""

    rows_scanned: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    date_problems: list[DateProblem] = field(default_factory=list)
    findings: int = 0
    undecided: int = 0  # findings with no reviewer's decision (all, without a decisions file)
    near_misses: int = 0
    members: set[str] = field(default_factory=set)
    per_organisation: Counter[str] = field(default_factory=Counter)

    def count(self, events: Iterable[ScanEvent]) -> Iterator[ScanEvent]:
        """Pass events through, counting them on the way."""
        for event in events:
            if isinstance(event, Finding) and not event.is_finding:
                self.near_misses += 1
            elif isinstance(event, Finding):
                self.findings += 1
                self.undecided += event.review != "confirmed"
                self.members.add(event.member_id)
                self.per_organisation[event.organisation] += 1
            elif isinstance(event, RejectedRow):
                self.rejected.append(event)
            else:
                self.date_problems.append(event)
            yield event

    def add_scanned(self, rows: int) -> None:
        """Count rows scanned (the scan reports them as it goes, from any process)."""
        self.rows_scanned += rows

    @property
    def rows_read(self) -> int:
        return self.rows_scanned + len(self.rejected)

    def summary(self) -> dict[str, Any]:
        """The summary as JSON-ready data (also what the table shows)."""
        return {
            "rows_read": self.rows_read,
            "rows_scanned": self.rows_scanned,
            "rows_rejected": len(self.rejected),
            "findings": self.findings,
            "near_misses": self.near_misses,
            "members_flagged": len(self.members),
            "findings_per_organisation": dict(sorted(self.per_organisation.items())),
            "dates_not_testable": len(self.date_problems),
            "rejected": [{"row": r.row, "reason": r.reason} for r in self.rejected],
        }
