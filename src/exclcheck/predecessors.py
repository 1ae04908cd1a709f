"""Names given only as what a successor was made from.

"The Socialist Labour Network, formed by the merger of LAW and LIEN" and "she is in
the SLN since LAW merged into it" name LAW to say where the SLN came from, not as
the body the member acts for: the acts in the record belong to the successor, and
a cue near the old name ("their membership form") must not be given to it.

Read narrowly, because a wrong reading takes a real act from the old body and gives
it to the new one: only where the record also names the successor, only in the
merger's own words within one stretch of text (no stop or comma between), and not
where the merger is the old bodies' own doing or event ("the LAW/LIEN merger
conference", "LAW and LIEN merged their stalls", "the merger of LAW's Leeds and
Bradford groups").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from exclcheck.normalize import Token

# Words that may stand between a name (or a list of names) and "merged"/"merger":
# "LAW and LIEN merged", "LAW had merged into it".
_BEFORE_MERGE = frozenset({"and", "had", "has", "have", "was", "were", "then", "later"})
# After "merged": an object, which says the body merged things of its own ("merged
# their stalls", "merged the two standing orders") rather than went into another.
_MERGED_THINGS = frozenset({"its", "their", "the", "both", "two", "all", "our", "his", "her"})
# After "merger": its own event or act, which the old bodies held.
_MERGERS_OWN = frozenset(
    {"conference", "meeting", "meetings", "rally", "talks", "vote", "ballot", "statement",
     "event", "session", "agm", "motion", "committee", "working", "plan", "proposal"}
)  # fmt: skip
# ... and between "merger of" and the names: "the merger of the LAW and LIEN".
_LIST_WORDS = frozenset({"and", "the"})
# "merger of", "merging of", "merger between", "merged with", "successor to": the word
# before the names, then what the word before it must begin with.
_LINKS = {
    "of": ("merg", "amalgamation", "successor"),
    "between": ("merg",),
    "with": ("merg",),
    "to": ("successor",),
}
# After the names: the body made from them ("the LAW successor group", "a LAW and
# LIEN successor meeting").
_SUCCESSOR_WORDS = frozenset({"successor", "successors"})
_REACH = 8  # tokens of a list of names and joining words looked through
_BREAK = re.compile(r"[.,;:!?()\[\]]")  # a stop, comma or bracket ends the merger's words


def named_as_merged(
    first: int, last: int, tokens: Sequence[Token], original: str, names: Collection[int]
) -> bool:
    """Whether the name at tokens[first:last] stands only as merged into a successor.

    `names` holds the token positions of every name in the text (any body's), which
    a list of merged names may pass through: "the merger of LAW and Labour in Exile".
    """
    if last < len(tokens) and tokens[last].text == "s":
        return False  # "LAW's Leeds group", "successor to LAW's secretary": its own
    return _merge_word_after(last, tokens, original, names) or _merger_of_before(
        first, tokens, original, names
    )


def _merge_word_after(
    last: int, tokens: Sequence[Token], original: str, names: Collection[int]
) -> bool:
    for k in range(last, min(len(tokens), last + _REACH)):
        if _BREAK.search(original, tokens[k - 1].end, tokens[k].start):
            return False
        word = tokens[k].text
        if word.startswith("merg"):
            return _into_a_successor(k, tokens, original)
        if word in _SUCCESSOR_WORDS:
            return True  # "a Labour Against the Witch Hunt successor meeting"
        if k not in names and word not in _BEFORE_MERGE:
            return False
    return False


def _into_a_successor(k: int, tokens: Sequence[Token], original: str) -> bool:
    """ "merged into it", "merged in", "the LAW/LIEN merger" - not "merged their stalls"
    nor "the merger conference"."""
    if k + 1 == len(tokens) or _BREAK.search(original, tokens[k].end, tokens[k + 1].start):
        return True
    following = tokens[k + 1].text
    if tokens[k].text.startswith("merger"):
        return following not in _MERGERS_OWN
    return following not in _MERGED_THINGS


def _merger_of_before(
    first: int, tokens: Sequence[Token], original: str, names: Collection[int]
) -> bool:
    k = first - 1
    while k >= max(0, first - _REACH) and (k in names or tokens[k].text in _LIST_WORDS):
        k -= 1
    if k < 1 or tokens[k].text not in _LINKS:
        return False
    if _BREAK.search(original, tokens[k - 1].start, tokens[first].start):
        return False
    return tokens[k - 1].text.startswith(_LINKS[tokens[k].text])
