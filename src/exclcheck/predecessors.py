"""Names given only as what a successor was made from.

"The Socialist Labour Network, formed by the merger of LAW and LIEN" and "she is in
the SLN since LAW merged into it" name LAW to say where the SLN came from, not as
the body the member acts for: the acts in the record belong to the successor, and
a cue near the old name ("their membership form") must not be given to it. Only
the names of bodies that the rules list as merged into (or succeeded by) another
are read so, and only when they stand in the merger's own words.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from exclcheck.normalize import Token

# Words that may stand between a name (or a list of names) and "merged"/"merger":
# "LAW and LIEN merged", "LAW's merger with LIEN", "LAW had merged into it".
_BEFORE_MERGE = frozenset(
    {"and", "s", "had", "has", "have", "was", "were", "then", "later", "formally", "finally"}
)
# ... and between "merger of" and the names: "the merger of the LAW and LIEN".
_LIST_WORDS = frozenset({"and", "the"})
# "merger of", "merging of", "merger between", "merged with", "formed from",
# "formed by", "successor to": the word before the names, then the one before it.
_LINKS = {
    "of": ("merg", "amalgamation", "successor"),
    "between": ("merg",),
    "with": ("merg",),
    "from": ("formed", "merg"),
    "by": ("formed",),
    "to": ("successor",),
}
_REACH = 8  # tokens of a list of names and joining words looked through


def named_as_merged(first: int, last: int, tokens: Sequence[Token], names: Collection[int]) -> bool:
    """Whether the name at tokens[first:last] stands as merged into a successor.

    `names` holds the token positions of every name in the text (any body's), which
    a list of merged names may pass through: "the merger of LAW and Labour in Exile".
    """
    return _merge_word_after(last, tokens, names) or _merger_of_before(first, tokens, names)


def _merge_word_after(last: int, tokens: Sequence[Token], names: Collection[int]) -> bool:
    for k in range(last, min(len(tokens), last + _REACH)):
        word = tokens[k].text
        if word.startswith("merg"):
            return True
        if k not in names and word not in _BEFORE_MERGE:
            return False
    return False


def _merger_of_before(first: int, tokens: Sequence[Token], names: Collection[int]) -> bool:
    k = first - 1
    while k >= max(0, first - _REACH) and (k in names or tokens[k].text in _LIST_WORDS):
        k -= 1
    if k < 1 or tokens[k].text not in _LINKS:
        return False
    return tokens[k - 1].text.startswith(_LINKS[tokens[k].text])
