"""Dates written inside an activity text, for the date test.

A note dated after a ban may describe something from before it ("left Socialist
Appeal in 2019", "went to Ideas for Freedom years ago, in 2014"). When the words
around a mention date it, that date is the one to test. A year stands for its last
day, a month its last day (the kindest reading for the member: "in 2021" tested as
31 December still counts as after a July 2021 ban, so it is never read as before
when it may not be). "10 March 2022", "10th of March, 2022", "March 10, 2022",
"March 2021", "the spring of 2021", "10/03/2022", "10-03-2022", "10/03/22",
"2022-03-10" and "2022/03/10" are read too, and "on Sat 26 March" as a month without a
year. "since 2019" and "from 2019" describe something still going on, so they do not
date the act. A month without a year ("a few times in February") is read as that month
of the record's own year (a later month is one still to come).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from exclcheck.dates import MONTHS as _MONTHS
from exclcheck.normalize import Normalized

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(
    r"(?<![\d/.\-])(?P<iy>19[5-9]\d|20[0-4]\d)(?P<s1>[-/])(?P<im>\d{1,2})(?P=s1)(?P<id>\d{1,2})(?![\d\-/])"
    r"|(?<![\d\-])(?P<d>\d{1,2})(?P<s2>[/.\-])(?P<m>\d{1,2})(?P=s2)(?P<y>\d{4}|\d{2})(?![\d\-])"
    # "26 March 2022", "26th of March, 2022", "March 26, 2022", "Mar. 26th 2022"
    rf"|(?:(?P<td>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? )?(?P<tm>{_MONTH})\.?,? "
    r"(?P<ty>19[5-9]\d|20[0-4]\d)(?!\d)"
    rf"|(?P<um>{_MONTH})\.? (?P<ud>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<uy>19[5-9]\d|20[0-4]\d)(?!\d)"
    # a span of years, "back in 2018-19": up to its last year
    r"|(?<![\w/.\-£$])(?P<ry>19[5-9]\d|20[0-4]\d)[-\u2013](?P<re>\d\d|19[5-9]\d|20[0-4]\d)(?![\d/\-])"
    # a season, "the spring of 2021": up to its last month
    r"|(?P<season>spring|summer|autumn|fall|winter)(?: of)?,? (?P<sy>19[5-9]\d|20[0-4]\d)(?!\d)"
    # a year, not the digits of a handle or a code ("@COLINW1954", "ref AB2019")
    r"|(?<![\w/.\-£$])(?P<year>19[5-9]\d|20[0-4]\d)(?![\d/\-]|\.\d)",
    re.IGNORECASE,
)
# What every reading of _DATE holds: a year's digits, or figures on both sides of a
# "/", "." or "-" ("10/03/22"). Most texts hold neither, and this search is cheap,
# where _DATE, with the months' names in either case, is tried at every position.
_DATE_HINT = re.compile(r"(?:19[5-9]|20[0-4])\d|\d[/.\-]\d")
# A month named without a year, after a word that makes it a time ("in May", not "may").
_BARE_MONTH = re.compile(
    r"\b(?P<before>in|last|on|during|early|late|mid|until|till|throughout)\s+"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"  # "on Sat 26 March"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+)?"
    r"(?P<month>january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b(?!,?\s*\d)",
    re.IGNORECASE,
)
# Words saying an act goes on, whatever dates stand beside them.
CONTINUING = frozenset(
    {"still", "remain", "remains", "remained", "continue", "continues", "continued",
     "continuing", "ongoing", "current", "currently", "now", "present"}
)  # fmt: skip
_ONGOING = frozenset({"since", "from"})  # "until June 2021" ends an act: it dates it
_BEFORE = frozenset({"before"})  # "before July 2021" ends by 30 June
# "(2018 – )", "2019 - present": a range left open is still going on.
_OPEN_RANGE = re.compile(r"\s*[-–—]\s*(?:\)|present|now|date|today|$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TextDate:
    clause: int
    latest: dt.date  # the latest day the words can mean
    text: str
    index: int = 0  # the token where the date starts


def text_dates(text: Normalized, written: dt.date | None = None) -> list[TextDate]:
    """Dates and years in the text, with the clause each stands in; with the date the
    record was `written`, months without a year too."""
    found: list[TextDate] = []
    tokens = text.tokens
    if written is not None:
        found += _bare_months(text, written)
    if _DATE_HINT.search(text.original) is None:
        return found
    for match in _DATE.finditer(text.original):
        index = next((i for i, t in enumerate(tokens) if t.end > match.start()), None)
        if index is None:
            continue
        # the word before the date, past a "the": "until the spring of 2021"
        before = index - 2 if index > 1 and tokens[index - 1].text == "the" else index - 1
        if before >= 0 and tokens[before].text in _ONGOING:
            continue
        if _OPEN_RANGE.match(text.original, match.end()):
            continue
        earliest = None  # where the words' span starts, when it is longer than a day
        if match.group("iy"):
            try:
                latest = dt.date(
                    int(match.group("iy")), int(match.group("im")), int(match.group("id"))
                )
            except ValueError:
                continue
        elif match.group("season"):
            latest, earliest = _season(match.group("season").lower(), int(match.group("sy")))
        elif match.group("year"):
            latest = dt.date(int(match.group("year")), 12, 31)
            earliest = dt.date(int(match.group("year")), 1, 1)
        elif match.group("ry"):
            first, end = match.group("ry"), match.group("re")
            last = int(first[:2] + end) if len(end) == 2 else int(end)
            if last < int(first):
                continue  # "2019-12" is a month, not a span
            latest = dt.date(last, 12, 31)
            earliest = dt.date(int(first), 1, 1)
        elif match.group("um"):
            try:
                latest = dt.date(
                    int(match.group("uy")),
                    _MONTHS[match.group("um").lower()],
                    int(match.group("ud")),
                )
            except ValueError:
                continue
        elif match.group("tm"):
            year, month = int(match.group("ty")), _MONTHS[match.group("tm").lower()]
            day = int(match.group("td") or calendar.monthrange(year, month)[1])
            try:
                latest = dt.date(year, month, day)
            except ValueError:
                continue
            earliest = None if match.group("td") else dt.date(year, month, 1)
        else:
            year = int(match.group("y"))
            year += 2000 if year < 100 else 0
            try:
                latest = dt.date(year, int(match.group("m")), int(match.group("d")))
            except ValueError:
                continue
        if before >= 0 and tokens[before].text in _BEFORE:
            if any(t.text in _ONGOING for t in tokens[max(0, before - 2) : before]):
                continue  # "I have done so since long before 2021": still going on
            # "before July 2021": the day before the words' span starts
            latest = (earliest or latest) - dt.timedelta(days=1)
        found.append(TextDate(tokens[index].clause, latest, match.group(), index))
    return found


# A season's first and last months; winter runs into the next year ("the winter of
# 2021" may mean January 2022), so it is read to its latest end, as a year is.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season(name: str, year: int) -> tuple[dt.date, dt.date]:
    """The latest and earliest days a season of a year can mean."""
    if name == "winter":
        return dt.date(year + 1, 2, calendar.monthrange(year + 1, 2)[1]), dt.date(year, 1, 1)
    first, last = _SEASONS[name]
    return dt.date(year, last, calendar.monthrange(year, last)[1]), dt.date(year, first, 1)


def _bare_months(text: Normalized, written: dt.date) -> list[TextDate]:
    """ "in February" in a note of May 2022: February 2022, read as its last day; "in
    July" in a note of June 2022: July 2022, to come."""
    found = []
    tokens = text.tokens
    for match in _BARE_MONTH.finditer(text.original):
        index = next((i for i, t in enumerate(tokens) if t.start >= match.start("month")), None)
        if index is None:
            continue
        month = _MONTHS[match.group("month").lower()]
        # The kindest reading: the month of the record's own year, so a later month is
        # still to come ("standing in May", written in April), never last year's.
        year = written.year
        last_day = calendar.monthrange(year, month)[1]
        day = int(match.group("day") or last_day)
        try:
            latest = dt.date(year, month, min(day, last_day))
        except ValueError:
            continue
        latest = min(latest, written) if month == written.month else latest
        start = match.start("day") if match.group("day") else match.start("month")
        found.append(
            TextDate(tokens[index].clause, latest, text.original[start : match.end()], index)
        )
    return found
