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

from exclcheck.cues import CueHit
from exclcheck.matcher import Mention
from exclcheck.normalize import Normalized

_LABEL = re.compile(r"\b(?:present|attendees|in attendance|attending)\s*:", re.IGNORECASE)
# The list ends at a line break or at a full stop after a word (not after an initial:
# "P. Raman").
_LIST_END = re.compile(r"(?<=\w\w)\.(?:\s|$)|\n")


def _lists(original: str) -> list[tuple[int, int]]:
    """The character spans of the attendance lists, each from its label to its end."""
    spans = []
    for label in _LABEL.finditer(original):
        end = _LIST_END.search(original, label.end())
        spans.append((label.start(), end.start() if end else len(original)))
    return spans


def in_unheaded_list(hit: CueHit, text: Normalized, mentions: Sequence[Mention]) -> bool:
    """Whether a cue stands in an attendance list whose heading names no group."""
    if ":" not in text.original:
        return False  # most records
    return any(
        start <= hit.start < end and not any(m.start < start for m in mentions)
        for start, end in _lists(text.original)
    )
