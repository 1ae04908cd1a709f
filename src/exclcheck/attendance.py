"""Minutes' attendance lists: who was at the meeting being minuted.

"Hollowell North branch, 14 June. Present: P. Raman (chair), D. Okafor ..." says who
sat in and who chaired the branch meeting, not a meeting of a group the minutes go on
to mention ("Des reported he had sold eleven copies of Socialist Appeal"). A cue in
such a list ("Present", "(chair)") is a part in a group's event only when the group is
named before the list, in the minutes' heading ("LAW steering committee minutes.
Present: ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from exclcheck.cues import CueHit
from exclcheck.matcher import Mention
from exclcheck.normalize import TITLES, Normalized

_LABEL = re.compile(r"\b(?:present|attendees|in attendance|attending)\s*:", re.IGNORECASE)
# A list on the label's line ends at the line's end or at a full stop after a word -
# not after an initial or a title ("P. Raman", "Dr. Raman"). A label that ends its
# line heads a list of one name a line, which ends at a blank line, a line with a
# label of its own ("Apologies:") or an item ("Item 3", "1. Conference").
_FULL_STOP = re.compile(r"(?<=\w\w)\.(?:\s|$)|\n")
_LIST_LINE_END = re.compile(r"\n\s*(?:\n|[^\n:]{0,30}:|item\b|\d+[.)])", re.IGNORECASE)
_TITLE_WORDS = TITLES | {"cde", "st"}  # "Cde. Osei", "St. Clair"


def _list_end(original: str, start: int) -> int:
    """Where the list that starts at `start` (after its label) ends."""
    if original[start:].lstrip(" \t").startswith("\n"):
        end = _LIST_LINE_END.search(original, start + original[start:].index("\n") + 1)
        return end.start() if end else len(original)
    for stop in _FULL_STOP.finditer(original, start):
        word = original[: stop.start()].rsplit(None, 1)[-1] if stop.group() != "\n" else ""
        if word.lstrip("(").lower() not in _TITLE_WORDS:
            return stop.start()
    return len(original)


@lru_cache(maxsize=256)
def _lists(original: str) -> tuple[tuple[int, int], ...]:
    """The character spans of the attendance lists, each from its label to its end;
    found once per text, as the judge asks for each support cue (a few recent texts
    are kept, so memory stays bounded)."""
    return tuple(
        (label.start(), _list_end(original, label.end())) for label in _LABEL.finditer(original)
    )


def in_unheaded_list(hit: CueHit, text: Normalized, mentions: Sequence[Mention]) -> bool:
    """Whether a cue stands in an attendance list whose heading names no group."""
    if ":" not in text.original:
        return False  # most records
    return any(
        start <= hit.start < end and not any(m.start < start for m in mentions)
        for start, end in _lists(text.original)
    )
