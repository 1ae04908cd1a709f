"""Everything the judge considered for a record, flagged or not, as plain data.

A reviewer asking "why was this flagged?" (or "why not?") gets every candidate
mention with its score and method (and why a rejected one does not count), every
support and exclusion cue found, the date test and the verdict with its reason.
"""

from __future__ import annotations

from typing import Any

from exclcheck.dates import parse_date
from exclcheck.judge import Assessment, Judge
from exclcheck.records import Record


def verdict_line(assessment: Assessment) -> str:
    """One sentence for the record as a whole."""
    if not assessment.mentions:
        return "no proscribed organisation mentioned"
    if not assessment.verdicts:
        return "mentions considered, none counts: " + "; ".join(
            f"'{m.text}': {m.rejected}" for m in assessment.mentions
        )
    parts = []
    for verdict in assessment.verdicts:
        state = "FLAGGED" if verdict.flagged else "not flagged"
        parts.append(f"{verdict.organisation}: {state} ({verdict.reason})")
    return "; ".join(parts)


def explain(record: Record, judge: Judge) -> dict[str, Any]:
    """The full reasoning for one record, JSON-ready."""
    assessment = judge.assess(record.activity, parse_date(record.date), record.name)
    return {
        "row": record.row,
        "member_id": record.member_id,
        "name": record.name,
        "date": record.date,
        "source": record.source,
        "activity": record.activity,
        "mentions": [
            {
                "organisation": m.organisation,
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "alias": m.alias,
                "kind": m.kind.value,
                "score": m.score,
                "method": m.method,
                "counts": not m.rejected,
                "rejected": m.rejected,
            }
            for m in assessment.mentions
        ],
        "support_cues": [
            {"criterion": h.rule, "text": h.text, "start": h.start, "end": h.end, "cue": h.cue}
            for h in assessment.support
        ],
        "exclusion_cues": [
            {"exclusion": h.rule, "text": h.text, "start": h.start, "end": h.end, "cue": h.cue}
            for h in assessment.exclusions
        ],
        "verdicts": [
            {
                "organisation": v.organisation,
                "flagged": v.flagged,
                "reason": v.reason,
                "criterion": v.criterion,
                "score": v.score,
                "date_test": {
                    "result": v.date_test.result.value,
                    "activity_date": v.date_test.activity_date,
                    "proscribed_on": v.date_test.proscribed_on.isoformat(),
                },
                "explanation": v.explanation(),
            }
            for v in assessment.verdicts
        ],
        "verdict": verdict_line(assessment),
    }
