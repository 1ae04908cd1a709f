"""The numbered items of a report that weighs several allegations, one by one.

A panel decision or an investigation report often takes the allegations in turn:
"(1) ... a delegation from the AWL ... Not upheld. (2) ... donated to Resist ...
Upheld. (3) ... follows LIEN on X. Following is not support." What such an item
concludes is about its own allegation: "Not upheld" in the first item says nothing of
the Resist donation in the second. The judge asks here which item a word stands in,
so that an exclusion found in one item does not reach a group only another item names.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from exclcheck.normalize import Normalized

# An item's opening: "(1)", "(b)", "(iii)" after a space or at the start (not "rule
# 2.4(b)", nor "Item (c) establishes membership" or "rule (a)", which refer to one);
# "1." or "b)" at a line's or a sentence's start (not "A. Jones"); "Allegation 2
# (Fenwick):", "Finding 1:", "Items 1-3:", "Item 4," there too.
_ITEM_OPENINGS = re.compile(
    r"(?:^|(?<=\s))(?<!item )(?<!items )(?<!allegation )(?<!finding )(?<!rule )"
    r"(?<!clause )(?<!section )(?<!paragraph )"
    r"\((?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\)(?=\s)"
    r"|(?:^|(?<=[.;:]\s))[ \t]*(?:\d{1,2}[.)]|[a-h]\))(?=\s)"
    r"|(?:^|(?<=[.;:]\s))[ \t]*"
    r"(?:allegation|allegations|finding|item|items|charge|count|claim)\s+"
    r"(?:\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?|[a-h]|one|two|three|four|five)\b"
    r"(?=\s*(?:\([^)\n]{1,60}\))?\s*[:,\-\u2013\u2014])",
    re.IGNORECASE | re.MULTILINE,
)
_LEAST_ITEMS = 2  # one opening alone is a reference or a heading, not a list
# What every list holds somewhere: a bracket, a colon, a line break or "<digit>."
_MAY_LIST = re.compile(r"[(:\n]|\d[.)]")


def item_starts(text: Normalized) -> tuple[int, ...]:
    """Where the record's items start (character offsets), or () when it has none."""
    original = text.original
    if not _MAY_LIST.search(original):
        return ()  # most records: no list to find
    starts = tuple(m.start() for m in _ITEM_OPENINGS.finditer(original))
    return starts if len(starts) >= _LEAST_ITEMS else ()


def item_of(offset: int, starts: tuple[int, ...]) -> int:
    """The item a character stands in: 0 before the first item (the preamble)."""
    return bisect_right(starts, offset)
