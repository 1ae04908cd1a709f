"""Find the cue phrases of criteria and exclusions in a text.

Cues are written by rule authors as plain phrases with three conveniences: a trailing
`*` on a word matches any ending ("donat*" → donated, donation, donating), `a|b`
offers alternatives for one word ("her|his|my husband"), and `...` stands for up to
five words ("sold ... copies"). Each rule's cues are compiled into
one regular expression over the text's folded words, so a text is scanned once per
rule, at the regex engine's speed, whatever the number of cues.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
        hits: list[CueHit] = []
        if not self.cues:
            return hits
        if self._first is not None:
            literal, prefixes = self._first
            if joined.words.isdisjoint(literal) and not any(p in joined.spaced for p in prefixes):
                return hits  # no cue's first word is in the text: the regex cannot match
        starts = joined.starts
        position = 0
        while True:
            match = self._regex.search(joined.text, position)
            if match is None:
                return hits
            group = match.lastgroup or "c0"
            first = bisect_right(starts, match.start()) - 1
            last = bisect_right(starts, match.end() - 2)  # -2: before the trailing space
            tokens = text.tokens
            start, end = tokens[first].start, tokens[last - 1].end
            hits.append(
                CueHit(
                    rule=self.rule,
                    cue=self.cues[int(group[1:])],
                    first=first,
                    last=last,
                    start=start,
                    end=end,
                    text=text.original[start:end],
                )
            )
            # Overlapping cues are allowed: start the next search at the next word.
            position = starts[first + 1] if first + 1 < len(starts) else len(joined.text)


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


def joined_words(text: Normalized) -> Joined:
    """The folded words joined by spaces (each followed by one), and where each starts."""
    starts = []
    offset = 0
    for token in text.tokens:
        starts.append(offset)
        offset += len(token.text) + 1
    joined = "".join(t.text + " " for t in text.tokens)
    return Joined(joined, starts, frozenset(joined.split()), " " + joined)
