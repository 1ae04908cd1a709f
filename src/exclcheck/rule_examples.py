"""Run the examples written into the rules, so a rule author's edit is tested.

An organisation's `flag` examples must be flagged for that organisation and its
`ignore` examples must not be; a criterion's or exclusion's `flag` examples must be
flagged for some organisation and their `ignore` examples for none. An example
without a date is dated a year after the latest proscription it could concern, so
that only the text decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from exclcheck.dates import DateStatus, ParsedDate
from exclcheck.judge import Assessment, Judge
from exclcheck.ruleset import Example, Examples, RuleSet

_YEAR = dt.timedelta(days=365)


@dataclass(frozen=True, slots=True)
class ExampleResult:
    example: Example
    owner: str  # "organisation x", "criterion y", "exclusion z"
    expected_flag: bool
    flagged: tuple[str, ...]  # organisations flagged
    passed: bool
    explanation: str

    def __str__(self) -> str:
        expected = "flag" if self.expected_flag else "no flag"
        got = ", ".join(self.flagged) or "none"
        return (
            f"{self.example.path}:{self.example.line}: expected {expected}, got {got} "
            f"({self.owner}: {self.example.text!r}; {self.explanation})"
        )


def _assess(judge: Judge, example: Example, default: dt.date) -> Assessment:
    date = example.date or default
    return judge.assess(example.text, ParsedDate(DateStatus.OK, date, date.isoformat()))


def _explanation(assessment: Assessment) -> str:
    if not assessment.mentions:
        return "no organisation mentioned"
    if not assessment.verdicts:
        return "; ".join(f"'{m.text}': {m.rejected}" for m in assessment.mentions)
    return "; ".join(f"{v.organisation}: {v.reason}" for v in assessment.verdicts)


def run_examples(rules: RuleSet, judge: Judge | None = None) -> Iterator[ExampleResult]:
    """Every example in the rules, judged, in file order."""
    judge = judge or Judge(rules)
    latest = max(org.proscribed_on for org in rules.organisations) + _YEAR
    owners: list[tuple[str, str | None, Examples, dt.date]] = [
        (f"organisation {org.id}", org.id, org.examples, org.proscribed_on + _YEAR)
        for org in rules.organisations
    ]
    owners += [(f"criterion {c.id}", None, c.examples, latest) for c in rules.criteria]
    owners += [(f"exclusion {e.id}", None, e.examples, latest) for e in rules.exclusions]
    for owner, org_id, examples, default in owners:
        for expected_flag, items in ((True, examples.flag), (False, examples.ignore)):
            for example in items:
                assessment = _assess(judge, example, default)
                flagged = tuple(v.organisation for v in assessment.flagged)
                hit = org_id in flagged if org_id else bool(flagged)
                yield ExampleResult(
                    example=example,
                    owner=owner,
                    expected_flag=expected_flag,
                    flagged=flagged,
                    passed=hit == expected_flag,
                    explanation=_explanation(assessment),
                )
