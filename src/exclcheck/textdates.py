"""Dates written inside an activity text, for the date test.

A note dated after a ban may describe something from before it ("left Socialist
Appeal in 2019", "went to Ideas for Freedom years ago, in 2014"). When the words
around a mention date it, that date is the one to test. A year stands for its last
day (the kindest reading for the member: "in 2021" tested as 31 December would
still count as after a July 2021 ban, so it is never read as before when it may not
be). "since 2019" and "from 2019" describe something still going on, so they do not
date the act.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from exclcheck.normalize import Normalized

_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})(?!\d)"
    r"|(?<![\d/.\-£$])(?P<year>19[5-9]\d|20[0-4]\d)(?![\d/.\-])"
)
_ONGOING = frozenset({"since", "from", "until", "till", "through"})


@dataclass(frozen=True, slots=True)
class TextDate:
    clause: int
    latest: dt.date  # the latest day the words can mean
    text: str


def text_dates(text: Normalized) -> list[TextDate]:
    """Dates and years in the text, with the clause each stands in."""
    found: list[TextDate] = []
    tokens = text.tokens
    for match in _DATE.finditer(text.original):
        index = next((i for i, t in enumerate(tokens) if t.end > match.start()), None)
        if index is None:
            continue
        if index > 0 and tokens[index - 1].text in _ONGOING:
            continue
        if match.group("year"):
            latest = dt.date(int(match.group("year")), 12, 31)
        else:
            year = int(match.group("y"))
            year += 2000 if year < 100 else 0
            try:
                latest = dt.date(year, int(match.group("m")), int(match.group("d")))
            except ValueError:
                continue
        found.append(TextDate(tokens[index].clause, latest, match.group()))
    return found
