"""Whether a record's act falls on or after its organisation's proscription.

Two tests, each kept apart from the judging of support so that a verdict can say
which one failed: the record's own date against the proscription date (`DateTest`),
and a date written in the words around the mention that puts the act before the
ban even when the record is dated after it ("left Socialist Appeal in 2019"). The
dates themselves are read by `dates` (the record's) and `textdates` (the text's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from exclcheck.cues import CueHit
from exclcheck.dates import MONTHS, DateStatus, ParsedDate
from exclcheck.matcher import Mention
from exclcheck.normalize import Normalized, Token
from exclcheck.ruleset import Organisation
from exclcheck.textdates import CONTINUING, TextDate
from exclcheck.wording import SUBJECT_PRONOUNS, refers_back


class DateResult(StrEnum):
    """How the record's date stands to the proscription date."""

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


def date_test_for(org: Organisation, date: ParsedDate) -> DateTest:
    """The record's date against the organisation's ban. A retrospective ban reaches
    back over acts before it, so any date passes, even one that cannot be read."""
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


_CONTINUING_REACH = 8  # words between a date and the word that says the act goes on


def text_date_before_ban(
    dated: Sequence[TextDate],
    clauses: set[int],
    org: Organisation,
    text: Normalized,
    acts: Sequence[CueHit] = (),
    mentions: Sequence[Mention] = (),
) -> TextDate | None:
    """A date in the words around the mention that puts the act before the ban.

    Not when those words say the act goes on ("joined in 2019 and remains a member"),
    near the date: "a member in 2019 and left ..., said Kofi, who is now standing for
    the Greens" is not.
    """
    clauses = clauses | _continuations(clauses, text)
    # A date in a list entry dates that entry's act, not the entries beside it.
    entries = {(text.tokens[m.first].clause, _entry(m.first, text)) for m in mentions}
    near = [
        d
        for d in dated
        if d.clause in clauses
        and (
            (d.clause, _entry(d.index, text)) in entries or all(c != d.clause for c, _e in entries)
        )
    ]
    if org.retrospective or not near:
        return None
    if any(
        t.text in CONTINUING
        and t.clause == d.clause
        and abs(i - d.index) <= _CONTINUING_REACH
        and _entry(i, text) == _entry(d.index, text)
        for i, t in enumerate(text.tokens)
        for d in near
    ):
        return None
    if any(_goes_on_after(d, text, acts) for d in near):
        return None
    if _ongoing_undated_act(acts, near, text):
        return None
    if all(d.latest < org.proscribed_on for d in near):
        return max(near, key=lambda d: d.latest)
    # "the complaint (received September 2022) is about a photo of the member speaking
    # at Ideas for Freedom in July 2021": of several dates, the act's is the nearest.
    # Of several acts, each is dated by the date nearest it: "a founding member of LIEN
    # in 2020 ... chaired its meeting on 12 September 2021" has an act after the ban.
    if acts:
        parts = _coordinated_parts(text)
        dating = [_nearest_dates(a, near, parts, text.tokens) for a in acts]
        if all(d.latest < org.proscribed_on for dates in dating for d in dates):
            return min((dates[0] for dates in dating), key=lambda d: _gap(d, acts))
    return None


def _gap(date: TextDate, acts: Sequence[CueHit]) -> int:
    return min(abs(date.index - a.first) for a in acts)


def _nearest_dates(
    act: CueHit, near: Sequence[TextDate], parts: Sequence[int], tokens: Sequence[Token]
) -> list[TextDate]:
    """The dates nearest an act (several when equally near): of its own part of the
    clause when that part has one ("a founding member in 2020 | and chaired its
    meeting on 12 September 2021")."""
    own = [d for d in near if parts[d.index] == parts[act.first]]
    candidates = own or near
    distance = min(abs(d.index - act.first) for d in candidates)
    nearest = [d for d in candidates if abs(d.index - act.first) == distance]
    return _with_listed(nearest, near, tokens)


# What may stand between the dates of one list: "on 14 March 2021, 20 June 2021 and
# 5 September 2021", "on 20 March and again on 20 April" (the dates' own words aside).
_LIST_WORDS = frozenset(
    {"and", "on", "the", "of", "st", "nd", "rd", "th", "again", "then"}
) | frozenset(MONTHS)


def _list_word(token: Token) -> bool:
    return token.text.isdigit() or token.text in _LIST_WORDS


def _with_listed(
    chosen: list[TextDate], near: Sequence[TextDate], tokens: Sequence[Token]
) -> list[TextDate]:
    """The chosen dates with the dates listed together with them: an act done on each
    of a list of dates is done on the last too."""
    runs: list[list[TextDate]] = []  # dates in text order, a run per list
    for date in sorted(near, key=lambda d: d.index):
        if runs and all(_list_word(t) for t in tokens[runs[-1][-1].index + 1 : date.index]):
            runs[-1].append(date)
        else:
            runs.append([date])
    listed = [d for run in runs if any(d in chosen for d in run) for d in run]
    return chosen + [d for d in listed if d not in chosen]


_COORDINATORS = frozenset({"and", "but", "then"})


def _coordinated_parts(text: Normalized) -> list[int]:
    """For each token, which part of the text it stands in: parts end at a clause's
    end, a comma, a semicolon or a colon ("Complaint dated 12/03/2023: | says she
    chaired ... in February 2022"), and before "and", "but" or "then"."""
    parts: list[int] = []
    part = 0
    tokens = text.tokens
    for k, token in enumerate(tokens):
        if k and (
            token.clause != tokens[k - 1].clause
            or token.text in _COORDINATORS
            or any(c in text.original[tokens[k - 1].end : token.start] for c in ",;:")
        ):
            part += 1
        parts.append(part)
    return parts


# "Treasurer, LAW (2019 – 2020) · Treasurer, CLP (2021 – present)": two entries.
_ENTRY_BREAKS = re.compile(r"[·|•]")


def _entry(index: int, text: Normalized) -> int:
    """The list entry (of a CV line or a log) the token stands in, counted in its clause."""
    tokens = text.tokens
    clause = tokens[index].clause
    start = next(k for k in range(index, -1, -1) if k == 0 or tokens[k - 1].clause != clause)
    return len(_ENTRY_BREAKS.findall(text.original, tokens[start].start, tokens[index].start))


_JOINERS = frozenset({"but", "and", "then"})
_NOT_A_VERB = SUBJECT_PRONOUNS | frozenset(
    {"the", "a", "an", "it", "this", "that", "there", "her", "his", "my", "their", "our", "you"}
)


def _same_subject(k: int, tokens: Sequence[Token]) -> bool:
    """Whether the clause opening at `k` has the subject pronoun of the clause before
    ("I was in LIEN, but | I left in June 2021")."""
    if tokens[k].text not in SUBJECT_PRONOUNS:
        return False
    clause = tokens[k - 1].clause
    subjects = [t.text for t in tokens[:k] if t.clause == clause and t.text in SUBJECT_PRONOUNS]
    return bool(subjects) and subjects[0] == tokens[k].text


def _continuations(clauses: set[int], text: Normalized) -> set[int]:
    """Clauses that go on with the same subject's next act, so that a date there dates
    the act too: "she had been a supporter of LIEN but | had resigned in June 2021" (a
    joining word, then a lower-case word that is no new subject), "I was in LIEN, but |
    I left in June 2021" (the same subject), or "... | That was 2019" (a clause that
    says when it was)."""
    tokens = text.tokens
    found = set()
    for k in range(1, len(tokens)):
        before, first = tokens[k - 1], tokens[k]
        if before.clause not in clauses or first.clause != before.clause + 1:
            continue
        if before.text not in _JOINERS:
            continue
        if (first.shape == "lower" and first.text not in _NOT_A_VERB) or _same_subject(k, tokens):
            found.add(first.clause)
    # "Q: ... you were at a LAW meeting. A: That was 2019": the next clause's date is
    # the act's when it refers back to it.
    found |= {c + 1 for c in clauses if refers_back(c + 1, text)}
    return found


# "back in June 2021 I went to one ... and since then I've been going most weeks": the
# act the date starts goes on after it.
_SINCE_THEN = (("since", "then"), ("ever", "since"), ("since", "that"))
_SINCE_THEN_REACH = 2  # clauses after the date's in which "since then" may stand


def _ongoing_undated_act(
    acts: Sequence[CueHit], near: Sequence[TextDate], text: Normalized
) -> bool:
    """Whether an act stands in a clause with no date of its own and a word that says it
    goes on: "I joined the AWL in 2018. I'm still a member" (not a question's: "Have
    you been a member of any group now proscribed?")."""
    tokens = text.tokens
    dated = {d.clause for d in near} | text.questions

    def ongoing(clause: int) -> bool:
        words = {t.text for t in tokens if t.clause == clause}
        # said of a person ("I'm still a member"), not of a post ("the LAW chair is
        # now Jackie Walker")
        return bool(words & CONTINUING) and bool(words & _PERSONS)

    return any(
        tokens[act.first].clause not in dated and ongoing(tokens[act.first].clause) for act in acts
    )


_PERSONS = frozenset({"i", "im", "ive", "we", "she", "he", "my", "our"})


def _goes_on_after(date: TextDate, text: Normalized, acts: Sequence[CueHit]) -> bool:
    """Whether "since then" or "ever since" follows the date, near it, and a support cue
    follows that in its clause ("since then I've been going most weeks")."""
    tokens = text.tokens
    return any(
        (tokens[k].text, tokens[k + 1].text) in _SINCE_THEN
        and 0 <= tokens[k].clause - date.clause <= _SINCE_THEN_REACH
        and any(tokens[h.first].clause == tokens[k].clause and h.first > k + 1 for h in acts)
        for k in range(date.index, len(tokens) - 1)
    )
