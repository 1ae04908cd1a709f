"""What a scan produces: findings, with their evidence, and problems with rows."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from exclcheck.normalize import fold

FINDING = "finding"
NEAR_MISS = "near-miss"


def fingerprint(member_id: str, organisation: str, criterion: str, activity: str, date: str) -> str:
    """What identifies a finding, hashed: the same when rows are reordered, the file is
    renamed or rows are added - the row number and file name are not part of it - and
    when only case or spacing of the activity text changes."""
    text = " ".join(fold(activity).casefold().split())
    key = "\x1f".join((member_id.strip(), organisation, criterion, text, date.strip()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Matched:
    """The member's own words that named the organisation, and where they stand."""

    text: str
    start: int  # character offsets in the activity text
    end: int
    alias: str  # the name in the rules it matched
    method: str  # "exact" or "fuzzy"


@dataclass(frozen=True, slots=True)
class Finding:
    """A record that shows support for a proscribed organisation: a case for review."""

    row: int
    member_id: str
    name: str
    date: str  # ISO
    organisation: str
    organisation_name: str
    criterion: str
    score: float
    matched: Matched
    activity: str
    source: str
    cues: tuple[str, ...]  # the support cues, as written in the activity
    explanation: str
    extra: tuple[tuple[str, str], ...] = ()
    # "finding", or "near-miss": a mention that was excluded, predates the ban or lacks
    # a support cue - shown only when asked for, never counted as a finding.
    status: str = "finding"
    reason: str = ""  # why it is a finding, or why not
    fingerprint: str = ""  # stable identity across rescans (see fingerprint())
    review: str = ""  # with a decisions file: "new" or "confirmed"

    def __post_init__(self) -> None:
        # Computed once, from the finding as found: redacting the activity later (for
        # output) must not change the identity that decisions refer to.
        if not self.fingerprint:
            identity = fingerprint(
                self.member_id, self.organisation, self.criterion, self.activity, self.date
            )
            object.__setattr__(self, "fingerprint", identity)

    @property
    def is_finding(self) -> bool:
        return self.status == FINDING

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready data; the field order is the documented one."""
        return {
            "status": self.status,
            "fingerprint": self.fingerprint,
            "review": self.review,
            "row": self.row,
            "member_id": self.member_id,
            "name": self.name,
            "date": self.date,
            "organisation": self.organisation,
            "organisation_name": self.organisation_name,
            "criterion": self.criterion,
            "score": self.score,
            "matched": {
                "text": self.matched.text,
                "start": self.matched.start,
                "end": self.matched.end,
                "alias": self.matched.alias,
                "method": self.matched.method,
            },
            "cues": list(self.cues),
            "activity": self.activity,
            "source": self.source,
            "explanation": self.explanation,
            "reason": self.reason,
            "extra": dict(self.extra),
        }


@dataclass(frozen=True, slots=True)
class DateProblem:
    """A record whose date could not be tested; it is never treated as after a ban."""

    row: int
    member_id: str
    date: str
    status: str  # "missing" or "unreadable"
    blocked: tuple[str, ...]  # organisations it would otherwise have been flagged for
