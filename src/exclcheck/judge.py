"""Decide, for one activity text, which organisations it shows the member supporting.

A flag needs all of: a mention of the organisation that counts (see matcher), a
support cue tied to it (same clause, within the criterion's reach), no exclusion
(a debate anywhere in the record; a like, a criticism, a negation near the mention),
and a readable date on or after the proscription. Each of these is recorded in the
verdict, flagged or not, so that a reviewer can see why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from exclcheck.cues import CueHit, CuePattern, joined_words
from exclcheck.dates import DateStatus, ParsedDate
from exclcheck.matcher import Matcher, Mention
from exclcheck.normalize import Normalized, normalize
from exclcheck.ruleset import Direction, Exclusion, Organisation, RuleSet, Scope


class DateResult(StrEnum):
    ON_OR_AFTER = "on or after"
    BEFORE = "before"
    MISSING = "missing"
    UNREADABLE = "unreadable"
    RETROSPECTIVE = "retrospective"


@dataclass(frozen=True, slots=True)
class DateTest:
    """The activity date against the proscription date."""

    result: DateResult
    activity_date: str  # ISO when read, the raw text otherwise
    proscribed_on: dt.date

    @property
    def passed(self) -> bool:
        return self.result in (DateResult.ON_OR_AFTER, DateResult.RETROSPECTIVE)

    def describe(self) -> str:
        shown = self.activity_date or "(none)"
        if self.result is DateResult.RETROSPECTIVE:
            return f"date {shown}: proscription is retrospective"
        if self.result in (DateResult.MISSING, DateResult.UNREADABLE):
            return f"date {shown} is {self.result.value}; cannot test against {self.proscribed_on}"
        sign = "≥" if self.result is DateResult.ON_OR_AFTER else "<"
        return f"date {shown} {sign} proscribed {self.proscribed_on}"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Everything decided about one organisation in one record."""

    organisation: str
    flagged: bool
    reason: str  # why flagged, or why not
    mention: Mention  # the best mention that counts
    support: tuple[CueHit, ...]  # support cues tied to a mention, nearest first
    exclusions: tuple[CueHit, ...]  # exclusion cues that apply
    date_test: DateTest

    @property
    def criterion(self) -> str:
        return self.support[0].rule if self.support else ""

    @property
    def score(self) -> float:
        return self.mention.score

    def explanation(self) -> str:
        """One line: the score's components and the cues that decided."""
        m = self.mention
        parts = [f"{m.kind.value} '{m.alias}' matched '{m.text}' ({m.method}, {m.score:g})"]
        if self.support:
            cues = ", ".join(f"'{c.text}' ({c.rule})" for c in self.support[:3])
            parts.append(f"support {cues}")
        else:
            parts.append("no support cue tied to the mention")
        if self.exclusions:
            cues = ", ".join(f"'{c.text}' ({c.rule})" for c in self.exclusions[:3])
            parts.append(f"excluded by {cues}")
        parts.append(self.date_test.describe())
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Assessment:
    """All that was considered in one text: candidate mentions and verdicts."""

    mentions: tuple[Mention, ...]  # including those rejected, with their reasons
    verdicts: tuple[Verdict, ...]
    support: tuple[CueHit, ...] = ()  # every support cue found (outside names)
    exclusions: tuple[CueHit, ...] = ()  # every exclusion cue found (outside names)

    @property
    def flagged(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if v.flagged)


_CONJUNCTIONS = frozenset({"and", "or", "the", "plus", "both"})


def _side(first: int, mention: Mention) -> Direction:
    return Direction.BEFORE if first < mention.first else Direction.AFTER


def _gap(first: int, last: int, mention: Mention) -> int | None:
    """Words between a cue [first, last) and a mention; None when they overlap."""
    if last <= mention.first:
        return mention.first - last
    if mention.last <= first:
        return first - mention.last
    return None


class Judge:
    """A rule set compiled for judging texts; safe to reuse across records."""

    def __init__(self, rules: RuleSet, matcher: Matcher | None = None) -> None:
        self.rules = rules
        self.matcher = matcher or Matcher(rules)
        self._organisations = {org.id: org for org in rules.organisations}
        self._criteria = [(c, CuePattern(c.id, c.cues)) for c in rules.criteria]
        self._exclusions = [(e, CuePattern(e.id, e.cues)) for e in rules.exclusions]

    def assess(self, text: str, date: ParsedDate) -> Assessment:
        normalized = normalize(text)
        mentions = self.matcher.mentions(normalized)
        counted = [m for m in mentions if not m.rejected]
        if not counted:
            return Assessment(mentions=tuple(mentions), verdicts=())
        joined, starts = joined_words(normalized)
        support = [hit for _c, p in self._criteria for hit in p.find(normalized, joined, starts)]
        excluded = [
            (e, hit) for e, p in self._exclusions for hit in p.find(normalized, joined, starts)
        ]
        # A cue inside a name is part of the name: "Against" in Labour Against the Witchhunt.
        support = [h for h in support if all(_gap(h.first, h.last, m) is not None for m in counted)]
        excluded = [
            (e, h)
            for e, h in excluded
            if all(_gap(h.first, h.last, m) is not None for m in counted)
        ]
        found_support = tuple(support)
        # A support cue belongs to the mention nearest to it in its clause: in "an SLN
        # member with no time for Socialist Appeal", "member" is about the SLN.
        support = [h for h in support if self._nearest(h, counted, normalized)]
        verdicts = []
        for org_id in dict.fromkeys(m.organisation for m in counted):
            org_mentions = [m for m in counted if m.organisation == org_id]
            org_support = [h for h in support if self._nearest(h, counted, normalized) & {org_id}]
            verdicts.append(
                self._verdict(
                    self._organisations[org_id],
                    org_mentions,
                    normalized,
                    org_support,
                    excluded,
                    date,
                )
            )
        return Assessment(
            mentions=tuple(mentions),
            verdicts=tuple(verdicts),
            support=found_support,
            exclusions=tuple(h for _e, h in excluded),
        )

    @staticmethod
    def _nearest(hit: CueHit, mentions: Sequence[Mention], text: Normalized) -> set[str]:
        """The organisations whose mention is closest to a cue in the cue's clause.

        Mentions joined by "and"/"or" ("a joint LIEN and LAW rally") share the cue.
        """
        tokens = text.tokens
        clause = tokens[hit.first].clause
        in_clause = sorted(
            (m for m in mentions if tokens[m.first].clause == clause), key=lambda m: m.first
        )
        gaps = [(gap, m) for m in in_clause if (gap := _gap(hit.first, hit.last, m)) is not None]
        if not gaps:
            return set()
        least = min(g for g, _ in gaps)
        chosen = {m for g, m in gaps if g == least}
        for left, right in pairwise(in_clause):
            between = {t.text for t in tokens[left.last : right.first]}
            if between and between <= _CONJUNCTIONS and (left in chosen or right in chosen):
                chosen |= {left, right}
        return {m.organisation for m in chosen}

    def _verdict(
        self,
        org: Organisation,
        mentions: Sequence[Mention],
        text: Normalized,
        support: Sequence[CueHit],
        excluded: Sequence[tuple[Exclusion, CueHit]],
        date: ParsedDate,
    ) -> Verdict:
        tokens = text.tokens
        criteria = {c.id: c for c in self.rules.criteria}
        tied: list[tuple[int, CueHit, Mention]] = []
        for mention in mentions:
            clause = tokens[mention.first].clause
            for hit in support:
                criterion = criteria[hit.rule]
                if criterion.kinds and mention.kind not in criterion.kinds:
                    continue
                gap = _gap(hit.first, hit.last, mention)
                if (
                    gap is not None
                    and gap <= criterion.reach
                    and tokens[hit.first].clause == clause
                ):
                    tied.append((gap, hit, mention))
        tied.sort(key=lambda item: (item[0], item[1].first))
        applying: list[CueHit] = []
        for exclusion, hit in excluded:
            scope = exclusion.scope
            for mention in mentions:
                gap = _gap(hit.first, hit.last, mention)
                if exclusion.direction not in (Direction.EITHER, _side(hit.first, mention)):
                    continue
                same_clause = tokens[hit.first].clause == tokens[mention.first].clause
                if (
                    scope is Scope.RECORD
                    or (scope is Scope.CLAUSE and same_clause)
                    or (
                        scope is Scope.NEAR
                        and same_clause
                        and gap is not None
                        and gap <= exclusion.reach
                    )
                ):
                    applying.append(hit)
                    break
        best = tied[0][2] if tied else max(mentions, key=lambda m: m.score)
        date_test = _date_test(org, date)
        support_hits = tuple(dict.fromkeys(hit for _gap_, hit, _m in tied))
        if applying:
            flagged, reason = False, f"excluded: {applying[0].rule} ('{applying[0].text}')"
        elif not tied:
            flagged, reason = False, "mention without a support cue tied to it"
        elif not date_test.passed:
            flagged, reason = False, date_test.describe()
        else:
            flagged, reason = True, f"support: {tied[0][1].rule} ('{tied[0][1].text}')"
        return Verdict(
            organisation=org.id,
            flagged=flagged,
            reason=reason,
            mention=best,
            support=support_hits,
            exclusions=tuple(applying),
            date_test=date_test,
        )


def _date_test(org: Organisation, date: ParsedDate) -> DateTest:
    if date.status is DateStatus.OK and date.value is not None:
        shown = date.value.isoformat()
        if org.retrospective:
            return DateTest(DateResult.RETROSPECTIVE, shown, org.proscribed_on)
        after = date.value >= org.proscribed_on
        return DateTest(
            DateResult.ON_OR_AFTER if after else DateResult.BEFORE, shown, org.proscribed_on
        )
    if org.retrospective:
        return DateTest(DateResult.RETROSPECTIVE, date.text.strip(), org.proscribed_on)
    result = DateResult.MISSING if date.status is DateStatus.MISSING else DateResult.UNREADABLE
    return DateTest(result, date.text.strip(), org.proscribed_on)
