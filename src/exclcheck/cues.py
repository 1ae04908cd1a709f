"""Find the cue phrases of criteria and exclusions in a text.

Cues are written by rule authors as plain phrases with three conveniences: a trailing
`*` on a word matches any ending ("donat*" → donated, donation, donating), `a|b`
offers alternatives for one word ("her|his|my husband"), and `...` stands for up to
five words ("sold ... copies"). Each rule's cues are compiled into
one regular expression over the text's folded words, whatever the number of cues; it
is tried only at the words that open one of the rule's cues, not at every word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from exclcheck.normalize import Normalized, fold_phrase

_GAP = "..."
_GAP_WORDS = 5


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue phrase found in the text."""

    rule: str  # the id of the criterion or exclusion
    cue: str  # the phrase as the rule author wrote it
    first: int  # token indices, [first, last)
    last: int
    start: int  # character offsets in the original text
    end: int
    text: str  # the member's own words


def _word_pattern(raw: str) -> str | None:
    """One written word (maybe `x*`, maybe `a|b*`) → a regex ending with its space."""
    alternatives = []
    for choice in raw.split("|"):
        prefix = choice.endswith("*")
        words = fold_phrase(choice.rstrip("*"))
        if not words:
            continue
        body = " ".join(re.escape(w) for w in words)
        alternatives.append(body + r"\S*" if prefix else body)
    if not alternatives:
        return None
    return "(?:" + "|".join(alternatives) + ") "


def cue_pattern(cue: str) -> str:
    """A regex for one cue over space-joined folded words."""
    parts: list[str] = []
    for raw in cue.split():
        if raw == _GAP:
            parts.append(rf"(?:\S+ ){{0,{_GAP_WORDS}}}")
            continue
        word = _word_pattern(raw)
        if word:
            parts.append(word)
    return "".join(parts)


class CuePattern:
    """All cues of one rule, compiled together."""

    def __init__(self, rule: str, cues: Sequence[str]) -> None:
        self.rule = rule
        self.cues = tuple(cues)
        alternatives = [f"(?P<c{i}>{cue_pattern(cue)})" for i, cue in enumerate(self.cues)]
        # Every word in the joined text is followed by a space, so a cue ends at a word end.
        self._regex = re.compile(r"(?<!\S)(?:" + "|".join(alternatives) + ")")
        self._first = _first_words(self.cues)

    def find(self, text: Normalized, joined: Joined) -> list[CueHit]:
        """Every cue of the rule in the text, overlapping ones too, in order."""
        if not self.cues:
            return []
        if self._first is None:
            return self._search(text, joined)
        literal, prefixes = self._first
        if joined.words.isdisjoint(literal) and not any(p in joined.spaced for p in prefixes):
            return []  # no cue's first word is in the text: the regex cannot match
        # A cue matches only where one of its first words starts: the regex is tried
        # there alone, not at every word of the text.
        return [
            self._hit(match, text, joined)
            for first in _openings(joined, literal, prefixes)
            if (match := self._regex.match(joined.text, joined.starts[first])) is not None
        ]

    def _search(self, text: Normalized, joined: Joined) -> list[CueHit]:
        """Every cue, by a search from each word on (for cues whose first word is not
        known, as "... copies")."""
        hits: list[CueHit] = []
        starts = joined.starts
        position = 0
        while (match := self._regex.search(joined.text, position)) is not None:
            hit = self._hit(match, text, joined)
            hits.append(hit)
            # Overlapping cues are allowed: start the next search at the next word.
            position = starts[hit.first + 1] if hit.first + 1 < len(starts) else len(joined.text)
        return hits

    def _hit(self, match: re.Match[str], text: Normalized, joined: Joined) -> CueHit:
        group = match.lastgroup or "c0"
        starts = joined.starts
        first = bisect_right(starts, match.start()) - 1
        last = bisect_right(starts, match.end() - 2)  # -2: before the trailing space
        tokens = text.tokens
        start, end = tokens[first].start, tokens[last - 1].end
        return CueHit(
            rule=self.rule,
            cue=self.cues[int(group[1:])],
            first=first,
            last=last,
            start=start,
            end=end,
            text=text.original[start:end],
        )


def _openings(joined: Joined, literal: frozenset[str], prefixes: tuple[str, ...]) -> list[int]:
    """The words where a cue may start, in order: one of `literal`, or one that opens
    with one of `prefixes` (each " prefix", so that it is found at a word's start)."""
    found = [k for word in literal & joined.words for k in joined.places[word]]
    spaced, starts = joined.spaced, joined.starts
    for prefix in prefixes:
        at = spaced.find(prefix)
        while at >= 0:
            # " prefix" at `at` in " " + text: the word starts at `at` in the text
            found.append(bisect_left(starts, at))
            at = spaced.find(prefix, at + 1)
    return sorted(set(found))


def _first_words(cues: Sequence[str]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """What a text must hold for any cue to match: a cue's first word.

    Returned as whole words (tested against the text's set of words) and as " prefix"
    strings for `x*` words (tested as substrings of " " + the joined words). Both are
    much faster than the regex, and most texts hold none of a rule's first words. None
    when some cue cannot be tested so (it opens with a gap, or folds to nothing).
    """
    literal: set[str] = set()
    prefixes: list[str] = []
    for cue in cues:
        first = cue.split()[0] if cue.split() else _GAP
        if first == _GAP:
            return None
        for choice in first.split("|"):
            words = fold_phrase(choice.rstrip("*"))
            if not words:
                return None
            if choice.endswith("*") and len(words) == 1:
                prefixes.append(" " + words[0])
            else:
                literal.add(words[0])
    return frozenset(literal), tuple(dict.fromkeys(prefixes))


@dataclass(frozen=True, slots=True)
class Joined:
    """A text's folded words as the cue regexes search them, made once per text."""

    text: str  # the words joined by spaces, each followed by one
    starts: list[int]  # where each word starts in `text`
    words: frozenset[str]  # for every rule's test of its first words
    spaced: str  # " " + text, so that " prefix" finds a word's start
    places: dict[str, list[int]]  # where each word stands (indices into `starts`)


def joined_words(text: Normalized) -> Joined:
    """The folded words joined by spaces (each followed by one), and where each starts."""
    starts = []
    offset = 0
    for token in text.tokens:
        starts.append(offset)
        offset += len(token.text) + 1
    joined = "".join(t.text + " " for t in text.tokens)
    places: dict[str, list[int]] = {}
    for index, token in enumerate(text.tokens):
        places.setdefault(token.text, []).append(index)
    return Joined(joined, starts, frozenset(places), " " + joined, places)
