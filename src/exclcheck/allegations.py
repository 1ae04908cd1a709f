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

from exclcheck.normalize import Normalized, fold_phrase

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


# The person an item is about, in brackets after its opening: "Allegation 2 (Fenwick):",
# "Charge 1 (Ms Osei) -". One to three capitalised words, no digit.
_ITEMS_PERSON = re.compile(
    r"[^(\n:]{0,30}?\((?P<who>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})\)\s*[:,\-\u2013\u2014]"
)


def in_anothers_item(
    start: int,
    text: Normalized,
    starts: tuple[int, ...],
    name_words: frozenset[str],
    names: tuple[tuple[int, int], ...],
) -> bool:
    """Whether the character at `start` stands in an item that names, in brackets, a
    person who is not the member: "Allegation 2 (Fenwick): that he sits on the steering
    committee of LIEN" in Ms Kaur's file is Mr Fenwick's allegation. Not a bracket that
    holds a group's name (`names`: its character spans) or any word of the member's."""
    item = item_of(start, starts)
    if item == 0 or not name_words:
        return False
    opening = starts[item - 1]
    found = _ITEMS_PERSON.match(text.original, opening)
    if found is None:
        return False
    a, b = found.span("who")
    if any(first < b and a < last for first, last in names):
        return False
    words = fold_phrase(found.group("who"))
    return not set(words) & name_words and _named_in_full(words[-1], a, b, text)


def _named_in_full(surname: str, a: int, b: int, text: Normalized) -> bool:
    """Whether the record names, outside the characters [a, b), a person with this
    surname after a given name or a title ("Mr Derek Fenwick"): the bracket holds a
    person, not an outcome ("Allegation 1 (Admitted):")."""
    tokens = text.tokens
    return any(
        t.text == surname
        and t.shape == "title"
        and not a <= t.start < b
        and k > 0
        and tokens[k - 1].shape == "title"
        and tokens[k - 1].clause == t.clause
        for k, t in enumerate(tokens)
    )
