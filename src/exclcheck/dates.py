"""Activity dates as the exports and notes write them: ISO, UK day-first, or a day
with the month's name.

A date that cannot be read is a fact to report, never a guess: "03/04/2022" is read
day-first (3 April) because UK exports write it so, and "14 May 2023", "Sat 14th May,
2023" or "May 14, 2023" as written; but "29/03/22" (which century? or is it
year-first?), "May 2023", "2022" or "spring" name no one day, and the record cannot be
tested against a ban.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME = r"(?:[T ][0-9:.+\-Z]*)?"
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TIME)
_UK = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?: [0-9:]+)?")
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,? )?"
# "14 May 2023", "Sat 14th May, 2023", "14-May-2023"
_DAY_MONTH = re.compile(
    _WEEKDAY + rf"(\d{{1,2}})(?:st|nd|rd|th)?[ \-]({_MONTH})\.?,?[ \-](\d{{4}})" + _TIME,
    re.IGNORECASE,
)
# "May 14, 2023", "Sunday, May 14th 2023"
_MONTH_DAY = re.compile(
    _WEEKDAY + rf"({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})" + _TIME,
    re.IGNORECASE,
)


class DateStatus(StrEnum):
    OK = "ok"
    MISSING = "missing"
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class ParsedDate:
    status: DateStatus
    value: dt.date | None
    text: str


@lru_cache(maxsize=1 << 13)
def parse_date(text: str) -> ParsedDate:
    """Read an ISO (2022-03-29) or UK day-first (29/03/2022) date.

    Cached: an export holds a few thousand distinct dates over millions of rows, and
    the result is immutable.
    """
    stripped = text.strip()
    if not stripped:
        return ParsedDate(DateStatus.MISSING, None, text)
    for pattern, order in (
        (_ISO, (1, 2, 3)),
        (_UK, (3, 2, 1)),
        (_DAY_MONTH, (3, 2, 1)),
        (_MONTH_DAY, (3, 1, 2)),
    ):
        match = pattern.fullmatch(stripped)
        if match:
            year, month, day = (_number(match.group(i)) for i in order)
            try:
                return ParsedDate(DateStatus.OK, dt.date(year, month, day), text)
            except ValueError:
                return ParsedDate(DateStatus.UNREADABLE, None, text)
    return ParsedDate(DateStatus.UNREADABLE, None, text)


def _number(part: str) -> int:
    """A date part as a number: digits, or a month's name."""
    return int(part) if part.isdigit() else MONTHS[part.lower()]
