"""Precision and recall of a rule set on labelled records.

Counted per (record, organisation) — did this record show support for this group —
and per (member, organisation), because a member is flagged once however many of
their records match. A false flag harms a member, so precision is reported first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from exclcheck.dates import parse_date
from exclcheck.judge import Judge
from exclcheck.records import Record


@dataclass(frozen=True, slots=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Miss:
    """A record where the verdict differs from the label."""

    row: int
    member_id: str
    organisation: str
    expected: bool  # True: a miss (expected, not flagged); False: a false flag
    activity: str
    explanation: str


@dataclass(frozen=True, slots=True)
class Evaluation:
    records: Score
    members: Score
    per_organisation: Mapping[str, Score]
    misses: tuple[Miss, ...]


def _score(expected: set[tuple[str, str]], got: set[tuple[str, str]]) -> Score:
    return Score(len(expected & got), len(got - expected), len(expected - got))


def parse_expected(text: str) -> set[str]:
    """`a;b` → {a, b}; empty → no organisation."""
    return {part.strip() for part in text.split(";") if part.strip()}


def evaluate(labelled: Iterable[tuple[Record, set[str]]], judge: Judge) -> Evaluation:
    """Compare the judge's verdicts with the labels, record by record."""
    expected_rows: set[tuple[str, str]] = set()
    got_rows: set[tuple[str, str]] = set()
    expected_members: set[tuple[str, str]] = set()
    got_members: set[tuple[str, str]] = set()
    misses: list[Miss] = []
    for record, expected in labelled:
        assessment = judge.assess(record.activity, parse_date(record.date), record.name)
        flagged = {v.organisation for v in assessment.flagged}
        key = str(record.row)
        expected_rows |= {(key, org) for org in expected}
        got_rows |= {(key, org) for org in flagged}
        expected_members |= {(record.member_id, org) for org in expected}
        got_members |= {(record.member_id, org) for org in flagged}
        explanations = {
            v.organisation: f"{v.reason}; {v.explanation()}" for v in assessment.verdicts
        }
        for org in sorted(expected ^ flagged):
            misses.append(
                Miss(
                    row=record.row,
                    member_id=record.member_id,
                    organisation=org,
                    expected=org in expected,
                    activity=record.activity,
                    explanation=explanations.get(org, "no mention of the organisation found"),
                )
            )
    organisations = sorted({org for _, org in expected_rows | got_rows})
    per_org = {
        org: _score({k for k in expected_rows if k[1] == org}, {k for k in got_rows if k[1] == org})
        for org in organisations
    }
    return Evaluation(
        records=_score(expected_rows, got_rows),
        members=_score(expected_members, got_members),
        per_organisation=per_org,
        misses=tuple(misses),
    )
