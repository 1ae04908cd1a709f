"""Activity dates as the exports write them: ISO, or UK day-first.

A date that cannot be read is a fact to report, never a guess: "03/04/2022" is read
day-first (3 April) because UK exports write it so, but "2022" or "spring" is not a
date and the record cannot be tested against a ban.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.+\-Z]*)?")
_UK = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?: [0-9:]+)?")


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
    for pattern, order in ((_ISO, (1, 2, 3)), (_UK, (3, 2, 1))):
        match = pattern.fullmatch(stripped)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return ParsedDate(DateStatus.OK, dt.date(year, month, day), text)
            except ValueError:
                return ParsedDate(DateStatus.UNREADABLE, None, text)
    return ParsedDate(DateStatus.UNREADABLE, None, text)
